"""Replacing a file the user chose, the window's form of ``--overwrite``.

Outputs refuse an existing file unless told to replace it
(:mod:`assistant.store.outputs`); the window tells them so only once the user has said yes.
A file dialog's own "replace?" question counts, for the very name it showed; a name the app
completed afterwards (an extension added) or typed in a field is asked about here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def may_replace(parent: QWidget | None, title: str, target: Path,
                asked_for: str | None = None) -> bool | None:
    """``overwrite`` to pass for ``target``: False when nothing is there, True when the
    user agreed to replace it, None when they declined (do nothing).

    ``asked_for``: the name a file dialog returned (its own question covered that name).
    """
    from PySide6.QtWidgets import QMessageBox

    if not target.exists() and not target.is_symlink():
        return False
    if asked_for is not None and Path(asked_for) == target:
        return True
    text = QCoreApplication.translate("ReplacePrompt", "%1 already exists. Replace it?")
    answer = QMessageBox.question(
        parent, title, text.replace("%1", str(target)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return True if answer == QMessageBox.StandardButton.Yes else None
