"""The SQL of the ledger's tables, shared by its writers and by the readers of the store."""

from __future__ import annotations

import sqlite3

from assistant.domain.consent import CANONICAL_FIELDS, SCHEME_TAGS, SEPARATOR
from assistant.store.ledger.subject_forms import COLUMNS as SUBJECT_COLUMNS
from assistant.store.ledger.subject_forms import text_sql
from assistant.store.ledger.times import SQL_TIME_TEXT

# The person's uid ``s.uid`` as the canonical form and every reader takes it: 32 hex digits
# (stored as its 16 bytes; as text in a file from before the lean rows, which verify reads
# without migrating it).
UID_TEXT = text_sql("s")["uid"]


def event_table(conn: sqlite3.Connection) -> str:
    """Where to read the events as text: the view of the lean rows, or on a file from before
    them (verify and the exports read a file without migrating it) the table itself."""
    found = conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'view' AND "
                         "name = 'consent_event_text'").fetchone()
    return "consent_event_text" if found else "consent_event"


# The event columns in insert order (the lean row: hashes as bytes, the time as integer
# microseconds, when and by whom it was recorded in its batch, no previous hash).
EVENT_INSERT = (
    "INSERT INTO consent_event (seq, scheme, subject_id, identity_hash, purpose_id, kind, "
    "occurred_at, date_unknown, channel, channel_detail, notice_id, evidence, batch_id, "
    "source_line, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
BATCH_INSERT = ("INSERT INTO consent_batch (recorded_at, recorded_by, import_id) "
                "VALUES (?, ?, ?)")
# Every event as text (the view ``consent_event_text``: times and hashes as the canonical
# form writes them) and the SELECT that gives every value the hash covers.
EVENT_SELECT = (
    "SELECT e.seq, e.prev_hash, " + UID_TEXT + ", e.identity_hash, coalesce(p.code, ''), e.kind, "
    "e.occurred_at, e.recorded_at, e.channel, e.channel_detail, coalesce(n.version, ''), "
    "coalesce(n.sha256, ''), e.evidence, e.recorded_by, coalesce(i.sha256, ''), "
    "e.source_line, e.hash, e.scheme, e.subject_id, e.purpose_id, e.notice_id, e.import_id, "
    "e.date_unknown "
    "FROM consent_event_text e "
    "JOIN subject s ON s.id = e.subject_id "
    "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
    "LEFT JOIN notice_version n ON n.id = e.notice_id "
    "LEFT JOIN consent_import i ON i.id = e.import_id "
)
EVENT_JOINS = EVENT_SELECT[EVENT_SELECT.index("FROM consent_event_text e"):]
# The same joins on the stored rows (``b`` the batch), for the reads that go through every
# event (verify): no conversion of the columns they do not need.
LEAN_JOINS = (
    "FROM consent_event e "
    "JOIN consent_batch b ON b.id = e.batch_id "
    "JOIN subject s ON s.id = e.subject_id "
    "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
    "LEFT JOIN notice_version n ON n.id = e.notice_id "
    "LEFT JOIN consent_import i ON i.id = b.import_id "
)

# When an event replaces a person's current state for a purpose: it is newer (by time, then
# by order), and assistant.domain.consent.supersedes() lets it (a refusal ends no consent; a
# consent of unknown date replaces no refusal or withdrawal; nothing follows an erasure).
STATUS_CONFLICT = (
    "ON CONFLICT (subject_id, purpose_id) DO UPDATE SET kind = excluded.kind, "
    "occurred_at = excluded.occurred_at, date_unknown = excluded.date_unknown, "
    "event_seq = excluded.event_seq "
    "WHERE (excluded.occurred_at > consent_status.occurred_at OR "
    "(excluded.occurred_at = consent_status.occurred_at "
    "AND excluded.event_seq > consent_status.event_seq)) "
    "AND consent_status.kind != 'erased' "
    "AND NOT (excluded.kind = 'refused' AND consent_status.kind = 'granted') "
    "AND NOT (excluded.date_unknown = 1 AND excluded.kind = 'granted' "
    "AND (consent_status.kind = 'refused' OR consent_status.kind = 'withdrawn'))"
)
STATUS_UPSERT = (
    "INSERT INTO consent_status (subject_id, purpose_id, kind, occurred_at, date_unknown, "
    "event_seq) VALUES (?, ?, ?, ?, ?, ?) " + STATUS_CONFLICT
)
# The same from the ledger's rows ``seq BETWEEN ? AND ?``, in chain order (a status's time
# is the event's as stored: integer microseconds).
STATUS_FROM_EVENTS = (
    "INSERT INTO consent_status (subject_id, purpose_id, kind, occurred_at, date_unknown, "
    "event_seq) SELECT subject_id, purpose_id, kind, occurred_at, date_unknown, seq "
    "FROM consent_event WHERE purpose_id IS NOT NULL AND seq BETWEEN ? AND ? ORDER BY seq "
    + STATUS_CONFLICT
)

# The columns of a new person of an import (never erased), in the order of its tuples.
SUBJECT_NEW_COLUMNS = ("id", "uid", "email", "email_key", "customer_ref", "first_name",
                       "last_name", "phone", "phone_key", "salt", "sort_key", "created_at",
                       "updated_at")
# Every column of a person, in their lean form (ledger/subject_forms.py).
SUBJECT_INSERT = (f"INSERT INTO subject ({', '.join(SUBJECT_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(SUBJECT_COLUMNS))})")
SEARCH_TABLE = "subject_search"
SEARCH_INSERT = "INSERT INTO subject_search (rowid, keys) VALUES (?, ?)"
# A contentless index forgets a row when given its words again
SEARCH_DELETE = ("INSERT INTO subject_search (subject_search, rowid, keys) "
                 "VALUES ('delete', ?, ?)")

# Where each field of the canonical form (assistant.domain.consent.CANONICAL_FIELDS) is, in
# the joins of LEAN_JOINS (OLD_CANONICAL_SQL: of EVENT_SELECT on a file from before the lean
# rows, which verify reads without migrating it), written as canonical() writes it: an
# absent value (no purpose for an erasure, no wording, typed in, no line) as nothing, an
# integer in decimal. The previous hash is not in the row: the form has nothing in its place,
# and verify writes it in after the second separator.
CANONICAL_SQL = {
    "seq": "e.seq", "prev_hash": "''", "subject": UID_TEXT,
    "identity_hash": "lower(hex(e.identity_hash))", "purpose": "coalesce(p.code, '')",
    "kind": "e.kind", "occurred_at": SQL_TIME_TEXT.format(x="e.occurred_at"),
    "date_unknown": "e.date_unknown", "recorded_at": "b.recorded_at", "channel": "e.channel",
    "channel_detail": "e.channel_detail", "notice_version": "coalesce(n.version, '')",
    "notice_sha256": "coalesce(n.sha256, '')", "evidence": "e.evidence",
    "recorded_by": "b.recorded_by", "source_sha256": "coalesce(i.sha256, '')",
    "source_line": "coalesce(e.source_line, '')",
}
OLD_CANONICAL_SQL = {**CANONICAL_SQL, "prev_hash": "e.prev_hash",
                     "identity_hash": "e.identity_hash", "occurred_at": "e.occurred_at",
                     "recorded_at": "e.recorded_at", "recorded_by": "e.recorded_by"}


def canonical_printf(scheme: int, absent: frozenset[str] = frozenset(), *,
                     lean: bool = True) -> str:
    """An SQL expression giving an event's canonical form in ``scheme``, as text (SQLite
    joins the fields in one printf(): Python then only hashes the bytes). ``absent``: the
    fields an older file has no column for (``verify`` reads a file without migrating it);
    no event of a scheme that has them can be there, the expression only has to compile.
    ``lean``: of the rows as stored now, with nothing where the previous hash goes
    (otherwise of an older file's rows, which hold it)."""
    names = CANONICAL_FIELDS[scheme][1:]
    where = CANONICAL_SQL if lean else OLD_CANONICAL_SQL
    return ("printf('" + SEPARATOR.join([SCHEME_TAGS[scheme], *("%s" for _ in names)])
            + "', " + ", ".join("NULL" if name in absent else where[name]
                                for name in names) + ")")


# A new person of an import, in the order of SUBJECT_NEW_COLUMNS.
SUBJECT_INSERT_NEW = (f"INSERT INTO subject ({', '.join(SUBJECT_NEW_COLUMNS)}) "
                      f"VALUES ({', '.join('?' * len(SUBJECT_NEW_COLUMNS))})")
