"""A step's checklist as a table: state, task, when and by whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assistant.domain.guide.checklist import TaskProgress, TaskView
from assistant.ui.colours import brush
from assistant.ui.guide_texts import format_date, task_progress_label
from assistant.ui.i18n import translate
from assistant.ui.models.row_list_model import Index, RowListModel

_MARK = {TaskProgress.TODO: "☐", TaskProgress.DONE: "☑", TaskProgress.AUTO_DONE: "☑",
         TaskProgress.NOT_APPLICABLE: "⊘"}


class ChecklistModel(RowListModel[TaskView]):
    COL_STATE, COL_TASK, COL_WHEN = range(3)

    def key_of(self, row: TaskView) -> str:
        return row.task.id

    def headers(self) -> tuple[str, ...]:
        return (translate("Guide", "State"), translate("Guide", "Task"),
                translate("Guide", "When, by whom"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.row_for(index)
        if view is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_STATE:
                return f"{_MARK[view.progress]} {task_progress_label(view.progress)}"
            if col == self.COL_TASK:
                return view.task.title
            if col == self.COL_WHEN and view.state is not None and \
                    view.progress in (TaskProgress.DONE, TaskProgress.NOT_APPLICABLE):
                return " · ".join(x for x in (format_date(view.state.on), view.state.by) if x)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.task.help or None
        if role == Qt.ItemDataRole.ForegroundRole and view.settled and col != self.COL_TASK:
            return brush("success" if view.progress is not TaskProgress.NOT_APPLICABLE
                         else "muted")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_STATE:
            return task_progress_label(view.progress)
        return None
