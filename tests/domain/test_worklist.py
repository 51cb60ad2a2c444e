"""The work list: one list of dated things to do per dossier, its urgency and "needs
attention" defined once."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.deadlines import ClockState
from assistant.domain.guide.model import ActionState, CustomAction, Priority
from assistant.domain.guide.plan import ItemStatus, PlanItem
from assistant.domain.rights_request import Right, RightsRequest
from assistant.domain.worklist import (
    Attention,
    ConsentRenewal,
    DeadlineKind,
    attention_reasons,
    deadlines,
    next_deadline,
    shared_identifiers,
    urgency_key,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2025, 3, 12, 8, 0, tzinfo=dt.UTC)  # a Wednesday morning in Paris


def _request(received: str, ident: int, **kw: object) -> RightsRequest:
    return RightsRequest(Right.ACCESS, received, f"Person {ident}", id=ident,
                         reference=f"D-{ident:03d}", **kw)  # type: ignore[arg-type]


def test_requests_due_tomorrow_and_in_three_days_are_due_this_week() -> None:
    items = deadlines([_request("2025-02-13", 1), _request("2025-02-15", 2),
                       _request("2025-01-20", 3), _request("2025-03-01", 4)],
                      now=NOW, zone=PARIS)
    by_ref = {d.reference: d for d in items}
    assert by_ref["D-001"].due_date == dt.date(2025, 3, 13)
    assert by_ref["D-001"].days_left(NOW, PARIS) == 1
    assert by_ref["D-002"].days_left(NOW, PARIS) == 3
    assert by_ref["D-001"].state is by_ref["D-002"].state is ClockState.DUE_SOON
    assert by_ref["D-003"].overdue and by_ref["D-004"].state is ClockState.RUNNING
    assert [d.reference for d in items] == ["D-003", "D-001", "D-002", "D-004"]
    assert attention_reasons(items, NOW, zone=PARIS) == [Attention.LEGAL_OVERDUE,
                                                         Attention.LEGAL_THIS_WEEK]
    assert next_deadline(items).reference == "D-001"  # type: ignore[union-attr]


def test_an_answered_request_is_not_a_deadline() -> None:
    assert deadlines([_request("2025-03-01", 1, answered_on="2025-03-02")], now=NOW) == []


def test_a_breach_keeps_its_exact_moment() -> None:
    aware = NOW - dt.timedelta(hours=60, minutes=4)
    breach = Breach("Laptop stolen", aware.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), id=7,
                    reference="V-007", risk_level=BreachRisk.RISK)
    (item,) = deadlines(breaches=[breach], now=NOW)
    assert item.kind is DeadlineKind.BREACH and item.precise
    assert item.remaining(NOW) == dt.timedelta(hours=11, minutes=56)
    assert attention_reasons([item], NOW) == [Attention.LEGAL_THIS_WEEK]
    unlikely = Breach("Lost key", breach.aware_at, id=8, risk_level=BreachRisk.UNLIKELY)
    assert deadlines(breaches=[unlikely], now=NOW) == []


def test_actions_with_dates_and_consents_to_renew() -> None:
    action = CustomAction(title="Sign the contract", priority=Priority.HIGH, id=5,
                          due_on="2025-03-10", state=ActionState.OPEN)
    plan = [PlanItem("custom:5", ItemStatus.OPEN, Priority.HIGH, action=action,
                     due="2025-03-10", overdue=True),
            PlanItem("rule:x:pilot", ItemStatus.POSTPONED, Priority.LOW, rule="no_pilot",
                     due="2025-04-30"),
            PlanItem("custom:6", ItemStatus.DONE, Priority.LOW, due="2025-03-01")]
    renewals = [ConsentRenewal("newsletter", "Newsletter", 24, 3, dt.date(2025, 1, 2), None),
                ConsentRenewal("sms", "SMS", 12, 0, None, dt.date(2025, 3, 15))]
    items = deadlines(plan=plan, renewals=renewals, now=NOW, zone=PARIS)
    kinds = [(d.kind, d.reference, d.state) for d in items]
    assert kinds == [
        (DeadlineKind.CONSENTS, "Newsletter", ClockState.OVERDUE),
        (DeadlineKind.ACTION, "Sign the contract", ClockState.OVERDUE),
        (DeadlineKind.CONSENTS, "SMS", ClockState.DUE_SOON),
        (DeadlineKind.ACTION, "no_pilot", ClockState.RUNNING),
    ]
    assert items[0].count == 3 and items[-1].rule == "no_pilot"
    assert attention_reasons(items, NOW, zone=PARIS) == [Attention.OTHER_OVERDUE,
                                                         Attention.OTHER_THIS_WEEK]


def test_urgency_puts_late_legal_clocks_first() -> None:
    late = deadlines([_request("2025-01-20", 1)], now=NOW)
    soon = deadlines([_request("2025-02-14", 2)], now=NOW)
    later = deadlines([_request("2025-02-20", 3)], now=NOW)
    keys = {
        "late": urgency_key(attention_reasons(late, NOW), late, "z"),
        "soon": urgency_key(attention_reasons(soon, NOW), soon, "a"),
        "unreadable": urgency_key(attention_reasons([], NOW, readable=False), [], "b"),
        "later": urgency_key(attention_reasons(later, NOW), later, "c"),
        "calm": urgency_key([], [], "a"),
    }
    assert sorted(keys, key=keys.__getitem__) == ["late", "soon", "unreadable", "later",
                                                  "calm"]
    assert attention_reasons(later, NOW) == []  # due in 8 days: not this week


def test_shared_siret_ignores_spaces_and_empty() -> None:
    shared = shared_identifiers([("a", "123 456 789 00012"), ("b", "12345678900012"),
                                 ("c", ""), ("d", ""), ("e", "98765432100015")])
    assert shared == {"12345678900012": ["a", "b"]}
