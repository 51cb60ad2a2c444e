"""The folder view's table: one row per dossier file, filled as each file is read.

Rows start as "reading…" placeholders (the file names are known at once) and are replaced by
each summary as the worker hands it over. Every status is said in words, with a colour as a
second cue only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from assistant.content.guide import load_steps
from assistant.content.messages import messages
from assistant.domain.guide.model import Priority
from assistant.domain.text import fold
from assistant.store.portfolio import DossierSummary, Status
from assistant.ui.colours import tone
from assistant.ui.guide_texts import moment_date
from assistant.ui.i18n import current_lang, translate
from assistant.ui.models.processing_table_model import format_timestamp
from assistant.ui.models.search_filter import SearchFilterModel

Index = QModelIndex | QPersistentModelIndex

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 4

BAD = "danger"  # refused file, late clock
WARN = "warning"  # open elsewhere, running clock, stale verification
GOOD = "success"


def status_text(s: DossierSummary | None, *, reading: bool = True) -> str:
    """The status of a file in a few words (``reading``: whether a file not read yet is
    still to come)."""
    if s is None:
        return translate("Portfolio", "Reading…") if reading else translate(
            "Portfolio", "Not read (reading stopped)")
    if s.readable:
        if s.holder_is_me:
            return translate("Portfolio", "Open in this window")
        if s.holder and not s.holder_confirmed:
            return translate("Portfolio", "Maybe open on %1 since %2").replace(
                "%1", s.holder).replace("%2", moment_date(s.holder_since))
        if s.holder:
            return translate("Portfolio", "Open by %1 since %2").replace(
                "%1", s.holder).replace("%2", format_timestamp(s.holder_since))
        return translate("Portfolio", "OK")
    version = str(s.error_params.get("version", "?"))
    return {
        Status.NOT_FOUND: translate("Portfolio", "Missing"),
        Status.NOT_A_FILE: translate("Portfolio", "Not a file"),
        Status.NOT_SQLITE: translate("Portfolio", "Not a dossier (not SQLite)"),
        Status.NOT_OURS: translate("Portfolio", "Another program's database"),
        Status.NEWER: translate("Portfolio", "Newer version (schema %1)").replace("%1", version),
        Status.OLDER: translate("Portfolio", "Older version: open it to update"),
        Status.CORRUPT: translate("Portfolio", "Damaged"),
        Status.NO_ACCESS: translate("Portfolio", "No permission to read"),
        Status.BUSY: translate("Portfolio", "Busy"),
        Status.UNREADABLE: translate("Portfolio", "Read error"),
        Status.UNEXPECTED: translate("Portfolio", "Unexpected error"),
    }[s.status]


def status_detail(s: DossierSummary) -> str:
    """The full message of a refused file (the same words as the CLI's)."""
    params = {"path": s.path.name, **s.error_params}
    return messages(current_lang()).error(s.status.value, **params)


def actions_text(s: DossierSummary) -> str:
    a = s.open_actions
    return translate("Portfolio", "%1 high · %2 medium · %3 low").replace(
        "%1", str(a.get(Priority.HIGH, 0))).replace("%2", str(a.get(Priority.MEDIUM, 0))
                                                     ).replace("%3", str(a.get(Priority.LOW, 0)))


def breaches_text(s: DossierSummary) -> str:
    if s.breaches_overdue:
        return translate("Portfolio", "%1 running, %2 late").replace(
            "%1", str(s.breaches_in_window)).replace("%2", str(s.breaches_overdue))
    if s.breaches_in_window:
        return translate("Portfolio", "%1 running").replace("%1", str(s.breaches_in_window))
    return "0"


class PortfolioModel(QAbstractTableModel):
    (COL_CLIENT, COL_FILE, COL_SIRET, COL_STATUS, COL_CHANGED, COL_STEPS, COL_ACTIONS,
     COL_REQUESTS, COL_BREACHES, COL_CONSENTS, COL_VERIFY) = range(11)
    COLUMN_COUNT = 11
    FIGURES = (COL_STEPS, COL_ACTIONS, COL_REQUESTS, COL_BREACHES, COL_CONSENTS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._summaries: list[DossierSummary | None] = []
        self._row: dict[Path, int] = {}
        self.reading = True  # the rows not read yet are still to come

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
        self.endResetModel()

    def set_rows(self, summaries: list[DossierSummary]) -> None:
        self.beginResetModel()
        self._paths = [s.path for s in summaries]
        self._summaries = list(summaries)
        self._row = {p: i for i, p in enumerate(self._paths)}
        self.endResetModel()

    def put(self, summary: DossierSummary) -> None:
        """A file's summary: replaces its row, or adds a row for a new file."""
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
                self.COL_SIRET: self.tr("SIRET / SIREN"),
                self.COL_STATUS: self.tr("Status"),
                self.COL_CHANGED: self.tr("Last change"),
                self.COL_STEPS: self.tr("Six steps"),
                self.COL_ACTIONS: self.tr("Open actions"),
                self.COL_REQUESTS: self.tr("Late requests"),
                self.COL_BREACHES: self.tr("Breaches (72 h)"),
                self.COL_CONSENTS: self.tr("Consents to renew"),
                self.COL_VERIFY: self.tr("Last verification"),
                self.COL_FILE: self.tr("File"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_STEPS: self.tr("Checklist tasks settled (done, or not applicable "
                                        "with a reason), out of all tasks of the six steps"),
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
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        path = self._paths[index.row()]
        s = self._summaries[index.row()]
        col = index.column()
        if role == PATH_ROLE:
            return str(path)
        if role == SUMMARY_ROLE:
            return s
        if role == SEARCH_ROLE:
            words = [path.name]
            if s is not None:
                words += [s.name, s.legal_name, s.siren, s.siret, s.city]
            return fold(" ".join(words))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(path, s, col)
        if role == SORT_ROLE:
            return self._sort(path, s, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(path, s, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(path, s, col)
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

    def _display(self, path: Path, s: DossierSummary | None, col: int) -> str:
        if col == self.COL_FILE:
            return path.name
        if col == self.COL_STATUS:
            return status_text(s, reading=self.reading)
        if col == self.COL_CLIENT:
            return s.display_name if s is not None else path.stem
        if s is None or not s.readable:
            return "" if s is None else "—"
        if col == self.COL_SIRET:
            return s.siret_or_siren or "—"
        if col == self.COL_CHANGED:
            return format_timestamp(s.last_change) or "—"
        if col == self.COL_STEPS:
            return self.tr("%1/%2 (%3 %)").replace("%1", str(s.settled)).replace(
                "%2", str(s.tasks)).replace("%3", str(round(100 * s.progress)))
        if col == self.COL_ACTIONS:
            return actions_text(s)
        if col == self.COL_REQUESTS:
            return str(s.requests_overdue)
        if col == self.COL_BREACHES:
            return breaches_text(s)
        if col == self.COL_CONSENTS:
            return str(s.consents_to_renew)
        if col == self.COL_VERIFY:
            return self.verify_text(s)
        return ""

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

    def _sort(self, path: Path, s: DossierSummary | None, col: int) -> Any:
        if col == self.COL_FILE:
            return fold(path.name)
        if col == self.COL_CLIENT:
            return fold(s.display_name if s is not None else path.stem)
        if s is None:
            return -2 if col in self.FIGURES else ""
        if col == self.COL_STATUS:
            # the files that cannot be read first, then the ones open elsewhere, then OK
            rank = 0 if not s.readable else 1 if s.holder and not s.holder_is_me else 2
            return f"{rank} {fold(status_text(s))}"
        if not s.readable:
            return -1 if col in self.FIGURES else ""
        if col == self.COL_SIRET:
            return s.siret_or_siren
        if col == self.COL_CHANGED:
            return s.last_change
        if col == self.COL_STEPS:
            return s.progress
        if col == self.COL_ACTIONS:
            a = s.open_actions
            return a.get(Priority.HIGH, 0) * 1_000_000 + a.get(Priority.MEDIUM, 0) * 1000 \
                + a.get(Priority.LOW, 0)
        if col == self.COL_REQUESTS:
            return s.requests_overdue
        if col == self.COL_BREACHES:
            return s.breaches_overdue * 1000 + s.breaches_in_window
        if col == self.COL_CONSENTS:
            return s.consents_to_renew
        if col == self.COL_VERIFY:
            record = s.last_verify
            return "" if record is None else ("0" if not record.sound else "1") + record.at
        return ""

    def _tooltip(self, path: Path, s: DossierSummary | None, col: int) -> str | None:
        if col in (self.COL_FILE, self.COL_CLIENT):
            lines = [str(path)]
            if s is not None and s.legal_name and s.legal_name != s.name:
                lines.insert(0, s.legal_name)
            return "\n".join(lines)
        if s is None:
            return None
        if col == self.COL_STATUS:
            if not s.readable:
                return status_detail(s)
            if s.holder and not s.holder_confirmed:
                return messages(current_lang()).error(
                    "maybe_locked", path=path.name, holder=s.holder,
                    since=format_timestamp(s.holder_since))
            return None
        if not s.readable:
            return None
        if col == self.COL_STEPS:
            titles = {step.number: step.title for step in load_steps(current_lang())}
            return "\n".join(f"{c.number}. {titles.get(c.number, '')}: {c.settled}/{c.total}"
                             for c in s.steps) + "\n" + self.tr("Compliance score: %1/100"
                                                              ).replace("%1", str(s.score))
        if col == self.COL_REQUESTS:
            return self.tr("%1 late of %n open request(s)", "", s.requests_open).replace(
                "%1", str(s.requests_overdue))
        if col == self.COL_VERIFY and s.last_verify is not None:
            return format_timestamp(s.last_verify.at)
        if col == self.COL_CHANGED:
            return self.tr("File modified: %1").replace("%1", format_timestamp(s.file_modified))
        return None

    def _colour(self, s: DossierSummary | None, col: int) -> QColor | None:
        name = self._tone(s, col)
        return tone(name) if name else None

    def _tone(self, s: DossierSummary | None, col: int) -> str | None:
        if s is None:
            return None
        if col == self.COL_STATUS:
            if not s.readable:
                return BAD
            if s.holder and not s.holder_is_me:
                return WARN
            return GOOD
        if not s.readable:
            return None
        if col == self.COL_REQUESTS and s.requests_overdue:
            return BAD
        if col == self.COL_BREACHES:
            return BAD if s.breaches_overdue else WARN if s.breaches_in_window else None
        if col == self.COL_ACTIONS and s.open_actions.get(Priority.HIGH, 0):
            return BAD
        if col == self.COL_CONSENTS and s.consents_to_renew:
            return WARN
        if col == self.COL_VERIFY:
            record = s.last_verify
            if record is None or s.verify_stale:
                return WARN
            return GOOD if record.sound else BAD
        return None


class PortfolioFilterModel(SearchFilterModel):
    """Search (case- and accent-insensitive) and a choice of which dossiers to show."""

    ALL, ATTENTION, UNREADABLE, OPEN_ELSEWHERE, TO_VERIFY = (
        "all", "attention", "unreadable", "open", "verify")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, sort_role=SORT_ROLE)
        self._show = self.ALL

    def set_show(self, value: str) -> None:
        self._change_filter(lambda: setattr(self, "_show", value))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self._needle and self._needle not in model.data(index, SEARCH_ROLE):
            return False
        if self._show == self.ALL:
            return True
        s = model.data(index, SUMMARY_ROLE)
        if s is None:  # not read yet: shown until it is
            return True
        assert isinstance(s, DossierSummary)
        if self._show == self.ATTENTION:
            return s.needs_attention
        if self._show == self.UNREADABLE:
            return not s.readable
        if self._show == self.OPEN_ELSEWHERE:
            return bool(s.holder) and not s.holder_is_me
        if self._show == self.TO_VERIFY:
            return s.readable and (s.last_verify is None or s.verify_stale
                                   or not s.last_verify.sound)
        return True
