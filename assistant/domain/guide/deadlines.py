"""Upcoming deadlines for the Overview, gathered from every register that has dates.

A source is a plain function ``(Snapshot) -> list[Deadline]`` registered in
:data:`DEADLINE_SOURCES`. The guide supplies its own (the owner's actions with a due date,
postponements that end); other areas add theirs when they merge (see the list below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

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


# Integration points, added when the other areas merge:
# - internal processes [5]: ``request_deadlines(s) -> list[Deadline]`` (kind
#   "request_due": one month from receipt, Art. 12(3), target "requests") and
#   ``breach_deadlines(s) -> list[Deadline]`` (kind "breach_notification": 72 hours from
#   awareness, Art. 33(1), target "breaches").
DEADLINE_SOURCES: list[Source] = [
    action_deadlines,
    postponement_deadlines,
    # internal processes [5]
]


def upcoming(snapshot: Snapshot, sources: Iterable[Source] | None = None, *,
             horizon_days: int = HORIZON_DAYS) -> list[Deadline]:
    """Deadlines overdue or due within the horizon, soonest first."""
    limit = snapshot.today + timedelta(days=horizon_days)
    found: list[Deadline] = []
    for source in DEADLINE_SOURCES if sources is None else sources:
        found.extend(d for d in source(snapshot) if d.on <= limit)
    return sorted(found, key=lambda d: (d.on, d.kind, d.key))
