"""Schema versions: ``PRAGMA user_version`` says which steps a dossier has had.

Each step is one transaction; the dossier is backed up before the first step runs on an
existing file. Version 1 is the union of the per-area SQL files (core, consents, guide,
processes). A released version is never edited again: a change is a new numbered step, and
``tests/store/fixtures/`` keeps a dossier of every released version, opened and migrated in a
test.
"""

from __future__ import annotations

import sqlite3
from importlib import resources

from assistant.store.header import APPLICATION_ID

# version -> the SQL files (in assistant/store/schema/) that make that step
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("core.sql", "consents.sql", "guide.sql", "processes.sql"),
    2: ("v2.sql",),
    3: ("v3.sql",),  # rights-request answers: identity checks and filed answers
    4: ("v4.sql",),  # the register's change history, hash-chained; identities' seals
}
CURRENT_VERSION = max(MIGRATIONS)


def step_script(version: int) -> str:
    parts = []
    for name in MIGRATIONS[version]:
        parts.append(resources.files("assistant.store.schema").joinpath(name).read_text("utf-8"))
    if version == 1:
        parts.append(f"PRAGMA application_id = {APPLICATION_ID};")
    parts.append(f"PRAGMA user_version = {version};")
    return "\n".join(parts)


def apply_step(conn: sqlite3.Connection, version: int) -> None:
    """Run one numbered step in one transaction (all or nothing)."""
    script = step_script(version)
    # executescript() commits any open transaction first, so the transaction is part of the
    # script; on failure it is left open and rolled back here.
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nCOMMIT;")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def pending_steps(version: int) -> list[int]:
    return [v for v in sorted(MIGRATIONS) if v > version]
