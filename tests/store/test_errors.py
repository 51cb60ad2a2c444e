"""SQLite's errors sorted by their result code: the environment's become a message the user
can act on, everything else is a bug and stays the error it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.store.dossier import open_dossier
from assistant.store.errors import (
    Busy,
    CorruptDossier,
    DiskFull,
    DossierError,
    NotSqlite,
    ReadOnlyLocation,
    StorageError,
    environment_error,
    from_sqlite_error,
)


def sqlite_error(code: int, name: str, text: str = "",
                 cls: type[sqlite3.Error] = sqlite3.OperationalError) -> sqlite3.Error:
    """An error as SQLite raises it: its text and its (extended) result code."""
    exc = cls(text or name.lower())
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


# (extended result code, its name, what the user is told); https://sqlite.org/rescode.html
ENVIRONMENT = [
    (13, "SQLITE_FULL", DiskFull),
    (8, "SQLITE_READONLY", ReadOnlyLocation),
    (1032, "SQLITE_READONLY_DBMOVED", ReadOnlyLocation),
    (3, "SQLITE_PERM", ReadOnlyLocation),
    (5, "SQLITE_BUSY", Busy),
    (517, "SQLITE_BUSY_SNAPSHOT", Busy),
    (6, "SQLITE_LOCKED", Busy),
    (26, "SQLITE_NOTADB", NotSqlite),
    (11, "SQLITE_CORRUPT", CorruptDossier),
    (267, "SQLITE_CORRUPT_VTAB", CorruptDossier),
    (10, "SQLITE_IOERR", StorageError),
    (778, "SQLITE_IOERR_WRITE", StorageError),
    (14, "SQLITE_CANTOPEN", StorageError),
    (526, "SQLITE_CANTOPEN_ISDIR", StorageError),
]

BUGS = [
    (1, "SQLITE_ERROR", "no such column: nom"),
    (1, "SQLITE_ERROR", "near \"SELCT\": syntax error"),
    (19, "SQLITE_CONSTRAINT", ""),
    (2067, "SQLITE_CONSTRAINT_UNIQUE", ""),
    (20, "SQLITE_MISMATCH", ""),
    (21, "SQLITE_MISUSE", ""),
    (25, "SQLITE_RANGE", ""),
    (9, "SQLITE_INTERRUPT", "interrupted"),
    (7, "SQLITE_NOMEM", ""),
    (4, "SQLITE_ABORT", ""),
]


@pytest.mark.parametrize("code, name, kind", ENVIRONMENT, ids=[e[1] for e in ENVIRONMENT])
def test_each_error_of_the_environment_gets_its_message(tmp_path: Path, code: int, name: str,
                                                       kind: type[DossierError]) -> None:
    path = tmp_path / "shop.rgpd"
    # a text that says something else: the code decides, never the words
    error = from_sqlite_error(path, sqlite_error(code, name, "no such column: x"))
    assert type(error) is kind
    assert error.path == path


@pytest.mark.parametrize("code, name, text", BUGS, ids=[b[1] for b in BUGS])
def test_every_other_code_is_a_bug_raised_as_it_was(tmp_path: Path, code: int, name: str,
                                                   text: str) -> None:
    # even when its words look like the environment's
    exc = sqlite_error(code, name, text or "database or disk is full, file is not a database")
    assert environment_error(tmp_path / "shop.rgpd", exc) is None
    with pytest.raises(sqlite3.Error) as raised:
        from_sqlite_error(tmp_path / "shop.rgpd", exc)
    assert raised.value is exc


def test_an_error_of_python_s_module_is_a_bug(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.ProgrammingError) as caught:
        conn.execute("SELECT ?", ())  # a wrong number of parameters: no SQLite code
    with pytest.raises(sqlite3.ProgrammingError):
        from_sqlite_error(tmp_path / "x.rgpd", caught.value)


def test_an_io_error_on_a_full_disk_is_a_full_disk(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A WAL that cannot grow is reported as an I/O error: the free space decides."""
    import shutil

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage._replace(free=4096))
    error = from_sqlite_error(tmp_path / "x.rgpd", sqlite_error(778, "SQLITE_IOERR_WRITE"))
    assert isinstance(error, DiskFull)


def test_an_update_of_a_missing_column_is_raised_by_the_dossier(demo_copy: Path) -> None:
    """What reached the user as "storage error": it is a bug and stays one."""
    with open_dossier(demo_copy) as d:
        with pytest.raises(sqlite3.OperationalError, match="no such column"), \
                d.transaction() as conn:
            conn.execute("UPDATE organisation SET no_such_column = 1")
        assert d.organisation.get() is not None  # rolled back, the dossier still usable


def test_real_errors_of_the_environment(tmp_path: Path, demo_copy: Path) -> None:
    not_ours = tmp_path / "notes.rgpd"
    not_ours.write_bytes(b"plain text, not a database at all" * 100)
    with pytest.raises(NotSqlite):
        open_dossier(not_ours)
    with open_dossier(demo_copy) as d:
        other = sqlite3.connect(demo_copy, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            d.conn.execute("PRAGMA busy_timeout = 0")
            with pytest.raises(Busy), d.transaction():
                pass
        finally:
            other.execute("ROLLBACK")
            other.close()
