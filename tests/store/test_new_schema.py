"""A new dossier's schema is copied from one made once in memory: it must be what running
every numbered step on the new file gives, down to the page."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from assistant.store import migrations, new_schema
from assistant.store.connection import connect
from assistant.store.dossier import create_dossier


def by_steps(path: Path) -> sqlite3.Connection:
    conn = connect(path, read_only=False)
    for step in migrations.pending_steps(0):
        migrations.apply_step(conn, step)
    return conn


def copied(path: Path) -> sqlite3.Connection:
    conn = connect(path, read_only=False)
    new_schema.write_current_schema(conn)
    return conn


def described(conn: sqlite3.Connection) -> dict[str, object]:
    pragmas = ("user_version", "application_id", "page_size", "page_count", "freelist_count",
               "journal_mode", "auto_vacuum", "encoding", "foreign_keys")
    return {
        "schema": conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema "
                               "ORDER BY rowid").fetchall(),
        **{p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas},
        "dump": list(conn.iterdump()),
        "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
    }


def test_the_copy_is_what_the_steps_make(tmp_path: Path) -> None:
    stepped, copy = by_steps(tmp_path / "steps.rgpd"), copied(tmp_path / "copy.rgpd")
    try:
        expected, got = described(stepped), described(copy)
        assert got == expected
        assert got["user_version"] == migrations.CURRENT_VERSION
        assert got["journal_mode"] == "wal"
        assert got["integrity"] == [("ok",)]
        assert len(got["schema"]) > 50  # type: ignore[arg-type]  # a real schema, not empty
    finally:
        stepped.close()
        copy.close()
    # On disk too, once the WAL is in the file: the same bytes but the schema cookie
    # (SQLite's count of schema changes, which the steps bump one by one).
    steps_bytes, copy_bytes = ((tmp_path / n).read_bytes() for n in ("steps.rgpd", "copy.rgpd"))
    assert len(steps_bytes) == len(copy_bytes)
    differ = [i for i, (a, b) in enumerate(zip(steps_bytes, copy_bytes, strict=True)) if a != b]
    assert set(differ) <= set(range(40, 44))


def test_a_new_dossier_opens_at_the_current_version(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "new.rgpd") as dossier:
        version = dossier.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == migrations.CURRENT_VERSION
    reader = sqlite3.connect(tmp_path / "new.rgpd")
    try:  # in the file itself, not only the WAL
        assert reader.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    finally:
        reader.close()


def test_dossiers_created_on_several_threads_at_once(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def make(n: int) -> None:
        try:
            create_dossier(tmp_path / f"shop-{n}.rgpd").close()
        except BaseException as exc:  # reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=make, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for n in range(4):
        conn = sqlite3.connect(tmp_path / f"shop-{n}.rgpd")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
