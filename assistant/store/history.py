"""The change history of the register (organisation, processing, processors) and of the
rights-request and breach registers, hash-chained, and the seals of people's identities.

Every write passes here, whatever code makes it: when the app opens a dossier for writing it
gives its connection TEMP triggers (they live in that connection only, never in the file).
They note each row of the tracked tables an INSERT, UPDATE or DELETE touches, with the row
as it was before the transaction's first change to it. When the outermost transaction of
:meth:`Dossier.transaction` commits, :func:`flush` turns the notes into one
:class:`~assistant.domain.history.HistoryEntry` per record changed (who, when, which fields,
the record's new content hash), chained to the entry before. Identities (``subject``, up to
millions of rows) are *sealed* instead: a trigger writes their content hash to
``subject_seal`` with each write, no history entry.

An edit made outside the app (a database editor, a script, a bit flipped on the disk) fires
no trigger: the record's content no longer matches the hash of its last entry or its seal,
and :func:`check` names it. As with the consent ledger, the chain proves nothing against
someone who rewrites it whole: the PDF prints its head and the register's version.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import now_text
from assistant.domain.history import (
    BASELINE,
    BREACH,
    CHANGED,
    CREATED,
    DELETED,
    GENESIS,
    HISTORY_AREAS,
    ORGANISATION,
    PROCESSING,
    PROCESSOR,
    REGISTER_AREAS,
    REQUEST,
    SUBJECT,
    UPGRADE,
    HistoryEntry,
    changed_fields,
    content_sha,
    record_title,
    sealer,
)
from assistant.store.ledger.subject_forms import COLUMNS as PEOPLE_COLUMNS
from assistant.store.ledger.subject_forms import seal_of
from assistant.store.verify_seals import broken_seals

TABLES = {ORGANISATION: "organisation", PROCESSING: "processing", PROCESSOR: "processor",
          REQUEST: "rights_request", BREACH: "breach"}
SEALED_TABLES = {SUBJECT: "subject"}
# A processing's processors are part of its content (a link row has no history of its own).
LINKS = ("processing_processor", "processing_id", "processor_id")
if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = ("seq", "at", "actor", "area", "record", "action", "fields", "label", "title",
            "content_sha", "prev_hash", "hash")


def has_history(conn: sqlite3.Connection) -> bool:
    """Whether the dossier's schema has the history (an older one, read without migrating,
    has not)."""
    return conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'change_log'").fetchone() \
        is not None


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(r[1], str(r[2]).upper()) for r in conn.execute(f"PRAGMA main.table_info({table})")]


def _json_object(conn: sqlite3.Connection, table: str, row: str) -> str:
    """SQL building the JSON of a row (``OLD``, ``NEW`` or a table name)."""
    parts = []
    for name, kind in _columns(conn, table):
        value = f'{row}."{name}"'
        parts.append(f"'{name}', " + (f"hex({value})" if kind == "BLOB" else value))
    return f"json_object({', '.join(parts)})"


def _sql_content_sha(text: str) -> str:
    return content_sha(json.loads(text))


def install(conn: sqlite3.Connection) -> list[str]:
    """Give a writing connection the TEMP triggers that record what it changes; returns
    the statements, to run again at each transaction (:func:`ensure`)."""
    if not has_history(conn):
        return []
    conn.create_function("rgpd_content_sha", 1, _sql_content_sha, deterministic=True)
    statements = [
        "CREATE TEMP TABLE IF NOT EXISTS history_touched (area TEXT NOT NULL, "
        "record INTEGER NOT NULL, state TEXT NOT NULL, before TEXT, "
        "PRIMARY KEY (area, record))",
        "CREATE TEMP TABLE IF NOT EXISTS history_links_before (record INTEGER PRIMARY KEY, "
        "before TEXT NOT NULL)",
    ]
    for area, table in TABLES.items():
        old = _json_object(conn, table, "OLD")
        statements += [
            f"CREATE TEMP TRIGGER IF NOT EXISTS history_{area}_insert AFTER INSERT ON "
            f"main.{table} BEGIN INSERT OR IGNORE INTO history_touched VALUES "
            f"('{area}', NEW.id, 'new', NULL); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS history_{area}_update BEFORE UPDATE ON "
            f"main.{table} BEGIN INSERT OR IGNORE INTO history_touched VALUES "
            f"('{area}', OLD.id, 'old', {old}); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS history_{area}_delete BEFORE DELETE ON "
            f"main.{table} BEGIN INSERT OR IGNORE INTO history_touched VALUES "
            f"('{area}', OLD.id, 'old', {old}); END",
        ]
    links, owner, other = LINKS
    current = _json_object(conn, "processing", "p")
    for event, row in (("insert", "NEW"), ("delete", "OLD")):
        statements.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS history_links_{event} BEFORE "
            f"{event.upper()} ON main.{links} BEGIN "
            f"INSERT OR IGNORE INTO history_links_before VALUES ({row}.{owner}, "
            f"(SELECT json_group_array({other}) FROM (SELECT {other} FROM main.{links} "
            f"WHERE {owner} = {row}.{owner} ORDER BY {other}))); "
            f"INSERT OR IGNORE INTO history_touched SELECT 'processing', p.id, 'old', "
            f"{current} FROM main.processing AS p WHERE p.id = {row}.{owner}; END")
    for area, table in SEALED_TABLES.items():
        _seal_function(conn, table)
        statements += [_seal_trigger(conn, area, table, event) for event in ("insert", "update")]
    ensure(conn, statements)
    return statements


def _seal_trigger(conn: sqlite3.Connection, area: str, table: str, event: str) -> str:
    """The TEMP trigger that seals each row of ``table`` an INSERT or UPDATE (``event``)
    writes: the seal of the row's text form, as bytes, in ``subject_seal``."""
    args = ", ".join(f'NEW."{name}"' for name in PEOPLE_COLUMNS)
    return (f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{area}_{event} AFTER "
            f"{event.upper()} ON main.{table} BEGIN INSERT OR REPLACE INTO "
            f"subject_seal VALUES (NEW.id, rgpd_seal_{table}({args})); END")


