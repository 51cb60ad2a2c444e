"""Appending one event to the ledger, inside the caller's transaction: the chain, the
event, and the person's current state for its purpose."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from assistant.domain.consent import (
    GENESIS,
    SCHEME,
    Channel,
    EventKind,
    event_fields,
    event_hash,
)
from assistant.store.ledger.people import blank_identity
from assistant.store.ledger.sql import BATCH_INSERT, EVENT_INSERT, STATUS_UPSERT
from assistant.store.ledger.times import hash_blob, utc_micros


@dataclass(frozen=True)
class NewEvent:
    """An event to append, with the texts its hash covers beside the ids it is stored by."""

    subject_id: int
    subject_uid: str
    identity_hash: str
    purpose_id: int | None  # None for an erasure
    purpose_code: str
    kind: str  # an EventKind value
    occurred_at: str
    recorded_at: str
    channel: str
    channel_detail: str = ""
    notice_id: int | None = None
    notice_version: str = ""
    notice_sha256: str = ""
    evidence: str = ""
    recorded_by: str = ""
    date_unknown: bool = False


class Chain:
    """The ledger's head, read once, advanced by each event appended through it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        row = conn.execute(
            "SELECT seq, hash FROM consent_event ORDER BY seq DESC LIMIT 1").fetchone()
        self.seq, self.head = (int(row[0]), bytes(row[1]).hex()) if row else (0, GENESIS)

    def next(self, *, subject_uid: str, identity_hash_: str, purpose_code: str,
             kind: str, occurred_at: str, recorded_at: str, channel: str, channel_detail: str,
             notice_version: str, notice_sha: str, evidence: str, recorded_by: str,
             source_sha: str, source_line: int | None, date_unknown: bool = False
             ) -> tuple[int, str, str]:
        """The ``(seq, prev_hash, hash)`` of the next event, hashed with the current scheme
        (:data:`~assistant.domain.consent.SCHEME`), and advance the head."""
        seq = self.seq + 1
        digest = event_hash(event_fields(
            SCHEME, seq=seq, prev_hash=self.head, subject_uid=subject_uid,
            identity_hash=identity_hash_, purpose=purpose_code, kind=kind,
            occurred_at=occurred_at, date_unknown=date_unknown, recorded_at=recorded_at,
            channel=channel, channel_detail=channel_detail, notice_version=notice_version,
            notice_sha256=notice_sha, evidence=evidence, recorded_by=recorded_by,
            source_sha256=source_sha, source_line=source_line), scheme=SCHEME)
        prev, self.seq, self.head = self.head, seq, digest
        return seq, prev, digest


def append(conn: sqlite3.Connection, event: NewEvent, *, chain: Chain | None = None) -> int:
    """Append one event typed in (no source file), inside the caller's transaction, and
    keep the person's current state: the event's seq. ``chain``: the head of a
    transaction that appends several (read from the ledger when not given). An erasure
    goes through :func:`erase`, which also blanks the identity."""
    if event.kind == EventKind.ERASED:
        raise ValueError("an erasure goes through erase()")
    if event.purpose_id is None:
        raise ValueError("a consent event names its purpose")
    seq = _insert(conn, event, chain or Chain(conn))
    conn.execute(STATUS_UPSERT, (event.subject_id, event.purpose_id, event.kind,
                                 utc_micros(event.occurred_at), int(event.date_unknown), seq))
    return seq


def erase(conn: sqlite3.Connection, *, subject_id: int, subject_uid: str, identity_hash: str,
          when: str, reason: str, recorded_by: str) -> int:
    """Erase a person inside the caller's transaction: the erasure event appended, their
    identity, salt, search keys and signatures removed, every status of theirs ended. The
    erasure event's seq."""
    seq = _insert(conn, NewEvent(
        subject_id, subject_uid, identity_hash, None, "", EventKind.ERASED.value, when, when,
        Channel.SYSTEM.value, evidence=reason, recorded_by=recorded_by), Chain(conn))
    blank_identity(conn, subject_id, when)
    conn.execute(
        "UPDATE consent_status SET kind = 'erased', occurred_at = ?, "
        "date_unknown = 0, event_seq = ? WHERE subject_id = ?",
        (utc_micros(when), seq, subject_id))
    return seq


def typed_batch(conn: sqlite3.Connection, recorded_at: str, recorded_by: str) -> int:
    """The batch of an event typed in at ``recorded_at`` by ``recorded_by``: the last one
    when it is theirs at that moment (a person's choices recorded together), else a new one."""
    row = conn.execute("SELECT id, recorded_at, recorded_by, import_id FROM consent_batch "
                       "ORDER BY id DESC LIMIT 1").fetchone()
    if row is not None and row[1] == recorded_at and row[2] == recorded_by and row[3] is None:
        return int(row[0])
    return int(conn.execute(BATCH_INSERT, (recorded_at, recorded_by, None)).lastrowid or 0)


def _insert(conn: sqlite3.Connection, e: NewEvent, chain: Chain) -> int:
    occurred = utc_micros(e.occurred_at)  # refused before the chain moves if not canonical
    seq, _, digest = chain.next(
        subject_uid=e.subject_uid, identity_hash_=e.identity_hash, purpose_code=e.purpose_code,
        kind=e.kind, occurred_at=e.occurred_at, recorded_at=e.recorded_at, channel=e.channel,
        channel_detail=e.channel_detail, notice_version=e.notice_version,
        notice_sha=e.notice_sha256, evidence=e.evidence, recorded_by=e.recorded_by,
        source_sha="", source_line=None, date_unknown=e.date_unknown)
    conn.execute(EVENT_INSERT, (
        seq, SCHEME, e.subject_id, hash_blob(e.identity_hash), e.purpose_id, e.kind, occurred,
        int(e.date_unknown), e.channel, e.channel_detail, e.notice_id, e.evidence,
        typed_batch(conn, e.recorded_at, e.recorded_by), None, bytes.fromhex(digest)))
    return seq
