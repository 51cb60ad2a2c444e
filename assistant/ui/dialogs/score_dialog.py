"""How the compliance score is computed, with this dossier's figures (no magic number)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from assistant.domain.guide.model import Priority
from assistant.domain.guide.score import (
    CHECKLIST_POINTS,
    PENALTY,
    PLAN_POINTS,
    REGISTER_POINTS,
    ScoreBreakdown,
)
from assistant.ui.guide_texts import number
from assistant.ui.screen_fit import resize_within_screen


def _n(value: float) -> str:
    return number(value)


class ScoreDialog(QDialog):
    def __init__(self, score: ScoreBreakdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How is the score computed?"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Computation of the score"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.html(score))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 680, 420)

    def html(self, s: ScoreBreakdown) -> str:
        high, medium, low = (s.open_rule_actions[p] for p in Priority)
        rows = [
            (self.tr("Checklist"),
             self.tr("Checklist tasks of the six steps done, checked by the dossier or not "
                     "applicable: %1 of %2, so %3 × %1 / %2")
             .replace("%1", str(s.tasks_settled)).replace("%2", str(s.tasks_total))
             .replace("%3", str(CHECKLIST_POINTS)),
             s.checklist, CHECKLIST_POINTS),
            (self.tr("Register"),
             self.tr("Processing activities complete in the register (nothing left to "
                     "complete; archived ones left out): %1 of %2, so %3 × %1 / %2")
             .replace("%1", str(s.processing_complete)).replace("%2", str(s.processing_total))
             .replace("%3", str(REGISTER_POINTS))
             if s.processing_total else self.tr("The register is empty: 0 points."),
             s.register, REGISTER_POINTS),
            (self.tr("Action plan"),
             self.tr("%1 minus %2 per open high-priority action (%3), %4 per medium one (%5) "
                     "and %6 per low one (%7), never below 0")
             .replace("%1", str(PLAN_POINTS)).replace("%2", _n(PENALTY[Priority.HIGH]))
             .replace("%3", str(high)).replace("%4", _n(PENALTY[Priority.MEDIUM]))
             .replace("%5", str(medium)).replace("%6", _n(PENALTY[Priority.LOW]))
             .replace("%7", str(low))
             if s.processing_total else self.tr("The register is empty: the action plan counts "
                                                "from the first processing, 0 points."),
             s.plan, PLAN_POINTS),
        ]
        heading = self.tr("Score: %1 / 100").replace("%1", str(s.total))
        lead = self.tr("The score is the sum of three parts:")
        counting = self.tr("Postponed actions count as open; actions judged not applicable, "
                           "with a reason, do not. Your own actions never lower the score.")
        meaning = self.tr("What it means: the score measures how complete your documentation "
                          "is and whether the known gaps are handled. It is not a legal "
                          "opinion: a high score does not prove compliance, and the "
                          "authority uses no such score.")
        parts = [f"<h2>{heading}</h2><p>{lead}</p>",
                 "<table cellpadding='6' style='border-collapse: collapse'>"]
        for name, how, points, out_of in rows:
            parts.append(f"<tr><td><b>{name}</b></td><td>{how}</td><td align='right'>"
                         f"<b>{_n(points)}</b>&nbsp;/&nbsp;{out_of}</td></tr>")
        parts.append(f"</table><p>{counting}</p><p><i>{meaning}</i></p>")
        return "".join(parts)