@contextlib.contextmanager
def sealing_new_rows(conn: sqlite3.Connection, area: str, columns: Sequence[str]
                     ) -> Iterator[Callable[[Sequence[Any]], str] | None]:
    """Inside the caller's transaction, a writer that adds many rows of ``area`` (a CSV
    import adds a million people) seals them itself: cheaper than the trigger calling
    Python back for each row. Yields the seal of a new row given as the values of
    ``columns`` (the same :func:`~assistant.domain.history.sealer`, the same bytes), to
    write with :func:`write_seals`; meanwhile the trigger seals no INSERT (an UPDATE still
    is). Yields ``None``, and the trigger keeps sealing, when this connection has no such
    trigger or a column left out of ``columns`` has a default a seal would count.

    The trigger is back when the block ends; a rollback puts it back too, and each
    transaction of :class:`~assistant.store.dossier.Dossier` runs :func:`ensure` first.
    A crash loses nothing: a TEMP trigger lives in the connection, never in the file."""
    table = SEALED_TABLES[area]
    name = f"seal_{area}_insert"
    present = conn.execute("SELECT 1 FROM temp.sqlite_schema WHERE type = 'trigger' AND "
                           "name = ?", (name,)).fetchone()
    info = {r[1]: r[4] for r in conn.execute(f"PRAGMA main.table_info({table})")}
    left_out = set(info) - set(columns)
    if present is None or not set(columns) <= set(info) or any(
            info[c] not in (None, "NULL", "''", "'[]'", "'{}'") for c in left_out):
        yield None
        return
    conn.execute(f"DROP TRIGGER temp.{name}")
    try:
        yield sealer(tuple(columns))
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(_seal_trigger(conn, area, table, "insert"))
        raise
    conn.execute(_seal_trigger(conn, area, table, "insert"))


def write_seals(conn: sqlite3.Connection, area: str,
                seals: Iterable[tuple[int, str]]) -> None:
    """Write the seals ``(record, seal in hex)`` of rows of ``area`` (see
    :func:`sealing_new_rows`), as their bytes."""
    assert area in SEALED_TABLES
    unhex = bytes.fromhex
    conn.executemany("INSERT OR REPLACE INTO subject_seal VALUES (?, ?)",
                     [(record, unhex(seal)) for record, seal in seals])


