"""A document's default date is today where its times are printed, not the computer's date:
a computer kept in UTC is a day behind Paris between 23:00 and midnight UTC in winter, and a
document dated then was refused for content made a minute before."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.domain import clock
from assistant.reports.builder import ExportOptions
from assistant.reports.context import document_today

LATE_EVENING_UTC = dt.datetime(2026, 12, 7, 23, 30, tzinfo=dt.UTC)  # 00:30 in Paris


@pytest.fixture
def late_evening(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "utc_now", lambda: LATE_EVENING_UTC)


def test_today_is_the_zones_own(late_evening: None) -> None:
    assert document_today("Europe/Paris") == dt.date(2026, 12, 8)
    assert document_today("UTC") == dt.date(2026, 12, 7)
    assert document_today("America/Martinique") == dt.date(2026, 12, 7)  # 19:30 there
    assert document_today() == dt.date(2026, 12, 8)  # the documents' zone by default


def test_the_options_default_date_is_todays_in_paris(late_evening: None) -> None:
    assert ExportOptions().date == dt.date(2026, 12, 8)


def test_an_unknown_zone_gives_the_computers_date_and_the_check_names_it() -> None:
    assert document_today("Mars/Olympus") == dt.date.today()
    with pytest.raises(ValueError, match="Mars/Olympus"):
        ExportOptions(zone="Mars/Olympus").chosen()


def test_content_made_now_never_postdates_the_default_date(late_evening: None) -> None:
    from assistant.domain.findings import ValidationError
    from assistant.domain.processing import Processing
    from assistant.reports.builder import check_date
    from tests.reports.conftest import snapshot

    made_now = snapshot([Processing(name="Fichier clients",
                                    created_at=clock.format_utc(LATE_EVENING_UTC))])
    check_date(made_now, ExportOptions())  # dated today in Paris: accepted
    with pytest.raises(ValidationError):  # the computer's UTC date, a day behind Paris
        check_date(made_now, ExportOptions(date=dt.date(2026, 12, 7)))
