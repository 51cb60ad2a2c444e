"""A window comes back where and how big it was closed, unless that no longer fits the screen
of today: a size left tiny by accident, a window on a monitor since unplugged, a size taken
on a larger screen. Then it opens inside the available area, at a usable size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from assistant.ui import screen_fit
from assistant.ui.screen_fit import FRAME_ALLOWANCE, RESTORED_MINIMUM

NETBOOK = QRect(0, 0, 1024, 600)


def _saved(rect: QRect) -> QByteArray:
    """The geometry a window of another session, placed at ``rect``, would have saved."""
    other = QMainWindow()
    other.setCentralWidget(QLabel("x"))
    other.setGeometry(rect)
    data = other.saveGeometry()
    other.deleteLater()
    return data


@pytest.fixture
def netbook(qapp) -> Iterator[QRect]:  # type: ignore[no-untyped-def]
    screen_fit.install(qapp)
    screen_fit.set_available_override(NETBOOK)
    yield NETBOOK
    screen_fit.set_available_override(None)


def _check(window: QMainWindow, area: QRect) -> None:
    size = window.size()
    usable = QSize(area.width() - FRAME_ALLOWANCE.width(),
                   area.height() - FRAME_ALLOWANCE.height())
    floor = RESTORED_MINIMUM.expandedTo(window.minimumSize()).boundedTo(usable)
    assert floor.width() <= size.width() <= usable.width()
    assert floor.height() <= size.height() <= usable.height()
    top_left = window.frameGeometry().topLeft() if window.isVisible() else window.pos()
    assert area.left() <= top_left.x()
    assert top_left.x() + size.width() + FRAME_ALLOWANCE.width() <= area.right() + 1
    assert area.top() <= top_left.y()
    assert top_left.y() + size.height() + FRAME_ALLOWANCE.height() <= area.bottom() + 1


CASES = {
    "tiny, on an unplugged monitor": QRect(5000, 4000, 120, 90),
    "larger than the screen, above and left of it": QRect(-3000, -2000, 2560, 1600),
    "half off the bottom right": QRect(700, 400, 960, 580),
}


@pytest.mark.parametrize("case", CASES)
def test_a_window_comes_back_usable_and_on_screen(qtbot, netbook: QRect, case: str) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    window.setMinimumSize(640, 420)
    qtbot.addWidget(window)
    assert screen_fit.restore_geometry(window, _saved(CASES[case]))
    _check(window, netbook)
    window.show()
    QApplication.processEvents()
    _check(window, netbook)


def test_the_main_window_comes_back_usable_and_on_screen(  # type: ignore[no-untyped-def]
        qtbot, english, netbook: QRect) -> None:
    from assistant.ui.main_window import MainWindow
    from assistant.ui.settings import Settings

    settings = Settings()
    settings.save_window_state(_saved(CASES["tiny, on an unplugged monitor"]), QByteArray())
    window = MainWindow(settings)
    qtbot.addWidget(window)
    _check(window, netbook)  # before it shows
    window.show()
    QApplication.processEvents()
    _check(window, netbook)


def test_a_window_that_fits_comes_back_as_it_was(qtbot, netbook: QRect) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    assert screen_fit.restore_geometry(window, _saved(QRect(40, 30, 700, 500)), QSize(300, 200))
    assert (window.pos().x(), window.pos().y(), window.width(), window.height()) == (
        40, 30, 700, 500)  # as the user left it
    assert not screen_fit.restore_geometry(window, QByteArray())  # nothing saved yet


@pytest.mark.parametrize("case", CASES)
def test_the_accountants_desk_comes_back_usable_and_on_screen(  # type: ignore[no-untyped-def]
        qtbot, english, netbook: QRect, case: str) -> None:
    from assistant.ui.portfolio_window import PortfolioWindow
    from assistant.ui.settings import Settings

    settings = Settings()
    settings.set_value("portfolio/geometry", _saved(CASES[case]))
    window = PortfolioWindow(settings)
    qtbot.addWidget(window)
    _check(window, netbook)
