"""One step of the method, laid out for a laptop: where the step stands and what to do next
first, then its checklist, then the step's own work (the pilot form of step 1, the action
plan of step 3, the DPIA screenings of step 4, the legal clocks and processors' contracts of
step 5).

The page scrolls as one: on a 1366×768 screen the progress, the next action and the
checklist are in view without scrolling; on a 1024×600 one everything is reached by
scrolling that one area (the tables inside are as tall as their rows and never scroll
themselves). What the step is for stays one line; why it matters and its source open on
demand. The words are content (``steps.toml``); this page only lays them out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import step_by_number
from assistant.domain.guide.checklist import TaskView
from assistant.domain.guide.model import TaskStatus
from assistant.ui.colours import set_tone
from assistant.ui.guide_texts import link_title
from assistant.ui.i18n import current_lang
from assistant.ui.pages.guide_page import GuidePage, open_screening
from assistant.ui.session import Session
from assistant.ui.widgets.action_plan_panel import ActionPlanPanel
from assistant.ui.widgets.checklist_view import ChecklistView
from assistant.ui.widgets.deadlines_box import DeadlinesBox
from assistant.ui.widgets.dpia_panel import DpiaPanel
from assistant.ui.widgets.fit_table import Disclosure
from assistant.ui.widgets.pilot_panel import PilotPanel
from assistant.ui.widgets.sector_panel import SectorPanel


def _text(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class NextBox(QFrame):
    """The step's next task, in words, with the one button that does it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#nextBox { border: 2px solid palette(highlight); "
                           "border-radius: 6px; }")
        self.heading = QLabel(self.tr("Next:"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = _text("", self)
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class StepPage(GuidePage):
    def __init__(self, session: Session, number: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.number = number
        step = step_by_number(current_lang(), number)
        self.step = step
        self.key = step.key
        self._next: TaskView | None = None
        self.title.setText(self.tr("Step %1 — %2").replace("%1", str(number))
                           .replace("%2", step.title))

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)

        # What the step is for, where it stands, where its work is done.
        column.addWidget(_text(step.purpose, body, bold=True))
        why = QWidget(body)
        why_layout = QVBoxLayout(why)
        why_layout.setContentsMargins(18, 0, 0, 0)
        why_layout.addWidget(_text(step.why, why))
        source = _text(self.tr("Source: %1").replace("%1", step.source), why)
        set_tone(source, "muted")
        why_layout.addWidget(source)
        self.why = Disclosure(self.tr("Why it matters"), why, body)
        column.addWidget(self.why)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(body)
        self.progress.setAccessibleName(self.tr("Progress of the step"))
        self.progress.setFixedWidth(160)
        self.progress.setFormat("%v / %m")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label = QLabel(body)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label)
        progress_row.addStretch(1)
        if step.links:
            progress_row.addWidget(QLabel(self.tr("Where the work is done:"), body))
            for target in step.links:
                button = QPushButton(link_title(target), body)
                button.clicked.connect(lambda _c=False, t=target: self.go(t))
                progress_row.addWidget(button)
        column.addLayout(progress_row)

        self.next_box = NextBox(body)
        self.next_box.button.clicked.connect(self._do_next)
        self.act_next = QAction(self.tr("Do the &next task"), self)
        self.act_next.triggered.connect(lambda _c=False: self._do_next())
        column.addWidget(self.next_box)

        self.checklist = ChecklistView(session, body)
        self.checklist.here = step.key
        self.checklist.go.connect(lambda target: self.go(target))
        self.checklist_box = QGroupBox(self.tr("Checklist"), body)
        box_layout = QVBoxLayout(self.checklist_box)
        box_layout.addWidget(self.checklist)
        self.checklist.setParent(self.checklist_box)
        column.addWidget(self.checklist_box)

        # The step's own work, below: reached by scrolling the page, never scrolling itself.
        self.pilot_panel: PilotPanel | None = None
        self.plan_panel: ActionPlanPanel | None = None
        self.dpia_panel: DpiaPanel | None = None
        self.clocks: DeadlinesBox | None = None
        self.sector_panel: SectorPanel | None = None
        self.work: QWidget | None = None
        if number == 2:  # the processing shops of this sector usually carry out
            self.sector_panel = SectorPanel(body)
            self.sector_panel.add_requested.connect(self.create_from_template.emit)
            self.sector_panel.organisation_requested.connect(
                lambda: self.go("organisation"))
            self.work = self._boxed(self.tr("Usual for your sector"), self.sector_panel, body)
        elif number == 1:
            self.pilot_panel = PilotPanel(session, body)
            self.work = self.pilot_panel
        elif number == 3:
            self.plan_panel = ActionPlanPanel(session, body)
            self.plan_panel.go.connect(self.go)
            self.work = self._boxed(self.tr("Action plan"), self.plan_panel, body)
        elif number == 4:
            self.dpia_panel = DpiaPanel(session, body)
            self.dpia_panel.screen_requested.connect(
                lambda pid: open_screening(self, self.session, pid))
            self.work = self._boxed(self.tr("DPIA screening"), self.dpia_panel, body)
        elif number == 5:  # the legal clocks and processors' contracts, live
            self.clocks = DeadlinesBox(body)
            self.clocks.max_rows = 1000  # every line: the page scrolls, not the list
            self.clocks.open_record.connect(self.open_record)
            self.work = self.clocks
        if self.work is not None:
            column.addWidget(self.work)
            self.checklist.here_has_work = True
        column.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls to each field
        self.scroll_area.setWidget(body)
        self.layout_.addWidget(self.scroll_area, 1)

    @staticmethod
    def _boxed(title: str, widget: QWidget, parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        widget.setParent(box)
        return box

    def menu_actions(self) -> list[QAction]:
        actions = [self.act_next]
        if self.plan_panel is not None:
            actions += [a for a in self.plan_panel.actions() if a.text()]
        return actions

    def go(self, target: str, processing_id: int | None = None) -> None:
        if target == self.key:  # a task done on this page: its work, below
            self.show_work()
        else:
            super().go(target, processing_id)

    # -- the next task ----------------------------------------------------------------------
    def _show_next(self, tasks: tuple[TaskView, ...]) -> None:
        self._next = next((t for t in tasks if not t.settled), None)
        box = self.next_box
        view = self._next
        if view is None:
            box.text.setText(self.tr("Every task of this step is settled. Keep them up to "
                                     "date when the shop changes."))
            if self.number < 6:
                box.button.setText(self.tr("Go to step %1").replace("%1", str(self.number + 1)))
            else:
                box.button.setText(link_title("overview"))
            box.button.setEnabled(True)
            return
        box.text.setText(view.task.title)
        link = view.task.link
        if link == self.key and self.work is not None:
            box.button.setText(self.tr("Fill it in below") if self.pilot_panel is not None
                               else self.tr("Show it below"))
        elif link and link != self.key:
            box.button.setText(self.tr("Go to: %1").replace("%1", link_title(link)))
        elif view.manual:
            box.button.setText(self.tr("Mark as done…"))
        else:
            box.button.setText(self.tr("Show it in the checklist"))
        dossier = self.session.dossier
        box.button.setEnabled(dossier is not None and (not dossier.read_only or bool(
            link and link != self.key)))

    def _do_next(self) -> None:
        view = self._next
        if view is None:
            self.navigate.emit(f"step{self.number + 1}" if self.number < 6 else "overview")
            return
        row = self.checklist.model.row_of(view.task.id)
        if row is not None:
            self.checklist.select_row(row)
        link = view.task.link
        if link == self.key and self.work is not None:
            self.show_work()
        elif link and link != self.key:
            self.go(link)
        elif view.manual:
            self.checklist.settle(TaskStatus.DONE)
        else:
            self.scroll_area.ensureWidgetVisible(self.checklist_box)
            self.checklist.table.setFocus()

    def bring_next_task(self) -> None:
        """The keyboard to where the next task is done: the step's own form when the task
        is done on this page (the pilot's name), else the button that does it."""
        view = self._next
        dossier = self.session.dossier
        if view is not None and view.task.link == self.key and self.work is not None \
                and dossier is not None and not dossier.read_only:
            self.show_work()
        else:
            self.scroll_area.ensureWidgetVisible(self.next_box)
            self.next_box.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_work(self) -> None:
        """Scroll to the step's own work and put the keyboard in its first field."""
        if self.work is None:
            return
        self.scroll_area.ensureWidgetVisible(self.work, 0, 0)
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self.work.y()))
        if self.pilot_panel is not None:
            self.pilot_panel.name.setFocus()
        elif self.plan_panel is not None:
            self.plan_panel.table.setFocus()
        elif self.dpia_panel is not None:
            self.dpia_panel.table.setFocus()
        elif self.clocks is not None:
            self.clocks.list.setFocus()
        elif self.sector_panel is not None and self.sector_panel.buttons:
            next(iter(self.sector_panel.buttons.values())).setFocus()

    # -- what the page holds ----------------------------------------------------------------
    def unsaved_work(self) -> str:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only or self.pilot_panel is None:
            return ""
        if self.pilot_panel.dirty and not self.pilot_panel.save():
            return self.tr("The pilot and DPO form of step 1 (not saved: %1)").replace(
                "%1", self.pilot_panel.state_label.text())
        return ""

    def save_work(self) -> bool:
        return self.pilot_panel is None or self.pilot_panel.save()

    def drop_work(self) -> None:
        if self.pilot_panel is not None:
            self.pilot_panel.reload()

    def hideEvent(self, event: Any) -> None:
        # leaving the page saves what was typed on it, and the next visit is a new step
        # to undo
        if self.pilot_panel is not None:
            self.pilot_panel.save()
            self.pilot_panel.autosave.new_sitting()
        super().hideEvent(event)

    def refresh(self) -> None:
        result = self.assess()
        if result is None:
            return
        progress = result.step(self.number)
        if progress is not None:
            self.checklist.set_rows(progress.tasks)
            self.progress.setMaximum(max(progress.total, 1))
            self.progress.setValue(progress.settled)
            self.progress_label.setText(
                self.tr("%n of %1 tasks settled", "", progress.settled)
                .replace("%1", str(progress.total)))
            self._show_next(progress.tasks)
        pilot = result.snapshot.pilot
        by = pilot.name if pilot is not None else ""
        self.checklist.default_by = by
        if self.pilot_panel is not None and not self.pilot_panel.dirty:
            self.pilot_panel.load()
        if self.plan_panel is not None:
            self.plan_panel.default_by = by
            self.plan_panel.set_assessment(result)
        if self.dpia_panel is not None:
            self.dpia_panel.set_assessment(result)
        if self.sector_panel is not None:
            dossier = self.session.dossier
            self.sector_panel.set_state(result.snapshot.organisation,
                                        result.snapshot.processings,
                                        writable=dossier is not None and not dossier.read_only)
        if self.clocks is not None:
            snapshot = result.snapshot
            self.clocks.set_records(list(snapshot.requests or ()),
                                    list(snapshot.breaches or ()), list(snapshot.processors))
