"""Decide about an action the rules raised: postpone it (why, until when) or mark it not
applicable (why)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.guide.model import Decision, DecisionState, check_decision
from assistant.domain.text import NAME_MAX
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen, text_height
from assistant.ui.widgets.date_edit import OptionalDateEdit


class DecisionDialog(QDialog):
    def __init__(self, key: str, title: str, state: DecisionState, *, by: str = "",
                 current: Decision | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._state = state
        postponed = state is DecisionState.POSTPONED
        self.setWindowTitle(self.tr("Postpone the action") if postponed
                            else self.tr("Action not applicable"))
        form = QFormLayout(self)
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        explain = QLabel(self.tr("The action stays in the plan as postponed; when the date "
                                 "passes, it is open again.") if postponed else
                         self.tr("The action leaves the open plan. Say why the rule does not "
                                 "apply here: an inspector will read it."), self)
        explain.setWordWrap(True)
        form.addRow(explain)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(text_height(self.reason, 7))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.until = OptionalDateEdit(self)
        self.until.setAccessibleName(self.tr("Postponed until"))
        self.by = QLineEdit(by, self)
        self.by.setMaxLength(NAME_MAX)
        self.by.setAccessibleName(self.tr("Decided by"))
        form.addRow(self.tr("&Why:"), self.reason)
        if postponed:
            form.addRow(self.tr("&Until:"), self.until)
        form.addRow(self.tr("&Decided by:"), self.by)
        if current is not None and current.state is state:
            self.reason.setPlainText(current.reason)
            self.until.set_iso(current.until)
            self.by.setText(current.decided_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        resize_within_screen(self, 540, 300)

    def decision(self) -> Decision:
        return Decision(key=self._key, state=self._state, reason=self.reason.toPlainText(),
                        until=self.until.iso() if self._state is DecisionState.POSTPONED
                        else "", decided_by=self.by.text()).normalised()

    def _accept(self) -> None:
        blocking = [f for f in check_decision(self.decision()) if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
