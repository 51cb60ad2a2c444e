"""One step of the method: what it is for, why it matters for a shop, the step's own work
(the pilot form of step 1, the action plan of step 3, the DPIA screenings of step 4, the legal
clocks and processors' contracts of step 5), its
checklist, and buttons to the screens where the rest is done. The words are content
(``steps.toml``); this page only lays them out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import step_by_number
from assistant.ui.guide_texts import link_title
from assistant.ui.i18n import current_lang
from assistant.ui.pages.guide_page import GuidePage, open_screening
from assistant.ui.session import Session
from assistant.ui.widgets.action_plan_panel import ActionPlanPanel
from assistant.ui.widgets.checklist_view import ChecklistView
from assistant.ui.widgets.deadlines_box import DeadlinesBox
from assistant.ui.widgets.dpia_panel import DpiaPanel
from assistant.ui.widgets.pilot_panel import PilotPanel


def _text(text: str, parent: QWidget, *, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class StepPage(GuidePage):
    def __init__(self, session: Session, number: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.number = number
        step = step_by_number(current_lang(), number)
        self.step = step
        self.key = step.key
        self.title.setText(self.tr("Step %1 — %2").replace("%1", str(number))
                           .replace("%2", step.title))

        intro = QFrame(self)
        intro.setObjectName("stepIntro")
        intro.setStyleSheet("#stepIntro { background: palette(alternate-base); "
                            "border-radius: 6px; }")
        intro_layout = QVBoxLayout(intro)
        intro_layout.addWidget(_text(step.purpose, intro, style="font-weight: bold;"))
        why = QHBoxLayout()
        why_label = _text(self.tr("Why it matters:"), intro, style="font-style: italic;")
        why_label.setWordWrap(False)
        why.addWidget(why_label, 0, Qt.AlignmentFlag.AlignTop)
        why.addWidget(_text(step.why, intro), 1)
        intro_layout.addLayout(why)
        intro_layout.addWidget(_text(self.tr("Source: %1").replace("%1", step.source), intro,
                                     style="color: palette(placeholder-text);"))
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(intro)
        self.progress.setAccessibleName(self.tr("Progress of the step"))
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(intro)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.progress_label, 1)
        intro_layout.addLayout(progress_row)

        self.checklist = ChecklistView(session, self)
        self.checklist.here = step.key
        self.checklist.go.connect(lambda target: self.go(target))
        checklist_box = QGroupBox(self.tr("Checklist"), self)
        box_layout = QVBoxLayout(checklist_box)
        box_layout.addWidget(self.checklist)

        self.pilot_panel: PilotPanel | None = None
        self.plan_panel: ActionPlanPanel | None = None
        self.dpia_panel: DpiaPanel | None = None
        self.clocks: DeadlinesBox | None = None
        panel: QWidget | None = None
        if number == 1:
            self.pilot_panel = PilotPanel(session, self)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.pilot_panel)
            panel = scroll
        elif number == 3:
            self.plan_panel = ActionPlanPanel(session, self)
            self.plan_panel.go.connect(self.go)
            panel = self._boxed(self.tr("Action plan"), self.plan_panel)
        elif number == 4:
            self.dpia_panel = DpiaPanel(session, self)
            self.dpia_panel.screen_requested.connect(
                lambda pid: open_screening(self, self.session, pid))
            panel = self._boxed(self.tr("DPIA screening"), self.dpia_panel)
        elif number == 5:  # the legal clocks and processors' contracts, live
            self.clocks = DeadlinesBox(self)
            self.clocks.max_rows = 10
            self.clocks.open_record.connect(self.open_record)
            panel = self.clocks

        links = QHBoxLayout()
        if step.links:
            links.addWidget(QLabel(self.tr("Where the work is done:"), self))
            for target in step.links:
                button = QPushButton(link_title(target), self)
                button.clicked.connect(lambda _c=False, t=target: self.go(t))
                links.addWidget(button)
        links.addStretch(1)

        self.layout_.addWidget(intro)
        if panel is not None:
            splitter = QSplitter(Qt.Orientation.Vertical, self)
            splitter.addWidget(panel)
            splitter.addWidget(checklist_box)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setChildrenCollapsible(False)
            self.layout_.addWidget(splitter, 1)
        else:
            self.layout_.addWidget(checklist_box, 1)
        self.layout_.addLayout(links)

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def unsaved_work(self) -> str:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:  # nothing could be saved
            return ""
        if self.pilot_panel is not None and self.pilot_panel.dirty:
            return self.tr("The pilot and DPO form of step 1")
        return ""

    def save_work(self) -> bool:
        return self.pilot_panel is None or not self.pilot_panel.dirty or self.pilot_panel.save()

    def drop_work(self) -> None:
        if self.pilot_panel is not None:
            self.pilot_panel.load()

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
        if self.clocks is not None:
            snapshot = result.snapshot
            self.clocks.set_records(list(snapshot.requests or ()),
                                    list(snapshot.breaches or ()), list(snapshot.processors))
