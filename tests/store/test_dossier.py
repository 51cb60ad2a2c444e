"""Opening and creating dossier files: every refusal leaves every file as it was."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.store import migrations
from assistant.store.dossier import check_file, create_dossier, open_dossier
from assistant.store.errors import (
    AlreadyExists,
    CorruptDossier,
    DossierLocked,
    DossierNotFound,
    NewerVersion,
    NotAFile,
    NotOurFile,
    NotSqlite,
    ReadOnlyLocation,
)
from assistant.store.header import APPLICATION_ID, read_header
from assistant.store.lock import is_locked, lock_path
from tests.conftest import corrupt_dossier, folder_state

ROOT = Path(__file__).resolve().parents[2]


def test_new_dossier_is_marked_private_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as dossier:
        assert dossier.schema_version == migrations.CURRENT_VERSION
        assert dossier.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert dossier.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert dossier.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert len(dossier.uuid) == 36
        assert is_locked(path)
    header = read_header(path)
    assert header is not None and header.application_id == APPLICATION_ID
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not lock_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.rgpd"]


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    path.write_text("keep me")
    with pytest.raises(AlreadyExists):
        create_dossier(path)
    assert path.read_text() == "keep me"


def test_reopen(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    with open_dossier(path) as dossier:
        assert dossier.organisation.get().legal_name == ""


@pytest.mark.parametrize(
    "content,error",
    [
        (b"", NotSqlite),
        (b"name;email\nA;a@example.org\n", NotSqlite),
        (bytes(range(256)) * 8, NotSqlite),
    ],
)
def test_files_that_are_not_sqlite(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "x.rgpd"
    path.write_bytes(content)
    before = folder_state(tmp_path)
    with pytest.raises(error):
        open_dossier(path)
    assert folder_state(tmp_path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DossierNotFound):
        open_dossier(tmp_path / "nope.rgpd")
    with pytest.raises(NotAFile):
        open_dossier(tmp_path)


def test_a_sqlite_file_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(NotOurFile):
        open_dossier(path)
    assert folder_state(tmp_path) == before


def test_a_dossier_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.rgpd"
    create_dossier(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(NewerVersion) as caught:
        open_dossier(path)
    assert caught.value.params["version"] == migrations.CURRENT_VERSION + 1
    assert folder_state(tmp_path) == before


def test_a_corrupt_dossier_is_refused_and_can_be_read_only(tmp_path: Path) -> None:
    path = corrupt_dossier(tmp_path / "broken.rgpd")
    before = folder_state(tmp_path)
    with pytest.raises(CorruptDossier):
        open_dossier(path)
    assert folder_state(tmp_path) == before
    assert check_file(path) == migrations.CURRENT_VERSION  # header still says it is ours


def test_an_open_dossier_is_refused_to_another_process(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from assistant.store.dossier import open_dossier
            d = open_dossier({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DossierLocked) as caught:
            open_dossier(path)
        assert f"pid {holder.pid}" in str(caught.value.params["holder"])
        assert caught.value.params["since"] != "?"
        # reading stays possible while another instance writes
        with open_dossier(path, read_only=True) as reader:
            assert reader.read_only
    finally:
        holder.kill()
        holder.communicate()
    # the lock file the killed process left behind does not block anyone
    assert lock_path(path).exists()
    with open_dossier(path) as dossier:
        assert not dossier.read_only


def test_read_only_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    before = folder_state(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    with pytest.raises(ReadOnlyLocation):
        open_dossier(path)
    with open_dossier(path, read_only=True) as dossier:
        assert dossier.read_only
        with pytest.raises(ReadOnlyLocation):
            dossier.set_meta("x", "y")
    # (the folder is only pretended read-only here, so SQLite may add its -shm file)
    assert folder_state(tmp_path)["shop.rgpd"] == before["shop.rgpd"]


def test_read_only_connection_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    with open_dossier(path, read_only=True) as dossier, pytest.raises(sqlite3.OperationalError):
        dossier.conn.execute("DELETE FROM organisation")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.rgpd"]


def test_building_a_dossier_leaves_nothing_when_it_fails(tmp_path: Path) -> None:
    from assistant.store.dossier import building_dossier

    target = tmp_path / "new.rgpd"
    with pytest.raises(RuntimeError), building_dossier(target) as dossier:
        dossier.set_meta("x", "y")
        raise RuntimeError("the job failed half-way")
    assert list(tmp_path.iterdir()) == []
    with building_dossier(target) as dossier:
        dossier.set_meta("x", "y")
    assert [p.name for p in tmp_path.iterdir()] == ["new.rgpd"]
    with open_dossier(target) as again:
        assert again.meta("x") == "y"
