"""A read-only table over a list of rows, each found again by its key: what the guide's
tables (checklist, action plan, DPIA screenings) and the registers' tables share, so that a
refresh keeps the row the user had selected."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowListModel(QAbstractTableModel, Generic[Row]):
    """Subclasses say what a row's key is, name the columns and give each cell's data."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def key_of(self, row: Row) -> Hashable:
        raise NotImplementedError

    def headers(self) -> Sequence[str]:
        """The columns' titles, in the UI's language (asked each time: it may change)."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_set()
        self.endResetModel()

    def rows_set(self) -> None:
        """The rows were just replaced (the views not told yet): what derives from them
        is computed again here."""

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        """The row number of the row with that key, None when it is not shown."""
        return next((i for i, r in enumerate(self._rows) if self.key_of(r) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def row_for(self, index: Index) -> Row | None:
        """The row an index points at, None for an index that points at none."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
