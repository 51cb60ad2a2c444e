"""The ledger's people: their identity, the keys they are found by, and its erasure."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator

from assistant.domain.consent import Identity, fold, search_keys, search_keys_of
from assistant.domain.identity import email_key
from assistant.store.ledger.sql import SUBJECT_INSERT
from assistant.store.phones import phone_key

ERASED_SORT = "\uffff"  # erased people (and nameless ones) list last


def sort_key(identity: Identity) -> str:
    return " ".join(fold(x) for x in (identity.last_name, identity.first_name, identity.email,
                                       identity.customer_ref) if x)[:300] or ERASED_SORT


def insert_subject(conn: sqlite3.Connection, identity: Identity, uid: str, salt: bytes,
                   now: str, *, subject_id: int | None = None, erased_at: str | None = None,
                   updated_at: str | None = None) -> int:
    """Add a person (inside the caller's transaction); their id."""
    keys = search_keys(identity) if erased_at is None else set()
    cur = conn.execute(SUBJECT_INSERT, (
        subject_id, uid, identity.email, email_key(identity.email) or None,
        identity.customer_ref or None, identity.first_name, identity.last_name,
        identity.phone, phone_key(identity.phone) if erased_at is None else None,
        salt if erased_at is None else None,
        sort_key(identity) if erased_at is None else ERASED_SORT,
        " " + " ".join(sorted(keys)) if keys else "", now, updated_at or now, erased_at))
    new_id = int(cur.lastrowid or 0)
    conn.executemany("INSERT INTO subject_key (key, subject_id) VALUES (?, ?)",
                     [(k, new_id) for k in keys])
    return new_id


def write_identity(conn: sqlite3.Connection, subject_id: int, identity: Identity,
                   now: str) -> None:
    """Correct a person's identity (inside the caller's transaction)."""
    keys = search_keys(identity)
    delete_search_keys(conn, subject_id)
    conn.execute(
        "UPDATE subject SET email = ?, email_key = ?, customer_ref = ?, first_name = ?, "
        "last_name = ?, phone = ?, phone_key = ?, sort_key = ?, search = ?, updated_at = ? "
        "WHERE id = ?",
        (identity.email, email_key(identity.email) or None, identity.customer_ref or None,
         identity.first_name, identity.last_name, identity.phone, phone_key(identity.phone),
         sort_key(identity),
         " " + " ".join(sorted(keys)) if keys else "", now, subject_id))
    conn.executemany("INSERT INTO subject_key (key, subject_id) VALUES (?, ?)",
                     [(k, subject_id) for k in keys])


def delete_search_keys(conn: sqlite3.Connection, subject_id: int) -> None:
    """Remove a person's rows of ``subject_key``, found from the identity they were made of.

    The table is keyed by ``(key, subject_id)``: ``DELETE ... WHERE subject_id = ?`` would
    read all of it (five million rows for a million people, for each correction). An
    erasure still deletes that way, to leave no key behind whatever made it.
    """
    row = conn.execute(
        "SELECT email, coalesce(customer_ref, ''), first_name, last_name, phone, search "
        "FROM subject WHERE id = ?", (subject_id,)).fetchone()
    if row is None:
        return
    keys = search_keys_of(row[0], row[1], row[2], row[3], row[4]) | set(row[5].split())
    conn.executemany("DELETE FROM subject_key WHERE key = ? AND subject_id = ?",
                     [(k, subject_id) for k in keys])


def blank_identity(conn: sqlite3.Connection, subject_id: int, now: str) -> None:
    """An erased person's identity, salt, search keys and signatures removed (the
    connection overwrites what is deleted: no old copy stays in the file)."""
    conn.execute("DELETE FROM subject_key WHERE subject_id = ?", (subject_id,))
    # a signature is the person's too (its hash stays in the events)
    conn.execute("DELETE FROM consent_signature WHERE subject_id = ?", (subject_id,))
    conn.execute(
        "UPDATE subject SET email = '', email_key = NULL, customer_ref = NULL, "
        "first_name = '', last_name = '', phone = '', phone_key = NULL, salt = NULL, "
        "sort_key = char(65535), search = '', updated_at = ?, erased_at = ? WHERE id = ?",
        (now, now, subject_id))


def new_uid() -> str:
    """A random 128-bit id (as random as a UUID 4, without its formatting cost)."""
    return os.urandom(16).hex()


def new_salt() -> bytes:
    return os.urandom(16)


def new_uid_and_salt() -> tuple[str, bytes]:
    """:func:`new_uid` and :func:`new_salt` from one read of the system's random source."""
    random = os.urandom(32)
    return random[:16].hex(), random[16:]


def uids_and_salts(batch: int = 2000) -> Iterator[tuple[str, bytes]]:
    """:func:`new_uid_and_salt` without end, reading the system's random source once per
    ``batch`` pairs (a CSV import makes a million people)."""
    while True:
        random = os.urandom(32 * batch)
        for at in range(0, len(random), 32):
            yield random[at:at + 16].hex(), random[at + 16:at + 32]
