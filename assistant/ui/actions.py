"""Small habits the windows share: a menu entry with its shortcut, and the offer to open a
file just written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from assistant.windowed import NO_CONSOLE

if TYPE_CHECKING:  # their Python types are made when first used: after the first paint
    from PySide6.QtGui import QAction, QKeySequence


def menu_action(owner: QObject, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def can_open(path: Path) -> bool:
    """Whether this computer has a program for ``path`` (a PDF reader for a PDF, a file
    manager for a folder). On Linux, Qt hands the file to xdg-open and reports success
    whether or not xdg-open finds a program, so ask xdg-mime first; where nobody can tell
    (Windows and macOS answer through openUrl itself), assume there is one."""
    from PySide6.QtCore import QMimeDatabase

    if not sys.platform.startswith("linux"):
        return True
    import shutil
    import subprocess  # here, not at the top: the window's start need not load it

    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return True
    mime = "inode/directory" if path.is_dir() else \
        QMimeDatabase().mimeTypeForFile(str(path)).name()
    try:
        answer = subprocess.run([xdg_mime, "query", "default", mime], capture_output=True,
                                text=True, timeout=5, check=False,
                                creationflags=NO_CONSOLE)
    except (OSError, subprocess.SubprocessError):
        return True
    return answer.returncode != 0 or bool(answer.stdout.strip())


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the computer has for it; False if there is none."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return can_open(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_to_open(parent: QWidget, title: str, text: str, path: Path | str) -> None:
    """Ask whether to open ``path`` (``text`` says what was written); open it if so. When no
    program opens that kind of file, say so (without asking first) and offer its folder."""
    from PySide6.QtWidgets import QMessageBox

    path = Path(path)
    if not can_open(path):
        offer_folder(parent, title, path)
        return
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes and not open_file(path):
        offer_folder(parent, title, path)


def offer_folder(parent: QWidget, title: str, path: Path) -> None:
    """No program could open ``path``: say so, where the file is, and offer its folder
    (when a file manager can show it)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from assistant.ui.i18n import translate

    box = QMessageBox(QMessageBox.Icon.Information, title, translate(
        "Actions", "No program to open this file was found on this computer (a PDF reader, "
        "for a PDF). The file is saved; it is in:\n%1").replace("%1", str(path)),
        QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(translate("Actions", "Open the &folder"),
                           QMessageBox.ButtonRole.ActionRole) if can_open(path.parent) else None
    box.exec()
    if folder is not None and box.clickedButton() is folder and \
            not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        QMessageBox.information(parent, title, translate(
            "Actions", "The folder could not be opened either: the file is %1").replace(
                "%1", str(path)))
