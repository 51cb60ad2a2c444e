"""Which cookies set before consent are exempt from it.

Loi Informatique et Libertés, art. 82 (ePrivacy Directive, art. 5(3)): reading or writing on
a visitor's device needs their consent first, unless it only serves to carry the
communication or is strictly necessary for a service the visitor expressly asked for. The
CNIL's guidelines (deliberation 2020-091, art. 50-51) count among the latter the cookies that
keep the visitor's choice about cookies, a session, a shopping cart, security, load balancing,
and audience measurement under conditions: for the site's own account only, anonymous
statistics only, **a cookie lifetime of 13 months at most, not extended by each visit**, and
the data kept 25 months at most.

A static check sees a cookie's name and lifetime, not how a tool is set up: an audience
cookie within 13 months is therefore "exempt if the tool is set up for it", never "exempt".
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from assistant.domain.website.model import CookieSeen
from assistant.domain.website.trackers import CookieOwner, CookieOwnerKind, TrackerList

AUDIENCE_MAX_MONTHS = 13  # CNIL, deliberation 2020-091, art. 51; recommendation 2020-092
TOLERANCE = dt.timedelta(days=1)  # a server's clock and ours may differ by a few hours


class CookieVerdict(StrEnum):
    EXEMPT = "exempt"  # strictly necessary, or the visitor's choice about cookies
    EXEMPT_IF_SET_UP = "exempt_if_set_up"  # audience measurement within the CNIL's limits
    NEEDS_CONSENT = "needs_consent"  # a tracker's, or audience measurement beyond 13 months
    UNKNOWN = "unknown"  # not in the list: ask the web agency what it is for


@dataclass(frozen=True)
class CookieReview:
    cookie: CookieSeen
    verdict: CookieVerdict
    owner: CookieOwner | None
    lifetime_days: int | None  # None: session cookie
    too_long: bool = False  # audience measurement over 13 months


def add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day ``months`` calendar months later (the 31st becomes the month's last)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def lifetime_days(cookie: CookieSeen, fetched_at: dt.datetime) -> int | None:
    if cookie.expires_at is None:
        return None
    return max(0, (cookie.expires_at - fetched_at).days)


def over_audience_limit(cookie: CookieSeen, fetched_at: dt.datetime) -> bool:
    """Whether the cookie lives longer than 13 months from when it was set."""
    if cookie.expires_at is None:
        return False
    return cookie.expires_at > add_months(fetched_at, AUDIENCE_MAX_MONTHS) + TOLERANCE


def review_cookie(cookie: CookieSeen, trackers: TrackerList,
                  fetched_at: dt.datetime) -> CookieReview:
    owner = trackers.cookie_owner(cookie.name)
    days = lifetime_days(cookie, fetched_at)
    if owner is None:
        return CookieReview(cookie, CookieVerdict.UNKNOWN, None, days)
    if owner.kind in (CookieOwnerKind.CONSENT_TOOL, CookieOwnerKind.NECESSARY):
        return CookieReview(cookie, CookieVerdict.EXEMPT, owner, days)
    tracker = owner.tracker
    if tracker is not None and tracker.exemption_possible:
        if over_audience_limit(cookie, fetched_at):
            return CookieReview(cookie, CookieVerdict.NEEDS_CONSENT, owner, days, too_long=True)
        return CookieReview(cookie, CookieVerdict.EXEMPT_IF_SET_UP, owner, days)
    return CookieReview(cookie, CookieVerdict.NEEDS_CONSENT, owner, days)


__all__ = ["AUDIENCE_MAX_MONTHS", "CookieReview", "CookieVerdict", "add_months",
           "lifetime_days", "over_audience_limit", "review_cookie"]
