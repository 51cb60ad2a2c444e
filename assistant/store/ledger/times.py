"""The ledger's stored forms of what its hashes cover as text: a time as integer
microseconds since 1970 (UTC), a SHA-256 as its 32 bytes, the search words as one line.

Each conversion is exact both ways or refused: the canonical form hashes the text, so a
value that would not come back as the same text must never be stored.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from assistant.domain.consent import search_keys_of

_EPOCH_DAY = date(1970, 1, 1).toordinal()

# The same in SQL, for the statements that give an event's time back as text (the view
# ``consent_event_text`` and verify); ``{x}`` is the integer column.
SQL_TIME_TEXT = ("strftime('%Y-%m-%dT%H:%M:%S', {x} / 1000000, 'unixepoch') "
                 "|| printf('.%06dZ', {x} % 1000000)")


class NotCanonical(ValueError):
    """A value the ledger cannot store without changing the text its hash covers."""


_CANONICAL_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z")


@lru_cache(maxsize=4096)
def _day_micros(day: str) -> int:
    return (date.fromisoformat(day).toordinal() - _EPOCH_DAY) * 86_400_000_000


def utc_micros(text: object) -> int:
    """``2024-03-01T10:00:00.000000Z`` as microseconds since 1970; refused unless it is
    written exactly as :func:`micros_text` gives it back (a day of the calendar from 1970
    on, hours 00-23, minutes and seconds 00-59, six digits of fraction, ``Z``)."""
    if not isinstance(text, str) or len(text) != 27 or not _CANONICAL_TIME.fullmatch(text):
        raise NotCanonical(f"not a canonical UTC time: {text!r}")
    try:
        day = _day_micros(text[:10])
    except ValueError:
        raise NotCanonical(f"not a canonical UTC time: {text!r}") from None
    if day < 0:
        raise NotCanonical(f"not a canonical UTC time: {text!r}")
    return day + ((int(text[11:13]) * 60 + int(text[14:16])) * 60 + int(text[17:19])) \
        * 1_000_000 + int(text[20:26])


def micros_text(micros: int) -> str:
    """Microseconds since 1970 as the canonical UTC text."""
    day, rest = divmod(micros, 86_400_000_000)
    seconds, fraction = divmod(rest, 1_000_000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return f"{_day_text(day)}T{hour:02d}:{minute:02d}:{second:02d}.{fraction:06d}Z"


@lru_cache(maxsize=4096)
def _day_text(day: int) -> str:
    return date.fromordinal(day + _EPOCH_DAY).isoformat()


def hash_blob(text: object) -> bytes:
    """A SHA-256 in lower-case hex as its 32 bytes; refused unless it is exactly that."""
    if not isinstance(text, str) or len(text) != 64:
        raise NotCanonical(f"not a SHA-256 in lower-case hex: {text!r}")
    try:
        blob = bytes.fromhex(text)
    except ValueError:
        raise NotCanonical(f"not a SHA-256 in lower-case hex: {text!r}") from None
    if blob.hex() != text:
        raise NotCanonical(f"not a SHA-256 in lower-case hex: {text!r}")
    return blob


def search_words(email: str, customer_ref: str, first_name: str, last_name: str,
                 phone: str) -> str:
    """The words a person is found by (:func:`~assistant.domain.consent.search_keys_of`),
    as the line the full-text index takes, in a fixed order (the same line takes them out
    again)."""
    return " ".join(sorted(search_keys_of(email or "", customer_ref or "", first_name or "",
                                          last_name or "", phone or "")))
