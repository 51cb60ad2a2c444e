"""A step's checklist: the tasks with their state, the selected task's help and source, and
buttons to settle it or to go where it is done. It is as tall as its tasks: the step's page
scrolls, the checklist does not."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.guide.checklist import TaskProgress, TaskView
from assistant.domain.guide.model import TaskStatus
from assistant.ui.changes import Area
from assistant.ui.colours import css
from assistant.ui.dialogs.task_dialog import TaskDialog
from assistant.ui.guide_texts import format_date, link_title, task_progress_label
from assistant.ui.models.checklist_model import ChecklistModel
from assistant.ui.session import Session
from assistant.ui.widgets.columns import Columns
from assistant.ui.widgets.fit_table import DetailsPane, FitTableView


class ChecklistView(QWidget):
    go = Signal(str)  # the key of the page (or form) where the selected task is done

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.default_by = ""
        self.here = ""  # the key of the page showing this checklist
        self.here_has_work = False  # a task of this page is done on it, below the checklist
        self.model = ChecklistModel(self)
        self.table = FitTableView(self, name=self.tr("Checklist"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.COL_STATE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.COL_TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.COL_WHEN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.go_to_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = DetailsPane(self)
        self.details.setAccessibleName(self.tr("Selected task"))

        self.done_button = QPushButton(self.tr("Mar&k as done…"), self)
        self.na_button = QPushButton(self.tr("Not appli&cable…"), self)
        self.todo_button = QPushButton(self.tr("&Back to to do"), self)
        self.go_button = QPushButton(self.tr("&Go there"), self)
        self.done_button.clicked.connect(lambda: self.settle(TaskStatus.DONE))
        self.na_button.clicked.connect(lambda: self.settle(TaskStatus.NOT_APPLICABLE))
        self.todo_button.clicked.connect(self.reset)
        self.go_button.clicked.connect(self.go_to_selected)
        toggle = QAction(self)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self._toggle)
        self.table.addAction(toggle)

        buttons = QHBoxLayout()
        for button in (self.done_button, self.na_button, self.todo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        # the selected task's details beside the list, or under it on a netbook, where
        # beside it the task's own words would get a word per line
        row = Columns(self.table, self.details, self)
        row.box.setStretch(0, 3)
        row.box.setStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        layout.addLayout(buttons)
        self._selection_changed()

    # -- data -----------------------------------------------------------------------------
    def set_rows(self, views: tuple[TaskView, ...] | list[TaskView]) -> None:
        selected = self.selected()
        self.model.set_rows(views)
        row = self.model.row_of(selected.task.id) if selected else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not self.table.select_row(row):
            self._selection_changed()

    def selected(self) -> TaskView | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row_at(row)

    def _writable(self) -> bool:
        dossier = self.session.dossier
        return dossier is not None and not dossier.read_only

    def _selection_changed(self, *_args: object) -> None:
        view = self.selected()
        writable = self._writable()
        self.done_button.setEnabled(bool(view and view.manual and writable
                                         and view.progress is not TaskProgress.DONE))
        self.na_button.setEnabled(bool(view and writable))
        self.todo_button.setEnabled(bool(view and writable and view.state is not None))
        goes = view is not None and bool(view.task.link) and (
            view.task.link != self.here or self.here_has_work)
        self.go_button.setEnabled(goes)
        self.go_button.setVisible(goes or view is None)
        if view is not None and goes and view.task.link == self.here:
            self.go_button.setText(self.tr("&Go to the form below"))
        elif view is not None and goes:
            self.go_button.setText(self.tr("&Go to: %1").replace("%1",
                                                                 link_title(view.task.link)))
        else:
            self.go_button.setText(self.tr("&Go there"))
        if view is not None and not view.manual:
            self.done_button.setToolTip(self.tr("The dossier checks this task by itself."))
        else:
            self.done_button.setToolTip("")
        self.details.setHtml(self._details_html(view) if view else "")

    def _details_html(self, view: TaskView) -> str:
        why_label = self.tr("Why:")
        auto_label = self.tr("The dossier checks this task by itself.")
        source_label = self.tr("Source:")
        task = view.task
        parts = [f"<p><b>{escape(task.title)}</b></p>",
                 f"<p><b>{escape(task_progress_label(view.progress))}</b>"]
        state = view.state
        if state is not None and view.progress in (TaskProgress.DONE,
                                                   TaskProgress.NOT_APPLICABLE):
            when = " · ".join(x for x in (format_date(state.on), state.by) if x)
            if when:
                parts.append(f" — {escape(when)}")
        parts.append("</p>")
        if state is not None and view.progress is TaskProgress.NOT_APPLICABLE:
            parts.append(f"<p><i>{escape(why_label)}</i> {escape(state.reason)}</p>")
        if not view.manual:
            parts.append(f"<p><i>{escape(auto_label)}</i></p>")
        if task.help:
            parts.append(f"<p>{escape(task.help)}</p>")
        if task.source:
            parts.append(f"<p style='color:{css('muted')}'>{escape(source_label)} "
                         f"{escape(task.source)}</p>")
        return "".join(parts)

    # -- actions --------------------------------------------------------------------------
    def _toggle(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.progress is TaskProgress.TODO and view.manual:
            self.settle(TaskStatus.DONE)
        elif view.state is not None:
            self.reset()

    def settle(self, status: TaskStatus) -> None:
        view = self.selected()
        dossier = self.session.dossier
        if view is None or dossier is None or dossier.read_only:
            return
        if status is TaskStatus.DONE and not view.manual:
            return
        dialog = TaskDialog(view.task, status, by=self.default_by, current=view.state,
                            parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        state = dialog.state()
        label = (self.tr("task done") if status is TaskStatus.DONE
                 else self.tr("task not applicable"))
        self.session.perform(self, self.tr("Checklist"),
                             lambda: dossier.guide.settle_task(state, label=label), Area.GUIDE)

    def reset(self) -> None:
        view = self.selected()
        dossier = self.session.dossier
        if view is None or dossier is None or dossier.read_only or view.state is None:
            return
        label = self.tr("task back to do")
        self.session.perform(self, self.tr("Checklist"), lambda: dossier.guide.reset_task(
            view.task.id, label=label), Area.GUIDE)

    def go_to_selected(self) -> None:
        view = self.selected()
        if view is not None and view.task.link and (view.task.link != self.here
                                                     or self.here_has_work):
            self.go.emit(view.task.link)
