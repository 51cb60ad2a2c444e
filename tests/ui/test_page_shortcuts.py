"""Every page's shortcuts, and the window's own, reach their command wherever the keyboard
is: in the sidebar (after a click on a page's name, or F6; the shortcuts with Ctrl or Alt),
in the page's first list, or in a step's checklist. The shortcut events are caught before
any dialog opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from assistant.ui.main_window import MainWindow, page_specs
from assistant.ui.pages.base import page_shortcut_context

PAGES = [spec.key for spec in page_specs()]


class _Catch(QObject):
    """Eats the shortcut events of the actions it watches, and notes which came."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[tuple[QAction, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction):
            self.hits.append((watched, event.isAmbiguous()))  # type: ignore[attr-defined]
            return True
        return False


def _row(window: MainWindow, key: str) -> int:
    return next(r for r in range(window.sidebar.count())
                if window.sidebar.item(r).data(Qt.ItemDataRole.UserRole) == key)


def _first_list(page: QWidget) -> QWidget | None:
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()
             and v.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return views[0] if views else None


@pytest.fixture(scope="module")
def shortcut_window(qapp, demo_file: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant import paths
    from assistant.ui.i18n import install_translations
    from assistant.ui.settings import Settings

    paths.set_data_dir(tmp_path_factory.mktemp("shortcut-state"))
    install_translations("en")
    copy = tmp_path_factory.mktemp("shortcuts") / "demo.rgpd"
    copy.write_bytes(demo_file.read_bytes())
    window = MainWindow(Settings())
    window.show()
    assert window.open_path(copy)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    yield window
    window.setProperty("unattended", True)
    window.close()
    window.deleteLater()


@pytest.mark.parametrize("key", PAGES)
def test_page_shortcuts_work_from_the_sidebar_and_the_page_lists(
        shortcut_window: MainWindow, key: str) -> None:
    window = shortcut_window
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(_row(window, key))  # a click on the page's name
    QApplication.processEvents()
    page = window.pages[key]
    places: list[QWidget] = [window.sidebar]
    inner = _first_list(page)
    if inner is not None:
        places.append(inner)  # a register's table, a step's checklist
        model = inner.model()  # type: ignore[attr-defined]
        if model is not None and model.rowCount() > 0:  # the commands of a chosen row too
            inner.setCurrentIndex(model.index(0, 0))  # type: ignore[attr-defined]
            QApplication.processEvents()
    # a command that cannot run now (nothing chosen) takes no shortcut
    actions = [a for a in page.menu_actions() if not a.shortcut().isEmpty() and a.isEnabled()]
    assert actions or key not in ("register", "consents", "requests", "breaches",
                                  "processors", "step3")
    catch = _Catch()
    for action in actions:
        action.installEventFilter(catch)
    try:
        for place in places:
            for action in actions:
                if place is window.sidebar and page_shortcut_context(action.shortcut()) \
                        != Qt.ShortcutContext.WindowShortcut:
                    continue  # a bare key (Enter, Delete) acts in the sidebar itself
                place.setFocus()
                catch.hits.clear()
                QTest.keySequence(place, action.shortcut())
                assert [(a.text(), ambiguous) for a, ambiguous in catch.hits] == [
                    (action.text(), False)], (
                    f"{key}: {action.shortcut().toString()} ({action.text()}) with the "
                    f"focus in {type(place).__name__}")
    finally:
        for action in actions:
            action.removeEventFilter(catch)


def test_ctrl_and_a_digit_go_to_the_steps_from_anywhere(shortcut_window: MainWindow) -> None:
    window = shortcut_window
    window.show_page("register")
    window.sidebar.setFocus()
    for n in range(1, 7):
        QTest.keySequence(window.sidebar, QKeySequence(f"Ctrl+{n}"))
        assert window.current_page_key() == f"step{n}"
    inner = _first_list(window.pages["step6"])
    assert inner is not None
    inner.setFocus()
    QTest.keySequence(inner, QKeySequence("Ctrl+0"))
    assert window.current_page_key() == "overview"
