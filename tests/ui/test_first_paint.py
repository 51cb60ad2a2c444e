"""The window shows a dossier first, then what the first sight of it does not need: the
overview's boxes at once, their assessment right after the first paint; the menu bar's
titles at once, their entries right after; the Tab order right after. A key typed ahead, a
menu opened or an entry asked for before that finds them there."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QProgressBar, QWidget

from assistant.ui.main_window import MainWindow
from assistant.ui.pages.overview_page import OverviewPage


def test_the_overview_fills_right_after_the_window_first_paints(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    # not painted yet: the boxes are there, the assessment is not made yet
    assert overview.isVisibleTo(window) and overview.next_action() is None
    assert overview.next_text.text() == ""
    # the window paints; the assessment follows by itself, with nothing else asked
    qtbot.waitUntil(lambda: overview.next_action() is not None, timeout=5000)
    assert overview.next_text.text()
    assert "/100" in overview.score_value.text()
    assert len(overview.findChildren(QProgressBar)) == 6  # a row for each of the six steps
    assert overview.clocks is not None and overview.clocks.entries()  # the demo's clocks
    assert "Camille Martin" in overview.pilot.text()


def test_once_painted_the_overview_reads_a_change_at_once(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    qtbot.waitUntil(lambda: overview.next_action() is not None, timeout=5000)
    dossier = window.session.dossier
    assert dossier is not None
    window.show_page("step1")
    window.pages["step1"].pilot_panel.name.setText("Lise Martin")  # type: ignore[attr-defined]
    window.show_page("overview")  # no wait: a page already painted fills as it shows
    assert overview.pilot.text().startswith("Lise Martin")


def test_do_it_now_before_the_assessment_does_what_the_filled_page_would(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert overview.next_action() is None
    overview.next_button.click()  # quicker than the assessment
    # the demo's first thing to do is its overdue request
    assert window.current_page_key() == "requests"


def test_what_waits_for_the_first_paint_comes_after_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    seen: list[str] = []
    window.after_first_paint(lambda: seen.append("painted"))
    assert seen == []  # not shown yet
    window.show()
    qtbot.waitUntil(lambda: seen == ["painted"], timeout=5000)
    window.after_first_paint(lambda: seen.append("at once"))  # painted: called at once
    assert seen == ["painted", "at once"]


def test_an_opened_dossier_is_remembered_once_shown(qtbot, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(demo_copy)  # not shown yet: nothing written to the settings
    assert demo_copy.resolve() not in window.settings.recent()
    window.show()
    qtbot.waitUntil(lambda: demo_copy.resolve() in window.settings.recent(), timeout=5000)
    assert window.settings.last_dossier == demo_copy.resolve()
    window.session.close()


def _shortcut_override(key: Qt.Key = Qt.Key.Key_Tab,
                       modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
                       ) -> QKeyEvent:
    """What Qt sends the focused widget first for a key, before it looks for a shortcut."""
    return QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)


def test_a_key_pressed_early_finds_the_work_after_the_paint_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    seen: list[str] = []
    window.after_first_paint(lambda: seen.append("first"))
    window.after_first_paint(lambda: seen.append("second"))
    window.show()
    window.grab()  # painted: the work is queued, the event loop has not come to it yet
    assert seen == []
    QApplication.sendEvent(window, _shortcut_override())  # a key typed ahead
    assert seen == ["first", "second"]  # all of it, in order, before the key goes on
    qtbot.wait(20)  # the event loop's turns for them come: nothing runs twice
    assert seen == ["first", "second"]


def test_tab_follows_the_screen_from_right_after_the_first_paint(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch) -> None:
    from assistant.ui.settings import Settings

    ordered: list[QWidget] = []
    follow = MainWindow.follow_layout

    def recorded(self: MainWindow) -> None:
        ordered.append(self)
        follow(self)

    monkeypatch.setattr(MainWindow, "follow_layout", recorded)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert ordered == []  # not before the first paint
    qtbot.waitUntil(lambda: ordered == [window], timeout=5000)
    # a page built later joins the order at once
    window.show_page("register")
    assert ordered == [window, window]
    # and a Tab pressed early: the order is set before the key moves the focus
    early = MainWindow(Settings())
    qtbot.addWidget(early)
    early.show()
    early.grab()
    QApplication.sendEvent(early.sidebar, _shortcut_override())
    assert ordered[-1] is early


class _HeldTimer:
    """In place of window_first_paint's QTimer: what the paint queues waits here, as if the
    event loop had not come to it yet (a key typed ahead arrives first)."""

    held: ClassVar[list[object]] = []

    @classmethod
    def singleShot(cls, _msec: int, _receiver: object, call: object) -> None:
        cls.held.append(call)


def _title(window: MainWindow, index: int) -> QMenu:
    """A menu of the bar as it is (the window's own menuBar() fills them first)."""
    from PySide6.QtWidgets import QMainWindow

    menu = QMainWindow.menuBar(window).actions()[index].menu()
    assert isinstance(menu, QMenu)
    return menu


def _bar_titles(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QMainWindow

    # the bar as it is (the window's own menuBar() fills the menus before it answers)
    return [a.text() for a in QMainWindow.menuBar(window).actions()]


TITLES = ["&File", "&Edit", "C&onsents", "&View", "&Settings", "&Help"]


def test_the_menu_bar_shows_its_titles_at_once_and_its_entries_right_after(  # type: ignore[no-untyped-def]
        qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert _bar_titles(window) == TITLES  # the bar as the first paint shows it
    file_title = _title(window, 0)
    assert file_title.actions() == []  # its entries wait for the paint
    window.show()
    qtbot.waitUntil(lambda: bool(file_title.actions()), timeout=5000)
    assert _bar_titles(window) == TITLES  # the same titles, in the same places
    assert window.file_menu is file_title
    assert window.consent_menu.menu.menuAction() in QMainWindow.menuBar(window).actions()
    texts = [a.text() for a in window.consent_menu.menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Purposes and wordings…", "New &customer at the till…"]


def test_a_shortcut_works_right_after_the_window_shows(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, demo_copy: Path) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    import assistant.ui.window_first_paint as first_paint
    from assistant.ui.settings import Settings

    monkeypatch.setattr(_HeldTimer, "held", [])
    monkeypatch.setattr(first_paint, "QTimer", _HeldTimer)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(demo_copy)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert _HeldTimer.held  # painted: what follows the paint is queued, not run
    assert _title(window, 0).actions() == []
    assert window.current_page_key() == "overview"
    QTest.keySequence(window.sidebar, QKeySequence("Ctrl+PgDown"))  # View › Next page
    assert window.current_page_key() == "step1"
    QTest.keySequence(window.sidebar, QKeySequence("Ctrl+3"))  # View › the third step
    assert window.current_page_key() == "step3"
    window.session.close()


def test_a_menu_opened_before_its_entries_came_has_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    help_title = _title(window, -1)
    assert help_title.actions() == []
    help_title.popup(QPoint(0, 0))  # a click on Help before the entries came
    try:
        texts = [a.text() for a in help_title.actions()]
        assert "&About…" in texts and "&Help for this page" in texts
    finally:
        help_title.hide()


def test_an_entry_asked_for_before_the_paint_is_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert not window.act_backup.isEnabled()  # filled when asked for, no dossier open
    assert window.act_restore.isEnabled()
    assert _bar_titles(window) == TITLES
    with pytest.raises(AttributeError):
        _ = window.no_such_thing  # type: ignore[attr-defined]
