"""The check of the identities' seals for ``verify`` (:func:`assistant.store.history.check`):
each person's row must still give the content hash its seal holds.

:func:`broken_seals_reference` reads each row whole and seals it with
:func:`~assistant.domain.history.sealer`, as the triggers do. :func:`broken_seals` gives the
same answer faster on a large table: SQLite writes the text each seal hashes, in a thread of
its own, and this thread only hashes; any row it does not clear goes to the reference.
"""

from __future__ import annotations

import hashlib
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from assistant.domain.history import sealer
from assistant.store.connection import open_worker_connection
from assistant.store.ledger.subject_forms import (
    COLUMNS,
    MICROS_END,
    NO_EMAIL_KEY,
    text_row,
    uid_text,
)


def is_lean(conn: sqlite3.Connection) -> bool:
    """Whether people are kept in lean rows, their seals in ``subject_seal`` (an older file,
    read without migrating, keeps them in their text form, their seals in ``record_seal``)."""
    return conn.execute("SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND "
                        "name = 'subject_seal'").fetchone() is not None


def _seals(conn: sqlite3.Connection, area: str) -> dict[int, str]:
    """The seals of ``area`` by record, in hex (a seal the lean rows could not take as
    bytes stayed in ``record_seal``)."""
    seals = dict(conn.execute(
        "SELECT record, content_sha FROM main.record_seal WHERE area = ?", (area,)))
    if is_lean(conn):
        seals.update(conn.execute(
            "SELECT subject_id, lower(hex(seal)) FROM main.subject_seal"))
    return seals


def _sealed(conn: sqlite3.Connection, names: tuple[str, ...], lean: bool
            ) -> tuple[tuple[str, ...], Callable[[Sequence[Any]], Any]]:
    """The names a row's seal covers, and how to read a row of ``names`` in that form."""
    if lean and names == COLUMNS:
        return COLUMNS, text_row
    return names, tuple


def broken_seals_reference(conn: sqlite3.Connection, area: str,
                            table: str) -> list[tuple[int, str]]:
    """The identities of ``table`` whose content no longer gives their seal ``(id, uid)``,
    in id order: each row read whole and sealed by
    :func:`~assistant.domain.history.sealer`, as the triggers seal it."""
    seals = _seals(conn, area)
    cur = conn.execute(f"SELECT * FROM main.{table}")
    names, form = _sealed(conn, tuple(d[0] for d in cur.description), is_lean(conn))
    key, uid = names.index("id"), names.index("uid")
    seal = sealer(names)
    return [(int(row[key]), str(uid_text(row[uid]))) for row in cur
            if seals.get(row[key]) != seal(form(row))]


def broken_seals(conn: sqlite3.Connection, area: str, table: str, *,
                  min_rows: int = 20_000) -> list[tuple[int, str]]:
    """:func:`broken_seals_reference`, faster: SQLite writes the text each seal hashes
    (:func:`_seal_text_sql`), a few thousand rows at a time, on a connection of its own in
    another thread, while this one hashes the rows before (100,000 people: the Python
    work of the check from about 1.2 s to 0.3 s, the rest on the other core). A row whose
    text does not give its seal, and every row if anything is unusual (text that is not
    UTF-8, an error), is judged by the reference."""
    path = _file_of(conn)
    (last,) = conn.execute(f"SELECT coalesce(max(id), 0) FROM main.{table}").fetchone()
    if path is None or conn.in_transaction or last < min_rows:
        # in memory, or changes the other connection would not see, or too few rows to be
        # worth a thread and a connection (about 0.1 s)
        return broken_seals_reference(conn, area, table)
    seals: dict[int, str] | None = None  # read only for a chunk its own seals do not clear
    doubtful: list[int] = []
    writer = _SealTexts(path, _seal_text_sql(conn, table), table, is_lean(conn))
    sha256 = hashlib.sha256
    try:
        for ids, lengths, texts, sealed in writer:
            texts.decode("utf-8")  # as the reference reads them
            at, digests = 0, []
            for length in lengths:
                if length >= 0:
                    digests.append(sha256(texts[at + 1:at + length]).digest())
                    at += length
            # each row gives the seal beside it (the common case); a row with no text
            # has no digest, and the two cannot be of the same length
            if sealed is not None and b"".join(digests) == sealed:
                continue
            if seals is None:
                seals = _seals(conn, area)
            at = 0
            for record, length in zip(ids, lengths, strict=True):
                if length < 0:  # a value of another type than its column's
                    doubtful.append(record)
                    continue
                if sha256(texts[at + 1:at + length]).hexdigest() != seals.get(record):
                    doubtful.append(record)
                at += length
    except Exception:  # whatever the reference makes of it, it makes again
        return broken_seals_reference(conn, area, table)
    finally:
        writer.stop()
    if writer.failed:
        return broken_seals_reference(conn, area, table)
    broken = []
    known = seals if seals is not None or not doubtful else _seals(conn, area)
    for record in doubtful:
        cur = conn.execute(f"SELECT * FROM main.{table} WHERE id = ?", (record,))
        names, form = _sealed(conn, tuple(d[0] for d in cur.description), is_lean(conn))
        row = form(cur.fetchone())
        if known is None or known.get(record) != sealer(names)(row):
            broken.append((int(row[names.index("id")]), str(row[names.index("uid")])))
    return broken


