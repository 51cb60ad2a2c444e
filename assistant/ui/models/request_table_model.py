"""The register of rights requests as a table, with its one-month clocks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from assistant.content.messages import messages
from assistant.domain.deadlines import (
    OPEN_STATES,
    ClockState,
    RequestClock,
    local_date,
    request_clock,
)
from assistant.domain.findings import Severity
from assistant.domain.rights_request import RightsRequest, check_request
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import format_date, request_status
from assistant.ui.models.record_table_model import RecordTableModel
from assistant.ui.vocab import label

# Filter tags (see RequestsPage.filters)
OPEN, DUE_SOON, OVERDUE, ANSWERED, EXTENDED = "open", "due_soon", "overdue", "answered", \
    "extended"


class RequestTableModel(RecordTableModel[RightsRequest]):
    COL_REFERENCE, COL_REQUESTER, COL_STATUS, COL_DUE, COL_RIGHT, COL_RECEIVED, \
        COL_IDENTITY = range(7)
    CLOCK_COLUMNS = (COL_DUE, COL_STATUS)
    STATE_COLUMN = COL_STATUS

    def headers(self) -> Sequence[str]:
        return [self.tr("Ref."), self.tr("From"), self.tr("Status"), self.tr("Due"),
                self.tr("Right"), self.tr("Received"), self.tr("Identity")]

    def clock(self, record: RightsRequest, now: datetime) -> RequestClock | None:
        return request_clock(record, now, self.zone)

    def rows_set(self) -> None:
        self._day = local_date(self.now(), self.zone)
        super().rows_set()

    def tick(self) -> None:
        # A request's clock counts calendar days: nothing moves until the date changes.
        today = local_date(self.now(), self.zone)
        if today != getattr(self, "_day", None):
            self._day = today
            super().tick()

    def moves(self, clock: Any) -> bool:
        return clock is not None and clock.is_open

    def cell(self, r: RightsRequest, clock: Any, column: int, *, sort: bool) -> Any:
        if column == self.COL_REFERENCE:
            return r.reference
        if column == self.COL_REQUESTER:
            return r.requester.casefold() if sort else r.requester
        if column == self.COL_RIGHT:
            text = label("request_rights", r.right.value)
            return f"{text} — {r.right_detail}" if r.right_detail and not sort else text
        if column == self.COL_RECEIVED:
            return r.received_on if sort else format_date(r.received_on)
        if column == self.COL_DUE:
            if clock is None:
                return None
            if sort:
                return clock.due.isoformat()
            text = format_date(clock.due)
            if clock.extended:
                text += " " + self.tr("(extended)")
            return text
        if column == self.COL_STATUS:
            if sort:  # overdue first, then by days left, answered last
                if clock is None:
                    return (0, 0)
                return (1 if clock.is_open else 2, clock.days_left)
            return request_status(clock)
        if column == self.COL_IDENTITY:
            return label("identity_checks", r.identity_check.value)
        return None

    def search_text(self, r: RightsRequest) -> str:
        return " ".join((r.reference, r.requester, r.requester_contact, r.subject_reference,
                         r.request_text, label("request_rights", r.right.value),
                         r.right_detail))

    def tags(self, r: RightsRequest, clock: Any) -> frozenset[str]:
        tags = set()
        if clock is None:
            return frozenset({OPEN})
        if clock.state in OPEN_STATES:
            tags.add(OPEN)
        if clock.state is ClockState.DUE_SOON:
            tags.add(DUE_SOON)
        if clock.state is ClockState.OVERDUE:
            tags.add(OVERDUE)
        if clock.state in (ClockState.DONE, ClockState.DONE_LATE):
            tags.add(ANSWERED)
        if clock.extended or r.extended:
            tags.add(EXTENDED)
        return frozenset(tags)

    def tooltip(self, r: RightsRequest, clock: Any, column: int) -> str | None:
        if column == self.COL_STATUS:
            msg = messages(current_lang())
            gaps = [f for f in check_request(r) if f.severity is Severity.WARNING]
            lines = [request_status(clock)]
            if clock is not None and clock.extension_refused:
                lines.append(self.tr("The extension does not apply: the person was told "
                                     "after the first month."))
            lines += [f"• {msg.finding_with_field(f)}" for f in gaps]
            return "\n".join(lines)
        if column == self.COL_REQUESTER:
            return r.requester
        return None
