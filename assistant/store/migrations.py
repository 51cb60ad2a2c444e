"""Schema versions: ``PRAGMA user_version`` says which steps a dossier has had.

Each step is one transaction; the dossier is backed up before the first step runs on an
existing file. Version 1 is the union of the per-area SQL files (core, consents, guide,
processes). A released version is never edited again: a change is a new numbered step, and
``tests/store/fixtures/`` keeps a dossier of every released version, opened and migrated in a
test.

A step runs with foreign keys off, so that it can build a table again (SQLite cannot change
a constraint in place: create the new table, copy the rows, drop the old one, rename), and
every foreign key is checked before it commits: a step that leaves one broken fails whole.
SQL functions a step may call (:func:`_step_functions`) are Python ones, for what SQL cannot
compute (a phone number's key). :func:`apply_step` gives them to the connection as the step
runs: only a step calls them, and opening a dossier with no step to run does not load what
they need (the identity rules, the ledger's hashing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from assistant.store.header import APPLICATION_ID

# version -> the SQL files (in assistant/store/schema/) that make that step
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("core.sql", "consents.sql", "guide.sql", "processes.sql"),
    2: ("v2.sql",),
    3: ("v3.sql",),  # rights-request answers: identity checks and filed answers
    4: ("v4.sql",),  # information notices' versions
    5: ("v5.sql",),  # the ledger's refusals, unknown dates and people found by phone
    6: ("v6.sql",),  # consent at the till: signatures, numbered paper forms
    7: ("register_sheet.sql",),  # DPO postal address, precisions per category of people
    8: ("v8.sql",),  # email keys by the identity rule; guards on consent_status
    9: ("organisation_vat.sql",),  # the organisation's VAT number
    # the register's change history, hash-chained; identities' seals; a breach's end and
    # processor
    10: ("change_history.sql",),
    11: ("transfers_checked.sql",),  # "no transfer outside the EEA", confirmed by the owner
    12: ("owed_withdrawals.sql",),  # withdrawals owed to the sending tools after an erasure
    # the consent ledger in lean rows (hashes as blobs, integer times, one row per write for
    # when and by whom), found through a contentless full-text index
    13: ("ledger_lean.sql",),
    # the statuses' index by purpose covers the Consents page's summary (unknown dates too)
    14: ("status_by_purpose.sql",),
    # people in lean rows (uid as bytes, integer times, the email key only where it differs),
    # their seals as bytes in a table of their own
    15: ("lean_people.sql",),
    # the statuses' times as integer microseconds, like the events' (guards compare integers)
    16: ("lean_statuses.sql",),
}
CURRENT_VERSION = max(MIGRATIONS)


# the steps' SQL files, beside this module in a wheel, a source tree and the frozen app (its
# spec copies the folder there); read as files, not through importlib.resources, whose
# import and first use cost every window's start some 10 ms
SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


def step_script(version: int) -> str:
    parts = [(SCHEMA_DIR / name).read_text("utf-8") for name in MIGRATIONS[version]]
    if version == 1:
        parts.append(f"PRAGMA application_id = {APPLICATION_ID};")
    parts.append(f"PRAGMA user_version = {version};")
    return "\n".join(parts)


# what a Python function called from SQL may give back
SqlValue = str | bytes | int | float | None


def _step_functions() -> dict[str, tuple[int, Callable[..., SqlValue]]]:
    from assistant.domain.identity import email_key
    from assistant.store.phones import sql_phone_key

    def sql_email_key(text: SqlValue) -> SqlValue:
        return email_key(text) if isinstance(text, str) else text

    from assistant.store.ledger.subject_forms import (
        lean_email_key,
        lean_phone_key,
        lean_time,
        lean_uid,
    )
    from assistant.store.ledger.times import hash_blob, search_words, utc_micros

    def refuse(text: object) -> None:
        raise ValueError(str(text))

    return {"rgpd_phone_key": (1, sql_phone_key), "rgpd_email_key": (1, sql_email_key),
            "rgpd_hash_blob": (1, hash_blob), "rgpd_utc_micros": (1, utc_micros),
            "rgpd_search_words": (5, search_words), "rgpd_refuse": (1, refuse),
            "rgpd_lean_uid": (1, lean_uid), "rgpd_lean_time": (1, lean_time),
            "rgpd_lean_email_key": (2, lean_email_key),
            "rgpd_lean_phone_key": (1, lean_phone_key)}


class ForeignKeysBroken(sqlite3.IntegrityError):
    """A step left rows pointing at nothing (sorted as an integrity error)."""


def apply_step(conn: sqlite3.Connection, version: int,
               then: Callable[[sqlite3.Connection], object] | None = None) -> None:
    """Run one numbered step in one transaction (all or nothing); ``then`` runs in the same
    transaction, after the step's script (what must not be left half done beside it)."""
    script = step_script(version)
    for name, (arity, function) in _step_functions().items():
        conn.create_function(name, arity, function, deterministic=True)
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    # executescript() commits any open transaction first, so the transaction is part of the
    # script; on failure it is left open and rolled back here. PRAGMA foreign_keys is a
    # no-op inside a transaction: it is set before.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{script}\n")
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise ForeignKeysBroken(f"schema step {version} left rows pointing at nothing: "
                                    + ", ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in broken))
        if then is not None:
            then(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")


@lru_cache(maxsize=8)
def trigger_sql(prefix: str) -> dict[str, str]:
    """The triggers whose name starts with ``prefix`` as the steps create them, by name,
    with their whitespace folded (how :func:`intact_triggers` compares them)."""
    import re

    found: dict[str, str] = {}
    for version in sorted(MIGRATIONS):
        for name in MIGRATIONS[version]:
            text = (SCHEMA_DIR / name).read_text("utf-8")
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
