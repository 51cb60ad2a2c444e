"""The window shows a dossier first, then what the first sight of it does not need: the
overview's boxes at once, their assessment right after the first paint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

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


def test_a_key_before_the_first_paint_finds_the_work_done_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    seen: list[str] = []
    window.after_first_paint(lambda: seen.append("done"))
    window.show()  # not painted yet
    QApplication.sendEvent(window, _shortcut_override())
    assert seen == ["done"]
    window.grab()
    qtbot.wait(20)
    assert seen == ["done"]


def test_tab_follows_the_screen_from_right_after_the_first_paint(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch) -> None:
    import assistant.ui.focus_order as focus_order
    from assistant.ui.settings import Settings

    ordered: list[QWidget] = []
    follow = focus_order.follow_layout
    monkeypatch.setattr(focus_order, "follow_layout",
                        lambda root: (ordered.append(root), follow(root)))
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
