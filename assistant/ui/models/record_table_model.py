"""What the tables of the three registers of internal processes share: rows loaded once, a
clock that ticks over them without reading the dossier again, search and filter tags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, Zone
from assistant.domain.text import fold
from assistant.ui.models.clock_text import state_colour
from assistant.ui.models.row_list_model import Index, RowListModel
from assistant.ui.models.search_filter import SearchFilterModel

T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4  # frozenset of filter tags of the row
STATE_ROLE = Qt.ItemDataRole.UserRole + 5  # the ClockState value of the row, or ""


class RecordTableModel(RowListModel[T]):
    """Subclasses give the headers, the clock of a record, and the text of each cell."""

    CLOCK_COLUMNS: tuple[int, ...] = ()  # columns whose text changes with time
    STATE_COLUMN = -1  # the column coloured by the clock's state

    def __init__(self, parent: Any = None, *, now: Callable[[], datetime] = utc_now,
                 zone: Zone = None) -> None:
        super().__init__(parent)
        self.now = now
        self.zone = zone
        self._clocks: list[Any] = []

    # -- to implement (and headers()) ---------------------------------------------------
    def clock(self, record: T, now: datetime) -> Any:
        return None

    def state(self, clock: Any) -> ClockState | None:
        return getattr(clock, "state", None)

    def cell(self, record: T, clock: Any, column: int, *, sort: bool) -> Any:
        raise NotImplementedError

    def search_text(self, record: T) -> str:
        raise NotImplementedError

    def tags(self, record: T, clock: Any) -> frozenset[str]:
        return frozenset()

    def moves(self, clock: Any) -> bool:
        """Whether this clock can change as time passes (a closed one cannot)."""
        return True

    def tooltip(self, record: T, clock: Any, column: int) -> str | None:
        return None

    # -- rows ---------------------------------------------------------------------------
    def key_of(self, row: T) -> Any:
        return getattr(row, "id", None)

    def rows_set(self) -> None:
        now = self.now()
        self._clocks = [self.clock(r, now) for r in self._rows]

    def record_at(self, row: int) -> T:
        return self.row_at(row)

    def clock_at(self, row: int) -> Any:
        return self._clocks[row]

    def tick(self) -> None:
        """Recompute every clock from the rows already loaded (no reading of the dossier)
        and repaint the cells whose words or state changed."""
        if not self._rows:
            return
        now = self.now()
        changed: list[int] = []
        for i, r in enumerate(self._rows):
            if not self.moves(self._clocks[i]):
                continue
            new = self.clock(r, now)
            if new != self._clocks[i]:
                self._clocks[i] = new
                changed.append(i)
        if changed and self.CLOCK_COLUMNS:
            first, last = min(changed), max(changed)
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, self.columnCount() - 1))

    # -- Qt -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        clock = self._clocks[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == SEARCH_ROLE:
            return fold(self.search_text(record))
        if role == TAGS_ROLE:
            return self.tags(record, clock)
        if role == STATE_ROLE:
            state = self.state(clock)
            return state.value if state is not None else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.cell(record, clock, col, sort=False)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return self.cell(record, clock, col, sort=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, clock, col)
        if col == self.STATE_COLUMN:
            state = self.state(clock)
            colour = state_colour(state)
            if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
                return QBrush(colour)
            if role == Qt.ItemDataRole.FontRole and state is ClockState.OVERDUE:
                font = QFont()
                font.setBold(True)
                return font
        return None


class RecordFilterModel(SearchFilterModel):
    """Search (case- and accent-insensitive) and one filter tag ("all" shows every row)."""

    ALL = "all"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)
        self._tag = self.ALL

    def set_tag(self, tag: str) -> None:
        self._change_filter(lambda: setattr(self, "_tag", tag or self.ALL))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self._tag != self.ALL and self._tag not in (model.data(index, TAGS_ROLE) or ()):
            return False
        if self._needle:
            return self._needle in (model.data(index, SEARCH_ROLE) or "")
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # empty cells sort last
            return a is not None and b is None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
