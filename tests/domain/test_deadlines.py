"""The legal clocks at their edges: month ends, leap years, summer time, late extensions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.breach import Breach, BreachRisk, PeopleExemption
from assistant.domain.deadlines import (
    ClockState,
    DueKind,
    add_months,
    breach_clock,
    breach_deadline,
    due_items,
    end_of_day,
    extended_due,
    local_date,
    parse_date,
    request_clock,
    request_due,
    start_of_day,
)
from assistant.domain.rights_request import Right, RightsRequest

PARIS = ZoneInfo("Europe/Paris")
NOUMEA = ZoneInfo("Pacific/Noumea")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


@pytest.mark.parametrize("received,due", [
    (date(2025, 5, 5), date(2025, 6, 5)),  # the plain case
    (date(2025, 1, 31), date(2025, 2, 28)),  # no 31 February
    (date(2024, 1, 31), date(2024, 2, 29)),  # leap year
    (date(2024, 1, 29), date(2024, 2, 29)),
    (date(2025, 1, 29), date(2025, 2, 28)),
    (date(2100, 1, 31), date(2100, 2, 28)),  # 2100 is not a leap year
    (date(2000, 1, 31), date(2000, 2, 29)),  # 2000 is
    (date(2024, 2, 29), date(2024, 3, 29)),  # from a leap day
    (date(2025, 3, 31), date(2025, 4, 30)),
    (date(2025, 12, 31), date(2026, 1, 31)),  # across the year
    (date(2025, 12, 15), date(2026, 1, 15)),
])
def test_one_month_from_receipt(received: date, due: date) -> None:
    assert request_due(received) == due


def test_add_months_goes_both_ways() -> None:
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 15), -1) == date(2024, 12, 15)
    assert add_months(date(2025, 1, 31), 13) == date(2026, 2, 28)


def test_the_extension_runs_two_months_from_the_end_of_the_first() -> None:
    # 31 Jan -> 28 Feb (first month) -> 28 Apr, not 30 Apr (which "receipt + 3" would give).
    assert extended_due(date(2025, 1, 31)) == date(2025, 4, 28)
    assert extended_due(date(2024, 1, 31)) == date(2024, 4, 29)
    assert extended_due(date(2025, 11, 30)) == date(2026, 2, 28)


def test_parse_date_refuses_impossible_dates() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    for text in ("2025-02-29", "2025-02-30", "2025-13-01", "2025-1-1", "20250101", "", None,
                 "2025-01-01T00:00"):
        assert parse_date(text) is None, text


def request(received: str, **kw: object) -> RightsRequest:
    return RightsRequest(Right.ACCESS, received, "Jeanne", **kw)  # type: ignore[arg-type]


def test_request_clock_counts_calendar_days_in_local_time() -> None:
    r = request("2025-01-31")
    # 23:30 in Paris on 27 February is 22:30 UTC: still the 27th in Paris.
    clock = request_clock(r, paris(2025, 2, 27, 23, 30).astimezone(UTC), PARIS)
    assert clock is not None
    assert clock.due == date(2025, 2, 28)
    assert clock.days_left == 1 and clock.state is ClockState.DUE_SOON
    # The due day ends at midnight in Paris (23:00 UTC in winter).
    assert clock.due_at == datetime(2025, 2, 28, 23, 0, tzinfo=UTC)
    on_due_day = request_clock(r, paris(2025, 2, 28, 23, 59), PARIS)
    assert on_due_day is not None and on_due_day.days_left == 0
    assert on_due_day.state is ClockState.DUE_SOON
    after = request_clock(r, paris(2025, 3, 1, 0, 0), PARIS)
    assert after is not None and after.state is ClockState.OVERDUE and after.days_left == -1


def test_request_clock_states() -> None:
    now = paris(2025, 3, 1, 12)
    assert request_clock(request("2025-02-20"), now, PARIS).state is ClockState.RUNNING  # type: ignore[union-attr]
    assert request_clock(request("2025-02-05"), now, PARIS).state is ClockState.DUE_SOON  # type: ignore[union-attr]
    answered = request("2025-01-05", answered_on="2025-02-05")
    assert request_clock(answered, now, PARIS).state is ClockState.DONE  # type: ignore[union-attr]
    late = request("2025-01-05", answered_on="2025-02-06")
    assert request_clock(late, now, PARIS).state is ClockState.DONE_LATE  # type: ignore[union-attr]
    assert request_clock(request("2025-02-30"), now, PARIS) is None


def test_a_due_day_in_summer_time_ends_at_midnight_local() -> None:
    # 30 March 2025 is the day summer time starts in Paris: it lasts 23 hours.
    assert start_of_day(date(2025, 3, 30), PARIS) == datetime(2025, 3, 29, 23, tzinfo=UTC)
    assert end_of_day(date(2025, 3, 30), PARIS) == datetime(2025, 3, 30, 22, tzinfo=UTC)
    # 26 October 2025 lasts 25 hours.
    assert end_of_day(date(2025, 10, 26), PARIS) - start_of_day(date(2025, 10, 26), PARIS) \
        == timedelta(hours=25)
    r = request("2025-02-28")
    clock = request_clock(r, paris(2025, 3, 28, 9), PARIS)
    assert clock is not None and clock.due == date(2025, 3, 28)
    assert clock.due_at == datetime(2025, 3, 28, 23, tzinfo=UTC)


def test_the_same_moment_is_another_day_elsewhere() -> None:
    moment = datetime(2025, 1, 31, 22, 30, tzinfo=UTC)
    assert local_date(moment, PARIS) == date(2025, 1, 31)
    assert local_date(moment, NOUMEA) == date(2025, 2, 1)
    # The due date is a calendar date: it does not move with the zone, its end does.
    r = request("2025-01-31")
    in_paris = request_clock(r, moment, PARIS)
    in_noumea = request_clock(r, moment, NOUMEA)
    assert in_paris is not None and in_noumea is not None
    assert in_paris.due == in_noumea.due == date(2025, 2, 28)
    assert in_paris.days_left == 28 and in_noumea.days_left == 27
    assert in_paris.due_at - in_noumea.due_at == timedelta(hours=10)


def test_computer_zone_when_none_is_given() -> None:
    moment = datetime(2025, 6, 1, 12, tzinfo=UTC)
    assert local_date(moment) == moment.astimezone().date()
    assert start_of_day(date(2025, 6, 1)).tzinfo is UTC


def test_an_extension_told_in_time_moves_the_due_date() -> None:
    r = request("2025-01-31", extended=True, extension_reason="complex",
                extension_told_on="2025-02-28")  # the last day of the first month
    clock = request_clock(r, paris(2025, 3, 10, 12), PARIS)
    assert clock is not None and clock.extended and not clock.extension_refused
    assert clock.first_due == date(2025, 2, 28) and clock.due == date(2025, 4, 28)
    assert clock.state is ClockState.RUNNING


def test_an_extension_told_after_the_first_month_does_not_count() -> None:
    r = request("2025-01-31", extended=True, extension_reason="complex",
                extension_told_on="2025-03-01")
    clock = request_clock(r, paris(2025, 3, 10, 12), PARIS)
    assert clock is not None and not clock.extended and clock.extension_refused
    assert clock.due == date(2025, 2, 28) and clock.state is ClockState.OVERDUE


AWARE_EVE_OF_SUMMER_TIME = paris(2025, 3, 29, 23, 30)  # clocks go 02:00 -> 03:00 on the 30th
AWARE_EVE_OF_WINTER_TIME = paris(2025, 10, 25, 23, 30)  # clocks go 03:00 -> 02:00 on the 26th


def test_72_hours_are_exact_across_the_start_of_summer_time() -> None:
    deadline = breach_deadline(AWARE_EVE_OF_SUMMER_TIME)
    assert deadline - AWARE_EVE_OF_SUMMER_TIME == timedelta(hours=72)
    assert deadline == datetime(2025, 4, 1, 22, 30, tzinfo=UTC)
    # Shown in Paris it is 00:30 on 2 April, not the 23:30 a wall-clock count would give.
    assert deadline.astimezone(PARIS) == paris(2025, 4, 2, 0, 30)


def test_72_hours_are_exact_across_the_end_of_summer_time() -> None:
    deadline = breach_deadline(AWARE_EVE_OF_WINTER_TIME)
    assert deadline == datetime(2025, 10, 28, 21, 30, tzinfo=UTC)
    assert deadline.astimezone(PARIS) == paris(2025, 10, 28, 22, 30)


def test_breach_deadline_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError):
        breach_deadline(datetime(2025, 1, 1, 12))


def breach(**kw: object) -> Breach:
    values: dict[str, object] = {"summary": "Stolen laptop",
                                 "aware_at": "2025-03-29T22:30:00.000000Z"}
    values.update(kw)
    return Breach(**values)  # type: ignore[arg-type]


def test_breach_clock_states() -> None:
    aware = datetime(2025, 3, 29, 22, 30, tzinfo=UTC)
    clock = breach_clock(breach(), aware + timedelta(hours=10))
    assert clock is not None and clock.state is ClockState.RUNNING
    assert clock.remaining == timedelta(hours=62) and clock.notification_required is None
    soon = breach_clock(breach(risk_level=BreachRisk.RISK), aware + timedelta(hours=49))
    assert soon is not None and soon.state is ClockState.DUE_SOON
    over = breach_clock(breach(risk_level=BreachRisk.RISK), aware + timedelta(hours=73))
    assert over is not None and over.state is ClockState.OVERDUE
    assert over.late_by == timedelta(hours=1)
    unlikely = breach_clock(breach(risk_level=BreachRisk.UNLIKELY), aware + timedelta(hours=80))
    assert unlikely is not None and unlikely.state is ClockState.NOT_REQUIRED
    in_time = breach_clock(breach(risk_level=BreachRisk.RISK,
                                  authority_notified_at="2025-04-01T22:30:00.000000Z"),
                           aware + timedelta(days=9))
    assert in_time is not None and in_time.state is ClockState.DONE and in_time.late_by is None
    late = breach_clock(breach(risk_level=BreachRisk.RISK,
                               authority_notified_at="2025-04-01T22:30:01.000000Z"),
                        aware + timedelta(days=9))
    assert late is not None and late.state is ClockState.DONE_LATE
    assert late.late_by == timedelta(seconds=1)
    assert breach_clock(breach(aware_at="yesterday"), aware) is None


def test_high_risk_needs_people_told_unless_exempted() -> None:
    aware = datetime(2025, 3, 29, 22, 30, tzinfo=UTC)
    high = breach_clock(breach(risk_level=BreachRisk.HIGH), aware)
    assert high is not None and high.people_required
    exempt = breach_clock(breach(risk_level=BreachRisk.HIGH,
                                 people_exemption=PeopleExemption.PROTECTED), aware)
    assert exempt is not None and not exempt.people_required


def test_due_items_most_urgent_first() -> None:
    now = paris(2025, 4, 1, 12)
    requests = [
        request("2025-03-25", id=1, reference="D-001"),  # running: left out by default
        request("2025-03-02", id=2, reference="D-002"),  # due 2 April: due soon
        request("2025-02-10", id=3, reference="D-003"),  # due 10 March: overdue
        request("2025-02-01", id=4, reference="D-004", answered_on="2025-02-20"),  # done
    ]
    breaches = [
        breach(id=1, reference="V-001"),  # aware 29 March 23:30 Paris: 59 h 30 in, due soon
        breach(id=2, reference="V-002", risk_level=BreachRisk.HIGH,
               aware_at="2025-03-01T10:00:00Z", authority_notified_at="2025-03-02T10:00:00Z"),
        breach(id=3, reference="V-003", risk_level=BreachRisk.UNLIKELY,
               aware_at="2025-03-31T08:00:00Z"),
    ]
    items = due_items(requests, breaches, now, PARIS)
    assert [(i.kind, i.reference, i.state) for i in items] == [
        (DueKind.REQUEST, "D-003", ClockState.OVERDUE),
        (DueKind.BREACH_PEOPLE, "V-002", ClockState.DUE_SOON),
        (DueKind.BREACH_AUTHORITY, "V-001", ClockState.DUE_SOON),
        (DueKind.REQUEST, "D-002", ClockState.DUE_SOON),
    ]
    assert items[0].days_left == -22
    assert items[2].hours_left == pytest.approx(12.5)
    assert items[3].days_left == 1 and items[3].due_date == date(2025, 4, 2)
    everything = due_items(requests, breaches, now, PARIS, include_running=True)
    assert [i.reference for i in everything][-1] == "D-001"


def test_a_breach_clock_is_listed_as_soon_as_it_runs() -> None:
    aware = datetime(2025, 3, 29, 22, 30, tzinfo=UTC)
    items = due_items([], [breach(id=1, reference="V-001")], aware + timedelta(hours=1))
    assert [(i.kind, i.state) for i in items] == [(DueKind.BREACH_AUTHORITY,
                                                   ClockState.RUNNING)]
    assert items[0].hours_left == pytest.approx(71)
    unlikely = breach(id=2, reference="V-002", risk_level=BreachRisk.UNLIKELY)
    assert due_items([], [unlikely], aware + timedelta(hours=1)) == []
