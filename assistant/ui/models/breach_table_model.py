"""The breach register as a table, with the 72-hour clock of each breach."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from assistant.content.messages import messages
from assistant.domain.breach import Breach, check_breach
from assistant.domain.deadlines import OPEN_STATES, BreachClock, ClockState, breach_clock
from assistant.domain.findings import Severity
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import breach_people_status, breach_status, format_moment
from assistant.ui.models.record_table_model import RecordTableModel
from assistant.ui.vocab import label

# Filter tags (see BreachesPage.filters)
RUNNING, OVERDUE, NOTIFIED, NOT_NOTIFIED, PEOPLE = "running", "overdue", "notified", \
    "not_notified", "people"


class BreachTableModel(RecordTableModel[Breach]):
    COL_REFERENCE, COL_SUMMARY, COL_STATUS, COL_DEADLINE, COL_AWARE, COL_RISK = range(6)
    CLOCK_COLUMNS = (COL_STATUS,)
    STATE_COLUMN = COL_STATUS

    def headers(self) -> Sequence[str]:
        return [self.tr("Ref."), self.tr("Breach"), self.tr("Status"),
                self.tr("Notify the CNIL by"), self.tr("Aware since"), self.tr("Risk")]

    def clock(self, record: Breach, now: datetime) -> BreachClock | None:
        return breach_clock(record, now)

    def moves(self, clock: Any) -> bool:
        return clock is not None and clock.is_open

    def cell(self, b: Breach, clock: Any, column: int, *, sort: bool) -> Any:
        if column == self.COL_REFERENCE:
            return b.reference
        if column == self.COL_SUMMARY:
            return b.summary.casefold() if sort else b.summary
        if column == self.COL_AWARE:
            return b.aware_at if sort else format_moment(b.aware_at)
        if column == self.COL_RISK:
            return label("breach_risks", b.risk_level.value)
        if column == self.COL_DEADLINE:
            if clock is None:
                return None
            return clock.deadline.isoformat() if sort else format_moment(clock.deadline)
        if column == self.COL_STATUS:
            if sort:
                if clock is None:
                    return (0, 0.0)
                return (1 if clock.is_open else 2, clock.remaining.total_seconds())
            text = breach_status(clock)
            people = breach_people_status(clock, b.people_notified_at)
            return f"{text} · {people}" if people else text
        return None

    def search_text(self, b: Breach) -> str:
        return " ".join((b.reference, b.summary, b.what_happened, b.data_concerned,
                         b.people_concerned, b.authority_reference, b.notes))

    def tags(self, b: Breach, clock: Any) -> frozenset[str]:
        if clock is None:
            return frozenset({RUNNING})
        tags = set()
        if clock.state in OPEN_STATES:
            tags.add(RUNNING)
        if clock.state is ClockState.OVERDUE:
            tags.add(OVERDUE)
        if clock.state in (ClockState.DONE, ClockState.DONE_LATE):
            tags.add(NOTIFIED)
        if clock.state is ClockState.NOT_REQUIRED:
            tags.add(NOT_NOTIFIED)
        if clock.people_required and not b.people_notified_at:
            tags.add(PEOPLE)
        return frozenset(tags)

    def tooltip(self, b: Breach, clock: Any, column: int) -> str | None:
        if column == self.COL_STATUS:
            msg = messages(current_lang())
            gaps = [f for f in check_breach(b) if f.severity is Severity.WARNING]
            return "\n".join([breach_status(clock),
                              *(f"• {msg.finding_with_field(f)}" for f in gaps)])
        if column == self.COL_SUMMARY:
            return b.summary
        return None
