"""Overview: where the shop stands. The single most important thing to do next, the progress
of each of the six steps, the open actions by priority, upcoming deadlines, a compliance score
whose computation is one click away, and who the dossier is about.

Deadlines come in two boxes that never repeat each other: the legal clocks that need acting
on now (requests overdue or due within 7 days, every running 72-hour breach clock, people to
tell of a high-risk breach; they tick live and open their record:
:class:`~assistant.ui.widgets.deadlines_box.DeadlinesBox`, with the processors whose contract
has gaps), then everything else due within 30 days (the owner's actions, postponements that
end, requests due later), from the guide's deadline sources.

The page paints its boxes first and fills them with the first assessment right after (see
:meth:`OverviewPage.refresh_now`); a little over 500 lines, one box after another, each built
and filled beside the others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.changes import Area
from assistant.ui.colours import css, set_tone
from assistant.ui.models.clock_text import colon
from assistant.ui.pages.guide_page import GuidePage
from assistant.ui.pages.guide_page import edit_organisation as edit_organisation_dialog
from assistant.ui.session import Session
from assistant.ui.widgets.columns import Columns

if TYPE_CHECKING:  # loaded with the first assessment, after the window's first paint
    from assistant.domain.guide.assess import Assessment
    from assistant.domain.guide.model import Pilot, Priority
    from assistant.domain.guide.score import ScoreBreakdown
    from assistant.domain.notices.versions import NoticeStatus
    from assistant.domain.organisation import Organisation
    from assistant.domain.overview import NextAction
    from assistant.domain.processing import Processing
    from assistant.store.dossier import Dossier
    from assistant.store.suppression_repo import Pending
    from assistant.ui.widgets.deadlines_box import DeadlinesBox


def _value_label(parent: QWidget) -> QLabel:
    value = QLabel(parent)
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


def _button(text: str, parent: QWidget) -> QPushButton:
    """A push button, made with its parent and then given its text: the overloads of the
    constructor that takes both (one takes an icon) make the Python type of QIcon and its
    enumerations, before the first paint."""
    button = QPushButton(parent)
    button.setText(text)
    return button


class OverviewPage(GuidePage):
    key = "overview"
    areas = Area.ALL  # the guide's assessment, and the withdrawals not yet sent on

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title.setText(self.tr("Overview"))
        self._next: NextAction | None = None
        self._score: ScoreBreakdown | None = None
        self._pending: list[Pending] = []
        self._painted = False
        self._build_next()
        self._build_withdrawals()

        # two columns, or one above the other where two would not fit without a
        # scroll bar across (a netbook, with the fonts of its system)
        left_column, right_column = QWidget(self), QWidget(self)
        left, right = QVBoxLayout(left_column), QVBoxLayout(right_column)
        for column in (left, right):
            column.setContentsMargins(0, 0, 0, 0)
        body = Columns(left_column, right_column, self, wide=760)
        for box in (self._steps_box(body), self._score_box(body), self._organisation_box(body)):
            left.addWidget(box)
        left.addStretch(1)
        right.addWidget(self._actions_box(body))
        # The legal clocks that need acting on now: live, each opens its record (built with
        # the first assessment, here in the column).
        self.clocks: DeadlinesBox | None = None
        self._right, self._body = right, body
        # Everything else that falls due within 30 days.
        self.deadlines = _value_label(body)
        self.deadlines.setAccessibleName(self.tr("Upcoming deadlines"))
        right.addWidget(self._box(self.tr("Upcoming deadlines (30 days)"), body, self.deadlines))
        self.reg_counts, self.reg_gaps = _value_label(body), _value_label(body)
        right.addWidget(self._box(self.tr("Register of processing activities"), body,
                                  self.reg_counts, self.reg_gaps,
                                  link=(self.tr("Open the register"), "register")))
        # The information notices published, and those the register has moved on from.
        self.notices = _value_label(body)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.notices.setAccessibleName(self.tr("Information notices"))
        right.addWidget(self._box(self.tr("Information notices"), body, self.notices,
                                  link=(self.tr("Open the notices"), "notices")))
        self.pilot = _value_label(body)
        right.addWidget(self._box(self.tr("Pilot"), body, self.pilot))
        right.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.layout_.addWidget(self.next_box)
        self.layout_.addWidget(self.suppression_box)
        self.layout_.addWidget(scroll, 1)

    def _box(self, title: str, parent: QWidget, *widgets: QWidget,
             link: tuple[str, str] | None = None) -> QGroupBox:
        """A box of the page: its lines, then the button to the page (by key) where they
        are worked on."""
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        for widget in widgets:
            widget.setParent(box)
            layout.addWidget(widget)
        if link is not None:
            text, key = link
            button = _button(text, box)
            button.clicked.connect(lambda: self.navigate.emit(key))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_next(self) -> None:
        """What to do next: the first thing on the page."""
        self.next_box = QFrame(self)
        self.next_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_box.setObjectName("nextBox")
        self.next_box.setStyleSheet("#nextBox { border: 2px solid palette(highlight); "
                                    "border-radius: 6px; }")
        next_layout = QHBoxLayout(self.next_box)
        heading = QLabel(self.tr("Next thing to do:"), self.next_box)
        heading.setStyleSheet("font-weight: bold;")
        self.next_text = _value_label(self.next_box)
        self.next_button = _button(self.tr("Do it now"), self.next_box)
        self.next_button.clicked.connect(self._do_next)
        next_layout.addWidget(heading)
        next_layout.addWidget(self.next_text, 1)
        next_layout.addWidget(self.next_button)

    def _build_withdrawals(self) -> None:
        """Withdrawals recorded here and not yet sent to the tool that sends the newsletter:
        until they are, it keeps writing to people who said stop."""
        self.suppression_box = QFrame(self)
        self.suppression_box.setFrameShape(QFrame.Shape.StyledPanel)
        suppression_layout = QHBoxLayout(self.suppression_box)
        self.suppression_text = _value_label(self.suppression_box)
        self.suppression_button = _button(self.tr("&Send them…"), self.suppression_box)
        self.suppression_button.setToolTip(self.tr("Export the list that tool imports to "
                                                   "unsubscribe them"))
        self.suppression_button.clicked.connect(self._send_withdrawals)
        suppression_layout.addWidget(self.suppression_text, 1)
        suppression_layout.addWidget(self.suppression_button)
        self.suppression_box.hide()

    def _steps_box(self, parent: QWidget) -> QGroupBox:
        """The box of the six steps; its rows come with the first assessment."""
        self.steps_box = QGroupBox(self.tr("The six steps"), parent)
        QGridLayout(self.steps_box).setColumnStretch(0, 1)
        self.step_bars: dict[int, tuple[QProgressBar, QLabel]] = {}
        return self.steps_box

    def _build_step_rows(self) -> None:
        from assistant.content.guide import load_steps
        from assistant.ui.i18n import current_lang

        steps_box = self.steps_box
        steps_grid = steps_box.layout()
        assert isinstance(steps_grid, QGridLayout)
        for row, step in enumerate(load_steps(current_lang())):
            button = _button(f"{step.number}. {step.title}", steps_box)
            button.setFlat(True)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(step.purpose)
            button.clicked.connect(lambda _c=False, k=step.key: self.navigate.emit(k))
            bar = QProgressBar(steps_box)
            bar.setTextVisible(False)
            bar.setMaximumWidth(bar.fontMetrics().averageCharWidth() * 23)
            bar.setAccessibleName(self.tr("Progress of step %1").replace("%1",
                                                                        str(step.number)))
            count = QLabel(steps_box)
            steps_grid.addWidget(button, row, 0)
            steps_grid.addWidget(bar, row, 1)
            steps_grid.addWidget(count, row, 2)
            self.step_bars[step.number] = (bar, count)

    def _score_box(self, parent: QWidget) -> QGroupBox:
        score_box = QGroupBox(self.tr("Compliance score"), parent)
        # the button under the parts, not beside them: on a netbook the parts keep a
        # column's width instead of a word per line
        score_layout = QGridLayout(score_box)
        self.score_value = QLabel(score_box)
        self.score_value.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.score_value.setAccessibleName(self.tr("Compliance score"))
        self.score_parts = _value_label(score_box)
        self.score_button = _button(self.tr("How is this &computed?"), score_box)
        self.score_button.clicked.connect(self.show_score)
        score_layout.addWidget(self.score_value, 0, 0, 2, 1)
        score_layout.addWidget(self.score_parts, 0, 1)
        score_layout.addWidget(self.score_button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        score_layout.setColumnStretch(1, 1)
        return score_box

    def _organisation_box(self, parent: QWidget) -> QGroupBox:
        org_box = QGroupBox(self.tr("Organisation (controller)"), parent)
        grid = QGridLayout(org_box)
        self.org_values: dict[str, QLabel] = {}
        rows = [
            ("name", self.tr("Name")), ("ids", self.tr("SIREN / SIRET")),
            ("address", self.tr("Address")), ("representative", self.tr("Representative")),
            ("contact", self.tr("Contact")), ("sector", self.tr("Sector")),
        ]
        for i, (key, text) in enumerate(rows):
            grid.addWidget(QLabel(colon(text), org_box), i, 0, Qt.AlignmentFlag.AlignTop)
            self.org_values[key] = _value_label(org_box)
            grid.addWidget(self.org_values[key], i, 1)
        self.org_gaps = _value_label(org_box)
        set_tone(self.org_gaps, "warning")
        grid.addWidget(self.org_gaps, len(rows), 0, 1, 2)
        self.edit_org = _button(self.tr("Edit the organisation…"), org_box)
        self.edit_org.clicked.connect(self.edit_organisation)
        grid.addWidget(self.edit_org, len(rows) + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        return org_box

    def _actions_box(self, parent: QWidget) -> QGroupBox:
        """The open actions, counted by priority (a count each, with the first assessment)."""
        self._counts = QWidget(parent)
        QHBoxLayout(self._counts).setContentsMargins(0, 0, 0, 0)
        self.action_counts: dict[Priority, QLabel] = {}
        self.postponed = _value_label(parent)
        return self._box(self.tr("Open actions"), parent, self._counts, self.postponed,
                         link=(self.tr("Open the action plan"), "step3"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the window shows; the assessment follows at once
            self._painted = True
            QTimer.singleShot(0, self, self._first_fill)

    def refresh_now(self) -> None:
        """The first assessment waits for the page's first paint: the window shows the
        dossier (its name, the pages, this page's boxes) first, the assessment a moment
        later. Once painted, the page reads the dossier as every page does."""
        if self._painted:
            super().refresh_now()

    def _first_fill(self) -> None:
        if self.isVisible():
            super().refresh_now()

    def _settle(self) -> None:
        """A click quicker than the first assessment (a button of the frame): it is made
        now, and the click does what the filled page would."""
        if self._next is None and self.isVisible() and self.session.is_open:
            super().refresh_now()

    def refresh(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        first = not self.step_bars
        if first:
            self._build_step_rows()
        result = self.assess()
        assert result is not None
        writable = not dossier.read_only
        self._show_next(result, writable)
        self._show_pending_withdrawals(dossier)
        self._show_steps(result)
        self._show_score(result.score)
        self._show_actions(result)
        self._show_deadlines(result)
        self._show_organisation(result.snapshot.organisation, writable)
        self._show_register(list(result.snapshot.processings))
        self.notices.setText(self._notices_text(result.snapshot.notices or ()))
        self._show_pilot(result.snapshot.pilot)
        if first:  # the rows, counts and clocks just built: Tab reaches them in screen order
            from assistant.ui.focus_order import follow_layout

            follow_layout(self.window())

    def _show_next(self, result: Assessment, writable: bool) -> None:
        from assistant.ui.guide_texts import link_title, next_text

        self._next = result.next
        self.next_text.setText(next_text(result.next))
        self.next_button.setEnabled(writable or result.next.target not in (
            "organisation", "processing", "dpia"))
        if result.next.item is not None and result.next.item.gap is not None:
            self.next_button.setToolTip(link_title(result.next.target))

    def _show_steps(self, result: Assessment) -> None:
        for progress in result.steps:
            bar, count = self.step_bars[progress.step.number]
            bar.setMaximum(max(progress.total, 1))
            bar.setValue(progress.settled)
            count.setText(f"{progress.settled}/{progress.total}")
            count.setAccessibleName(self.tr("%n of %1 tasks settled", "", progress.settled)
                                    .replace("%1", str(progress.total)))

    def _show_score(self, score: ScoreBreakdown) -> None:
        from assistant.ui.guide_texts import number

        self._score = score
        self.score_value.setText(f"{score.total}/100")
        self.score_parts.setText(
            self.tr("Checklist %1/40 · register %2/30 · action plan %3/30")
            .replace("%1", number(score.checklist)).replace("%2", number(score.register))
            .replace("%3", number(score.plan)))

    def _show_actions(self, result: Assessment) -> None:
        from assistant.domain.guide.model import Priority
        from assistant.domain.guide.plan import open_counts
        from assistant.ui.guide_texts import priority_label, priority_tone

        if not self.action_counts:
            row = self._counts.layout()
            assert isinstance(row, QHBoxLayout)
            for p in Priority:
                count = QLabel(self._counts)
                count.setStyleSheet("font-weight: bold;")
                set_tone(count, priority_tone(p))
                row.addWidget(count)
                self.action_counts[p] = count
            row.addStretch(1)
        counts = open_counts(result.plan)
        for p, text in self.action_counts.items():
            text.setText(f"{colon(priority_label(p))} {counts[p]}")
        postponed = sum(1 for i in result.plan if i.status.value == "postponed")
        self.postponed.setText(self.tr("%n postponed.", "", postponed) if postponed else "")
        self.postponed.setVisible(bool(postponed))

    def _show_deadlines(self, result: Assessment) -> None:
        from assistant.ui.guide_texts import deadline_text, format_date
        from assistant.ui.widgets.deadlines_box import DeadlinesBox

        if self.clocks is None:
            self.clocks = DeadlinesBox(self._body)
            self.clocks.max_rows = 6  # as tall as its lines; more scroll
            self.clocks.open_record.connect(self.open_record)
            self._right.insertWidget(1, self.clocks)  # under the open actions
        snapshot = result.snapshot
        self.clocks.set_records(list(snapshot.requests or ()), list(snapshot.breaches or ()),
                                list(snapshot.processors))
        # what the live box shows is not repeated below
        live = {(key, record_id) for _t, _s, key, record_id in self.clocks.entries()}
        deadlines = [d for d in result.deadlines
                     if d.record_id is None or (d.target, d.record_id) not in live]
        if not deadlines:
            self.deadlines.setText(self.tr("Nothing falls due in the next 30 days."))
            return
        lines = []
        for d in deadlines:
            when = format_date(d.on.isoformat())
            lines.append(f"{when} — {deadline_text(d, result)}"
                         + (" — " + self.tr("overdue") if d.on < snapshot.today else ""))
        self.deadlines.setText("\n".join(lines))

    def _show_organisation(self, org: Organisation, writable: bool) -> None:
        from assistant.content.messages import messages
        from assistant.domain.organisation import check_organisation
        from assistant.ui.i18n import current_lang

        for key, text in self._organisation_lines(org).items():
            self.org_values[key].setText(text or "—")
        gaps = check_organisation(org)
        msg = messages(current_lang())
        self.org_gaps.setText("\n".join(f"• {msg.finding_with_field(f)}" for f in gaps))
        self.org_gaps.setVisible(bool(gaps))
        self.edit_org.setEnabled(writable)

    def _organisation_lines(self, org: Organisation) -> dict[str, str]:
        """What the Organisation box says on each of its lines ("" for nothing)."""
        from assistant.ui.vocab import label

        name = org.display_name
        if org.trade_name and org.legal_name and org.trade_name != org.legal_name:
            name += f" ({org.legal_name})"
        ids = " / ".join(x for x in (org.siren, org.siret) if x)
        if org.vat_number:
            ids = " · ".join(x for x in (ids, self.tr("VAT %1").replace("%1", org.vat_number))
                             if x)
        return {
            "name": name,
            "ids": ids,
            "address": ", ".join(x for x in (org.address.replace("\n", ", "),
                                             f"{org.postcode} {org.city}".strip(),
                                             org.country) if x),
            "representative": ", ".join(x for x in (org.representative_name,
                                                    org.representative_role) if x),
            "contact": " · ".join(x for x in (org.email, org.phone, org.website) if x),
            "sector": label("sectors", org.sector) if org.sector else "",
        }

    def _show_register(self, processings: list[Processing]) -> None:
        from assistant.domain.overview import register_summary
        from assistant.domain.processing import ProcessingStatus
        from assistant.ui.models.processing_table_model import status_label

        summary = register_summary(processings)
        counts_text = [f"{colon(status_label(s))} {summary.by_status[s]}"
                       for s in (ProcessingStatus.ACTIVE, ProcessingStatus.DRAFT,
                                 ProcessingStatus.ARCHIVED)]
        self.reg_counts.setText(
            self.tr("%n processing activities", "", len(processings)) + "\n"
            + " · ".join(counts_text))
        if summary.incomplete:
            self.reg_gaps.setText(self.tr("%n of them still has points to complete "
                                          "(%1 in all).", "", summary.incomplete)
                                  .replace("%1", str(summary.points)))
        else:
            self.reg_gaps.setText(self.tr("No point left to complete.") if processings else "")

    def _show_pilot(self, pilot: Pilot | None) -> None:
        if pilot is not None and pilot.named:
            self.pilot.setText(", ".join(x for x in (pilot.name, pilot.role, pilot.email,
                                                     pilot.phone) if x))
        else:
            self.pilot.setText(self.tr("No pilot named yet (step 1)."))

    def _show_pending_withdrawals(self, dossier: Dossier) -> None:
        from assistant.content.messages import messages
        from assistant.store.suppression_repo import pending
        from assistant.ui.i18n import current_lang
        from assistant.ui.models.processing_table_model import format_timestamp

        msg = messages(current_lang())
        self._pending = list(pending(dossier))
        lines = [msg.get("suppression", "reminder", {
            "count": p.count, "purpose": p.purpose, "since": format_timestamp(p.since),
            "tool": msg.get("layout_names", p.tool).split(" (")[0]}) for p in self._pending]
        self.suppression_text.setText("\n".join(lines))
        self.suppression_box.setVisible(bool(lines))

    def _send_withdrawals(self) -> None:
        if not self._pending:
            return
        first = self._pending[0]
        self.navigate.emit("consents")
        consents = getattr(self.window(), "pages", {}).get("consents")
        if consents is not None and hasattr(consents, "transfer"):
            consents.transfer.export_suppression(first.tool, first.purpose)  # type: ignore[attr-defined]

    def _notices_text(self, statuses: tuple[NoticeStatus, ...]) -> str:
        """One line per notice recorded: its version and day, and in bold when the register
        has moved on since (what changed)."""
        from assistant.ui.guide_texts import format_date

        if not statuses:
            return self.tr("No information notice recorded yet.")
        names = {
            "website": self.tr("Website privacy notice"), "poster": self.tr("Counter poster"),
            "cctv": self.tr("CCTV sign"), "form": self.tr("Short notice for forms"),
            "staff": self.tr("Staff information notice"),
        }
        import html  # with the assessment: its table of entities costs the first paint 2 ms

        lines = []
        for status in statuses:
            v = status.version
            line = self.tr("%1 (%2), version %3 of %4").replace(
                "%1", names.get(v.kind.value, v.kind.value)).replace(
                "%2", v.language.upper()).replace("%3", str(v.number)).replace(
                "%4", format_date(v.issued_on))
            if status.stale:
                what = ", ".join(status.changed_names) or self.tr(
                    "the shop's identity or contact")
                line = f"<b style='color:{css('danger')}'>" + html.escape(
                    self.tr("%1: out of date, %2 changed since").replace("%1", line).replace(
                        "%2", what)) + "</b>"
            else:
                line = html.escape(line + " — " + self.tr("up to date"))
            lines.append(line)
        return "<br>".join(lines)

    def next_action(self) -> NextAction | None:
        """The single most important thing to do next, as the page shows it."""
        return self._next

    def _do_next(self) -> None:
        self._settle()
        action = self._next
        if action is None:
            return
        # a step's task: that step, with the keyboard where the task is done
        if action.code == "checklist_task":
            self.navigate.emit(f"step{action.params.get('step', '1')}#next")
            return
        if action.target.startswith("step") and action.target[4:].isdigit():
            self.navigate.emit(f"{action.target}#next")
            return
        self.go(action.target, action.processing_id if action.processing_id is not None
                else action.record_id)

    def show_score(self) -> None:
        from assistant.ui.dialogs.score_dialog import ScoreDialog

        self._settle()
        if self._score is None:
            return
        ScoreDialog(self._score, self).exec()

    def edit_organisation(self) -> None:
        edit_organisation_dialog(self, self.session)
