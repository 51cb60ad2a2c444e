"""The register as a table: one row per processing activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from assistant.content.messages import messages
from assistant.domain.findings import Finding
from assistant.domain.processing import Processing, ProcessingStatus, check_processing
from assistant.domain.text import fold
from assistant.ui.colours import brush
from assistant.ui.i18n import current_lang
from assistant.ui.models.search_filter import SearchFilterModel
from assistant.ui.vocab import label

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
GAPS_ROLE = Qt.ItemDataRole.UserRole + 5


def status_label(status: ProcessingStatus) -> str:
    """The status in the words the PDF uses too (content ``[status]``)."""
    return messages(current_lang()).get("status", status.value)


def format_timestamp(text: str) -> str:
    """A stored UTC timestamp in the user's locale and time zone."""
    if not text:
        return ""
    from assistant.ui.models.clock_text import format_moment

    return format_moment(text) or text  # with the full year: "2/16/29" is not a register's


class ProcessingTableModel(QAbstractTableModel):
    COL_REFERENCE, COL_NAME, COL_STATUS, COL_BASIS, COL_GAPS, COL_UPDATED = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Processing] = []
        self._gaps: list[list[Finding]] = []

    def set_rows(self, rows: list[Processing]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._gaps = [check_processing(p) for p in self._rows]
        self.endResetModel()

    def record_at(self, row: int) -> Processing:
        return self._rows[row]

    def row_of(self, processing_id: int) -> int | None:
        for i, p in enumerate(self._rows):
            if p.id == processing_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_REFERENCE: self.tr("Ref."),
            self.COL_NAME: self.tr("Processing activity"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_BASIS: self.tr("Legal basis"),
            self.COL_GAPS: self.tr("To complete"),
            self.COL_UPDATED: self.tr("Last change"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p, gaps, col = self._rows[index.row()], self._gaps[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._cell(p, gaps, col, sort=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p, gaps, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(p, gaps, col)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.COL_GAPS:
            return self._cell(p, gaps, col, sort=False)
        return self._filter_data(p, gaps, role)

    def _cell(self, p: Processing, gaps: list[Finding], col: int, *, sort: bool) -> Any:
        """What a cell shows (``sort``: the value it sorts by)."""
        if col == self.COL_REFERENCE:
            return p.reference
        if col == self.COL_NAME:
            return p.name.casefold() if sort else p.name
        if col == self.COL_STATUS:
            return status_label(p.status)
        if col == self.COL_BASIS:
            return label("legal_bases", p.legal_basis.value) if p.legal_basis else "—"
        if col == self.COL_GAPS:
            if sort:
                return len(gaps)
            return self.tr("%n point(s)", "", len(gaps)) if gaps else self.tr("Complete")
        if col == self.COL_UPDATED:
            return p.updated_at if sort else format_timestamp(p.updated_at)
        return None

    def _tooltip(self, p: Processing, gaps: list[Finding], col: int) -> str | None:
        if col == self.COL_GAPS and gaps:
            msg = messages(current_lang())
            return "\n".join(f"• {msg.finding_with_field(f)}" for f in gaps)
        if col == self.COL_NAME:
            return p.name
        if col == self.COL_BASIS:  # the column may be narrower than the text
            return str(self._cell(p, gaps, col, sort=False))
        return None

    def _foreground(self, p: Processing, gaps: list[Finding], col: int) -> QBrush | None:
        if p.status is ProcessingStatus.ARCHIVED:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if col == self.COL_GAPS and gaps:
            return brush("warning")
        return None

    @staticmethod
    def _filter_data(p: Processing, gaps: list[Finding], role: int) -> Any:
        """What the filter model and the pages read: the id, the status, the gaps, and the
        text the search looks in."""
        if role == ID_ROLE:
            return p.id
        if role == STATUS_ROLE:
            return p.status.value
        if role == GAPS_ROLE:
            return len(gaps)
        if role == SEARCH_ROLE:
            return fold(" ".join((p.reference, p.name, *p.purposes, *p.sub_purposes)))
        return None


class ProcessingFilterModel(SearchFilterModel):
    """Search (case- and accent-insensitive) and status filter over the register."""

    ALL, NOT_ARCHIVED, WITH_GAPS = "all", "not_archived", "with_gaps"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)
        self._status = self.NOT_ARCHIVED

    def set_status_filter(self, value: str) -> None:
        self._change_filter(lambda: setattr(self, "_status", value))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        status = model.data(index, STATUS_ROLE)
        if self._status == self.NOT_ARCHIVED and status == ProcessingStatus.ARCHIVED.value:
            return False
        if self._status == self.WITH_GAPS and not model.data(index, GAPS_ROLE):
            return False
        if self._status in {s.value for s in ProcessingStatus} and status != self._status:
            return False
        if self._needle:
            return self._needle in model.data(index, SEARCH_ROLE)
        return True
