"""The processors as a table: who they are, what they serve, and their Art. 28 checklist."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from assistant.content.messages import messages
from assistant.domain.deadlines import ClockState
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.processor_contract import contract_gaps, has_contract, missing_clauses
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import COLOURS, format_date
from assistant.ui.models.record_table_model import Index, RecordTableModel

# Filter tags (see ProcessorsPage.filters)
GAPS, COMPLETE, UNUSED, TRANSFERS = "gaps", "complete", "unused", "transfers"


class Gaps(NamedTuple):
    missing: int  # Art. 28(3) items the contract lacks
    total: int  # every gap (contract, date, items, transfers)


class ProcessorTableModel(RecordTableModel[Processor]):
    COL_NAME, COL_CHECKLIST, COL_SERVES, COL_CONTRACT, COL_SERVICE, COL_COUNTRY, \
        COL_TRANSFERS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._serves: dict[int, tuple[str, ...]] = {}

    def set_processors(self, processors: list[Processor],
                       serves: dict[int, tuple[str, ...]]) -> None:
        """``serves`` maps a processor id to the names of the processing it serves."""
        self._serves = dict(serves)
        self.set_rows(processors)

    def serves(self, p: Processor) -> tuple[str, ...]:
        return self._serves.get(p.id or 0, ())

    def headers(self) -> Sequence[str]:
        return [self.tr("Processor"), self.tr("Article 28 checklist"), self.tr("Serves"),
                self.tr("Contract"), self.tr("Service"), self.tr("Country"),
                self.tr("Transfers outside the EEA")]

    def clock(self, record: Processor, now: Any) -> Gaps:
        # Not a clock: what the checklist lacks, computed once per load.
        return Gaps(len(missing_clauses(record)), len(contract_gaps(record)))

    def cell(self, p: Processor, clock: Any, column: int, *, sort: bool) -> Any:
        missing = clock.missing
        if column == self.COL_NAME:
            return p.name.casefold() if sort else p.name
        if column == self.COL_SERVICE:
            return p.service
        if column == self.COL_COUNTRY:
            return p.country
        if column == self.COL_SERVES:
            names = self.serves(p)
            if sort:
                return len(names)
            if not names:
                return self.tr("No processing")
            return self.tr("%n processing activities", "", len(names))
        if column == self.COL_CONTRACT:
            if sort:
                return p.contract_date or ("~" if has_contract(p) else "")
            if not has_contract(p):
                return self.tr("None recorded")
            return ", ".join(x for x in (p.contract_reference, format_date(p.contract_date))
                             if x)
        if column == self.COL_CHECKLIST:
            done = len(ART28_CLAUSES) - missing
            if sort:
                return done
            if not missing:
                return self.tr("Complete (%1/%2)").replace("%1", str(done)) \
                    .replace("%2", str(len(ART28_CLAUSES)))
            return self.tr("%1/%2: %n missing", "", missing).replace("%1", str(done)) \
                .replace("%2", str(len(ART28_CLAUSES)))
        if column == self.COL_TRANSFERS:
            if not p.transfer_countries:
                return "" if sort else self.tr("None")
            return p.transfer_countries
        return None

    def search_text(self, p: Processor) -> str:
        return " ".join((p.name, p.service, p.contact, p.country, p.contract_reference,
                         *self.serves(p)))

    def tags(self, p: Processor, clock: Any) -> frozenset[str]:
        tags = {GAPS if clock.total else COMPLETE}
        if not self.serves(p):
            tags.add(UNUSED)
        if p.transfer_countries:
            tags.add(TRANSFERS)
        return frozenset(tags)

    def state(self, clock: Any) -> ClockState | None:
        return None

    def tooltip(self, p: Processor, clock: Any, column: int) -> str | None:
        if column == self.COL_CHECKLIST:
            msg = messages(current_lang())
            return "\n".join(f"• {msg.finding(f)}" for f in contract_gaps(p)) or None
        if column == self.COL_SERVES:
            return "\n".join(self.serves(p)) or None
        if column == self.COL_NAME:
            return p.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and index.column() in (self.COL_CHECKLIST, self.COL_CONTRACT):
            gaps = self.clock_at(index.row()).total
            colour = COLOURS[ClockState.DUE_SOON if gaps else ClockState.DONE]
            return QBrush(colour)
        return super().data(index, role)