def _seal_function(conn: sqlite3.Connection, table: str) -> None:
    names = tuple(name for name, _ in _columns(conn, table))
    if names != PEOPLE_COLUMNS:
        raise ValueError(f"{table} has columns {names}, not those its seal covers")

    def seal(*values: Any) -> bytes:
        return seal_of(values)

    conn.create_function(f"rgpd_seal_{table}", len(names), seal, deterministic=True)


def ensure(conn: sqlite3.Connection, statements: list[str]) -> None:
    """The TEMP triggers again if they are gone: changing ``PRAGMA temp_store`` (a large
    import does) drops every TEMP object of the connection."""
    for sql in statements:
        conn.execute(sql)


def read_record(conn: sqlite3.Connection, area: str, record: int) -> dict[str, Any] | None:
    """The record's fields as stored (a processing with its processors' ids), or None."""
    table = TABLES.get(area) or SEALED_TABLES[area]
    cur = conn.execute(f"SELECT * FROM main.{table} WHERE id = ?", (record,))
    row = cur.fetchone()
    if row is None:
        return None
    values = dict(zip([d[0] for d in cur.description], row, strict=True))
    if area == PROCESSING:
        values["processors"] = _links(conn, record)
    return values


def _links(conn: sqlite3.Connection, record: int) -> str:
    links, owner, other = LINKS
    ids = [r[0] for r in conn.execute(
        f"SELECT {other} FROM main.{links} WHERE {owner} = ? ORDER BY {other}", (record,))]
    return json.dumps(ids, separators=(",", ":"))


