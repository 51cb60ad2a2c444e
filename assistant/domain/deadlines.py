"""The legal clocks of internal processes, as pure functions of dates and moments.

**Rights requests** (GDPR Art. 12(3)): answer "within one month of receipt". A period in
months is counted the way the EU rule on periods says (Regulation (EEC, Euratom) No 1182/71,
Art. 3): the day of receipt does not count; the period ends at the end of the day of the
following month that has the same date as the day of receipt, or at the end of the last day
of that month if it has no such date (received on 31 January: due on 28 February, or 29 in a
leap year). The extension by two further months (Art. 12(3)) runs from the end of the first
month, and only if the person was told of it, with its reasons, within the first month.

Regulation 1182/71 Art. 3(4) also moves a period's end that falls on a Saturday, Sunday or
public holiday to the next working day. The app does not apply that: it shows the earlier,
calendar date, which is always safe to meet.

**Breaches** (Art. 33(1)): notify the authority "not later than 72 hours after having become
aware of it". The clock is exact elapsed time in UTC, so a change to or from summer time does
not add or remove an hour; it is shown in local time. (Regulation 1182/71 Art. 3(1) would start
an hour-period at the next full hour; the app keeps the exact, earlier moment.)

Moments are aware datetimes; the zone in which a calendar day begins and ends is a parameter:
a :class:`~datetime.tzinfo` (``ZoneInfo("Europe/Paris")``) or ``None`` for the computer's own
time zone (read through the C library, so summer time is right without a zone database).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from assistant.domain.clock import parse_utc

if TYPE_CHECKING:
    from assistant.domain.breach import Breach
    from assistant.domain.rights_request import RightsRequest

Zone = tzinfo | None

REQUEST_MONTHS = 1  # Art. 12(3)
EXTENSION_MONTHS = 2  # Art. 12(3)
BREACH_HOURS = 72  # Art. 33(1)
DUE_SOON_DAYS = 7  # a request is "due soon" this many days before its due date
BREACH_DUE_SOON = timedelta(hours=24)  # a breach clock is "due soon" in its last 24 hours


# -- calendar arithmetic -------------------------------------------------------------------
def add_months(start: date, months: int) -> date:
    """The same date ``months`` later (or earlier), or the last day of that month if it has no
    such date: Regulation 1182/71 Art. 3(2)(c). 31 Jan + 1 -> 28/29 Feb; 31 Mar - 1 -> 28/29
    Feb."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def parse_date(text: str | None) -> date | None:
    """``YYYY-MM-DD`` as a date, or None when empty or not a real date (31 February)."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_moment(text: str | None) -> datetime | None:
    """An ISO 8601 timestamp with a zone as aware UTC, or None when empty or invalid."""
    if not text:
        return None
    try:
        return parse_utc(text)
    except ValueError:
        return None


def local_moment(moment: datetime, zone: Zone = None) -> datetime:
    """An aware moment in ``zone`` (``None``: this computer's time zone)."""
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def local_date(moment: datetime, zone: Zone = None) -> date:
    """The calendar date a moment falls on in ``zone``."""
    return local_moment(moment, zone).date()


def start_of_day(day: date, zone: Zone = None) -> datetime:
    """The moment (UTC) a calendar day begins in ``zone``."""
    if zone is None:
        local = datetime.combine(day, time()).astimezone()  # naive: read as local time
    else:
        local = datetime.combine(day, time(), tzinfo=zone)
    return local.astimezone(UTC)


def end_of_day(day: date, zone: Zone = None) -> datetime:
    """The moment (UTC) a calendar day ends in ``zone``: when the next one begins. A day is
    23 or 25 hours long when summer time starts or ends."""
    return start_of_day(day + timedelta(days=1), zone)


# -- rights requests -----------------------------------------------------------------------
def request_due(received_on: date) -> date:
    """The last day to answer a request received on ``received_on`` (Art. 12(3))."""
    return add_months(received_on, REQUEST_MONTHS)


def extended_due(received_on: date) -> date:
    """The last day with the extension: two further months from the end of the first month."""
    return add_months(request_due(received_on), EXTENSION_MONTHS)


def extension_in_time(received_on: date, told_on: date) -> bool:
    """An extension counts only if the person was told within the first month."""
    return told_on <= request_due(received_on)


# -- breaches ------------------------------------------------------------------------------
def breach_deadline(aware_at: datetime) -> datetime:
    """The moment (UTC) by which the authority must be notified: 72 hours of elapsed time."""
    if aware_at.tzinfo is None:
        raise ValueError("a naive datetime has no time zone; give an aware one")
    return aware_at.astimezone(UTC) + timedelta(hours=BREACH_HOURS)


# -- clocks --------------------------------------------------------------------------------
class ClockState(StrEnum):
    RUNNING = "running"  # time left, not yet due soon
    DUE_SOON = "due_soon"  # last days (requests) or last 24 hours (breaches)
    OVERDUE = "overdue"  # the period is over and the thing is not done
    DONE = "done"  # answered / notified in time
    DONE_LATE = "done_late"  # answered / notified, but after the period
    NOT_REQUIRED = "not_required"  # breach unlikely to result in a risk: no notification


OPEN_STATES = frozenset({ClockState.RUNNING, ClockState.DUE_SOON, ClockState.OVERDUE})


@dataclass(frozen=True)
class RequestClock:
    received_on: date
    first_due: date  # end of the first month
    due: date  # the date that applies (extended or not)
    due_at: datetime  # UTC moment the due day ends in the zone used
    extended: bool  # a valid extension applies
    extension_refused: bool  # an extension was recorded but told too late: it does not count
    state: ClockState
    days_left: int  # calendar days from today to the due date (negative: overdue)
    answered_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


def request_clock(r: RightsRequest, now: datetime, zone: Zone = None, *,
                  due_soon_days: int = DUE_SOON_DAYS) -> RequestClock | None:
    """Where a request stands at ``now``; None when its receipt date is not a real date."""
    received = parse_date(r.received_on)
    if received is None:
        return None
    first = request_due(received)
    told = parse_date(r.extension_told_on)
    extended = bool(r.extended and told is not None and told >= received
                    and extension_in_time(received, told))
    refused = bool(r.extended and not extended)
    due = extended_due(received) if extended else first
    today = local_date(now, zone)
    answered = parse_date(r.answered_on)
    days_left = (due - today).days
    if answered is not None:
        state = ClockState.DONE if answered <= due else ClockState.DONE_LATE
    elif days_left < 0:
        state = ClockState.OVERDUE
    elif days_left <= due_soon_days:
        state = ClockState.DUE_SOON
    else:
        state = ClockState.RUNNING
    return RequestClock(received, first, due, end_of_day(due, zone), extended, refused, state,
                        days_left, answered)


@dataclass(frozen=True)
class BreachClock:
    aware_at: datetime
    deadline: datetime  # UTC, aware_at + 72 h
    remaining: timedelta  # deadline - now (negative once past)
    notification_required: bool | None  # None while the risk is not assessed
    people_required: bool  # high risk and no Art. 34(3) exemption
    notified_at: datetime | None
    state: ClockState

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def late_by(self) -> timedelta | None:
        """How late the notification was (or is, while not sent), or None if in time."""
        end = self.notified_at
        late = end - self.deadline if end is not None else -self.remaining
        return late if late > timedelta(0) else None


def breach_clock(b: Breach, now: datetime, *,
                 due_soon: timedelta = BREACH_DUE_SOON) -> BreachClock | None:
    """Where a breach's 72-hour clock stands at ``now``; None when the moment of awareness is
    not a valid timestamp."""
    from assistant.domain.breach import BreachRisk

    aware = parse_moment(b.aware_at)
    if aware is None:
        return None
    deadline = breach_deadline(aware)
    remaining = deadline - now.astimezone(UTC)
    notified = parse_moment(b.authority_notified_at)
    if b.risk_level is BreachRisk.UNASSESSED:
        required: bool | None = None
    else:
        required = b.risk_level in (BreachRisk.RISK, BreachRisk.HIGH)
    people = b.people_required
    if notified is not None:
        state = ClockState.DONE if notified <= deadline else ClockState.DONE_LATE
    elif required is False:
        state = ClockState.NOT_REQUIRED
    elif remaining < timedelta(0):
        state = ClockState.OVERDUE
    elif remaining <= due_soon:
        state = ClockState.DUE_SOON
    else:
        state = ClockState.RUNNING
    return BreachClock(aware, deadline, remaining, required, people, notified, state)


# -- what is due ---------------------------------------------------------------------------
class DueKind(StrEnum):
    REQUEST = "request"  # answer a rights request (Art. 12(3))
    BREACH_AUTHORITY = "breach_authority"  # notify the authority (Art. 33(1))
    BREACH_PEOPLE = "breach_people"  # tell the people (Art. 34(1)): "without undue delay"


@dataclass(frozen=True)
class DueItem:
    """One thing with a legal clock that needs doing, for the Overview and the action plan."""

    kind: DueKind
    record_id: int | None
    reference: str
    title: str
    state: ClockState  # OVERDUE, DUE_SOON or RUNNING
    due_at: datetime | None  # UTC moment the clock runs out (None: "without undue delay")
    due_date: date | None  # requests: the local due date
    remaining: timedelta | None  # due_at - now (negative once past)
    days_left: int | None = None  # requests: calendar days to the due date

    @property
    def hours_left(self) -> float | None:
        return None if self.remaining is None else self.remaining.total_seconds() / 3600


_STATE_ORDER = {ClockState.OVERDUE: 0, ClockState.DUE_SOON: 1, ClockState.RUNNING: 2}


def due_items(requests: list[RightsRequest], breaches: list[Breach], now: datetime,
              zone: Zone = None, *, include_running: bool = False) -> list[DueItem]:
    """What is overdue and what is due soon, most urgent first: overdue, then due soon, then
    running, each by the moment its clock runs out.

    Requests are listed from ``DUE_SOON_DAYS`` before their due date (every open one with
    ``include_running``); a breach's 72-hour clock is listed as long as it runs, and a
    high-risk breach until the people are told.
    """
    items: list[DueItem] = []
    for r in requests:
        rc = request_clock(r, now, zone)
        if rc is None or not rc.is_open:
            continue
        if rc.state is ClockState.RUNNING and not include_running:
            continue
        items.append(DueItem(DueKind.REQUEST, r.id, r.reference, r.requester, rc.state,
                             rc.due_at, rc.due, rc.due_at - now.astimezone(UTC),
                             rc.days_left))
    for b in breaches:
        bc = breach_clock(b, now)
        if bc is None:
            continue
        if bc.is_open:  # 72 hours are always "soon": every open breach clock is listed
            items.append(DueItem(DueKind.BREACH_AUTHORITY, b.id, b.reference, b.summary,
                                 bc.state, bc.deadline, None, bc.remaining))
        if bc.people_required and not b.people_notified_at:
            items.append(DueItem(DueKind.BREACH_PEOPLE, b.id, b.reference, b.summary,
                                 ClockState.DUE_SOON, None, None, None))

    def key(item: DueItem) -> tuple[int, float]:
        moment = item.due_at.timestamp() if item.due_at is not None else now.timestamp()
        return _STATE_ORDER[item.state], moment

    return sorted(items, key=key)
