"""The open dossier, as the UI sees it: one object the pages share.

It owns the :class:`~assistant.store.dossier.Dossier` (opened on the GUI thread), tells pages
when data changed, and runs user actions so that an environment error becomes a message and
leaves the dossier as it was (every action is one transaction in the store).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from assistant.domain.findings import ValidationError
from assistant.store.dossier import Dossier
from assistant.store.errors import DossierError
from assistant.ui.errors import show_error

T = TypeVar("T")


class Session(QObject):
    opened = Signal()  # a dossier was opened (or another one replaced it)
    closed = Signal()
    changed = Signal()  # the data of the open dossier changed (edit, undo, redo, import)
    undo_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dossier: Dossier | None = None

    @property
    def path(self) -> Path | None:
        return self.dossier.path if self.dossier else None

    @property
    def is_open(self) -> bool:
        return self.dossier is not None

    def open(self, dossier: Dossier) -> None:
        self.close()
        self.dossier = dossier
        dossier.undo.subscribe(self.undo_changed.emit)
        self.opened.emit()
        self.undo_changed.emit()

    def close(self) -> None:
        if self.dossier is None:
            return
        dossier, self.dossier = self.dossier, None
        dossier.close()
        self.closed.emit()
        self.undo_changed.emit()

    def perform(self, parent: QWidget | None, title: str, action: Callable[[], T]) -> T | None:
        """Run a user action; on an environment or validation error, say so and return None.

        Bugs (any other exception) propagate to the crash dialog.
        """
        return self._attempt(parent, title, action)[1]

    def perform_from(self, dialog: QDialog, title: str,
                     action: Callable[[], T]) -> tuple[bool, T | None]:
        """Show ``dialog`` and run the action it asks for, until the action succeeds
        (``(True, its result)``) or the user cancels (``(False, None)``). An error is shown
        over the dialog, which opens again with everything that was typed in it."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            done, result = self._attempt(dialog, title, action)
            if done:
                return True, result
        return False, None

    def _attempt(self, parent: QWidget | None, title: str,
                 action: Callable[[], T]) -> tuple[bool, T | None]:
        try:
            result = action()
        except (DossierError, ValidationError) as exc:
            show_error(parent, title, exc)
            return False, None
        self.changed.emit()
        return True, result

    def undo(self, parent: QWidget | None) -> None:
        if self.dossier is not None and self.dossier.undo.can_undo:
            self.perform(parent, self.tr("Undo"), self.dossier.undo.undo)

    def redo(self, parent: QWidget | None) -> None:
        if self.dossier is not None and self.dossier.undo.can_redo:
            self.perform(parent, self.tr("Redo"), self.dossier.undo.redo)
