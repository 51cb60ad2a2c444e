"""Read a SQLite file's header before opening it with SQLite, so a foreign file is never
touched; a file SQLite already holds open in this process is asked of SQLite itself (see
:mod:`assistant.store.sqlite_files`: a plain read would drop its locks)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from assistant.store.sqlite_files import connect, is_open, read_head

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x52475044  # "RGPD" in ASCII: marks our dossier files


@dataclass(frozen=True)
class Header:
    user_version: int
    application_id: int


def read_header(path: Path) -> Header | None:
    """The header of a SQLite file, ``None`` if the file is empty; raises ``ValueError`` if
    it is not SQLite. A file open in this process is read through SQLite, which sees its
    ``-wal`` too."""
    head = read_head(path, 100)
    if head is None:
        return _header_through_sqlite(path)
    if not head:
        return None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise ValueError("not a SQLite file")
    user_version, = struct.unpack(">i", head[60:64])
    application_id, = struct.unpack(">i", head[68:72])
    return Header(user_version=user_version, application_id=application_id & 0xFFFFFFFF)



def effective_header(path: Path) -> Header | None:
    """The file's header as SQLite sees it once its ``-wal`` is read; ``None`` if the file
    is empty; ``ValueError`` if not SQLite.

    A WAL can hold a newer page 1 than the file (a newer version of the app stopped before
    copying its WAL into the file). SQLite is asked on a read-only connection: it reads the
    WAL as it always does, checksums included (a frame torn by a power cut is not taken for
    a committed one), and a read-only connection never copies the WAL into the file when
    it closes, as a normal one would: a mere look changes nothing.
    """
    if is_open(path):  # SQLite's own view, the WAL included, without a plain read
        return _header_through_sqlite(path)
    header = read_header(path)
    if header is None:
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return header
    except OSError:
        return header
    from assistant.store.errors import DossierError

    try:
        return _header_through_sqlite(path)
    except (ValueError, DossierError):
        return header  # opening proper will say what is wrong


def _header_through_sqlite(path: Path) -> Header | None:
    """The header as a read-only SQLite connection sees it (the WAL's newer page 1
    included); ``None`` if the file is empty, ``ValueError`` if it is not a database; any
    other failure (busy, unreadable) as the store's error that names it."""
    if path.stat().st_size == 0:
        return None
    import sqlite3

    from assistant.store.errors import from_sqlite_error

    try:
        conn = connect(path, f"{path.resolve().as_uri()}?mode=ro", uri=True,
                       isolation_level=None)
    except sqlite3.Error as exc:
        raise from_sqlite_error(path, exc) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application = int(conn.execute("PRAGMA application_id").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or not isinstance(exc, sqlite3.OperationalError):
            raise ValueError(str(exc)) from exc
        raise from_sqlite_error(path, exc) from exc
    finally:
        conn.close()
    return Header(user_version=version, application_id=application & 0xFFFFFFFF)
