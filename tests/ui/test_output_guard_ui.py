"""The window follows the command line's rule for outputs: a file is replaced only once the
user said yes, and never the open dossier or its working files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from assistant.store.dossier import create_dossier
from assistant.ui.main_window import MainWindow


def small_dossier(folder: Path) -> Path:
    path = folder / "shop.rgpd"
    create_dossier(path).close()
    return path


def test_export_json_replaces_what_the_file_dialog_confirmed(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    assert window.open_path(small_dossier(tmp_path))
    target = tmp_path / "shop.json"
    target.write_text("old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_json()
    qtbot.waitUntil(lambda: target.read_text(encoding="utf-8") != "old", timeout=10000)
    assert '"format": "rgpd-assistant-dossier"' in target.read_text(encoding="utf-8")


def test_a_completed_name_is_asked_about_and_a_no_writes_nothing(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    dossier = small_dossier(tmp_path)
    assert window.open_path(dossier)
    source = tmp_path / "shop.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(source), ""))
    window.export_json()
    qtbot.waitUntil(source.exists, timeout=10000)
    existing = tmp_path / "again.rgpd"
    existing.write_bytes(b"someone's file")
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    # the dialog returned "again" (no extension): it never asked about again.rgpd
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "again"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.No)
    window.import_json()
    assert asked and "again.rgpd already exists" in asked[0]
    qtbot.wait(200)
    assert existing.read_bytes() == b"someone's file"


def test_a_backup_onto_the_open_dossiers_journal_is_refused(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    dossier = small_dossier(tmp_path)
    assert window.open_path(dossier)
    before = dossier.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (f"{dossier}-wal", ""))
    window.backup_copy()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "working files" in shown[0]
    assert dossier.read_bytes() == before
