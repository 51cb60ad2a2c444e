"""Reads of the ledger for the files written from it (CSV and DPV exports): the rows, in
batches, as they are written out."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from assistant.store.ledger.sql import EVENT_JOINS, UID_TEXT


def status_count(conn: sqlite3.Connection) -> int:
    """How many (person, purpose) statuses there are (a progress bar's total)."""
    return int(conn.execute("SELECT count(*) FROM consent_status").fetchone()[0])


def events_of_people(conn: sqlite3.Connection, subject_ids: Sequence[int]
                     ) -> dict[tuple[int, int], list[tuple[Any, ...]]]:
    """``(person, purpose) -> [(seq, kind, occurred_at, recorded_at, channel, notice_id,
    hash, date_unknown)]`` of the people whose ids run from the least to the greatest of
    ``subject_ids``, in time order (erasures left out)."""
    out: dict[tuple[int, int], list[tuple[Any, ...]]] = {}
    lo, hi = min(subject_ids), max(subject_ids)
    for row in conn.execute(
            "SELECT subject_id, purpose_id, seq, kind, occurred_at, recorded_at, channel, "
            "notice_id, hash, date_unknown FROM consent_event_text "
            "WHERE subject_id BETWEEN ? AND ? "
            "AND purpose_id IS NOT NULL ORDER BY subject_id, purpose_id, occurred_at, seq",
            (lo, hi)):
        out.setdefault((row[0], row[1]), []).append(row[2:])
    return out


def event_rows(conn: sqlite3.Connection, batch: int) -> Iterator[list[tuple[Any, ...]]]:
    """Every event in chain order, ``batch`` at a time, as the ledger's CSV export writes
    it: seq, occurred_at, date_unknown, kind, purpose code, the person's email, reference,
    first and last name, phone, channel, detail, wording version and SHA-256, evidence,
    recorded_by, recorded_at, ``file:line`` of its source, the person's uid, hash and
    previous hash."""
    last = 0
    while True:
        rows = conn.execute(
            "SELECT e.seq, e.occurred_at, e.date_unknown, e.kind, coalesce(p.code, ''), "
            "s.email, coalesce(s.customer_ref, ''), s.first_name, s.last_name, s.phone, "
            "e.channel, e.channel_detail, coalesce(n.version, ''), coalesce(n.sha256, ''), "
            "e.evidence, e.recorded_by, e.recorded_at, "
            "coalesce(i.file_name || ':' || e.source_line, ''), " + UID_TEXT + ", e.hash, "
            "e.prev_hash "
            + EVENT_JOINS + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
