"""The action plan: derived gaps merged with the owner's decisions, own actions and history."""

from __future__ import annotations

from dataclasses import replace

from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Decision,
    DecisionState,
    DpiaScreening,
    Dpo,
    GuideState,
    HistoryEntry,
    Pilot,
    Priority,
)
from assistant.domain.guide.plan import (
    ItemStatus,
    action_plan,
    history_changes,
    open_counts,
    parse_key,
)
from assistant.domain.guide.rules import evaluate
from tests.domain.guide_helpers import complete, snap

NO = Dpo(public_body=False, large_scale_monitoring=False, large_scale_sensitive=False)
KEY = "rule:missing_legal_basis:processing:1"


def plan_of(*processings, **state):  # type: ignore[no-untyped-def]
    base = GuideState(pilot=Pilot(name="Ana"), dpo=NO,
                      screenings=tuple(DpiaScreening(int(p.id)) for p in processings))
    s = snap(*processings, state=replace(base, **state))
    return action_plan(s, evaluate(s))


def test_actions_close_themselves_when_the_gap_is_fixed() -> None:
    broken = complete(1, legal_basis=None)
    assert [i.key for i in plan_of(broken)] == [KEY]
    assert plan_of(complete(1)) == []


def test_a_cleared_action_stays_in_the_history() -> None:
    items = plan_of(complete(1), history=(HistoryEntry(KEY, "2025-01-01T00:00:00.000000Z",
                                                       "2025-02-01T00:00:00.000000Z"),))
    assert len(items) == 1
    item = items[0]
    assert item.status is ItemStatus.CLEARED and not item.is_open
    assert item.rule == "missing_legal_basis" and item.processing_id == 1
    assert item.priority is None and item.cleared_at.startswith("2025-02-01")


def test_first_seen_comes_from_the_history() -> None:
    items = plan_of(complete(1, legal_basis=None),
                    history=(HistoryEntry(KEY, "2025-01-01T00:00:00.000000Z"),))
    assert items[0].first_seen.startswith("2025-01-01") and items[0].is_open


def test_postponed_until_a_date_then_open_again() -> None:
    broken = complete(1, legal_basis=None)
    later = Decision(KEY, DecisionState.POSTPONED, "Waiting for the accountant",
                     until="2025-07-01")
    item = plan_of(broken, decisions=(later,))[0]
    assert item.status is ItemStatus.POSTPONED and item.is_open and item.due == "2025-07-01"
    past = replace(later, until="2025-06-01")  # today is 2025-06-15
    item = plan_of(broken, decisions=(past,))[0]
    assert item.status is ItemStatus.OPEN and item.overdue


def test_not_applicable_leaves_the_open_plan() -> None:
    decision = Decision(KEY, DecisionState.NOT_APPLICABLE, "The rule does not fit here")
    items = plan_of(complete(1, legal_basis=None), decisions=(decision,))
    assert items[0].status is ItemStatus.NOT_APPLICABLE and not items[0].is_open
    assert open_counts(items) == {Priority.HIGH: 0, Priority.MEDIUM: 0, Priority.LOW: 0}


def test_own_actions_with_due_dates_and_order() -> None:
    own = (CustomAction("Later", id=1, priority=Priority.HIGH, due_on="2025-09-01"),
           CustomAction("Overdue", id=2, priority=Priority.HIGH, due_on="2025-06-01"),
           CustomAction("Done", id=3, state=ActionState.DONE, done_on="2025-05-01"),
           CustomAction("Low", id=4, priority=Priority.LOW))
    items = plan_of(complete(1, legal_basis=None, security_measures=()), actions=own)
    assert [i.key for i in items] == [
        "custom:2",  # high and overdue first
        KEY,  # then the rules' high actions
        "custom:1",
        "rule:missing_security_measures:processing:1",
        "custom:4",
        "custom:3",  # done ones last
    ]
    assert items[0].overdue and items[0].origin == "custom"
    assert open_counts(items) == {Priority.HIGH: 3, Priority.MEDIUM: 1, Priority.LOW: 1}


def test_history_changes() -> None:
    s = snap(complete(1, legal_basis=None))
    gaps = evaluate(s)
    live = {g.key for g in gaps}
    now = "2025-06-15T10:00:00.000000Z"
    first = history_changes(gaps, {}, now)
    assert {e.key for e in first} == live and all(e.first_seen == now for e in first)
    recorded = {e.key: e for e in first}
    assert history_changes(gaps, recorded, "later") == []
    cleared = history_changes([], recorded, "2025-06-16T00:00:00.000000Z")
    assert all(e.cleared_at.startswith("2025-06-16") and e.first_seen == now for e in cleared)
    reopened = history_changes(gaps, {e.key: e for e in cleared}, "2025-06-17")
    assert all(e.cleared_at == "" and e.first_seen == now for e in reopened)


def test_parse_key() -> None:
    assert parse_key(KEY) == ("missing_legal_basis", 1)
    assert parse_key("rule:no_pilot:pilot") == ("no_pilot", None)
    assert parse_key("custom:3") == ("", None)
