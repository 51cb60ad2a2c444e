"""The schema version is read as SQLite sees it after reading the WAL: a newer one there is
seen, and a frame torn by a power cut is not taken for a committed page."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from assistant.store import migrations
from assistant.store.dossier import check_file, create_dossier
from assistant.store.header import effective_header


def live_copy(tmp_path: Path) -> tuple[Path, sqlite3.Connection]:
    source = tmp_path / "src" / "shop.rgpd"
    source.parent.mkdir()
    create_dossier(source).close()
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE app_meta SET value = 'en' WHERE key = 'language'")
    return source, conn


def copied(source: Path, target: Path) -> Path:
    target.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{source}{suffix}", target / f"shop.rgpd{suffix}")
    return target / "shop.rgpd"


def test_a_torn_frame_of_page_one_is_not_read_as_the_header(tmp_path: Path) -> None:
    source, conn = live_copy(tmp_path)
    path = copied(source, tmp_path / "torn")
    conn.close()
    wal = Path(f"{path}-wal")
    data = wal.read_bytes()
    page_size, = struct.unpack(">I", data[8:12])
    salts = data[16:24]
    # a last frame of page 1, marked as a commit, whose page never reached the disk
    frame = struct.pack(">II", 1, 99) + salts + b"\0" * 8 + b"\0" * page_size
    wal.write_bytes(data + frame)
    assert check_file(path) == migrations.CURRENT_VERSION


def test_a_newer_version_in_the_wal_is_seen_and_the_file_left_alone(tmp_path: Path) -> None:
    source, conn = live_copy(tmp_path)
    conn.execute("PRAGMA user_version = 99")
    path = copied(source, tmp_path / "newer")
    conn.close()
    before = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    header = effective_header(path)
    assert header is not None and header.user_version == 99
    assert (path.read_bytes(), Path(f"{path}-wal").read_bytes()) == before
