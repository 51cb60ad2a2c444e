"""The command line contract, run as a user runs it: ``python -m assistant ...``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import folder_state

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data_dir: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, RGPD_ASSISTANT_DATA_DIR=str(data_dir), LANG=f"{lang}_FR.UTF-8",
               PYTHONPATH=str(ROOT))
    env.pop("LC_ALL", None)
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, env=env, cwd=data_dir, timeout=120)


def test_demo_verify_export_import_backup(tmp_path: Path) -> None:
    demo = tmp_path / "demo.rgpd"
    r = run("demo", str(demo), data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert demo.exists()
    r = run("verify", str(demo), data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "sound" in r.stdout
    r = run("export", "json", str(demo), "-o", str(tmp_path / "demo.json"), data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run("import", "json", str(tmp_path / "demo.json"), "-o", str(tmp_path / "again.rgpd"),
            data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run("backup", str(demo), "-o", str(tmp_path / "copy.rgpd"), data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert run("verify", str(tmp_path / "copy.rgpd"), data_dir=tmp_path).returncode == 0


def test_new_in_french(tmp_path: Path) -> None:
    r = run("new", str(tmp_path / "fleurs.rgpd"), "--name", "Fleurs de Łódź", data_dir=tmp_path,
            lang="fr")
    assert r.returncode == 0, r.stderr
    assert "Dossier créé" in r.stdout
    r = run("new", str(tmp_path / "fleurs.rgpd"), "--name", "Again", data_dir=tmp_path,
            lang="fr")
    assert r.returncode == 1
    assert "existe déjà" in r.stderr and "fleurs.rgpd" in r.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("export", "json", "x.rgpd", data_dir=tmp_path).returncode == 2
    assert run("frobnicate", data_dir=tmp_path).returncode == 2
    assert run("new", "x.rgpd", data_dir=tmp_path).returncode == 2


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" * 8])
def test_refused_input_exits_1_and_names_the_file(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.rgpd"
    bad.write_bytes(content)
    before = folder_state(tmp_path)
    r = run("verify", str(bad), data_dir=tmp_path)
    assert r.returncode == 1
    assert "bad.rgpd" in r.stderr
    assert folder_state(tmp_path) == before


def test_verify_reports_a_damaged_dossier(demo_file: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo.rgpd"  # the session's demo: building one is the test above's
    data = bytearray(demo_file.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 4)):
        data[offset] = 0x55
    demo.write_bytes(bytes(data))
    r = run("verify", str(demo), data_dir=tmp_path)
    assert r.returncode == 1
    assert "demo.rgpd" in r.stderr


def test_import_refusal_names_the_json_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rgpd-assistant-dossier", "format_version": 1}')
    r = run("import", "json", str(bad), "-o", str(tmp_path / "out.rgpd"), data_dir=tmp_path)
    assert r.returncode == 1
    assert "$" in r.stderr and "bad.json" in r.stderr
    assert not (tmp_path / "out.rgpd").exists()


def test_the_progress_line_names_the_stage_in_the_users_language(monkeypatch) -> None:
    import io

    from assistant.cli.base import TextProgress
    from assistant.content.messages import messages
    from assistant.domain.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(TextProgress, "messages", messages("fr"))
    screen = Terminal()
    bar = TextProgress(screen)
    bar.show(Progress(0, 0, "index"))
    bar.show(Progress(5, 10, "write"))
    bar.show(Progress(3, 0, "some_stage_without_words"))
    shown = screen.getvalue()
    assert "\rConstruction de l'index de recherche…" in shown
    assert "5/10 Écriture dans le dossier" in shown
    assert "3 some_stage_without_words" in shown
