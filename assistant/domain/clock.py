"""UTC timestamps in the one text form the dossier stores: ``YYYY-MM-DDTHH:MM:SS.ffffffZ``."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo


def utc_now() -> datetime:
    return datetime.now(UTC)


def today_in(zone: tzinfo) -> date:
    """Today where ``zone`` is: a document's date, which its content is dated in. The
    computer's own date can be another day near midnight when its clock is set to another
    zone (a server or a laptop kept in UTC)."""
    return utc_now().astimezone(zone).date()


def format_utc(moment: datetime) -> str:
    """Render an aware datetime as the canonical UTC text (microseconds, ``Z``)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no time zone; give an aware one")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Parse an ISO 8601 timestamp with a zone (``Z`` or an offset) into aware UTC."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return value.astimezone(UTC)


def now_text() -> str:
    return format_utc(utc_now())
