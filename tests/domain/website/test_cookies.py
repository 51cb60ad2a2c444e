"""The CNIL's audience-measurement limit (13 months) and the cookies exempt from consent."""

from __future__ import annotations

import datetime as dt

from assistant.content.website import load_tracker_list
from assistant.domain.website.cookies import (
    CookieVerdict,
    add_months,
    over_audience_limit,
    review_cookie,
)
from assistant.domain.website.model import CookieSeen

NOW = dt.datetime(2026, 1, 31, 10, 0, tzinfo=dt.UTC)


def cookie(name: str, days: float | None) -> CookieSeen:
    expires = None if days is None else NOW + dt.timedelta(days=days)
    return CookieSeen(name, "shop.example", expires_at=expires)


def test_add_months_keeps_the_day_or_the_month_end() -> None:
    assert add_months(NOW, 13) == dt.datetime(2027, 2, 28, 10, 0, tzinfo=dt.UTC)
    assert add_months(dt.datetime(2026, 3, 15, tzinfo=dt.UTC), 13).date() == \
        dt.date(2027, 4, 15)


def test_thirteen_months_is_the_limit() -> None:
    limit = (add_months(NOW, 13) - NOW).days
    assert not over_audience_limit(cookie("_pk_id.1.x", limit), NOW)
    assert over_audience_limit(cookie("_pk_id.1.x", limit + 2), NOW)
    assert not over_audience_limit(cookie("_pk_id.1.x", None), NOW)


def test_verdicts() -> None:
    trackers = load_tracker_list()

    def verdict(name: str, days: float | None) -> CookieVerdict:
        return review_cookie(cookie(name, days), trackers, NOW).verdict

    assert verdict("PHPSESSID", None) is CookieVerdict.EXEMPT
    assert verdict("didomi_token", 180) is CookieVerdict.EXEMPT
    assert verdict("_pk_id.1.x", 390) is CookieVerdict.EXEMPT_IF_SET_UP
    assert verdict("_pk_id.1.x", 730) is CookieVerdict.NEEDS_CONSENT
    assert review_cookie(cookie("_pk_id.1.x", 730), trackers, NOW).too_long
    assert verdict("_ga", 30) is CookieVerdict.NEEDS_CONSENT  # never exempt, whatever its life
    assert verdict("_fbp", 90) is CookieVerdict.NEEDS_CONSENT
    assert verdict("mystery", 10) is CookieVerdict.UNKNOWN
    assert review_cookie(cookie("_ga", 400), trackers, NOW).lifetime_days == 400
