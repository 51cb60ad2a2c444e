"""Everyone's current consent state: derived from the ledger's events
(:func:`ledger_statuses`, in batches, with the people they concern), or read from the
status table while its guards hold (:func:`status_source`); and one person's or one
page's states (:class:`StatusMixin`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from assistant.domain.clock import format_utc
from assistant.domain.consent import (
    EventKind,
    add_months,
    supersedes,
)
from assistant.store.consents.purposes import PurposesMixin
from assistant.store.consents.records import StatusEntry
from assistant.store.ledger.sql import UID_TEXT, event_table
from assistant.store.ledger.times import micros_text

STATUS_GUARDS = "consent_status_"  # the schema's triggers that keep the table to the ledger


def ledger_statuses(conn: sqlite3.Connection, subject_ids: Sequence[int] | None = None
                    ) -> Iterator[tuple[int, int, str, str, int, int]]:
    """Everyone's current state derived from the events alone:
    ``(subject_id, purpose_id, kind, occurred_at, date_unknown, event_seq)`` in person then
    purpose order, the time as canonical UTC text. The rule is the status table's own
    (STATUS_CONFLICT): each event, in the ledger's order, replaces the state if it is newer
    and :func:`~assistant.domain.consent.supersedes` lets it; an erasure ends every purpose.
    ``subject_ids``: only these people (a page of the list)."""
    # the lean rows' times are integers, in the same order as their text: read as they are
    # stored, written as text once per status (a dossier read without migrating it holds
    # text, and may be older than unknown dates)
    as_text: Callable[[Any], str] = micros_text if _lean_events(conn) else str
    for sid, pid, kind, when, unknown, seq in _derived(conn, subject_ids):
        yield sid, pid, kind, as_text(when), unknown, seq


def ledger_statuses_stored(conn: sqlite3.Connection, subject_ids: Sequence[int] | None = None
                           ) -> Iterator[tuple[int, int, str, int, int, int]]:
    """:func:`ledger_statuses` with each time as consent_status holds it: integer
    microseconds (UTC). Of a file whose events hold their times that way."""
    if not _lean_events(conn):
        raise ValueError("the events of this file hold their times as text")
    return _derived(conn, subject_ids)


def _lean_events(conn: sqlite3.Connection) -> bool:
    return event_table(conn) == "consent_event_text"


def _derived(conn: sqlite3.Connection, subject_ids: Sequence[int] | None
             ) -> Iterator[tuple[int, int, str, Any, int, int]]:
    """The statuses of :func:`ledger_statuses`, each time as the events store it."""
    where, args = "", tuple[int, ...]()
    if subject_ids is not None:
        where = f" AND subject_id IN ({','.join('?' * len(subject_ids))})"
        args = tuple(subject_ids)
    erased = {sid: (when, seq) for sid, seq, when in conn.execute(
        "SELECT subject_id, seq, occurred_at FROM consent_event WHERE purpose_id IS NULL"
        + where, args)}
    unknown_column = "date_unknown" if any(r[1] == "date_unknown" for r in conn.execute(
        "PRAGMA table_info(consent_event)")) else "0"
    cursor = conn.execute(
        f"SELECT subject_id, purpose_id, seq, kind, occurred_at, {unknown_column} FROM "
        "consent_event WHERE purpose_id IS NOT NULL" + where
        + " ORDER BY subject_id, purpose_id, seq", args)
    key: tuple[int, int] | None = None
    kind, unknown, last = "", 0, 0
    when: Any = 0  # as stored: integer microseconds, or text
    for sid, pid, seq, new_kind, new_when, new_unknown in cursor:
        if (sid, pid) != key:
            if key is not None:
                yield _settled(key, kind, when, unknown, last, erased)
            key, kind, when, unknown, last = (sid, pid), new_kind, new_when, new_unknown, seq
        elif (new_when > when or (new_when == when and seq > last)) and supersedes(
                kind, new_kind, new_date_unknown=bool(new_unknown)):
            kind, when, unknown, last = new_kind, new_when, new_unknown, seq
    if key is not None:
        yield _settled(key, kind, when, unknown, last, erased)


def ledger_status_batches(conn: sqlite3.Connection, size: int
                          ) -> Iterator[list[tuple[int, int, str, str, int, int]]]:
    """:func:`ledger_statuses` in lists of ``size`` (an export writes them batch by batch)."""
    import itertools

    statuses = ledger_statuses(conn)
    while batch := list(itertools.islice(statuses, size)):
        yield batch


def subjects_by_id(conn: sqlite3.Connection, ids: Sequence[int]
                   ) -> dict[int, tuple[str, str, str, str, str, str]]:
    """``{id: (email, customer_ref, first_name, last_name, phone, uid)}`` of these people."""
    out: dict[int, tuple[str, str, str, str, str, str]] = {}
    unique = sorted(set(ids))
    for at in range(0, len(unique), 500):
        part = unique[at:at + 500]
        for r in conn.execute(
                "SELECT id, email, coalesce(customer_ref, ''), first_name, last_name, phone, "
                f"{UID_TEXT} FROM subject s WHERE id IN ({','.join('?' * len(part))})", part):
            out[r[0]] = tuple(r[1:])  # type: ignore[assignment]
    return out


def _settled(key: tuple[int, int], kind: str, when: Any, unknown: int, seq: int,
             erased: dict[int, tuple[Any, int]]) -> tuple[int, int, str, Any, int, int]:
    if key[0] in erased:
        at, erasure = erased[key[0]]
        return key[0], key[1], "erased", at, 0, erasure
    return key[0], key[1], kind, when, unknown, seq


def status_micros(moment: datetime) -> int:
    """An aware moment as the statuses hold a time: microseconds since 1970 (UTC), so that
    a cutoff compares integers in the index (before 1970: negative, earlier than any)."""
    return (moment - _EPOCH) // _MICROSECOND


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def status_time_text(micros: int | None) -> str:
    """A status's time as the canonical UTC text the readers above the store take ("" for
    none: the figure of no status)."""
    return "" if micros is None else micros_text(micros)


def statuses_hold_micros(conn: sqlite3.Connection) -> bool:
    """Whether consent_status holds its times as integer microseconds (a file read without
    migrating it, by verify, may still hold them as text)."""
    return any(r[1] == "occurred_at" and str(r[2]).upper() == "INTEGER"
               for r in conn.execute("PRAGMA table_info(consent_status)"))


def status_source(conn: sqlite3.Connection) -> str:
    """What to read the current statuses from, as ``FROM {status_source(conn)} AS cs``
    (times as integer microseconds, :func:`status_time_text` turns them into text):
    the table while its guards are intact (they refuse a status no event supports);
    otherwise the statuses derived from the ledger, kept in a temporary table for as long
    as the ledger does not change. Either way no page, list or figure of the window shows
    a consent the chain does not hold. (Exports and printed documents always derive them:
    :func:`ledger_statuses`.)"""
    from assistant.store.migrations import intact_triggers

    if intact_triggers(conn, STATUS_GUARDS):
        return "consent_status"
    state = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM consent_event").fetchone()
    made = _DERIVED_TABLES.get(id(conn))
    # the id of a closed connection is given again to a new one: check the table is there
    if made != tuple(state) or conn.execute(
            "SELECT 1 FROM temp.sqlite_schema WHERE name = 'ledger_status'").fetchone() is None:
        query_only = conn.execute("PRAGMA query_only").fetchone()[0]
        conn.execute("PRAGMA query_only = OFF")  # a temporary table changes no file
        try:
            conn.execute("DROP TABLE IF EXISTS temp.ledger_status")
            # the same columns as consent_status, times as integer microseconds
            conn.execute("CREATE TEMP TABLE ledger_status (subject_id INTEGER, "
                         "purpose_id INTEGER, kind TEXT, occurred_at INTEGER, "
                         "date_unknown INTEGER, event_seq INTEGER, "
                         "PRIMARY KEY (subject_id, purpose_id)) WITHOUT ROWID")
            conn.executemany("INSERT INTO temp.ledger_status VALUES (?, ?, ?, ?, ?, ?)",
                             ledger_statuses_stored(conn))
            conn.execute("CREATE INDEX temp.ledger_status_by_purpose ON ledger_status "
                         "(purpose_id, kind, occurred_at, date_unknown)")
        finally:
            conn.execute(f"PRAGMA query_only = {int(query_only)}")
        _DERIVED_TABLES[id(conn)] = tuple(state)
    return "temp.ledger_status"


_DERIVED_TABLES: dict[int, tuple[int, int]] = {}  # connection -> the ledger it was made of


class StatusMixin(PurposesMixin):
    """The current states of people, as the ledger holds them."""

    def current_states(self, subject_ids: Sequence[int]
                       ) -> dict[int, dict[int, tuple[str, str, int]]]:
        """``{subject_id: {purpose_id: (kind, occurred_at, date_unknown)}}`` derived from
        the events (:func:`ledger_statuses`), not from consent_status: what a person's page
        and the people list show is what the chain holds. For a page of people."""
        out: dict[int, dict[int, tuple[str, str, int]]] = {}
        for at in range(0, len(subject_ids), 500):
            for sid, pid, kind, when, unknown, _seq in ledger_statuses(
                    self.conn, list(subject_ids[at:at + 500])):
                out.setdefault(sid, {})[pid] = (kind, when, unknown)
        return out

    def statuses(self, subject_id: int) -> list[StatusEntry]:
        """The current state of a person for every purpose (``kind`` None: never asked),
        as the ledger holds it."""
        current = {pid: (kind, when, bool(unknown)) for pid, (kind, when, unknown)
                   in self.current_states([subject_id]).get(subject_id, {}).items()}
        out = []
        for p in self.purposes():
            kind, when, unknown = current.get(p.id or 0, (None, "", False))
            if kind is None and p.archived:
                continue
            expires = ""
            # a consent whose date the source did not give has no renewal date either: one
            # counted from the import would pass the import's date off as the consent's
            if kind == "granted" and p.validity_months and not unknown:
                moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
                expires = format_utc(add_months(moment, p.validity_months))
            out.append(StatusEntry(int(p.id or 0), p.code, p.label,
                                   EventKind(kind) if kind else None, when, expires, unknown))
        return out

