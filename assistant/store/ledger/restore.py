"""Writing a ledger read from a JSON dossier as it was: the people with their ids and salts,
the events with their hashes (checked against the chain before they get here), the imports
they cite; then the statuses derived from it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from assistant.domain.consent import Identity
from assistant.store.ledger.people import insert_subject
from assistant.store.ledger.sql import (
    BATCH_INSERT,
    EVENT_INSERT,
    EVENT_SELECT,
    STATUS_FROM_EVENTS,
)
from assistant.store.ledger.times import hash_blob, utc_micros

BATCH = 20_000


@dataclass(frozen=True)
class KeptPerson:
    uid: str
    identity: Identity  # blank once erased
    salt: bytes  # b"" once erased
    created_at: str
    updated_at: str
    erased_at: str | None


@dataclass(frozen=True)
class KeptEvent:
    """An event as the JSON holds it: the person by uid, the purpose by code, the wording
    by (purpose code, version)."""

    seq: int
    scheme: int
    subject_uid: str
    identity_hash: str
    purpose: str | None
    kind: str
    occurred_at: str
    recorded_at: str
    channel: str
    channel_detail: str
    notice_version: str | None
    evidence: str
    recorded_by: str
    source_sha256: str
    source_file: str
    source_line: int | None
    prev_hash: str
    hash: str
    date_unknown: bool


def restore_people(conn: sqlite3.Connection, people: Iterable[KeptPerson]) -> None:
    """Add the people, numbered 1, 2, 3... in the order given (inside the caller's
    transaction)."""
    for n, p in enumerate(people, start=1):
        insert_subject(conn, p.identity, p.uid, p.salt, p.created_at, subject_id=n,
                       erased_at=p.erased_at, updated_at=p.updated_at)


def restore_events(conn: sqlite3.Connection, events: Iterable[KeptEvent]) -> None:
    """Write the events as they were, in chain order, and derive everyone's status (inside
    the caller's transaction, on a ledger that has none yet). An event whose time or
    hashes are not written in the canonical form raises
    :class:`~assistant.store.ledger.times.NotCanonical` (a ValueError): the ledger could not
    give them back as they were hashed."""
    subjects = dict(conn.execute("SELECT uid, id FROM subject_text").fetchall())
    purposes = dict(conn.execute("SELECT code, id FROM consent_purpose").fetchall())
    notices = {(code, version): nid for code, version, nid in conn.execute(
        "SELECT p.code, n.version, n.id FROM notice_version n "
        "JOIN consent_purpose p ON p.id = n.purpose_id")}
    imports: dict[str, int] = {}
    batches: dict[tuple[str, str, int | None], int] = {}
    rows: list[tuple[object, ...]] = []
    for e in events:
        import_id = None
        if e.source_sha256:
            import_id = imports.get(e.source_sha256)
            if import_id is None:
                cur = conn.execute(
                    "INSERT INTO consent_import (sha256, file_name, imported_at, recorded_by, "
                    "rows_read, events_added) VALUES (?, ?, ?, ?, 0, 0)",
                    (e.source_sha256, e.source_file, e.recorded_at, e.recorded_by))
                import_id = imports[e.source_sha256] = int(cur.lastrowid or 0)
            conn.execute("UPDATE consent_import SET events_added = events_added + 1, "
                         "rows_read = max(rows_read, ?) WHERE id = ?",
                         (e.source_line, import_id))
        batch = batches.get((e.recorded_at, e.recorded_by, import_id))
        if batch is None:
            batch = batches[e.recorded_at, e.recorded_by, import_id] = int(conn.execute(
                BATCH_INSERT, (e.recorded_at, e.recorded_by, import_id)).lastrowid or 0)
        rows.append((e.seq, e.scheme, subjects[e.subject_uid], hash_blob(e.identity_hash),
                     purposes.get(e.purpose) if e.purpose else None, e.kind,
                     utc_micros(e.occurred_at), int(e.date_unknown), e.channel,
                     e.channel_detail,
                     notices.get((e.purpose, e.notice_version)) if e.notice_version else None,
                     e.evidence, batch, e.source_line, hash_blob(e.hash)))
        if len(rows) >= BATCH:
            conn.executemany(EVENT_INSERT, rows)
            rows.clear()
    if rows:
        conn.executemany(EVENT_INSERT, rows)
    rebuild_status(conn)


def rebuild_status(conn: sqlite3.Connection) -> None:
    """Derive everyone's current state from the whole ledger (after a JSON import)."""
    conn.execute("DELETE FROM consent_status")
    conn.execute(STATUS_FROM_EVENTS, (1, 1 << 62))
    conn.execute(
        "UPDATE consent_status SET kind = 'erased', occurred_at = e.occurred_at, "
        "date_unknown = 0, event_seq = e.seq FROM (SELECT subject_id, seq, occurred_at "
        "FROM consent_event WHERE kind = 'erased') AS e "
        "WHERE consent_status.subject_id = e.subject_id")


def kept_people(conn: sqlite3.Connection) -> Iterator[KeptPerson]:
    """Every person, in id order, as :func:`restore_people` takes them back."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, uid, email, coalesce(customer_ref, ''), first_name, last_name, phone, "
            "salt, created_at, updated_at, erased_at FROM subject_text WHERE id > ? ORDER BY id "
            "LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            yield KeptPerson(r[1], Identity(r[2], r[3], r[4], r[5], r[6]),
                             bytes(r[7]) if r[7] else b"", r[8], r[9], r[10])
        last = rows[-1][0]


def kept_events(conn: sqlite3.Connection) -> Iterator[KeptEvent]:
    """Every event, in chain order, as :func:`restore_events` takes them back."""
    files = dict(conn.execute("SELECT id, file_name FROM consent_import").fetchall())
    last = 0
    while True:
        rows = conn.execute(
            EVENT_SELECT + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            yield KeptEvent(r[0], r[17], r[2], r[3], r[4] or None, r[5], r[6], r[7], r[8],
                            r[9], r[10] or None, r[12], r[13], r[14], files.get(r[21], ""),
                            r[15], r[1], r[16], bool(r[22]))
        last = rows[-1][0]
