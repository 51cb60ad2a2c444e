"""A person's row as stored (lean) and as it reads (its text form).

The ``subject`` table keeps its columns and their order, in smaller forms: the ``uid`` as
its 16 bytes, the times as integer microseconds since 1970 (UTC), ``updated_at`` NULL while
it is ``created_at``, ``email_key`` NULL when it is the email itself (``0`` when a person
with an email has no key), the phone's key (``+33612345678``) as the integer of its digits.
A value that has no exact lean form (a time not written the canonical way, a uid not in
lower-case hex: edited outside the app) is kept as it is.

Everything above the store reads the text form, the one identities' seals hash: the view
``subject_text`` (SQL, :func:`text_sql`) and :func:`text_row` (Python) give it back to the
character, and :func:`lean_row` is their inverse. A seal is always the seal of the text form
(:func:`seal_of`), so that a dossier sealed before the lean rows verifies after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.domain.history import sealer

# The ledger's time conversions (ledger/times.py) are imported where they are used: the
# seals' trigger is given to every window at start, which loads neither them nor the
# consent rules they come with until a person is written.

# The columns of the table, in their order: the same in both forms.
COLUMNS = ("id", "uid", "email", "email_key", "customer_ref", "first_name", "last_name",
           "phone", "salt", "sort_key", "created_at", "updated_at", "erased_at", "phone_key")
UID, EMAIL, EMAIL_KEY = COLUMNS.index("uid"), COLUMNS.index("email"), COLUMNS.index("email_key")
PHONE_KEY = COLUMNS.index("phone_key")
CREATED, UPDATED, ERASED = (COLUMNS.index(n) for n in ("created_at", "updated_at", "erased_at"))
NO_EMAIL_KEY = 0  # stored: the person has an email, and no key

_UID = re.compile(r"[0-9a-f]{32}")
_PHONE_KEY = re.compile(r"\+[1-9][0-9]{0,17}")  # E.164 (at most 15 digits) fits in 64 bits


def lean_phone_key(key: Any) -> Any:
    """A phone's key as stored: ``+33612345678`` as ``33612345678``, else as it is."""
    return int(key[1:]) if isinstance(key, str) and _PHONE_KEY.fullmatch(key) else key


def phone_key_text(stored: Any) -> Any:
    return f"+{stored}" if type(stored) is int else stored


def lean_uid(uid: Any) -> Any:
    """A uid as stored: its 16 bytes when it is 32 lower-case hex digits, else as it is."""
    return bytes.fromhex(uid) if isinstance(uid, str) and _UID.fullmatch(uid) else uid


def uid_text(stored: Any) -> Any:
    return stored.hex() if isinstance(stored, bytes) else stored


def lean_time(text: Any) -> Any:
    """A time as stored: integer microseconds when it is canonical, else as it is."""
    if not isinstance(text, str):
        return text
    from assistant.store.ledger.times import NotCanonical, utc_micros

    try:
        return utc_micros(text)
    except NotCanonical:
        return text


# The integer times that are written as text: from 1970 to the end of 9999 (what
# :func:`lean_time` stores; any other integer, written outside the app, reads as it is).
# The integer time of 10000-01-01, for every check of a stored time (verify's too).
MICROS_END = 253_402_300_800_000_000


def time_text(stored: Any) -> Any:
    if type(stored) is int and 0 <= stored < MICROS_END:
        from assistant.store.ledger.times import micros_text

        return micros_text(stored)
    return stored


def lean_email_key(key: Any, email: Any) -> Any:
    if key is None:
        return None if email == "" else NO_EMAIL_KEY
    return None if key == email and key != "" else key


def email_key_text(stored: Any, email: Any) -> Any:
    if stored is None:
        return email if email != "" else None
    if type(stored) in (int, float) and stored == NO_EMAIL_KEY:
        return None
    return stored


def lean_row(text: Sequence[Any]) -> tuple[Any, ...]:
    """A row of :data:`COLUMNS` in its text form, as stored."""
    row = list(text)
    row[UID] = lean_uid(row[UID])
    row[EMAIL_KEY] = lean_email_key(row[EMAIL_KEY], row[EMAIL])
    updated = row[UPDATED]
    row[UPDATED] = None if updated == row[CREATED] and type(updated) is type(
        row[CREATED]) else lean_time(updated)
    row[CREATED] = lean_time(row[CREATED])
    row[ERASED] = lean_time(row[ERASED])
    row[PHONE_KEY] = lean_phone_key(row[PHONE_KEY])
    return tuple(row)


def text_row(stored: Sequence[Any]) -> tuple[Any, ...]:
    """A stored row of :data:`COLUMNS` in its text form (what its seal hashes)."""
    row = list(stored)
    row[UID] = uid_text(row[UID])
    row[EMAIL_KEY] = email_key_text(row[EMAIL_KEY], row[EMAIL])
    row[UPDATED] = time_text(row[CREATED] if row[UPDATED] is None else row[UPDATED])
    row[CREATED] = time_text(row[CREATED])
    row[ERASED] = time_text(row[ERASED])
    row[PHONE_KEY] = phone_key_text(row[PHONE_KEY])
    return tuple(row)


_seal_text = sealer(COLUMNS)


def seal_of(stored: Sequence[Any]) -> bytes:
    """The seal of a stored row: the SHA-256 of its text form
    (:func:`~assistant.domain.history.sealer`), as 32 bytes."""
    return bytes.fromhex(_seal_text(text_row(stored)))


def _time_sql(column: str) -> str:
    from assistant.store.ledger.times import SQL_TIME_TEXT

    return (f"CASE WHEN typeof({column}) = 'integer' AND {column} >= 0 AND {column} < "
            f"{MICROS_END} THEN "
            f"{SQL_TIME_TEXT.format(x=column)} ELSE {column} END")


def text_sql(alias: str) -> dict[str, str]:
    """Each column of the row ``alias`` in its text form, as SQL."""
    a = alias + "."
    return {
        **{name: a + name for name in COLUMNS},
        "uid": f"CASE WHEN typeof({a}uid) = 'blob' THEN lower(hex({a}uid)) ELSE {a}uid END",
        "email_key": f"nullif(coalesce({a}email_key, nullif({a}email, '')), 0)",
        "created_at": _time_sql(a + "created_at"),
        "updated_at": _time_sql(f"coalesce({a}updated_at, {a}created_at)"),
        "erased_at": _time_sql(a + "erased_at"),
        "phone_key": f"CASE WHEN typeof({a}phone_key) = 'integer' THEN '+' || {a}phone_key "
                     f"ELSE {a}phone_key END",
    }
