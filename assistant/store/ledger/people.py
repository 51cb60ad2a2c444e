"""The ledger's people: their identity, the keys they are found by, and its erasure."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator

from assistant.domain.consent import Identity, fold
from assistant.domain.identity import email_key
from assistant.store.ledger.sql import SEARCH_DELETE, SEARCH_INSERT, SUBJECT_INSERT
from assistant.store.ledger.subject_forms import (
    lean_email_key,
    lean_phone_key,
    lean_row,
    lean_time,
)
from assistant.store.ledger.times import search_words
from assistant.store.phones import phone_key

ERASED_SORT = "\uffff"  # erased people (and nameless ones) list last


def sort_key(identity: Identity) -> str:
    """Where a person lists in name order: their folded last and first names; without a
    name, their email, else their reference. People of the same name list in the order they
    were added (the email and reference once written after the names doubled the size of
    the table's largest index for the few people that share a name)."""
    return " ".join(fold(x) for x in (identity.last_name, identity.first_name) if x)[:300] \
        or fold(identity.email)[:300] or fold(identity.customer_ref)[:300] or ERASED_SORT


def insert_subject(conn: sqlite3.Connection, identity: Identity, uid: str, salt: bytes,
                   now: str, *, subject_id: int | None = None, erased_at: str | None = None,
                   updated_at: str | None = None) -> int:
    """Add a person (inside the caller's transaction); their id. The times and ``uid`` in
    their text form (stored in their lean one, :mod:`.subject_forms`)."""
    cur = conn.execute(SUBJECT_INSERT, lean_row((
        subject_id, uid, identity.email, email_key(identity.email) or None,
        identity.customer_ref or None, identity.first_name, identity.last_name,
        identity.phone, salt if erased_at is None else None,
        sort_key(identity) if erased_at is None else ERASED_SORT, now, updated_at or now,
        erased_at, phone_key(identity.phone) if erased_at is None else None)))
    new_id = int(cur.lastrowid or 0)
    if erased_at is None:
        words = _words(identity)
        if words:
            conn.execute(SEARCH_INSERT, (new_id, words))
    return new_id


def write_identity(conn: sqlite3.Connection, subject_id: int, identity: Identity,
                   now: str) -> None:
    """Correct a person's identity (inside the caller's transaction)."""
    delete_search_keys(conn, subject_id)
    conn.execute(
        "UPDATE subject SET email = ?, email_key = ?, customer_ref = ?, first_name = ?, "
        "last_name = ?, phone = ?, phone_key = ?, sort_key = ?, updated_at = ? "
        "WHERE id = ?",
        (identity.email, lean_email_key(email_key(identity.email) or None, identity.email),
         identity.customer_ref or None, identity.first_name, identity.last_name,
         identity.phone, lean_phone_key(phone_key(identity.phone)), sort_key(identity),
         lean_time(now),
         subject_id))
    words = _words(identity)
    if words:
        conn.execute(SEARCH_INSERT, (subject_id, words))


def _words(identity: Identity) -> str:
    return search_words(identity.email, identity.customer_ref, identity.first_name,
                        identity.last_name, identity.phone)


def delete_search_keys(conn: sqlite3.Connection, subject_id: int) -> None:
    """Take a person out of the search index. The index is contentless: it forgets a row
    when given the words it was made of, which are those of the identity the person has
    (every writer of an identity writes its words, :func:`search_words`)."""
    row = conn.execute(
        "SELECT email, coalesce(customer_ref, ''), first_name, last_name, phone, erased_at "
        "FROM subject WHERE id = ?", (subject_id,)).fetchone()
    if row is None or row[5] is not None:
        return
    words = search_words(*row[:5])
    if words:
        conn.execute(SEARCH_DELETE, (subject_id, words))


def blank_identity(conn: sqlite3.Connection, subject_id: int, now: str) -> None:
    """An erased person's identity, salt, search words and signatures removed (the
    connection overwrites what is deleted: no old copy stays in the file). The search
    index keeps a word it was told to forget in its older segments until they are merged:
    it is rewritten whole, so that the person's words leave the file now."""
    delete_search_keys(conn, subject_id)
    conn.execute("INSERT INTO subject_search (subject_search) VALUES ('optimize')")
    # a signature is the person's too (its hash stays in the events)
    conn.execute("DELETE FROM consent_signature WHERE subject_id = ?", (subject_id,))
    conn.execute(
        "UPDATE subject SET email = '', email_key = NULL, customer_ref = NULL, "
        "first_name = '', last_name = '', phone = '', phone_key = NULL, salt = NULL, "
        "sort_key = char(65535), updated_at = ?, erased_at = ? WHERE id = ?",
        (lean_time(now), lean_time(now), subject_id))


def new_uid() -> str:
    """A random 128-bit id (as random as a UUID 4, without its formatting cost)."""
    return os.urandom(16).hex()


def new_salt() -> bytes:
    return os.urandom(16)


def uids_and_salts(batch: int = 2000) -> Iterator[tuple[str, bytes]]:
    """Pairs of :func:`new_uid` and :func:`new_salt` without end, reading the system's
    random source once per ``batch`` pairs (a CSV import makes a million people)."""
    while True:
        random = os.urandom(32 * batch)
        for at in range(0, len(random), 32):
            yield random[at:at + 16].hex(), random[at + 16:at + 32]
