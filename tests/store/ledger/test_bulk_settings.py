"""The settings a bulk write changes for its one transaction: the journal (a rollback
journal when no other connection has the file open, so each page reaches the disk once),
the page cache, temporary storage and sorting threads, all put back as they were whether
the write commits or fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.domain.progress import drive
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.ledger.bulk import Row, bulk

NOW = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)
SETTINGS = ("journal_mode", "synchronous", "cache_size", "temp_store", "threads",
            "busy_timeout", "foreign_keys")


def _settings(d: Dossier) -> dict[str, object]:
    return {name: d.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in SETTINGS}


def _rows(d: Dossier, count: int) -> list[tuple[object, ...]]:
    purpose = d.consents.purpose_by_code("newsletter")
    assert purpose is not None
    return [tuple(Row(line, f"client{line}@x.example", "", "Léa", "Martin", "",
                      int(purpose.id or 0), "granted", "2026-03-01T10:00:00.000000Z",
                      "in_store", "", None, f"e:client{line}@x.example", "", 0))
            for line in range(2, 2 + count)]


def _import(d: Dossier, count: int, *, during: list[object] | None = None) -> None:
    with bulk(d, recorded_by="Lise", now=NOW, rows=count) as writer:
        writer.start_part("ab" * 32, "a.csv", None, count)
        writer.write(_rows(d, count))
        if during is not None:
            during += [d.conn.execute(f"PRAGMA {name}").fetchone()[0]
                       for name in ("journal_mode", "synchronous")]
        drive(writer.finish(0))


def test_alone_on_the_file_the_import_is_journaled_then_back_to_wal(
        new_dossier: Dossier) -> None:
    before = _settings(new_dossier)
    assert before["journal_mode"] == "wal"
    during: list[object] = []
    _import(new_dossier, 50, during=during)
    assert during == ["delete", 3]  # the journal's removal synced too (EXTRA)
    assert _settings(new_dossier) == before
    assert new_dossier.consents.event_count() == 50
    assert not new_dossier.path.with_name(new_dossier.path.name + "-journal").exists()


def test_with_another_connection_open_the_import_keeps_wal_and_it_reads_meanwhile(
        new_dossier: Dossier) -> None:
    before = _settings(new_dossier)
    other = sqlite3.connect(new_dossier.path, isolation_level=None)
    try:
        other.execute("SELECT count(*) FROM subject").fetchone()
        during: list[str] = []
        with bulk(new_dossier, recorded_by="Lise", now=NOW, rows=20) as writer:
            writer.start_part("ab" * 32, "a.csv", None, 20)
            writer.write(_rows(new_dossier, 20))
            during.append(new_dossier.conn.execute("PRAGMA journal_mode").fetchone()[0])
            # the other connection reads the file as it was, without waiting
            assert other.execute("SELECT count(*) FROM consent_event").fetchone()[0] == 0
            drive(writer.finish(0))
        assert during == ["wal"]
        assert other.execute("SELECT count(*) FROM consent_event").fetchone()[0] == 20
    finally:
        other.close()
    assert _settings(new_dossier) == before


def _fail_in_write(d: Dossier) -> None:
    with bulk(d, recorded_by="Lise", now=NOW, rows=5) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 5)
        rows = _rows(d, 5)
        rows[3] = (*rows[3][:6], 999, *rows[3][7:])  # no such purpose
        writer.write(rows)


def _fail_on_a_reference(d: Dossier) -> None:
    """The rows' references are checked together before the commit (they are written
    with foreign_keys off): a purpose gone meanwhile refuses the import."""
    rows = _rows(d, 5)
    with bulk(d, recorded_by="Lise", now=NOW, rows=5) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 5)
        writer.write(rows)
        assert d.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        d.conn.execute("DELETE FROM consent_purpose WHERE id = ?", (rows[0][6],))
        drive(writer.finish(0))


def _fail_in_finish(d: Dossier) -> None:
    with bulk(d, recorded_by="Lise", now=NOW, rows=5) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 5)
        writer.write(_rows(d, 5))
        for _ in writer.finish(0):
            d.conn.execute("SELECT * FROM no_such_table")


@pytest.mark.parametrize("fail", [_fail_in_write, _fail_in_finish, _fail_on_a_reference])
def test_an_import_that_fails_puts_every_setting_back(
        new_dossier: Dossier, fail: Callable[[Dossier], None]) -> None:
    before = _settings(new_dossier)
    with pytest.raises((KeyError, sqlite3.Error)):
        fail(new_dossier)
    assert _settings(new_dossier) == before
    assert new_dossier.consents.event_count() == 0
    assert not new_dossier.path.with_name(new_dossier.path.name + "-journal").exists()


def test_a_journal_left_empty_by_a_killed_import_is_removed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path):
        pass
    # killed before its journal held anything: the header SQLite writes last still zeros
    journal = tmp_path / "shop.rgpd-journal"
    journal.write_bytes(bytes(4096))
    with open_dossier(path) as d:
        assert d.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert d.consents.event_count() == 0
    assert not journal.exists()
