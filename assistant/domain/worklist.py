"""What a dossier asks of its owner, with dates: the work list of the accountant's desk.

One :class:`Deadline` per dated thing to do in a dossier, whatever its origin:

- a rights request to answer (GDPR Art. 12(3): one month, or three with a valid extension);
- a breach to notify to the authority (Art. 33(1): 72 hours of elapsed time);
- an action of the plan with a due date (the owner's own, or a postponement that ends);
- consents to renew, per purpose, when the purpose has a validity (the authority recommends
  asking again after a while; the dossier sets how long).

The folder view, the summary PDF and spreadsheet, the letters to clients and the calendar all
read the same list (:func:`deadlines`), so they never disagree about what is due. "Needs
attention" (:func:`attention_reasons`) is defined here once, and printed as a footnote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from assistant.domain.deadlines import (
    ClockState,
    Zone,
    breach_clock,
    end_of_day,
    local_date,
    parse_date,
    request_clock,
)

if TYPE_CHECKING:
    from assistant.domain.breach import Breach
    from assistant.domain.guide.plan import PlanItem
    from assistant.domain.rights_request import RightsRequest

WEEK_DAYS = 7  # "to do this week": what falls due within this many days counts


class DeadlineKind(StrEnum):
    REQUEST = "request"  # answer a rights request (Art. 12(3))
    BREACH = "breach"  # notify the authority (Art. 33(1))
    ACTION = "action"  # an action of the plan with a due date
    CONSENTS = "consents"  # consents of a purpose to ask again

    @property
    def legal(self) -> bool:
        """A clock set by the GDPR itself (the others are the owner's own dates)."""
        return self in (DeadlineKind.REQUEST, DeadlineKind.BREACH)


@dataclass(frozen=True)
class ConsentRenewal:
    """Where the consents of one purpose stand against its validity (read by the store)."""

    code: str
    label: str
    validity_months: int
    expired: int  # people whose consent is older than the validity
    oldest_expiry: date | None  # when the oldest expired one ran out (None if none expired)
    next_expiry: date | None  # the next consent to run out (None if none is running)


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    key: str  # stable within the dossier: "request:12", "breach:3", "action:custom:5"...
    reference: str  # D-001, V-002, the action's or the purpose's short name
    title: str  # who asked, what happened, what to do
    due_at: datetime  # aware UTC: the moment it runs out (a date's deadline: end of day)
    due_date: date  # the local date it falls on
    state: ClockState  # OVERDUE, DUE_SOON or RUNNING
    precise: bool = False  # a moment to the minute (a breach), not a whole day
    count: int = 1  # consents: how many people
    record_id: int | None = None
    rule: str = ""  # an action the plan's rules raised: the rule's code (its words in content)

    def remaining(self, now: datetime) -> timedelta:
        return self.due_at - now.astimezone(UTC)

    def days_left(self, now: datetime, zone: Zone = None) -> int:
        """Calendar days from the local date of ``now`` to the due date (negative: late)."""
        return (self.due_date - local_date(now, zone)).days

    @property
    def overdue(self) -> bool:
        return self.state is ClockState.OVERDUE

    def within(self, now: datetime, days: int = WEEK_DAYS, zone: Zone = None) -> bool:
        """Overdue, or due within ``days`` calendar days."""
        return self.overdue or self.days_left(now, zone) <= days


def _state(due_at: datetime, due_date: date, now: datetime, zone: Zone,
           soon_days: int) -> ClockState:
    if due_at <= now.astimezone(UTC):
        return ClockState.OVERDUE
    if (due_date - local_date(now, zone)).days <= soon_days:
        return ClockState.DUE_SOON
    return ClockState.RUNNING


def deadlines(requests: Iterable[RightsRequest] = (), breaches: Iterable[Breach] = (),
              plan: Iterable[PlanItem] = (), renewals: Iterable[ConsentRenewal] = (), *,
              now: datetime, zone: Zone = None,
              soon_days: int = WEEK_DAYS) -> list[Deadline]:
    """Every open, dated thing to do, soonest first (overdue ones first of all)."""
    out: list[Deadline] = []
    for r in requests:
        rc = request_clock(r, now, zone)
        if rc is None or not rc.is_open:
            continue
        state = _state(rc.due_at, rc.due, now, zone, soon_days)
        out.append(Deadline(DeadlineKind.REQUEST, f"request:{r.id}", r.reference, r.requester,
                            rc.due_at, rc.due, state, record_id=r.id))
    for b in breaches:
        bc = breach_clock(b, now)
        if bc is None or not bc.is_open:
            continue
        out.append(Deadline(DeadlineKind.BREACH, f"breach:{b.id}", b.reference, b.summary,
                            bc.deadline, local_date(bc.deadline, zone), bc.state, precise=True,
                            record_id=b.id))
    for item in plan:
        day = parse_date(item.due)
        if not item.is_open or day is None:
            continue
        title = item.action.title if item.action is not None else item.rule
        due_at = end_of_day(day, zone)
        out.append(Deadline(DeadlineKind.ACTION, f"action:{item.key}", title, title, due_at,
                            day, _state(due_at, day, now, zone, soon_days),
                            record_id=item.action.id if item.action is not None else None,
                            rule=item.rule))
    for c in renewals:
        if c.expired and c.oldest_expiry is not None:
            due_at = end_of_day(c.oldest_expiry, zone)
            out.append(Deadline(DeadlineKind.CONSENTS, f"consents:{c.code}", c.label, c.label,
                                due_at, c.oldest_expiry, ClockState.OVERDUE, count=c.expired))
        elif c.next_expiry is not None:
            due_at = end_of_day(c.next_expiry, zone)
            out.append(Deadline(DeadlineKind.CONSENTS, f"consents:{c.code}", c.label, c.label,
                                due_at, c.next_expiry,
                                _state(due_at, c.next_expiry, now, zone, soon_days)))
    return sorted(out, key=lambda d: (not d.overdue, d.due_at, d.kind.value, d.key))


def next_deadline(items: Sequence[Deadline]) -> Deadline | None:
    """The first deadline not passed yet (the overdue ones are told apart)."""
    return next((d for d in sorted(items, key=lambda d: d.due_at) if not d.overdue), None)


def overdue(items: Sequence[Deadline]) -> list[Deadline]:
    return [d for d in items if d.overdue]


class Attention(StrEnum):
    """Why a dossier needs attention, most urgent first (the footnote's words)."""

    LEGAL_OVERDUE = "legal_overdue"  # a request or a breach notification is late
    LEGAL_THIS_WEEK = "legal_this_week"  # a request or a breach falls due within 7 days
    UNREADABLE = "unreadable"  # the file cannot be read
    VERIFY_PROBLEMS = "verify_problems"  # its last verification found problems
    OTHER_OVERDUE = "other_overdue"  # an action or consents to renew are late
    OTHER_THIS_WEEK = "other_this_week"  # an action or a renewal falls due within 7 days


_RANK = {reason: n for n, reason in enumerate(Attention)}


def attention_reasons(items: Sequence[Deadline], now: datetime, *, readable: bool = True,
                      verify_problems: bool = False, zone: Zone = None,
                      days: int = WEEK_DAYS) -> list[Attention]:
    """Why a dossier needs attention (empty: it does not), most urgent first."""
    found: set[Attention] = set()
    if not readable:
        found.add(Attention.UNREADABLE)
    if verify_problems:
        found.add(Attention.VERIFY_PROBLEMS)
    for d in items:
        if d.overdue:
            found.add(Attention.LEGAL_OVERDUE if d.kind.legal else Attention.OTHER_OVERDUE)
        elif d.within(now, days, zone):
            found.add(Attention.LEGAL_THIS_WEEK if d.kind.legal else Attention.OTHER_THIS_WEEK)
    return sorted(found, key=_RANK.__getitem__)


def urgency_key(reasons: Sequence[Attention], items: Sequence[Deadline],
                name: str) -> tuple[int, float, str]:
    """Sort key, most urgent first: by the most urgent reason, then by the first deadline,
    then by name (``name`` already folded for sorting)."""
    rank = min((_RANK[r] for r in reasons), default=len(_RANK))
    first = min((d.due_at.timestamp() for d in items), default=float("inf"))
    return rank, first, name


def shared_identifiers(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``(identifier, siret)`` pairs -> for each SIRET held by more than one dossier, the
    identifiers of the dossiers holding it (a copied dossier not yet renamed, or two files
    for one shop). Empty SIRETs are left out."""
    by_siret: dict[str, list[str]] = {}
    for ident, siret in pairs:
        key = "".join(ch for ch in siret if ch.isdigit())
        if key:
            by_siret.setdefault(key, []).append(ident)
    return {siret: idents for siret, idents in by_siret.items() if len(idents) > 1}


__all__ = ["WEEK_DAYS", "Attention", "ConsentRenewal", "Deadline", "DeadlineKind",
           "attention_reasons", "deadlines", "next_deadline", "overdue", "shared_identifiers",
           "urgency_key"]
