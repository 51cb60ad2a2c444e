"""What a dossier's schema should be at its version, and how a file differs from it.

The reference of each version is made by running the steps up to it on an empty database in
memory, so it follows :data:`~assistant.store.migrations.MIGRATIONS` with no list to keep.
Opening refuses a file whose tables are missing (our id and version on an empty or foreign
database); ``verify`` names any difference: a table, index or trigger missing, added or
changed (the ledger's append-only triggers dropped, a version number written over another).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from assistant.store import migrations

Objects = dict[tuple[str, str], str]  # (type, name) -> its SQL, whitespace folded


@lru_cache(maxsize=16)
def reference(version: int) -> Objects:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.add_functions(conn)
        for step in sorted(migrations.MIGRATIONS):
            if step <= version:
                migrations.apply_step(conn, step)
        return objects(conn)
    finally:
        conn.close()


def objects(conn: sqlite3.Connection) -> Objects:
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'")}


def missing_tables(conn: sqlite3.Connection, version: int) -> list[str]:
    """Tables of schema ``version`` that the file does not have."""
    held = {name for kind, name in objects(conn) if kind == "table"}
    return sorted(name for kind, name in reference(version) if kind == "table"
                  and name not in held)


def differences(conn: sqlite3.Connection, version: int) -> list[tuple[str, str, str]]:
    """``(what, type, name)`` for each object that differs from schema ``version``:
    ``missing``, ``unexpected`` or ``changed``, in name order."""
    held, wanted = objects(conn), reference(version)
    out = [("missing", *key) for key in wanted if key not in held]
    out += [("unexpected", *key) for key in held if key not in wanted]
    out += [("changed", *key) for key in wanted if key in held and held[key] != wanted[key]]
    return sorted(out, key=lambda d: (d[2], d[1], d[0]))
