"""Read-only commands read an older dossier without changing it; a newer schema hiding in
the WAL, a header's impossible version and a dossier without its tables are refused with
a message, and nothing is written."""

from __future__ import annotations

import io
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store import migrations
from tests.conftest import folder_state

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"
OLD = sorted(p for p in FIXTURES.glob("dossier-v*.rgpd")
             if int(p.stem.split("-v")[1]) < migrations.CURRENT_VERSION)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("fixture", OLD, ids=lambda p: p.stem)
def test_read_only_commands_read_an_old_dossier_without_changing_it(
        fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    dossier = folder / fixture.name
    shutil.copy(fixture, dossier)
    before = folder_state(folder)
    for argv in (("export", "json", str(dossier), "-o", str(tmp_path / "d.json")),
                 ("consents", "export", str(dossier), "-o", str(tmp_path / "c.csv")),
                 ("consents", "export", str(dossier), "--statuses", "-o",
                  str(tmp_path / "s.csv")),
                 ("export", "pdf", str(dossier), "-o", str(tmp_path / "d.pdf"),
                  "--date", "2025-01-01"),
                 ("backup", str(dossier), "-o", str(tmp_path / "copy.rgpd")),
                 ("verify", str(dossier))):
        code, _, err = run(*argv)
        assert code == 0, (argv, err)
        assert folder_state(folder) == before, argv
        assert sorted(p.name for p in folder.iterdir()) == [fixture.name]
    assert run("verify", str(tmp_path / "copy.rgpd"))[0] == 0


def newer_schema_in_the_wal(source: Path, folder: Path) -> Path:
    """A copy of ``source`` whose WAL (not yet copied into the file) holds schema 99: what a
    newer version of the app leaves when it stops before its checkpoint."""
    work = folder / "work"
    work.mkdir()
    live = work / "shop.rgpd"
    shutil.copy(source, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE app_meta SET value = 'x' WHERE key = 'language'")
    conn.execute("PRAGMA user_version = 99")
    target = folder / "shop.rgpd"
    for suffix in ("", "-wal"):  # copied while open: the WAL is still there
        shutil.copy(f"{live}{suffix}", f"{target}{suffix}")
    conn.close()
    return target


def test_a_newer_schema_in_the_wal_is_refused_and_the_file_left_alone(
        demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    dossier = newer_schema_in_the_wal(demo_file, folder)
    shutil.rmtree(folder / "work")
    csv = tmp_path / "in.csv"
    csv.write_text("email;purpose;status;date\na@x.fr;newsletter;granted;2024-01-02\n")
    def files() -> dict[str, str]:  # SQLite's shared-memory index holds no data
        return {k: v for k, v in folder_state(folder).items() if not k.endswith("-shm")}

    before = files()
    for argv in (("verify", str(dossier)),
                 ("export", "json", str(dossier), "-o", str(tmp_path / "d.json")),
                 ("consents", "import", str(dossier), str(csv)),
                 ("backup", str(dossier), "-o", str(tmp_path / "copy.rgpd"))):
        code, out, err = run(*argv)
        assert code == 1, (argv, out)
        assert "newer version of the app (schema 99" in err, argv
        assert files() == before, argv
    assert not (tmp_path / "d.json").exists() and not (tmp_path / "copy.rgpd").exists()


def with_header_version(source: Path, target: Path, version: int) -> Path:
    data = bytearray(source.read_bytes())
    data[60:64] = struct.pack(">i", version)
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("version", [0, -5])
def test_an_impossible_header_version_is_refused(demo_file: Path, tmp_path: Path,
                                                 version: int) -> None:
    dossier = with_header_version(demo_file, tmp_path / "odd.rgpd", version)
    before = folder_state(tmp_path)
    for argv in (("verify", str(dossier)),
                 ("export", "json", str(dossier), "-o", str(tmp_path / "d.json"))):
        code, _, err = run(*argv)
        assert code == 1 and f"schema version {version}" in err and "damaged" in err
        assert folder_state(tmp_path) == before


def test_a_version_written_over_another_is_not_called_sound(demo_file: Path,
                                                           tmp_path: Path) -> None:
    dossier = with_header_version(demo_file, tmp_path / "odd.rgpd", 1)
    code, _, err = run("verify", str(dossier))
    assert code == 1 and "schema 1" in err and "outside the app" in err


def test_our_id_and_version_on_a_file_without_tables(tmp_path: Path) -> None:
    dossier = tmp_path / "empty.rgpd"
    conn = sqlite3.connect(dossier)
    conn.execute("PRAGMA application_id = 1380405316")  # "RGPD"
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION}")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    for argv in (("verify", str(dossier)),
                 ("export", "json", str(dossier), "-o", str(tmp_path / "d.json")),
                 ("consents", "export", str(dossier), "-o", str(tmp_path / "c.csv"))):
        code, _, err = run(*argv)
        assert code == 1 and "Traceback" not in err, argv
        assert "empty.rgpd" in err
        assert folder_state(tmp_path) == before
