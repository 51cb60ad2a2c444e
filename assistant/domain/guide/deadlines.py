"""Upcoming deadlines for the Overview, gathered from every register that has dates.

A source is a plain function ``(Snapshot) -> list[Deadline]`` registered in
:data:`DEADLINE_SOURCES`. The guide supplies its own (the owner's actions with a due date,
postponements that end); the registers of internal processes add the legal clocks: the answer
to each open rights request (Art. 12(3)) and, for each breach, the notification to the
authority (Art. 33(1)) and the people to tell of a high-risk breach (Art. 34(1), "without
undue delay": due today).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

from assistant.domain.deadlines import DueKind, due_items, local_moment
from assistant.domain.guide.model import ActionState, DecisionState, parse_date
from assistant.domain.guide.snapshot import Snapshot

HORIZON_DAYS = 30  # the Overview shows what falls due within this many days, and overdue


@dataclass(frozen=True)
class Deadline:
    on: date
    kind: str  # code: a key of [deadlines] in messages-guide.toml
    key: str  # what it is about (an action key, a request id...)
    target: str  # page key where it is handled
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    record_id: int | None = None  # the request or breach the target page shows


Source = Callable[[Snapshot], list[Deadline]]


def action_deadlines(s: Snapshot) -> list[Deadline]:
    out = []
    for a in s.actions:
        due = parse_date(a.due_on)
        if a.state is ActionState.OPEN and due is not None:
            out.append(Deadline(due, "action_due", a.key, "step3",
                                MappingProxyType({"title": a.title})))
    return out


def postponement_deadlines(s: Snapshot) -> list[Deadline]:
    out = []
    for d in s.decisions.values():
        until = parse_date(d.until)
        if d.state is DecisionState.POSTPONED and until is not None:
            out.append(Deadline(until, "postponement_ends", d.key, "step3"))
    return out


def request_deadlines(s: Snapshot) -> list[Deadline]:
    """The day each open rights request must be answered by (Art. 12(3))."""
    if s.requests is None:
        return []
    return [Deadline(item.due_date, "request_due", f"request:{item.record_id}", "requests",
                     MappingProxyType({"reference": item.reference, "requester": item.title}),
                     item.record_id)
            for item in due_items(list(s.requests), [], s.moment, include_running=True)
            if item.due_date is not None]


def breach_deadlines(s: Snapshot) -> list[Deadline]:
    """The moment each open breach must be notified to the authority by (Art. 33(1): its
    local date, the local time in ``{time}``), and the people of a high-risk breach still to
    tell (Art. 34(1): now)."""
    if s.breaches is None:
        return []
    out = []
    for item in due_items([], list(s.breaches), s.moment):
        about = {"reference": item.reference, "summary": item.title}
        if item.kind is DueKind.BREACH_AUTHORITY and item.due_at is not None:
            local = local_moment(item.due_at)
            out.append(Deadline(local.date(), "breach_notification", f"breach:{item.record_id}",
                                "breaches", MappingProxyType(
                                    {**about, "time": local.strftime("%H:%M")}),
                                item.record_id))
        elif item.kind is DueKind.BREACH_PEOPLE:
            out.append(Deadline(s.today, "breach_people", f"breach-people:{item.record_id}",
                                "breaches", MappingProxyType(about), item.record_id))
    return out


DEADLINE_SOURCES: list[Source] = [
    action_deadlines,
    postponement_deadlines,
    # internal processes
    request_deadlines,
    breach_deadlines,
]


def upcoming(snapshot: Snapshot, sources: Iterable[Source] | None = None, *,
             horizon_days: int = HORIZON_DAYS) -> list[Deadline]:
    """Deadlines overdue or due within the horizon, soonest first."""
    limit = snapshot.today + timedelta(days=horizon_days)
    found: list[Deadline] = []
    for source in DEADLINE_SOURCES if sources is None else sources:
        found.extend(d for d in source(snapshot) if d.on <= limit)
    return sorted(found, key=lambda d: (d.on, d.kind, d.key))