def _head(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def _latest_sha(conn: sqlite3.Connection, area: str, record: int) -> str | None:
    row = conn.execute(
        "SELECT content_sha FROM change_log WHERE area = ? AND record = ? "
        "ORDER BY seq DESC LIMIT 1", (area, record)).fetchone()
    return None if row is None else str(row[0])


class _Appender:
    """Appends entries after the chain's head, in one transaction (the caller's)."""

    def __init__(self, conn: sqlite3.Connection, actor: str, at: str) -> None:
        self.conn, self.actor, self.at = conn, actor, at
        self.seq, self.hash = _head(conn)

    def add(self, area: str, record: int, action: str, fields: list[str], label: str,
            values: dict[str, Any] | None, title: str = "") -> None:
        self.seq += 1
        entry = HistoryEntry(
            seq=self.seq, at=self.at, actor=self.actor, area=area, record=record,
            action=action, fields=tuple(fields), label=label,
            title=record_title(area, values) if values is not None else title,
            content_sha=content_sha(values) if values is not None else "",
            prev_hash=self.hash)
        self.hash = entry.computed_hash()
        self.conn.execute(
            f"INSERT INTO change_log ({', '.join(_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(_COLUMNS))})",
            (entry.seq, entry.at, entry.actor, entry.area, entry.record, entry.action,
             json.dumps(list(entry.fields)), entry.label, entry.title, entry.content_sha,
             entry.prev_hash, self.hash))


def flush(conn: sqlite3.Connection, *, actor: str, label: str = "") -> int:
    """Write one history entry per record the open transaction changed; returns how many.
    Runs inside the transaction, just before it commits."""
    try:
        touched = conn.execute(
            "SELECT area, record, state, before FROM temp.history_touched ORDER BY rowid"
        ).fetchall()
    except sqlite3.OperationalError:  # not installed: an older schema read as it is
        return 0
    if not touched:
        return 0
    links_before = dict(conn.execute("SELECT record, before FROM temp.history_links_before"))
    appender = _Appender(conn, actor, now_text())
    written = 0
    for area, record, state, before_json in touched:
        now = read_record(conn, area, record)
        if state == "new":
            if now is None:
                continue  # created and deleted in one transaction
            appender.add(area, record, CREATED, [], label, now)
            written += 1
            continue
        before = json.loads(before_json) if before_json else {}
        if area == PROCESSING:
            before["processors"] = links_before.get(record) or (
                now["processors"] if now is not None else "[]")
            if isinstance(before["processors"], str):
                before["processors"] = json.dumps(json.loads(before["processors"]),
                                                  separators=(",", ":"))
        if now is None:
            appender.add(area, record, DELETED, [], label, None,
                         title=record_title(area, before))
            written += 1
            continue
        fields = changed_fields(before, now)
        if not fields and _latest_sha(conn, area, record) == content_sha(now):
            continue
        appender.add(area, record, CHANGED, fields, label, now)
        written += 1
    conn.execute("DELETE FROM temp.history_touched")
    conn.execute("DELETE FROM temp.history_links_before")
    return written


def discard(conn: sqlite3.Connection) -> None:
    """Forget the notes of a transaction rolled back (the rollback already did, but a
    statement run outside any transaction leaves them)."""
    for table in ("history_touched", "history_links_before"):
        try:
            conn.execute(f"DELETE FROM temp.{table}")
        except sqlite3.OperationalError:
            return


def seal_all(conn: sqlite3.Connection, *, actor: str, label: str = "") -> int:
    """After a schema step: an entry for every record whose content has no entry yet
    (``baseline``: a dossier made before the history) or no longer matches its last one
    (``upgrade``: the step changed it), and the seal of every identity. Inside the caller's
    transaction; returns the number of entries written."""
    appender = _Appender(conn, actor, now_text())
    written = 0
    for area, table in TABLES.items():
        for (record,) in conn.execute(f"SELECT id FROM main.{table} ORDER BY id").fetchall():
            values = read_record(conn, area, record)
            assert values is not None
            latest = _latest_sha(conn, area, record)
            if latest == content_sha(values):
                continue
            appender.add(area, record, BASELINE if latest is None else UPGRADE, [], label,
                         values)
            written += 1
    for area, table in SEALED_TABLES.items():
        _seal_function(conn, table)
        args = ", ".join(f'"{name}"' for name in PEOPLE_COLUMNS)
        unsealed = "" if _seals_outdated(conn, table) else \
            "WHERE id NOT IN (SELECT subject_id FROM main.subject_seal) AND id NOT IN (" \
            f"SELECT record FROM main.record_seal WHERE area = '{area}')"
        conn.execute(f"INSERT OR REPLACE INTO main.subject_seal SELECT id, "
                     f"rgpd_seal_{table}({args}) FROM main.{table} {unsealed}")
    return written


def _seals_outdated(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the steps just run changed what the people's seals cover (a column added or
    removed): then no seal matches its row any more, and all are written again. Otherwise
    only the people with no seal get one, and a person edited outside the app before the
    steps is still named by ``verify`` after them. A hundred seals are looked at: an edit
    outside the app breaks one person's, a change of what seals cover breaks most of them
    (not those it leaves alike: a column dropped that was empty for an erased person)."""
    rows = conn.execute(
        f"SELECT s.*, x.seal FROM main.subject_seal x JOIN main.{table} s ON s.id = "
        f"x.subject_id ORDER BY x.subject_id LIMIT 100").fetchall()
    return sum(seal_of(row[:-1]) != row[-1] for row in rows) * 2 > len(rows)


# -- reading ----------------------------------------------------------------------------------
def _entry(row: tuple[Any, ...]) -> HistoryEntry:
    d = dict(zip(_COLUMNS, row, strict=True))
    d["fields"] = tuple(json.loads(d["fields"]))
    return HistoryEntry(**d)


def entries(conn: sqlite3.Connection, *, area: str | None = None, record: int | None = None,
            since: str = "", areas: tuple[str, ...] = ()) -> list[HistoryEntry]:
    """Entries, oldest first: of one record, of some areas, from a UTC moment on."""
    if not has_history(conn):
        return []
    where: list[str] = []
    params: list[str | int] = []
    if area is not None:
        where.append("area = ?")
        params.append(area)
    if areas:
        where.append(f"area IN ({', '.join('?' * len(areas))})")
        params += list(areas)
    if record is not None:
        where.append("record = ?")
        params.append(record)
    if since:
        where.append("at >= ?")
        params.append(since)
    sql = f"SELECT {', '.join(_COLUMNS)} FROM change_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY seq", params)]


@dataclass(frozen=True)
class RegisterVersion:
    number: int  # entries of the register's areas: goes up with each change
    head: str  # the hash of the history's last entry (all areas)
    entries: int
    last_change: str  # UTC of the register's last entry, "" if none
    # UTC of the last entry of any area that changed content: not the baseline an upgrade of
    # an older dossier writes (nor the entries of a schema step), which changes nothing
    last_edit: str = ""


def register_version(conn: sqlite3.Connection) -> RegisterVersion:
    if not has_history(conn):
        return RegisterVersion(0, "", 0, "")
    marks = ", ".join("?" * len(REGISTER_AREAS))
    number, last = conn.execute(
        f"SELECT count(*), coalesce(max(at), '') FROM change_log WHERE area IN ({marks})",
        REGISTER_AREAS).fetchone()
    (edit,) = conn.execute("SELECT coalesce(max(at), '') FROM change_log "
                           "WHERE action NOT IN (?, ?)", (BASELINE, UPGRADE)).fetchone()
    seq, head = _head(conn)
    return RegisterVersion(int(number), head if seq else "", seq, str(last), str(edit))


class ChangeHistory:
    """The history as the window reads it (``dossier.changes``)."""

    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    def of(self, area: str, record: int) -> list[HistoryEntry]:
        """One record's entries, oldest first."""
        return entries(self._d.conn, area=area, record=record)

    def version(self) -> RegisterVersion:
        return register_version(self._d.conn)


# -- checking ---------------------------------------------------------------------------------
@dataclass
class HistoryFindings:
    """What :func:`check` found: a broken chain, and records changed outside the app."""

    entries: int = 0
    broken_at: int | None = None  # the first entry whose hash does not match
    changed: list[tuple[str, int, str]] = field(default_factory=list)  # area, record, title
    added: list[tuple[str, int, str]] = field(default_factory=list)
    removed: list[tuple[str, int, str]] = field(default_factory=list)
    identities: list[tuple[int, str]] = field(default_factory=list)  # subject id, uid


def _chain(conn: sqlite3.Connection) -> Iterator[HistoryEntry]:
    for row in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM change_log ORDER BY seq"):
        yield _entry(row)


def check(conn: sqlite3.Connection) -> HistoryFindings:
    """Recompute the chain and every record's content hash against its last entry (and
    every identity against its seal)."""
    found = HistoryFindings()
    if not has_history(conn):
        return found
    expected_prev, expected_seq = GENESIS, 1
    latest: dict[tuple[str, int], HistoryEntry] = {}
    for entry in _chain(conn):
        found.entries += 1
        if found.broken_at is None and (
                entry.seq != expected_seq or entry.prev_hash != expected_prev
                or entry.computed_hash() != entry.hash):
            found.broken_at = entry.seq
        expected_prev, expected_seq = entry.hash, entry.seq + 1
        latest[(entry.area, entry.record)] = entry
    for area, table in TABLES.items():
        present = set()
        for (record,) in conn.execute(f"SELECT id FROM main.{table}").fetchall():
            present.add(record)
            values = read_record(conn, area, record)
            assert values is not None
            last = latest.get((area, record))
            if last is None or last.action == DELETED:
                found.added.append((area, record, record_title(area, values)))
            elif last.content_sha != content_sha(values):
                found.changed.append((area, record, last.title or record_title(area, values)))
        for (a, record), last in latest.items():
            if a == area and record not in present and last.action != DELETED:
                found.removed.append((area, record, last.title))
    for area, table in SEALED_TABLES.items():
        found.identities += broken_seals(conn, area, table)
    return found


__all__ = [
    "HISTORY_AREAS",
    "REGISTER_AREAS",
    "ChangeHistory",
    "HistoryFindings",
    "RegisterVersion",
    "check",
    "discard",
    "entries",
    "flush",
    "has_history",
    "install",
    "read_record",
    "register_version",
    "seal_all",
]
