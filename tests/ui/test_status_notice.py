"""A background notice waits for the status bar to be free instead of hiding a message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow, QStatusBar

from assistant.ui.widgets.status_notice import show_when_free


@pytest.fixture
def bar(qtbot) -> Iterator[QStatusBar]:  # type: ignore[no-untyped-def]
    window = QMainWindow()  # held here until the test ends: the bar is the window's
    qtbot.addWidget(window)
    yield window.statusBar()


def test_an_empty_bar_shows_the_notice_at_once(bar: QStatusBar, qtbot) -> None:  # type: ignore[no-untyped-def]
    show_when_free(bar, "Backup made", 8000)
    assert bar.currentMessage() == "Backup made"


def test_the_notice_waits_for_the_users_message_to_end(bar: QStatusBar, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar.showMessage("Exported: ledger.csv (chain head 0bf3…)", 150)
    show_when_free(bar, "Backup made", 8000)
    assert bar.currentMessage().startswith("Exported")
    bar.showMessage("Imported 12 rows", 150)  # a later message of the user's: still waits
    assert bar.currentMessage() == "Imported 12 rows"
    qtbot.waitUntil(lambda: bar.currentMessage() == "Backup made", timeout=3000)


def test_only_the_latest_waiting_notice_is_shown(bar: QStatusBar, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    bar.messageChanged.connect(seen.append)
    bar.showMessage("Exported", 0)
    show_when_free(bar, "first", 8000)
    show_when_free(bar, "second", 8000)
    bar.clearMessage()
    assert bar.currentMessage() == "second"
    assert "first" not in seen
    bar.clearMessage()  # nothing is waiting any more: the bar stays empty
    assert bar.currentMessage() == ""
