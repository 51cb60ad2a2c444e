"""A step's checklist as a table: state, task, when and by whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from assistant.domain.guide.checklist import TaskProgress, TaskView
from assistant.ui.colours import brush
from assistant.ui.guide_texts import format_date, task_progress_label
from assistant.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex

_MARK = {TaskProgress.TODO: "☐", TaskProgress.DONE: "☑", TaskProgress.AUTO_DONE: "☑",
         TaskProgress.NOT_APPLICABLE: "⊘"}


class ChecklistModel(QAbstractTableModel):
    COL_STATE, COL_TASK, COL_WHEN = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskView] = []

    def set_rows(self, rows: list[TaskView] | tuple[TaskView, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task_at(self, row: int) -> TaskView:
        return self._rows[row]

    def row_of(self, task_id: str) -> int | None:
        for i, view in enumerate(self._rows):
            if view.task.id == task_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("Guide", "State"), translate("Guide", "Task"),
                translate("Guide", "When, by whom"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
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
