"""What every page of the main window has: a title, the session, and a refresh on change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QVBoxLayout, QWidget

from assistant.ui.session import Session


class Page(QWidget):
    """A page refreshes when shown and when the dossier changes while it is visible."""

    navigate = Signal(str)  # ask the window to show another page, by key

    key = ""

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
        session.changed.connect(self._mark_stale)
        session.opened.connect(self._mark_stale)
        session.closed.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # a toolbar's buttons take no keyboard focus by default: Tab would never reach them
        for toolbar in self.findChildren(QToolBar):
            for button in toolbar.findChildren(QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if self._stale:
            self.refresh_now()

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

    def refresh(self) -> None:
        """Read the dossier again and show it (pages override)."""
