"""A start that opens a dossier (the one given, or the last one): the start page, which only
shows with no dossier open, is built right after the first paint, not before it; an opening
that fails shows what it has to say over the start page, as a start with nothing to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assistant.store.lock import DossierLock
from assistant.ui import dossier_opening
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.start_page import StartPage
from assistant.ui.settings import Settings


def test_the_start_page_comes_right_after_the_dossier_is_shown(  # type: ignore[no-untyped-def]
        qtbot, demo_copy: Path) -> None:
    window = MainWindow(Settings(), opening=True)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_copy)
    window.opening_ended()
    assert window.central.currentWidget() is window.splitter
    assert window.central.count() == 1  # the dossier's pages only, before the paint
    qtbot.waitUntil(lambda: window.central.count() == 2, timeout=5000)
    assert isinstance(window.central.widget(0), StartPage)
    assert window.central.currentWidget() is window.splitter  # still the dossier
    window.close_dossier()
    assert window.central.currentWidget() is window.start


def test_a_dossier_in_use_at_the_start_is_said_over_the_start_page(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, demo_copy: Path) -> None:
    behind: list[object] = []

    def answered(box: QMessageBox) -> int:
        behind.append(window.central.currentWidget())
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", answered)
    held = DossierLock(demo_copy)
    held.acquire()  # another window has it
    try:
        window = MainWindow(Settings(), opening=True)
        qtbot.addWidget(window)
        window.show()
        assert not window.open_path(demo_copy)
        window.opening_ended()
    finally:
        held.release()
    assert behind == [window.start]
    assert window.central.currentWidget() is window.start


def test_a_lost_last_dossier_is_said_over_the_start_page(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    behind: list[object] = []
    monkeypatch.setattr(dossier_opening, "show_error", lambda *_a: behind.append(
        window.central.currentWidget()))
    window = MainWindow(Settings(), opening=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.open_path(tmp_path / "gone.rgpd")
    window.opening_ended()
    assert behind == [window.start]
    assert window.central.currentWidget() is window.start
    assert not window.start.recent.isVisible()  # nothing recent that still exists