def _file_of(conn: sqlite3.Connection) -> str | None:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file) or None
    return None


def _seal_text_sql(conn: sqlite3.Connection, table: str) -> str:
    """SQL giving the text :func:`~assistant.domain.history.sealer` hashes, for the row
    ``s`` of ``table``, with one U+001E in front: each field in name order as U+001E
    ``name`` U+001F ``value``, the empty ones left out, blobs as upper-case hexadecimal.

    Each field is written as its declared type says (SQLite writes a text or an integer as
    Python does), and the text is NULL, for the reference to judge the row, when a value
    is of another type: a real number (SQLite writes it with fewer digits than Python), a
    blob in a text column, a text in a blob column. Comparisons find those (numbers sort
    before texts, texts before blobs): ``typeof()`` on every field took twice as long.

    Lean rows (:mod:`~assistant.store.ledger.subject_forms`) are written in their text form
    (:func:`_lean_parts`)."""
    info = list(conn.execute(f"PRAGMA main.table_info({table})"))
    lean = _lean_parts() if is_lean(conn) and tuple(r[1] for r in info) == COLUMNS else {}
    keys = [r for r in info if r[5]]
    parts, odd = [], []
    for _, name, kind, _, _, pk in sorted(info, key=lambda r: r[1]):
        if name in lean:
            parts.append(lean[name])
            continue
        value = 's."' + name.replace('"', '""') + '"'
        label = "'" + ("\x1e" + name + "\x1f").replace("'", "''") + "'"
        kind = str(kind).upper()
        if pk and len(keys) == 1 and kind == "INTEGER":  # the rowid: always an integer
            parts.append(f"{label} || {value}")
        elif kind == "TEXT":
            odd.append(f"{value} < '' OR {value} >= x''")
            parts.append(
                f"CASE WHEN {value} IS NULL OR {value} = '' COLLATE BINARY OR {value} = "
                f"'[]' COLLATE BINARY OR {value} = '{{}}' COLLATE BINARY THEN '' "
                f"ELSE {label} || {value} END")
        elif kind == "BLOB":
            odd.append(f"{value} < x''")
            parts.append(f"CASE WHEN {value} IS NULL THEN '' ELSE {label} || hex({value}) END")
        else:
            parts.append(
                f"CASE typeof({value}) WHEN 'null' THEN '' "
                f"WHEN 'integer' THEN {label} || {value} "
                f"WHEN 'blob' THEN {label} || hex({value}) "
                f"WHEN 'text' THEN CASE WHEN {value} COLLATE BINARY IN ('', '[]', '{{}}') "
                f"THEN '' ELSE {label} || {value} END END")
    text = " || ".join(parts) if parts else "''"
    return f"CASE WHEN {' OR '.join(odd)} THEN NULL ELSE {text} END" if odd else text


def _label(name: str) -> str:
    return "'" + ("\x1e" + name + "\x1f").replace("'", "''") + "'"


def _text_part(label: str, value: str) -> str:
    """A text value, left out when :func:`~assistant.domain.history.sealer` leaves it out."""
    return f"CASE WHEN {value} IN ('', '[]', '{{}}') THEN '' ELSE {label} || {value} END"


def _time_part(label: str, value: str) -> str:
    """A time of a lean row (``ANY``: microseconds, or text kept as it was)."""
    from assistant.store.ledger.times import SQL_TIME_TEXT

    return (f"CASE typeof({value}) WHEN 'null' THEN '' WHEN 'integer' THEN {label} || "
            f"CASE WHEN {value} >= 0 AND {value} < {MICROS_END} THEN "
            f"{SQL_TIME_TEXT.format(x=value)} ELSE {value} END "
            f"WHEN 'text' THEN {_text_part(label, value)} END")


