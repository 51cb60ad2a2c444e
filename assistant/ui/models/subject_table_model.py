"""The people of the consent ledger as a table that never loads them all.

The model knows how many rows there are (people are never deleted, so the count is the
highest id) and fetches the rows it is asked to show in windows of :data:`WINDOW`, keeping a
few windows in memory. Searching replaces the rows by the matching people (at most
:data:`SEARCH_LIMIT`); review lists (consents to renew, past retention) work the same way.
The model reads through the store's repository on the GUI thread: every fetch is one indexed
query of a window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from assistant.store.consent_repo import ConsentRepository, SubjectRow

Index = QModelIndex | QPersistentModelIndex

WINDOW = 200
KEEP_WINDOWS = 12
SEARCH_LIMIT = 1000
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SubjectTableModel(QAbstractTableModel):
    COL_NAME, COL_EMAIL, COL_REF, COL_PHONE, COL_GRANTED, COL_WITHDRAWN = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._repo: ConsentRepository | None = None
        self._count = 0
        self._ids: list[int] | None = None  # a search result or review list; None = everyone
        self._windows: OrderedDict[int, list[SubjectRow]] = OrderedDict()
        self.fetches = 0  # windows read from the dossier (for tests)

    # -- what is shown ------------------------------------------------------------------------
    def set_repository(self, repo: ConsentRepository | None) -> None:
        self.beginResetModel()
        self._repo = repo
        self._ids = None
        self._reload()
        self.endResetModel()

    def show_all(self) -> None:
        self.beginResetModel()
        self._ids = None
        self._reload()
        self.endResetModel()

    def show_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again (after a change), keeping the same list."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    @property
    def searching(self) -> bool:
        return self._ids is not None

    def _reload(self) -> None:
        self._windows.clear()
        if self._repo is None:
            self._count = 0
        elif self._ids is not None:
            self._count = len(self._ids)
        else:
            self._count = self._repo.subject_count()

    # -- rows ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> SubjectRow | None:
        if not 0 <= row < self._count or self._repo is None:
            return None
        start = row - row % WINDOW
        window = self._windows.get(start)
        if window is None:
            window = self._fetch(start)
            self._windows[start] = window
            while len(self._windows) > KEEP_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(start)
        offset = row - start
        return window[offset] if offset < len(window) else None

    def _fetch(self, start: int) -> list[SubjectRow]:
        assert self._repo is not None
        self.fetches += 1
        if self._ids is not None:
            return self._repo.rows_for(self._ids[start:start + WINDOW])
        return self._repo.subject_rows(start, WINDOW)

    def row_of(self, subject_id: int) -> int | None:
        """The row of a person among the loaded windows or the current list."""
        if self._ids is not None:
            try:
                return self._ids.index(subject_id)
            except ValueError:
                return None
        for start, window in self._windows.items():
            for i, r in enumerate(window):
                if r.id == subject_id:
                    return start + i
        return None

    def subject_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_NAME: self.tr("Name"),
            self.COL_EMAIL: self.tr("Email"),
            self.COL_REF: self.tr("Customer ref."),
            self.COL_PHONE: self.tr("Phone"),
            self.COL_GRANTED: self.tr("Granted"),
            self.COL_WITHDRAWN: self.tr("Withdrawals"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_NAME:
                if r.erased:
                    return self.tr("(erased person)")
                name = " ".join(x for x in (r.first_name, r.last_name) if x)
                return name or "—"
            return {
                self.COL_EMAIL: r.email,
                self.COL_REF: r.customer_ref,
                self.COL_PHONE: r.phone,
                self.COL_GRANTED: r.granted,
                self.COL_WITHDRAWN: r.withdrawn,
            }.get(col)
        if role == Qt.ItemDataRole.ForegroundRole and r.erased:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_GRANTED,
                                                                  self.COL_WITHDRAWN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

