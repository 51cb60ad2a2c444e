"""A dossier too damaged to open: its newest automatic backup is offered (named, dated,
with what it holds), nothing is replaced without a yes, and the damaged file is kept.
File › Restore a backup works with no dossier open too (a damaged or lost dossier)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from assistant.store.backup import automatic_backup, list_backups
from assistant.store.dossier import open_dossier
from assistant.ui import backup_actions
from assistant.ui.main_window import MainWindow


@pytest.fixture
def backed_up(demo_copy: Path) -> tuple[Path, str, int]:
    """The demo with one automatic backup of it; the file then made unreadable as SQLite
    ("file is not a database"). Returns the path, its id and its register's size."""
    with open_dossier(demo_copy) as dossier:
        uuid = dossier.uuid
        for old in list_backups(uuid):
            old.path.unlink()
        automatic_backup(dossier.conn, dossier.path, uuid, "daily")
        count = len([p for p in dossier.register.list() if p.status != "archived"])
    data = bytearray(demo_copy.read_bytes())
    data[:100] = b"\xee" * 100  # the header gone: SQLite calls it "not a database"
    demo_copy.write_bytes(bytes(data))
    return demo_copy, uuid, count


def _click(role: QMessageBox.ButtonRole, seen: list[str]):  # type: ignore[no-untyped-def]
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        wanted = [b for b in box.buttons() if box.buttonRole(b) == role]
        (wanted[0] if wanted else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0
    return exec_


def test_the_newest_backup_is_offered_and_restored_with_the_damaged_file_kept(
        qtbot, window: MainWindow, backed_up, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, uuid, count = backed_up
    damaged_bytes = path.read_bytes()
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _click(QMessageBox.ButtonRole.YesRole, seen))
    assert window.open_path(path)
    newest = list_backups(uuid)[0]
    text = seen[0]
    assert newest.path.name in text  # named
    assert backup_actions.when_label(newest.taken_at) in text  # dated
    assert f"{count} processing activities" in text and "consent events" in text
    assert "Au Pain" in text  # whose it is
    dossier = window.session.dossier
    assert dossier is not None and dossier.path == path
    assert len([p for p in dossier.register.list() if p.status != "archived"]) == count
    aside = path.with_name("demo-copy.damaged.rgpd")
    assert aside.read_bytes() == damaged_bytes  # kept as it was, never deleted


def test_cancel_changes_nothing(qtbot, window: MainWindow, backed_up,  # type: ignore[no-untyped-def]
                                monkeypatch) -> None:
    path, _uuid, _count = backed_up
    before = path.read_bytes()
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", _click(QMessageBox.ButtonRole.RejectRole, seen))
    assert not window.open_path(path)
    assert seen and "Restore it in place of demo-copy.rgpd?" in seen[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo-copy.rgpd"]


def test_a_second_damage_keeps_both_damaged_files(qtbot, window: MainWindow, backed_up,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    path, _uuid, _count = backed_up
    path.with_name("demo-copy.damaged.rgpd").write_bytes(b"an older damaged file")
    monkeypatch.setattr(QMessageBox, "exec", _click(QMessageBox.ButtonRole.YesRole, []))
    assert window.open_path(path)
    assert path.with_name("demo-copy.damaged.rgpd").read_bytes() == b"an older damaged file"
    assert path.with_name("demo-copy.damaged-2.rgpd").exists()


def test_restore_is_offered_with_no_dossier_open(qtbot, window: MainWindow, backed_up,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    path, uuid, count = backed_up
    assert window.session.dossier is None
    assert window.act_restore.isEnabled()
    newest = list_backups(uuid)[0]
    path.unlink()  # the dossier is lost altogether
    monkeypatch.setattr(backup_actions.RestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(backup_actions.RestoreDialog, "chosen", lambda self: newest.path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(path), "Dossiers (*.rgpd)"))
    window.act_restore.trigger()
    dossier = window.session.dossier
    assert dossier is not None and dossier.path == path
    assert len([p for p in dossier.register.list() if p.status != "archived"]) == count


def test_restoring_onto_a_file_asks_and_keeps_it(qtbot, window: MainWindow, backed_up,  # type: ignore[no-untyped-def]
                                                 monkeypatch) -> None:
    path, uuid, _count = backed_up
    before = path.read_bytes()
    newest = list_backups(uuid)[0]
    asked: list[str] = []
    monkeypatch.setattr(backup_actions.RestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(backup_actions.RestoreDialog, "chosen", lambda self: newest.path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(path), "Dossiers (*.rgpd)"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.act_restore.trigger()
    assert asked and "demo-copy.rgpd exists" in asked[0]
    assert window.session.dossier is None and path.read_bytes() == before  # a no: untouched
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.act_restore.trigger()
    assert window.session.dossier is not None
    assert path.with_name("demo-copy.before-restore.rgpd").read_bytes() == before
