"""The folder view's table: one row per dossier file, filled as each file is read, as the
accountant's work list: the state in plain words, the next deadline ("demain", "12 h
restantes"), what is late, whom to call, and the firm's own follow-up notes.

Rows start as "reading…" placeholders (the file names are known at once) and are replaced by
each summary as the worker hands it over. Every status is said in words; colour is a second
cue only, on one scale: red means late, amber means due this week or needing a look, and
nothing else is coloured.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from assistant.domain.text import fold
from assistant.store.desk import Desk, FollowUp, client_key
from assistant.store.portfolio import DossierSummary, shared_siret
from assistant.ui.colours import tone
from assistant.ui.guide_texts import moment_date
from assistant.ui.models import portfolio_cells as cells
from assistant.ui.models.portfolio_cells import (
    SOON,
    client_tooltip,
    iso_date_text,
    status_text,
    status_tooltip,
)
from assistant.ui.models.search_filter import SearchFilterModel

Index = QModelIndex | QPersistentModelIndex

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 4

_NOT_READ = float("inf")


class PortfolioModel(QAbstractTableModel):
    (COL_CLIENT, COL_FILE, COL_SIRET, COL_STATUS, COL_NEXT, COL_LATE, COL_CONTACT,
     COL_CHANGED, COL_STEPS, COL_ACTIONS, COL_REQUESTS, COL_BREACHES, COL_CONSENTS,
     COL_VERIFY, COL_STAFF, COL_REVIEW, COL_REMINDER, COL_NOTE) = (
        cells.COL_CLIENT, cells.COL_FILE, cells.COL_SIRET, cells.COL_STATUS, cells.COL_NEXT,
        cells.COL_LATE, cells.COL_CONTACT, cells.COL_CHANGED, cells.COL_STEPS,
        cells.COL_ACTIONS, cells.COL_REQUESTS, cells.COL_BREACHES, cells.COL_CONSENTS,
        cells.COL_VERIFY, cells.COL_STAFF, cells.COL_REVIEW, cells.COL_REMINDER,
        cells.COL_NOTE)
    COLUMN_COUNT = cells.COLUMN_COUNT
    FIGURES = (COL_STEPS, COL_ACTIONS, COL_REQUESTS, COL_BREACHES, COL_CONSENTS, COL_LATE)
    # shown at first; the others are a right-click on the header away (the column chooser)
    HIDDEN_AT_FIRST = (COL_REQUESTS, COL_BREACHES, COL_CONSENTS, COL_REMINDER, COL_NOTE)
    FOLLOW_UP = (COL_STAFF, COL_REVIEW, COL_REMINDER, COL_NOTE)

    def __init__(self, parent: Any = None, desk: Desk | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._summaries: list[DossierSummary | None] = []
        self._row: dict[Path, int] = {}
        self.reading = True  # the rows not read yet are still to come
        self.desk = desk if desk is not None else Desk()
        self._shared: dict[Path, list[Path]] = {}  # dossiers sharing a SIRET with others
        # what each column of a read dossier says: the shared tables, and the model's own
        # functions for the words that count (see portfolio_cells)
        self._texts: dict[int, Callable[[cells.Cell], str]] = {
            **cells.TEXT, self.COL_LATE: self._late_text,
            self.COL_VERIFY: lambda c: self.verify_text(c.summary)}
        self._tips: dict[int, Callable[[cells.Cell], str | None]] = {
            **cells.TOOLTIP, self.COL_REQUESTS: self._requests_tip}

    # -- filling --------------------------------------------------------------------------
    def set_reading(self, reading: bool) -> None:
        """Reading started or stopped: the rows not read yet say which."""
        self.reading = reading
        if self._paths:
            self.dataChanged.emit(self.index(0, self.COL_STATUS),
                                  self.index(len(self._paths) - 1, self.COL_STATUS))

    def set_paths(self, paths: list[Path]) -> None:
        """Every file, not read yet."""
        self.beginResetModel()
        self._paths = list(paths)
        self._summaries = [None] * len(self._paths)
        self._row = {p: i for i, p in enumerate(self._paths)}
        self._shared = {}
        self.endResetModel()

    def set_rows(self, summaries: list[DossierSummary]) -> None:
        self.beginResetModel()
        self._paths = [s.path for s in summaries]
        self._summaries = list(summaries)
        self._row = {p: i for i, p in enumerate(self._paths)}
        self._shared = shared_siret(self.summaries())
        self.endResetModel()

    def put(self, summary: DossierSummary) -> None:
        """A file's summary: replaces its row, or adds a row for a new file."""
        self._update_shared(summary)
        row = self._row.get(summary.path)
        if row is None:
            row = len(self._paths)
            self.beginInsertRows(QModelIndex(), row, row)
            self._paths.append(summary.path)
            self._summaries.append(summary)
            self._row[summary.path] = row
            self.endInsertRows()
            return
        self._summaries[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def _update_shared(self, summary: DossierSummary) -> None:
        """Keep the dossiers sharing a SIRET up to date; their SIRET cells say so."""
        before = self._shared
        row = self._row.get(summary.path)
        others = [s for i, s in enumerate(self._summaries) if s is not None and i != row]
        self._shared = shared_siret([*others, summary])
        for path in set(before) ^ set(self._shared):
            other = self._row.get(path)
            if other is not None and path != summary.path:
                cell = self.index(other, self.COL_SIRET)
                self.dataChanged.emit(cell, cell)

    def shared_with(self, path: Path) -> list[Path]:
        return self._shared.get(path, [])

    def summary_at(self, row: int) -> DossierSummary | None:
        return self._summaries[row]

    def path_at(self, row: int) -> Path:
        return self._paths[row]

    def summaries(self) -> list[DossierSummary]:
        return [s for s in self._summaries if s is not None]

    def paths(self) -> list[Path]:
        return list(self._paths)

    @property
    def read_count(self) -> int:
        return sum(1 for s in self._summaries if s is not None)

    # -- follow-up --------------------------------------------------------------------------
    def key_at(self, row: int) -> str:
        s = self._summaries[row]
        return client_key(s.uuid if s is not None else "", self._paths[row])

    def follow_up(self, row: int) -> FollowUp:
        return self.desk.follow_up(self.key_at(row))

    def set_follow_up(self, rows: list[int], change: Any) -> None:
        """Apply ``change`` (a FollowUp -> FollowUp function) to each row's notes, save them
        in the app's data folder, and show them."""
        for row in rows:
            key = self.key_at(row)
            self.desk.set_follow_up(key, change(self.desk.follow_up(key)))
        self.desk.save()
        for row in rows:
            self.dataChanged.emit(self.index(row, self.COL_STAFF),
                                  self.index(row, self.COL_NOTE))

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._paths)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_CLIENT: self.tr("Client"),
                self.COL_FILE: self.tr("File"),
                self.COL_SIRET: self.tr("SIRET / SIREN"),
                self.COL_STATUS: self.tr("State"),
                self.COL_NEXT: self.tr("Next deadline"),
                self.COL_LATE: self.tr("Late"),
                self.COL_CONTACT: self.tr("Contact"),
                self.COL_CHANGED: self.tr("Last change"),
                self.COL_STEPS: self.tr("Six steps"),
                self.COL_ACTIONS: self.tr("Open actions"),
                self.COL_REQUESTS: self.tr("Late requests"),
                self.COL_BREACHES: self.tr("Breaches (72 h)"),
                self.COL_CONSENTS: self.tr("Consents to renew"),
                self.COL_VERIFY: self.tr("Last verification"),
                self.COL_STAFF: self.tr("Handled by"),
                self.COL_REVIEW: self.tr("Next review"),
                self.COL_REMINDER: self.tr("Last reminder"),
                self.COL_NOTE: self.tr("Note"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_NEXT: self.tr("The first date to come: a rights request's month "
                                       "(GDPR Art. 12(3)), a breach's 72 hours (Art. 33(1)), "
                                       "a dated action, consents to renew"),
                self.COL_LATE: self.tr("What is past its date"),
                self.COL_STEPS: self.tr("Steps of the authority's method whose tasks are all "
                                        "settled; the tasks are in the tooltip"),
                self.COL_ACTIONS: self.tr("Actions of the plan still open or postponed, by "
                                          "priority"),
                self.COL_REQUESTS: self.tr("Rights requests not answered within one month "
                                           "(GDPR Art. 12(3))"),
                self.COL_BREACHES: self.tr("Breaches whose 72-hour notification clock is "
                                           "running, or has run out without notification "
                                           "(GDPR Art. 33(1))"),
                self.COL_CONSENTS: self.tr("Consents older than the validity set for their "
                                           "purpose"),
                self.COL_VERIFY: self.tr("Last integrity check made with this app on this "
                                         "computer"),
                self.COL_STAFF: self.tr("Your firm's notes: kept on this computer, never in "
                                        "the client's dossier"),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        row = index.row()
        path = self._paths[row]
        s = self._summaries[row]
        col = index.column()
        if role == PATH_ROLE:
            return str(path)
        if role == SUMMARY_ROLE:
            return s
        if role == SEARCH_ROLE:
            words = [path.name]
            if s is not None:
                words += [s.name, s.legal_name, s.siren, s.siret, s.city, s.contact_name]
            words += [self.follow_up(row).staff]
            return fold(" ".join(words))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, path, s, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, path, s, col)
            if col == self.COL_CLIENT and s is not None and s.needs_attention:
                text += ", " + self.tr("needs attention")
            return text
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_CLIENT and \
                s is not None and s.needs_attention:
            return _attention_icon()
        if role == SORT_ROLE:
            return self._sort(row, path, s, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(path, s, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(s, col)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and s is not None and s.needs_attention \
                and col == self.COL_CLIENT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                self.COL_REQUESTS, self.COL_CONSENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, path: Path, s: DossierSummary | None, col: int) -> str:
        if col == self.COL_FILE:
            return path.name
        if col == self.COL_STATUS:
            return status_text(s, reading=self.reading)
        if col == self.COL_CLIENT:
            return s.display_name if s is not None else path.stem
        if col in self.FOLLOW_UP:
            return self._follow_up_text(row, col)
        if s is None or not s.readable:
            return "" if s is None else "—"
        text = self._texts.get(col)
        return text(cells.cell_for(s, self.shared_with(path))) if text is not None else ""

    def _late_text(self, c: cells.Cell) -> str:
        late = c.summary.overdue
        if not late:
            return "—"
        first = cells.deadline_cell(late[0], c.moment)
        return first if len(late) == 1 else self.tr("%n late", "", len(late)) + \
            f" · {first}"

    def verify_text(self, s: DossierSummary) -> str:
        record = s.last_verify
        if record is None:
            return self.tr("Never verified")
        when = moment_date(record.at)
        if record.sound:
            text = self.tr("Sound, %1").replace("%1", when)
        else:
            text = self.tr("%n problem(s), %1", "", record.problems).replace("%1", when)
        if s.verify_stale:
            text += " " + self.tr("(changed since)")
        return text

    def _requests_tip(self, c: cells.Cell) -> str:
        return self.tr("%1 late of %n open request(s)", "", c.summary.requests_open).replace(
            "%1", str(c.summary.requests_overdue))

    def _follow_up_text(self, row: int, col: int) -> str:
        follow = self.follow_up(row)
        return {self.COL_STAFF: follow.staff,
                self.COL_REVIEW: iso_date_text(follow.next_review),
                self.COL_REMINDER: iso_date_text(follow.last_reminder),
                self.COL_NOTE: " ".join(follow.note.split())}[col]

    def _sort(self, row: int, path: Path, s: DossierSummary | None, col: int) -> Any:
        if col == self.COL_FILE:
            return fold(path.name)
        if col == self.COL_CLIENT:
            return fold(s.display_name if s is not None else path.stem)
        if col == self.COL_REVIEW:
            return self.follow_up(row).next_review or "9999"
        if col in self.FOLLOW_UP:
            return fold(self._display(row, path, s, col))
        if s is None:
            return -2 if col in self.FIGURES else ("~" if col != self.COL_NEXT else _NOT_READ)
        if col in cells.SORT_ANY:
            return cells.SORT_ANY[col](s)
        if not s.readable:
            return -1 if col in self.FIGURES else ""
        key = cells.SORT.get(col)
        return key(s) if key is not None else ""

    def _tooltip(self, path: Path, s: DossierSummary | None, col: int) -> str | None:
        if col in (self.COL_FILE, self.COL_CLIENT):
            return client_tooltip(path, s)
        if s is None:
            return None
        if col == self.COL_STATUS:
            return status_tooltip(s)
        tip = self._tips.get(col)
        if not s.readable or tip is None:
            return None
        return tip(cells.cell_for(s, self.shared_with(path)))

    def _colour(self, s: DossierSummary | None, col: int) -> QColor | None:
        name = self._tone(s, col)
        return tone(name) if name else None

    def _tone(self, s: DossierSummary | None, col: int) -> str | None:
        """One scale: red for what is late, amber for this week and files needing a look
        (the tones of the theme in use)."""
        if s is None:
            return None
        if col == self.COL_STATUS:
            return SOON if not s.readable else None
        tone_of = cells.TONE.get(col)
        if not s.readable or tone_of is None:
            return None
        return tone_of(cells.cell_for(s, self.shared_with(s.path)))


def _attention_icon() -> Any:
    """The style's warning sign: the row needs attention (its tooltip says why)."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class PortfolioFilterModel(SearchFilterModel):
    """Search (case- and accent-insensitive; a SIREN or SIRET typed with spaces is found)
    and a choice of which dossiers to show."""

    WEEK, ALL, ATTENTION, UNREADABLE, OPEN_ELSEWHERE, TO_VERIFY = (
        "week", "all", "attention", "unreadable", "open", "verify")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)
        self._show = self.ALL
        self._squeezed = ""

    def set_search(self, text: str) -> None:
        def change() -> None:
            self._needle = fold(text.strip())
            self._squeezed = "".join(fold(text).split())
        self._change_filter(change)

    def set_show(self, value: str) -> None:
        def change() -> None:
            self._show = value
        self._change_filter(change)

    @property
    def show(self) -> str:
        return self._show

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self._needle:
            haystack = model.data(index, SEARCH_ROLE)
            if self._needle not in haystack and (
                    not self._squeezed or self._squeezed not in "".join(haystack.split())):
                return False
        if self._show == self.ALL:
            return True
        s = model.data(index, SUMMARY_ROLE)
        if s is None:  # not read yet: shown until it is
            return True
        assert isinstance(s, DossierSummary)
        if self._show in (self.WEEK, self.ATTENTION):
            return s.needs_attention
        if self._show == self.UNREADABLE:
            return not s.readable
        if self._show == self.OPEN_ELSEWHERE:
            return bool(s.holder) and not s.holder_is_me
        if self._show == self.TO_VERIFY:
            return s.readable and (s.last_verify is None or s.verify_stale
                                   or not s.last_verify.sound)
        return True
