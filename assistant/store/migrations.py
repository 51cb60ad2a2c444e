"""Schema versions: ``PRAGMA user_version`` says which steps a dossier has had.

Each step is one transaction; the dossier is backed up before the first step runs on an
existing file. Version 1 is the union of the per-area SQL files (core, consents, guide,
processes). A released version is never edited again: a change is a new numbered step, and
``tests/store/fixtures/`` keeps a dossier of every released version, opened and migrated in a
test.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib import resources

from assistant.store.header import APPLICATION_ID

# version -> the SQL files (in assistant/store/schema/) that make that step
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("core.sql", "consents.sql", "guide.sql", "processes.sql"),
    2: ("v2.sql",),
    3: ("v3.sql",),  # rights-request answers: identity checks and filed answers
    4: ("v4.sql",),  # information notices' versions
    5: ("v5.sql",),  # email keys by the identity rule; guards on consent_status
}
CURRENT_VERSION = max(MIGRATIONS)


def add_functions(conn: sqlite3.Connection) -> None:
    """The app's functions that steps (and the store's SQL) may call, on every connection:
    ``rgpd_email_key(email)`` is :func:`assistant.domain.identity.email_key`."""
    from assistant.domain.identity import email_key

    conn.create_function("rgpd_email_key", 1,
                         lambda text: email_key(text) if isinstance(text, str) else text,
                         deterministic=True)


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


@lru_cache(maxsize=8)
def trigger_sql(prefix: str) -> dict[str, str]:
    """The triggers whose name starts with ``prefix`` as the steps create them, by name,
    with their whitespace folded (how :func:`intact_triggers` compares them)."""
    import re

    found: dict[str, str] = {}
    for version in sorted(MIGRATIONS):
        for name in MIGRATIONS[version]:
            text = resources.files("assistant.store.schema").joinpath(name).read_text("utf-8")
            text = re.sub(r"--[^\n]*", "", text)
            for match in re.finditer(r"CREATE TRIGGER\s+(\w+).*?\bEND\b", text, re.S):
                if match.group(1).startswith(prefix):
                    found[match.group(1)] = " ".join(match.group(0).split())
    return found


def intact_triggers(conn: sqlite3.Connection, prefix: str) -> bool:
    """Whether the file holds exactly the triggers the steps made (none dropped, none
    replaced by another of the same name)."""
    wanted = trigger_sql(prefix)
    held = {name: " ".join((sql or "").split()) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'") if name.startswith(prefix)}
    return held == wanted


def pending_steps(version: int) -> list[int]:
    return [v for v in sorted(MIGRATIONS) if v > version]
