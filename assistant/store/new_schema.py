"""The schema of a new dossier, made once per process and copied into each new file.

Running every numbered step on a new file costs a transaction, with its wait for the disk,
per step (thirteen of them: about 65 ms of CPU and more of waiting). The steps run once
instead, on a database in memory, and SQLite's backup copies its pages into the new file in
one transaction: the same tables, indexes, triggers, rows, ``user_version`` and
``application_id`` as running the steps there, page for page (the test of this module
compares the two). Existing files still migrate step by step.
"""

from __future__ import annotations

import sqlite3
import threading

from assistant.store import migrations

_gate = threading.Lock()
# the steps' identity (the function giving each step's script, and the steps) -> the
# schema they make, in memory
_made: tuple[tuple[object, ...], sqlite3.Connection] | None = None


def _current() -> sqlite3.Connection:
    """The steps up to the current version, run once on a database in memory (under the
    gate: a window may create a dossier on a worker thread). Made again if the steps are
    replaced, as a test does to play a step that does not match the code."""
    global _made
    key = (migrations.step_script, *migrations.pending_steps(0))
    if _made is None or _made[0] != key:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            for step in migrations.pending_steps(0):
                migrations.apply_step(conn, step)
        except BaseException:
            conn.close()
            raise
        if _made is not None:
            _made[1].close()
        _made = (key, conn)
    return _made[1]


def write_current_schema(conn: sqlite3.Connection) -> None:
    """Give the empty database of ``conn`` the current schema, as running every step on it
    would."""
    with _gate:
        _current().backup(conn)
