"""The window app without a console (the frozen ``rgpd-assistant.exe``, ``pythonw``): its
``sys.stdout`` and ``sys.stderr`` are ``None``; nothing it runs may fail for that.

Simulated by starting the program with its standard output and error closed, which gives
Python ``None`` streams as a Windows GUI program has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.windowed import ensure_streams

ROOT = Path(__file__).resolve().parents[1]


def run_without_console(tmp_path: Path, script: Path | str, *args: str) -> int:
    env = dict(os.environ, RGPD_ASSISTANT_DATA_DIR=str(tmp_path / "state"),
               PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    command = " ".join(f"'{a}'" for a in (sys.executable, str(script), *args))
    return subprocess.run(["sh", "-c", f"{command} >&- 2>&-"], env=env, cwd=tmp_path,
                          timeout=120).returncode


@pytest.mark.skipif(sys.platform == "win32", reason="closes descriptors with sh")
def test_the_window_entry_point_runs_commands_without_a_console(tmp_path: Path) -> None:
    entry = ROOT / "packaging" / "entry_gui.py"
    assert run_without_console(tmp_path, entry, "new", "shop.rgpd", "--name", "Shop") == 0
    assert (tmp_path / "shop.rgpd").exists()
    assert run_without_console(tmp_path, entry, "backup", "shop.rgpd", "-o", "copy.rgpd") == 0
    assert (tmp_path / "copy.rgpd").exists()
    assert run_without_console(tmp_path, entry, "--version") == 0
    console = (tmp_path / "state" / "log" / "console.txt").read_text(encoding="utf-8")
    assert "0." in console  # what it would have printed is kept for a support request


def test_ensure_streams_gives_missing_streams_a_file(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = ensure_streams(tmp_path)
    assert path == tmp_path / "console.txt"
    print("hello")
    sys.stderr.write("oops\n")
    sys.stdout.flush()
    assert path.read_text(encoding="utf-8") == "hello\noops\n"
    sys.stdout.close()


def test_ensure_streams_leaves_a_console_alone(tmp_path: Path) -> None:
    assert ensure_streams(tmp_path) is None
    assert not (tmp_path / "console.txt").exists()


def test_no_console_window_for_the_programs_the_window_starts() -> None:
    from assistant import windowed

    assert (0x08000000 if sys.platform == "win32" else 0) == windowed.NO_CONSOLE
    source = (ROOT / "assistant").rglob("*.py")
    for path in source:
        text = path.read_text(encoding="utf-8")
        if "subprocess.run(" in text or "subprocess.Popen(" in text:
            assert "creationflags=NO_CONSOLE" in text, f"{path}: a console would flash"