def _lean_parts() -> dict[str, str]:
    """The fields of a lean row that are not stored in their text form, each written in it
    with its label (left out when empty), each value converted once (a time's text costs
    about a microsecond): NULL, for the reference to judge the row, for a value of a type
    the text form never gives (a real number, a blob where text is kept)."""
    uid, key = _label("uid"), _label("email_key")
    return {
        "uid": f"CASE typeof(s.uid) WHEN 'blob' THEN CASE WHEN s.uid = x'' THEN '' "
               f"ELSE {uid} || lower(hex(s.uid)) END "
               f"WHEN 'text' THEN {_text_part(uid, 's.uid')} "
               f"WHEN 'integer' THEN {uid} || s.uid END",
        "email_key": f"CASE typeof(s.email_key) WHEN 'null' THEN {_text_part(key, 's.email')} "
                     f"WHEN 'text' THEN {_text_part(key, 's.email_key')} "
                     f"WHEN 'integer' THEN CASE WHEN s.email_key = {NO_EMAIL_KEY} THEN '' "
                     f"ELSE {key} || s.email_key END END",
        "created_at": _time_part(_label("created_at"), "s.created_at"),
        "updated_at": f"CASE WHEN s.updated_at IS NULL THEN "
                      f"{_time_part(_label('updated_at'), 's.created_at')} "
                      f"ELSE {_time_part(_label('updated_at'), 's.updated_at')} END",
        "erased_at": _time_part(_label("erased_at"), "s.erased_at"),
        "phone_key": f"CASE typeof(s.phone_key) WHEN 'null' THEN '' WHEN 'integer' THEN "
                     f"{_label('phone_key')} || '+' || s.phone_key "
                     f"WHEN 'text' THEN {_text_part(_label('phone_key'), 's.phone_key')} END",
    }


_Chunk = tuple[list[int], list[int], bytes, bytes | None]


class _SealTexts:
    """The sealed texts of a table's rows in id order, made by SQLite in a thread of its
    own, in chunks ``(ids, byte lengths (-1: none), the texts end to end, the rows' seals
    end to end)``. SQLite does not hold Python's lock while it runs a statement: this is
    work for the other core.

    The seals come with the rows (lean rows: ``subject_seal``, 32 bytes each), so that the
    check compares a chunk's digests with one comparison instead of building a map of a
    million seals in hex (about 4 s of Python for a million people). A chunk where any row
    has no such seal has none: the rows' seals are then read as the reference reads them."""

    CHUNK = 4000

    def __init__(self, path: str, text_sql: str, table: str, lean: bool = False) -> None:
        seal = ("(SELECT g.seal FROM main.subject_seal g WHERE g.subject_id = s.id)"
                if lean and table == "subject" else "NULL")
        self._sql = (
            f"WITH c AS MATERIALIZED (SELECT s.id AS id, {text_sql} AS x, {seal} AS h "
            f"FROM main.{table} AS s WHERE s.id > ? ORDER BY s.id LIMIT ?) "
            "SELECT group_concat(id), group_concat(coalesce(length(CAST(x AS BLOB)), -1)), "
            "CAST(coalesce(group_concat(x, ''), '') AS BLOB), max(id), "
            "CASE WHEN count(*) = sum(typeof(h) = 'blob' AND length(h) = 32) "
            "THEN group_concat(hex(h), '') END FROM c")
        self.path = path
        self.failed = False
        self._chunks: queue.Queue[_Chunk | None] = queue.Queue(maxsize=3)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="verify-seals", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = open_worker_connection(self.path, read_only=True, mapped=True)
            try:
                last = -(2 ** 63)
                while not self._stop.is_set():
                    ids, lengths, texts, last, sealed = conn.execute(
                        self._sql, (last, self.CHUNK)).fetchone()
                    if ids is None:
                        break
                    self._put(([int(i) for i in ids.split(",")],
                               [int(n) for n in lengths.split(",")], texts,
                               None if sealed is None else bytes.fromhex(sealed)))
            finally:
                conn.close()
        except Exception:  # the reference reads it all again
            self.failed = True
        self._put(None)

    def _put(self, item: _Chunk | None) -> None:
        while not self._stop.is_set():
            try:
                self._chunks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def __iter__(self) -> Iterator[_Chunk]:
        while True:
            try:
                item = self._chunks.get(timeout=0.5)
            except queue.Empty:
                if self._thread.is_alive():
                    continue
                self.failed = True  # gone without a word: never wait for it
                return
            if item is None:
                return
            yield item

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
