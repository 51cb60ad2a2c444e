"""The shell around the pages: crash dialog, welcome, help, about, theme, backups."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from assistant.domain.processing import Processing
from assistant.store.backup import automatic_backup, list_backups
from assistant.ui import backup_actions
from assistant.ui.dialogs.about_dialog import AboutDialog
from assistant.ui.dialogs.crash_dialog import CrashDialog
from assistant.ui.dialogs.welcome_dialog import WelcomeDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.settings import Settings
from assistant.ui.theme import contrast, dark_palette


def test_an_unexpected_error_opens_one_crash_dialog_with_copyable_details(
        qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.app import install_excepthook

    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    old_hook = sys.excepthook
    install_excepthook(tmp_path / "assistant.log")
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    details = dialog.details.toPlainText()
    assert "RuntimeError: boom in a slot" in details and "rgpd-assistant" in details
    dialog.copy_details()
    assert "boom in a slot" in QGuiApplication.clipboard().text()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(str(tmp_path / "assistant.log") in text for text in labels)


def wait_for_jobs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window._jobs, timeout=20000)


def test_welcome_opens_the_demo(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.DEMO)
    window.show_welcome()
    assert Settings().first_run_done
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    wait_for_jobs(qtbot, window)
    assert "Au Pain Doré" in window.windowTitle()


def test_f1_opens_the_help_of_the_page(window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.show_page("register")
    window.show_help()
    assert window._help is not None and window._help.isVisible()
    assert window._help.current_file() == "register.md"
    assert "Article 30" in window._help.browser.toPlainText()
    window._help.close()


def test_about_lists_the_bundled_licences(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    for needle in ("Qt", "LGPL", "ReportLab", "BSD", "DejaVu", "Python"):
        assert needle in text


def test_dark_palette_keeps_text_readable() -> None:
    p = dark_palette()
    for fg, bg in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)


def test_restore_from_backup_brings_the_data_back(qtbot, window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    window.open_path(demo_copy)
    wait_for_jobs(qtbot, window)
    dossier = window.session.dossier
    assert dossier is not None
    uuid = dossier.uuid
    automatic_backup(dossier.conn, dossier.path, uuid, "daily")
    before = [p.name for p in dossier.register.list()]
    dossier.register.create(Processing(name="Added after the backup"))
    monkeypatch.setattr(backup_actions.RestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(backup_actions.RestoreDialog, "chosen",
                        lambda self: next(b.path for b in list_backups(uuid)
                                          if b.reason == "daily"))
    backup_actions.restore_backup(window)
    restored = window.session.dossier
    assert restored is not None and restored is not dossier
    assert [p.name for p in restored.register.list()] == before
    # the state before the restore was kept as a backup too
    assert any(b.reason == "before-restore" for b in list_backups(uuid))


def test_restore_without_backups_says_so(qtbot, window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    window.open_path(demo_copy)
    wait_for_jobs(qtbot, window)
    assert [b.reason for b in list_backups(window.session.dossier.uuid)] == ["daily"]  # type: ignore[union-attr]
    for b in list_backups(window.session.dossier.uuid):  # type: ignore[union-attr]
        b.path.unlink()
    backup_actions.restore_backup(window)
    assert said and "no automatic backup" in said[0]


def test_a_damaged_dossier_can_be_replaced_by_its_backup(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         demo_copy: Path, monkeypatch) -> None:
    window.open_path(demo_copy)
    wait_for_jobs(qtbot, window)
    uuid = window.session.dossier.uuid  # type: ignore[union-attr]
    names = [p.name for p in window.session.dossier.register.list()]  # type: ignore[union-attr]
    window.close_dossier()
    data = bytearray(demo_copy.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 6)):
        data[offset] = 0xEE
    demo_copy.write_bytes(bytes(data))

    def choose_restore(box: QMessageBox) -> int:
        restore = next(b for b in box.buttons()  # "Restore this backup" (the newest)
                       if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole)
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    monkeypatch.setattr(backup_actions.RestoreDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    assert window.open_path(demo_copy)
    assert [p.name for p in window.session.dossier.register.list()] == names  # type: ignore[union-attr]
    assert demo_copy.with_name("demo-copy.damaged.rgpd").exists()
    assert list_backups(uuid)


def test_quitting_while_a_job_runs_waits_for_it(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                demo_copy: Path) -> None:
    window.open_path(demo_copy)  # starts the daily backup on a worker
    runners = list(window._jobs)
    assert runners
    window.close()
    assert not any(r.running or not r.wait(0) for r in runners)


def test_every_help_page_exists_in_both_languages_and_links_resolve() -> None:
    import re

    from assistant.paths import resources_dir
    from assistant.ui.dialogs.help_window import PAGE_HELP

    root = resources_dir() / "help"
    fr = sorted(p.name for p in (root / "fr").glob("*.md"))
    en = sorted(p.name for p in (root / "en").glob("*.md"))
    assert fr == en
    assert set(PAGE_HELP.values()) <= set(fr)
    for lang in ("fr", "en"):
        for page in (root / lang).glob("*.md"):
            for target in re.findall(r"\]\(([^)#:]+\.md)\)", page.read_text(encoding="utf-8")):
                assert (root / lang / target).exists(), (page, target)
