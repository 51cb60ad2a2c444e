"""Small habits the windows share: a menu entry with its shortcut, and the offer to open a
file just written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget


def menu_action(owner: QObject, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def offer_to_open(parent: QWidget, title: str, text: str, path: Path | str) -> None:
    """Ask whether to open ``path`` (``text`` says what was written); open it if so."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
