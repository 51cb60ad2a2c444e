"""Small habits the windows share: a menu entry with its shortcut, and the offer to open a
file just written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
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
    """Ask whether to open ``path`` (``text`` says what was written); open it if so. When no
    program opens that kind of file, say so and offer its folder instead."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes and \
            not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        offer_folder(parent, title, Path(path))


def offer_folder(parent: QWidget, title: str, path: Path) -> None:
    """No program could open ``path``: say so, where the file is, and offer its folder."""
    from assistant.ui.i18n import translate

    box = QMessageBox(QMessageBox.Icon.Information, title, translate(
        "Actions", "No program to open this file was found on this computer (a PDF reader, "
        "for a PDF). The file is saved; it is in:\n%1").replace("%1", str(path)),
        QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(translate("Actions", "Open the &folder"),
                           QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is folder and \
            not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        QMessageBox.information(parent, title, translate(
            "Actions", "The folder could not be opened either: the file is %1").replace(
                "%1", str(path)))
