"""A dossier's locks survive everything this process does while it is open.

On POSIX, closing any descriptor of a file drops all of the process's record locks on it,
SQLite's included. Here the window keeps the dossier open while a worker opens a second
connection (which reads the file's header first), outputs are checked against it, and an
input is given that turns out to be it; then another process opens and closes the
dossier, as a backup from the command line does. Had any plain read dropped the window's
SHARED lock, that process would copy the WAL into the file and delete it under the
window, whose next read would fail ("file is not a database").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.domain.progress import drive
from assistant.exchange.cnil_register.workbook import open_book
from assistant.exchange.consent_csv_read import scan
from assistant.exchange.json_dossier import read_document
from assistant.store import sqlite_files
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import OutputExists
from assistant.store.header import effective_header, read_header
from assistant.store.outputs import OutputIsDossier, check_output, fsync_file
from assistant.store.verify import verify_dossier

# Another process that opens the dossier, reads, and closes it: SQLite's last connection
# to close copies the WAL into the file and deletes it, unless a lock tells it another
# connection is still there.
OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("SELECT count(*) FROM app_meta").fetchone()
conn.close()
"""


def _other_process_opens_and_closes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path)], check=True,
                   timeout=30)


@pytest.fixture
def dossier_path(tmp_path: Path) -> Path:
    path = tmp_path / "Shop.rgpd"
    create_dossier(path, seed=False).close()
    return path


def _still_reads_and_verifies(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.set_meta("after", "1")  # the window writes into its WAL again
    assert window.meta("after") == "1"
    assert window.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    window.close()
    report = drive(verify_dossier(path))
    assert report.sound, report.problems


def test_a_second_connection_keeps_the_first_ones_locks(dossier_path: Path) -> None:
    window = open_dossier(dossier_path)
    window.set_meta("before", "1")  # frames in the WAL, not yet in the file
    # a worker's connection: opening reads the header first
    with open_dossier(dossier_path, check=False, lock=False) as worker:
        worker.set_meta("worker", "1")
    _other_process_opens_and_closes(dossier_path)
    assert Path(f"{dossier_path}-wal").exists(), "the WAL was taken from under the window"
    _still_reads_and_verifies(window, dossier_path)


def test_looking_at_an_open_dossier_never_drops_its_locks(dossier_path: Path,
                                                          tmp_path: Path) -> None:
    window = open_dossier(dossier_path)
    window.set_meta("before", "1")
    header = read_header(dossier_path)
    assert header is not None and header.user_version == window.schema_version
    assert effective_header(dossier_path) == header
    with pytest.raises(OutputIsDossier):
        check_output(dossier_path, overwrite=True, reading=[dossier_path])
    with pytest.raises(OutputIsDossier):
        check_output(dossier_path, overwrite=True)
    fsync_file(dossier_path)
    with pytest.raises(sqlite_files.InputIsOpenDossier):
        scan(dossier_path)  # the dossier given as the CSV to import
    with pytest.raises(sqlite_files.InputIsOpenDossier):
        read_document(dossier_path)  # ... or as the JSON
    with pytest.raises(sqlite_files.InputIsOpenDossier):
        open_book(dossier_path)  # ... or as the register's spreadsheet
    _other_process_opens_and_closes(dossier_path)
    assert Path(f"{dossier_path}-wal").exists(), "the WAL was taken from under the window"
    _still_reads_and_verifies(window, dossier_path)


def test_a_closed_dossier_is_read_plainly_and_left_as_it_was(dossier_path: Path) -> None:
    before = sorted(p.name for p in dossier_path.parent.iterdir())
    assert not sqlite_files.is_open(dossier_path)
    header = read_header(dossier_path)
    assert header is not None and header.user_version >= 1
    assert sorted(p.name for p in dossier_path.parent.iterdir()) == before
    other = dossier_path.parent / "other.csv"
    other.write_text("email\n", encoding="utf-8")
    with pytest.raises(OutputExists):
        check_output(other)


def test_connections_are_counted_until_closed_or_collected(dossier_path: Path) -> None:
    conn = sqlite_files.connect(dossier_path)
    assert sqlite_files.is_open(dossier_path)
    assert sqlite_files.read_head(dossier_path, 16) is None
    conn.close()
    assert not sqlite_files.is_open(dossier_path)
    assert sqlite_files.read_head(dossier_path, 16) == b"SQLite format 3\x00"
    conn = sqlite_files.connect(dossier_path)
    del conn  # never closed: given back when collected
    import gc

    gc.collect()
    assert not sqlite_files.is_open(dossier_path)
