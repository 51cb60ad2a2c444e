"""Reads of a dossier with no sound ``Dossier`` open for them, and the cancel of a worker's
statement: SQLite's errors stay in the store."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.interrupt import Interrupter
from assistant.store.unopened import dossier_id, problems_found


def test_the_id_of_a_sound_dossier(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd", seed=False) as dossier:
        uuid = dossier.uuid
    assert uuid and dossier_id(tmp_path / "shop.rgpd") == uuid


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_file_that_cannot_be_read_has_no_id(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.rgpd"
    path.write_bytes(content)
    assert dossier_id(path) == ""
    assert dossier_id(tmp_path / "missing.rgpd") == ""


def test_a_sound_dossier_has_no_problems(tmp_path: Path) -> None:
    create_dossier(tmp_path / "shop.rgpd", seed=False).close()
    assert problems_found(tmp_path / "shop.rgpd") == []


def test_a_file_too_damaged_to_check_says_why(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path, seed=False).close()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # every page after the header is garbage
    path.write_bytes(bytes(data))
    found = problems_found(path)
    assert found and all(isinstance(p, str) and p for p in found)


def test_interrupting_stops_the_statement_a_worker_runs(tmp_path: Path) -> None:
    create_dossier(tmp_path / "shop.rgpd", seed=False).close()
    interrupt = Interrupter()
    started, outcome = threading.Event(), []

    def worker() -> None:
        with open_dossier(tmp_path / "shop.rgpd", check=False, lock=False) as dossier, \
                interrupt.watching(dossier):
            started.set()
            try:  # a statement that would run for ever
                dossier.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                     "SELECT i + 1 FROM n) SELECT count(*) FROM n").fetchone()
            except sqlite3.OperationalError as exc:
                outcome.append(str(exc))

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    while thread.is_alive():
        interrupt()
        thread.join(0.05)
    assert outcome == ["interrupted"]
    interrupt()  # nothing held any more: nothing happens
