"""What every page of the main window has: a title, the session, and a refresh on change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QVBoxLayout, QWidget

from assistant.ui.changes import Area
from assistant.ui.session import Session

if TYPE_CHECKING:  # their Python types are made when first used: after the first paint
    from PySide6.QtGui import QAction, QKeySequence


def page_shortcut_context(keys: QKeySequence) -> Qt.ShortcutContext:
    """Where a page's shortcut works. With Ctrl or Alt: anywhere in the window while the
    page shows (after a click in the sidebar too; a hidden page's shortcuts are off, so
    pages may share them). A bare key (Enter, Delete, F2): only with the focus in the page,
    so that it still types in a field or moves in the sidebar."""
    if not keys.count():
        return Qt.ShortcutContext.WidgetWithChildrenShortcut
    combined = keys[0].keyboardModifiers()  # type: ignore[index]  # stubs lack QKeySequence[i]
    if combined & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return Qt.ShortcutContext.WindowShortcut
    return Qt.ShortcutContext.WidgetWithChildrenShortcut


def toolbar_action(page: QWidget, toolbar: QToolBar, text: str,
                   shortcut: str | QKeySequence.StandardKey | None,
                   slot: Callable[[], object]) -> QAction:
    """A toolbar button of a page, with its shortcut (named in its tooltip too), listed in
    the Page menu."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, page)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(page_shortcut_context(action.shortcut()))
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
    action.triggered.connect(lambda _checked=False: slot())
    toolbar.addAction(action)
    page.addAction(action)
    return action


def find_action(page: QWidget, search: QWidget) -> QAction:
    """Ctrl+F: to the page's search field (listed in the Page menu)."""
    from PySide6.QtGui import QAction, QKeySequence

    from assistant.ui.i18n import translate

    action = QAction(translate("Page", "&Search"), page)
    action.setShortcut(QKeySequence.StandardKey.Find)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: (search.setFocus(), search.selectAll()))  # type: ignore[attr-defined]
    page.addAction(action)
    return action


class Page(QWidget):
    """A page reads the dossier again when a change touches one of its :attr:`areas`: at
    once while it is visible, else when it is next shown. Opening or closing a dossier
    touches every page."""

    navigate = Signal(str)  # ask the window to show another page, by key

    key = ""
    areas: ClassVar[Area] = Area.ALL  # the parts of the dossier the page shows

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.title)
        session.changed.connect(self._dossier_changed)
        session.opened.connect(self._mark_stale)
        session.closed.connect(self._mark_stale)

    def buddy_label(self, text: str, field: QWidget) -> QLabel:
        """A visible label naming ``field`` (a screen reader reads a combo box by its value,
        whatever its accessible name): Alt+ its letter goes to the field."""
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _dossier_changed(self, areas: Area) -> None:
        if areas & self.areas:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # With the window's Tab order, once it has painted (at once after that): the walk
        # makes the Python types of every kind of widget the page holds (text documents,
        # scroll bars…), some milliseconds before the first paint
        after_paint = getattr(self.window(), "after_first_paint", None)
        if callable(after_paint):
            after_paint(self._toolbar_buttons_take_focus)
        else:
            self._toolbar_buttons_take_focus()
        if self._stale:
            self.refresh_now()

    def _toolbar_buttons_take_focus(self) -> None:
        """A toolbar's buttons take no keyboard focus by default: Tab would never reach
        them."""
        for toolbar in self.findChildren(QToolBar):
            for button in toolbar.findChildren(QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def unsaved_work(self) -> str:
        """What the page holds that is not saved in the dossier yet, in words ("" if
        nothing): the window asks about it before it closes or changes dossier."""
        return ""

    def save_work(self) -> bool:
        """Save what :meth:`unsaved_work` names; False if that failed (the user was told)."""
        return True

    def drop_work(self) -> None:
        """Forget what :meth:`unsaved_work` names."""

    def menu_actions(self) -> list[QAction]:
        """The page's commands for the window's Page menu (with their shortcuts)."""
        return [a for a in self.actions() if a.text()]

    def refresh(self) -> None:
        """Read the dossier again and show it (pages override)."""
