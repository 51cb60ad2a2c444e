"""The files SQLite holds open in this process, and reading them without breaking its locks.

On POSIX systems a record lock (``fcntl``) belongs to a process and a file, not to a file
descriptor: closing *any* descriptor of a file drops *every* lock the process holds on it,
SQLite's included. SQLite knows it: it never closes a descriptor of a file while one of its
connections there holds a lock. Plain Python I/O does not. A dossier whose SHARED lock
is dropped that way lets another process (a backup from the command line, another window)
copy the WAL into the file and delete it under the open connection: its next read fails
with "file is not a database", and a later write can damage the file.

So every connection the store opens on a file goes through :func:`connect`, which counts
it against the file's device and inode; a file counted here is never opened by Python
(:func:`read_head` declines, and its header is asked of SQLite instead), and an input the
user names (a CSV, a JSON, a mapping) that turns out to be such a file is refused before
it is opened (:func:`refuse_if_open`). Windows locks belong to a handle, so there this is
only caution.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Literal

from assistant.store.errors import DossierError

_gate = threading.Lock()
_counts: dict[tuple[int, int], int] = {}


class InputIsOpenDossier(DossierError):
    """A file given to read (a CSV, a JSON, a mapping) is a dossier open in this program.
    params: none besides ``path``."""

    code = "input_is_open_dossier"


class _Counted(sqlite3.Connection):
    """A connection that gives back its count when it is closed or collected."""

    _release: weakref.finalize

    def close(self) -> None:
        try:
            super().close()
        finally:
            release = getattr(self, "_release", None)
            if release is not None:
                release()  # once: a finalizer runs at most one time


def _ident(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _drop(ident: tuple[int, int]) -> None:
    with _gate:
        left = _counts.get(ident, 0) - 1
        if left > 0:
            _counts[ident] = left
        else:
            _counts.pop(ident, None)


def connect(path: Path | str, database: str | None = None, *, uri: bool = False,
            isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "DEFERRED",
            check_same_thread: bool = True) -> sqlite3.Connection:
    """``sqlite3.connect`` on the file ``path`` (``database``: the name or URI given to
    SQLite, ``path`` itself by default), counted for as long as the connection lives. The
    file is counted *before* SQLite opens it, so no plain read can slip in between."""
    ident = _ident(path)
    if ident is not None:
        with _gate:
            _counts[ident] = _counts.get(ident, 0) + 1
    try:
        conn = sqlite3.connect(str(path) if database is None else database,
                               isolation_level=isolation_level,
                               check_same_thread=check_same_thread, factory=_Counted,
                               uri=uri)
    except BaseException:
        if ident is not None:
            _drop(ident)
        raise
    if ident is not None:
        conn._release = weakref.finalize(conn, _drop, ident)
    return conn


def is_open(path: Path | str) -> bool:
    """True while a connection of this process holds the file (by device and inode)."""
    ident = _ident(path)
    if ident is None:
        return False
    with _gate:
        return _counts.get(ident, 0) > 0


def read_head(path: Path | str, size: int) -> bytes | None:
    """The first ``size`` bytes of the file, read with Python's own I/O; ``None`` when a
    connection of this process holds the file (closing our descriptor would drop its locks:
    ask SQLite instead). The count is checked and the file read and closed under one lock,
    so no connection opens in between. ``OSError`` as ``open`` raises it."""
    with _gate:
        ident = _ident(path)
        if ident is not None and _counts.get(ident, 0) > 0:
            return None
        with open(path, "rb") as handle:
            return handle.read(size)


def refuse_if_open(path: Path | str) -> None:
    """Raise :class:`InputIsOpenDossier` if ``path`` is a file SQLite holds open here:
    reading it as a CSV or a JSON would end in closing it, which drops the dossier's locks
    (and it is not what the user meant to give)."""
    if is_open(path):
        raise InputIsOpenDossier(path)


__all__ = ["InputIsOpenDossier", "connect", "is_open", "read_head", "refuse_if_open"]
