"""What a dossier's schema should be at its version, and how a file differs from it.

The reference of each version is made by running the steps up to it on an empty database in
memory, so it follows :data:`~assistant.store.migrations.MIGRATIONS` with no list to keep.
Opening refuses a file whose tables are missing (our id and version on an empty or foreign
database); ``verify`` names any difference: a table, index or trigger missing, added or
changed (the ledger's append-only triggers dropped, a version number written over another).

Opening only needs the tables' names, at every start: running the fourteen steps costs some
50 ms of CPU there (SQLite reads its whole schema again at each table renamed), so
:func:`table_names` follows the steps' statements that make, drop or rename a table instead,
in a few milliseconds, still from the steps themselves (a test compares it with
:func:`reference` at every version). Those few milliseconds are spared too: the names found
are kept in the app's cache folder under a digest of the steps' text, so a start reads the
steps and the digest's entry, and follows the statements only when a step has changed (a
new version of the app) or the cache is gone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from assistant.store import migrations

Objects = dict[tuple[str, str], str]  # (type, name) -> its SQL, whitespace folded


@lru_cache(maxsize=16)
def reference(version: int) -> Objects:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
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
    held = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return sorted(name for name in table_names(version) if name not in held)


# patterns, compiled (and kept by ``re``) when a statement is first followed: a start that
# finds the names in the cache does not compile them
_LEADING = r"(?s)\A(?:\s+|--[^\n]*|/\*.*?\*/)*"  # blanks and comments
_NAME = r'("(?:[^"]|"")+"|`[^`]+`|\[[^\]]+\]|\w+)'  # an identifier, maybe quoted
_PREFIX = rf"(?:{_NAME}\s*\.\s*)?"  # a schema's name before it
_CREATE = (rf"(?i)CREATE\s+(VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
           rf"{_PREFIX}{_NAME}")
_DROP = rf"(?i)DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?{_PREFIX}{_NAME}"
_RENAME = rf"(?i)ALTER\s+TABLE\s+{_PREFIX}{_NAME}\s+RENAME\s+TO\s+{_NAME}"


@lru_cache(maxsize=16)
def table_names(version: int) -> frozenset[str]:
    """The names of the tables of schema ``version`` (SQLite's own tables left out), as
    :func:`reference` has them."""
    scripts = [migrations.step_script(step) for step in sorted(migrations.MIGRATIONS)
               if step <= version]
    digest = hashlib.sha256("\0".join(scripts).encode("utf-8")).hexdigest()
    kept = _kept_names()
    if isinstance(names := kept.get(digest), list) and all(isinstance(n, str) for n in names):
        return frozenset(names)
    found = followed_tables(scripts)
    _keep_names(kept, digest, found)
    return found


def followed_tables(scripts: list[str]) -> frozenset[str]:
    """The tables that running ``scripts`` in turn leaves, from their statements."""
    # a table (its name folded: SQLite's names ignore case) -> the tables made with it (a
    # virtual table's own)
    tables: dict[str, set[str]] = {}
    for script in scripts:
        for statement in _statements(script):
            _follow(tables, re.sub(_LEADING, "", statement, count=1))
    return frozenset(name for made in tables.values() for name in made)


CACHE_NAME = "schema-tables.json"
_KEPT_AT_MOST = 8  # digests kept: the versions of dossiers opened, across app versions


def _cache_file() -> Path:
    from assistant.paths import cache_dir

    return cache_dir() / CACHE_NAME


def _kept_names() -> dict[str, object]:
    """The names kept by digest ({} if there is no cache, or one unreadable)."""
    try:
        kept = json.loads(_cache_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _keep_names(kept: dict[str, object], digest: str, names: frozenset[str]) -> None:
    """Add ``names`` under ``digest`` to the cache (the oldest entries make way), replaced
    whole; a cache that cannot be written is only a slower next start."""
    from assistant.atomic import write_bytes_atomic  # only when the cache missed
    from assistant.store.errors import DossierError

    kept = {key: value for key, value in kept.items() if key != digest}
    kept[digest] = sorted(names)
    kept = dict(list(kept.items())[-_KEPT_AT_MOST:])
    with contextlib.suppress(OSError, DossierError):
        write_bytes_atomic(_cache_file(), json.dumps(kept).encode("utf-8"))


def _follow(tables: dict[str, set[str]], statement: str) -> None:
    """Make, drop or rename in ``tables`` what ``statement`` does to tables."""
    if match := re.match(_CREATE, statement):
        name = _unquoted(match.group(3))
        tables[name.casefold()] = _virtual_tables(statement) if match.group(1) else {name}
    elif match := re.match(_DROP, statement):
        tables.pop(_unquoted(match.group(2)).casefold(), None)
    elif match := re.match(_RENAME, statement):
        old, new = _unquoted(match.group(2)), _unquoted(match.group(3))
        # a virtual table's own tables are named after it, and renamed with it
        tables[new.casefold()] = {new + made[len(old):] for made in tables.pop(old.casefold())}


def _virtual_tables(statement: str) -> set[str]:
    """The tables a virtual table is made of (its module's shadow tables): SQLite says."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(statement)
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\'")}
    finally:
        conn.close()


def _statements(script: str) -> Iterator[str]:
    """The statements of ``script``, each ending with its semicolon (one inside a string or
    a trigger's body does not end it)."""
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""


def _unquoted(name: str) -> str:
    if name[:1] in "\"`[":
        return name[1:-1].replace('""', '"') if name[0] == '"' else name[1:-1]
    return name


def differences(conn: sqlite3.Connection, version: int) -> list[tuple[str, str, str]]:
    """``(what, type, name)`` for each object that differs from schema ``version``:
    ``missing``, ``unexpected`` or ``changed``, in name order."""
    held, wanted = objects(conn), reference(version)
    out = [("missing", *key) for key in wanted if key not in held]
    out += [("unexpected", *key) for key in held if key not in wanted]
    out += [("changed", *key) for key in wanted if key in held and held[key] != wanted[key]]
    return sorted(out, key=lambda d: (d[2], d[1], d[0]))
