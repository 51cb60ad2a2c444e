"""Connections to a dossier file: the pragmas every connection runs, a file in a folder
we cannot write, the checks made before SQLite opens a file, a worker thread's connection,
and the owner-only rights a file of personal data keeps. :mod:`assistant.store.dossier`
opens, creates and migrates dossiers with them."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from pathlib import Path

from assistant.store import migrations, sqlite_files
from assistant.store.errors import (
    CorruptDossier,
    DossierNotFound,
    NewerVersion,
    NotAFile,
    NotOurFile,
    NotSqlite,
    from_os_error,
    from_sqlite_error,
)
from assistant.store.header import APPLICATION_ID, effective_header

BUSY_TIMEOUT_MS = 5000
# At most this much of a file is memory-mapped (SQLite lowers it to its own limit, often
# 2 GB); the rest is read page by page.
MAP_LIMIT = 1 << 32


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection with the pragmas every dossier connection runs."""
    if read_only and not writable(path):
        conn = _connect_readonly_location(path)
    else:
        conn = sqlite_files.connect(path, isolation_level=None, check_same_thread=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Whatever is deleted or replaced (an erased identity, a corrected email, a dropped
    # search key) is overwritten with zeros, not left in free space: the file holds
    # personal data and is copied about. Never turned off.
    conn.execute("PRAGMA secure_delete = ON")
    if read_only:
        # A normal connection told to refuse writes: unlike mode=ro, it can tidy the WAL
        # files away when it closes.
        conn.execute("PRAGMA query_only = ON")
    else:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # some network filesystems cannot do WAL
            conn.execute("PRAGMA journal_mode = DELETE")
        else:
            _drop_stale_journal(path)
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _drop_stale_journal(path: Path) -> None:
    """Remove a rollback journal left beside a file now in WAL mode. It is stale: SQLite
    rolls a journal back (and removes it) before it can change the mode, unless the
    journal is not "hot" (its header, written last, still empty), and in WAL mode it never
    reads one. A bulk write, journaled (see :mod:`assistant.store.ledger.bulk`), leaves
    such a one when it is killed before its journal held anything."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(f"{path}-journal")


def _connect_readonly_location(path: Path) -> sqlite3.Connection:
    """A file in a folder we cannot write: read-only, and as immutable if SQLite cannot even
    create its shared-memory file there."""
    uri = path.resolve().as_uri()
    already_open = sqlite_files.is_open(path)
    conn = sqlite_files.connect(path, f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if already_open:
            # An immutable connection takes no locks and closes its file without regard
            # for others': it would drop the open connection's locks.
            raise
        return sqlite_files.connect(path, f"{uri}?mode=ro&immutable=1", uri=True,
                                    isolation_level=None)


def check_file(path: Path) -> int:
    """Check a dossier file without opening it with SQLite; returns its schema version."""
    if not path.exists():
        raise DossierNotFound(path)
    if not path.is_file():
        raise NotAFile(path)
    try:
        header = effective_header(path)  # the WAL's newer header, if it holds one
    except ValueError:
        raise NotSqlite(path) from None
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    if header is None:
        raise NotSqlite(path)
    if header.application_id != APPLICATION_ID:
        raise NotOurFile(path)
    if header.user_version > migrations.CURRENT_VERSION:
        raise NewerVersion(path, version=header.user_version,
                           supported=migrations.CURRENT_VERSION)
    if header.user_version < 1:  # our id is set in the same step as version 1
        raise CorruptDossier(path, detail=f"schema version {header.user_version}")
    return header.user_version


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems ``PRAGMA quick_check`` finds (empty when sound)."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
    return [] if rows == ["ok"] else rows


def open_worker_connection(path: Path | str, *, read_only: bool = True,
                           mapped: bool = False) -> sqlite3.Connection:
    """A connection for a worker thread of a dossier this process already opened and checked
    (no lock, no migration).

    ``mapped`` asks for a read-only connection that reads the file through a memory map, for
    a pass over all of it (``integrity_check`` of a million people's dossier: 14 s read page
    by page, 7 s mapped). It is granted only on a disk of this computer
    (:func:`~assistant.store.location.mappable`).
    """
    path = Path(path)
    try:
        conn = connect(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise from_sqlite_error(path, exc) from exc
    if mapped and read_only:
        from assistant.store.location import mappable

        try:
            if mappable(path):
                conn.execute(f"PRAGMA mmap_size = {MAP_LIMIT}")
        except (OSError, sqlite3.Error):
            pass  # read page by page, as any connection does
    return conn


def account() -> str:
    """The computer account's name, for the history's entries."""
    try:
        return getpass.getuser()[:200]
    except (KeyError, OSError):
        return ""


def owner_only(path: Path, *, fix: bool) -> None:
    """A dossier holds personal data: created owner-only, and put back so when found open
    to the group or others (copied by a file manager, unpacked from an archive) and opened
    for writing; only read, it is left as it is. Either way the user hears of it
    (:mod:`assistant.store.file_notes`). SQLite gives its -wal and -shm the file's rights."""
    import logging

    from assistant.paths import owner_only as owner_only_file
    from assistant.store.file_notes import note

    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not mode & 0o077:
        return
    if not fix:
        note("readable_by_others", path, mode)
        return
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                owner_only_file(file)
        except OSError:
            continue
    logging.getLogger(__name__).warning("%s was readable by others: made owner-only",
                                        path.name)
    note("made_owner_only", path, mode)


def note_if_readable_by_others(path: Path) -> None:
    """For a command that reads the file without opening it as a dossier (verify)."""
    owner_only(path, fix=False)


def writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
