"""SQLite's settings for one large write transaction (a bulk import), and back.

:func:`large_write` gives the transaction a larger page cache and, when no other
connection has the file open, a rollback journal instead of WAL (:func:`_journaled_aside`);
:func:`cache_for_sorts` shrinks the cache once the rows are written, for the index builds;
:func:`search_merges_deferred`, inside the transaction, fills the full-text index without
merging its segments. All are put back as they were when the block ends, whether it
commits or fails.

A million rows: 2.9 times the final file written and 316 MB at most before, 1.2 times and
228 MB with these (``bench/consents_bench.py --only-import``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# SQLite's page cache while an import writes (96 MB: a million rows write 1.20 times the
# file, against 1.19 with 128 MB, the pages of the people's emails, phones and search words
# staying in it) and then while it sorts and builds the indexes (32 MB; see
# cache_for_sorts).
CACHE_KIB = 98_304
SORT_CACHE_KIB = 32_768


@contextmanager
def large_write(conn: sqlite3.Connection) -> Iterator[None]:
    """The settings of one large write transaction, opened inside the block.

    When no other connection has the file open, the transaction is journaled the old way
    (:func:`_journaled_aside`): each page it writes reaches the file once, where WAL writes
    it twice (into the log, then into the file when the log is copied back)."""
    saved = {name: int(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in _RESTORED}
    aside = _journaled_aside(conn)
    try:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("PRAGMA threads = 0")  # see cache_for_sorts
        # The references of the rows the import writes are checked once, all together,
        # before it commits (BulkWriter.finish), not by a look-up per row and reference.
        conn.execute("PRAGMA foreign_keys = OFF")
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            for name, value in saved.items():
                conn.execute(f"PRAGMA {name} = {value}")
        if aside:
            _wal_again(conn)


def cache_for_sorts(conn: sqlite3.Connection) -> None:
    """A smaller page cache once every row is written, for the statuses and the indexes.

    SQLite sorts each index in a buffer of its own, on top of the page cache and as large
    as the cache is set (and one more per helper thread): a million rows with 128 MB of
    both peaked at 320 MB. What the cache holds then is written once, now or at the
    commit, and each index is written once as it is built; a sort larger than the buffer
    goes through a temporary file the sort deletes, most often before it reaches the
    disk. With no helper thread the sorts take a few seconds longer by the clock, not in
    CPU time."""
    conn.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")


# The full-text index's merges while an import writes: none along the way (automerge 0),
# and a level merged only once it holds 64 segments instead of 16 (crisismerge). A million
# people's words: 11.6 s of CPU instead of 14.1, the same searches as fast, an index about a
# tenth larger (SQLite's FTS5 documentation, "Configuration options").
_SEARCH_MERGES = (("automerge", 0), ("crisismerge", 64))
# FTS5's own values of these options while its %_config table holds none
_SEARCH_DEFAULTS = {"automerge": 4, "crisismerge": 16}


@contextmanager
def search_merges_deferred(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Inside the caller's transaction: the full-text index ``table`` fills without merging
    its segments (:data:`_SEARCH_MERGES`), and its options are as they were when the block
    ends.

    FTS5 keeps these options in the file (its table ``<table>_config``), so they are put
    back: each to its former value through FTS5 itself (which also tells the other
    connections to read them again), and the rows that were not there are deleted, the table
    left exactly as it was. If the block fails, they are put back in this connection's FTS5
    all the same, and the transaction's rollback then puts the table back; nothing is
    written outside the transaction."""
    names = tuple(name for name, _ in _SEARCH_MERGES)
    marks = ", ".join("?" * len(names))
    saved = dict(conn.execute(f"SELECT k, v FROM {table}_config WHERE k IN ({marks})",
                              names).fetchall())
    def put_back() -> None:
        for name in names:
            _search_option(conn, table, name, saved.get(name, _SEARCH_DEFAULTS[name]))

    for name, value in _SEARCH_MERGES:
        _search_option(conn, table, name, value)
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                put_back()
        raise
    put_back()
    absent = [name for name in names if name not in saved]
    if absent:
        conn.execute(f"DELETE FROM {table}_config WHERE k IN ({', '.join('?' * len(absent))})",
                     absent)


def _search_option(conn: sqlite3.Connection, table: str, name: str, value: int) -> None:
    conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (name, value))


# The settings large_write() changes, put back as they were when it ends.
_RESTORED = ("cache_size", "temp_store", "threads", "synchronous", "foreign_keys")


def _journaled_aside(conn: sqlite3.Connection) -> bool:
    """Leave WAL for a rollback journal, for one large transaction; True if done.

    Only possible, and only tried, when no other connection has the file open (in this
    process or another): WAL is what lets them read while the import writes, so with one
    open (the window's, while its worker imports) the import keeps WAL, without waiting.
    The journal keeps the same promises: a crash, even of the power, in the middle of the
    transaction leaves the file as it was before it (the next opening rolls the journal
    back, then goes back to WAL); and a transaction committed stays so, for removing the
    journal (the commit) is synced to the disk too (``synchronous = EXTRA``)."""
    if conn.in_transaction:
        return False
    if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        return False
    timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # another connection has it open
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
    if str(mode).lower() != "delete":
        return False
    conn.execute("PRAGMA synchronous = EXTRA")
    return True


def _wal_again(conn: sqlite3.Connection) -> None:
    """Back to WAL after :func:`_journaled_aside`. Should another connection have opened the
    file meanwhile and be reading, this one stays journaled (as sound, and the file goes
    back to WAL when it is opened next)."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA journal_mode = WAL")
