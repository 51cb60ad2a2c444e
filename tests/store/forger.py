"""A forger's connection to a dossier: the guards SQLite enforces set aside, so that a test
can write what only an edit outside the app could, and see verify catch it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def unguarded(path: Path, tables: tuple[str, ...] = ()) -> sqlite3.Connection:
    """A raw connection with the triggers (of ``tables`` only, when given), the CHECKs and
    the foreign keys out of the way."""
    conn = sqlite3.connect(path, isolation_level=None)
    which = f" AND tbl_name IN ({', '.join('?' * len(tables))})" if tables else ""
    for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'"
                                + which, tables).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn
