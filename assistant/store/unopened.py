"""Reads of a dossier file that has no sound ``Dossier`` open for them: the id of a file that
may be damaged (to find its backups), and the check of a large file on a worker before the
window shows it. SQLite's own errors stay here: a caller gets a value, or a
:class:`~assistant.store.errors.DossierError`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.store.dossier import open_dossier, open_worker_connection, quick_check
from assistant.store.errors import DossierError


def dossier_id(path: Path) -> str:
    """The id of a dossier that may be damaged (read without checks), or "" when even that
    cannot be read."""
    try:
        with open_dossier(path, read_only=True, check=False) as dossier:
            return dossier.uuid
    except (DossierError, sqlite3.Error):  # a damaged file may fail in either way
        return ""


def problems_found(path: Path) -> list[str]:
    """What ``PRAGMA quick_check`` finds in a dossier this process opened with its check
    deferred (empty when sound), on a connection of the calling (worker) thread. A file too
    damaged even to list its problems gives SQLite's words for why."""
    conn = open_worker_connection(path)
    try:
        return quick_check(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
