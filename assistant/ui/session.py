"""The open dossier, as the UI sees it: one object the pages share.

It owns the :class:`~assistant.store.dossier.Dossier` (opened on the GUI thread), tells pages
what data changed (the :class:`~assistant.ui.changes.Area` an action names), and runs user
actions so that an environment error becomes a message and leaves the dossier as it was
(every action is one transaction in the store).

Undo and redo say what they changed too: the session remembers the areas of each action that
left a step in the dossier's undo history, and an undo names the areas of the step it undid
(all of them when that step was not made through :meth:`Session.perform`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.domain.findings import ValidationError
from assistant.store.dossier import Dossier
from assistant.store.errors import DossierError
from assistant.store.undo import MAX_ENTRIES
from assistant.ui.changes import Area
from assistant.ui.errors import show_error

if TYPE_CHECKING:  # its Python type is made with the first dialog (after the first paint)
    from PySide6.QtWidgets import QDialog

T = TypeVar("T")


class Session(QObject):
    opened = Signal()  # a dossier was opened (or another one replaced it)
    closed = Signal()
    # the data of the open dossier changed (edit, undo, redo, import): the Area it touched
    changed = Signal(Area)
    undo_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dossier: Dossier | None = None
        # The areas of the steps in the dossier's undo history, oldest first, each with the
        # step's label; kept beside the history (it is the store's and knows no areas).
        self._done: list[tuple[str, Area]] = []
        self._undone: list[tuple[str, Area]] = []
        self._acting: Area | None = None  # while perform() runs an action: its areas
        self._stepping = False  # while the session itself undoes or redoes

    @property
    def path(self) -> Path | None:
        return self.dossier.path if self.dossier else None

    @property
    def is_open(self) -> bool:
        return self.dossier is not None

    def open(self, dossier: Dossier) -> None:
        self.close()
        self.dossier = dossier
        self._done, self._undone = [], []
        dossier.undo.subscribe(self._history_moved)
        dossier.undo.subscribe(self.undo_changed.emit)
        self.opened.emit()
        self.undo_changed.emit()

    def close(self) -> None:
        if self.dossier is None:
            return
        dossier, self.dossier = self.dossier, None
        self._done, self._undone = [], []
        dossier.close()
        self.closed.emit()
        self.undo_changed.emit()

    @contextmanager
    def changing(self, areas: Area) -> Iterator[None]:
        """Around a change made without :meth:`perform` (one whose errors its caller shows
        itself, as a form that saves as the user types): the step it leaves in the undo
        history names ``areas``, and the pages showing them read again when it succeeds."""
        self._acting = areas
        try:
            yield
        finally:
            self._acting = None
        self.changed.emit(areas)

    def perform(self, parent: QWidget | None, title: str, action: Callable[[], T],
                areas: Area = Area.ALL) -> T | None:
        """Run a user action that changes ``areas``; on an environment or validation error,
        say so and return None.

        Bugs (any other exception) propagate to the crash dialog.
        """
        return self._attempt(parent, title, action, areas)[1]

    def perform_from(self, dialog: QDialog, title: str, action: Callable[[], T],
                     areas: Area = Area.ALL) -> tuple[bool, T | None]:
        """Show ``dialog`` and run the action it asks for, until the action succeeds
        (``(True, its result)``) or the user cancels (``(False, None)``). An error is shown
        over the dialog, which opens again with everything that was typed in it."""
        from PySide6.QtWidgets import QDialog

        while dialog.exec() == QDialog.DialogCode.Accepted:
            done, result = self._attempt(dialog, title, action, areas)
            if done:
                return True, result
        return False, None

    def _attempt(self, parent: QWidget | None, title: str, action: Callable[[], T],
                 areas: Area) -> tuple[bool, T | None]:
        self._acting = areas
        try:
            result = action()
        except (DossierError, ValidationError) as exc:
            show_error(parent, title, exc)
            return False, None
        finally:
            self._acting = None
        self.changed.emit(areas)
        return True, result

    def undo(self, parent: QWidget | None) -> None:
        if self.dossier is not None and self.dossier.undo.can_undo:
            stack = self.dossier.undo
            self._step(parent, self.tr("Undo"), stack.undo, stack.undo_label,
                       self._done, self._undone)

    def redo(self, parent: QWidget | None) -> None:
        if self.dossier is not None and self.dossier.undo.can_redo:
            stack = self.dossier.undo
            self._step(parent, self.tr("Redo"), stack.redo, stack.redo_label,
                       self._undone, self._done)

    def _step(self, parent: QWidget | None, title: str, move: Callable[[], object],
              label: str, source: list[tuple[str, Area]],
              target: list[tuple[str, Area]]) -> None:
        """Undo or redo the step labelled ``label``: it changes what that step's action
        changed. The areas of a step move from one list to the other with it."""
        # Steps the session did not see pushed, or that the history merged into one,
        # leave entries that no longer match: passed over.
        while source and source[-1][0] != label:
            source.pop()
        step = source[-1] if source else (label, Area.ALL)
        self._stepping = True
        try:
            done, _ = self._attempt(parent, title, move, step[1])
        finally:
            self._stepping = False
        if done:
            if source:
                source.pop()
            target.append(step)

    def _history_moved(self) -> None:
        """The dossier's undo history changed: remember the areas of a step an action
        added (all of them for a change made outside :meth:`perform`)."""
        stack = self.dossier.undo if self.dossier is not None else None
        if stack is None or self._stepping:
            return
        if not stack.can_undo and not stack.can_redo:  # cleared
            self._done, self._undone = [], []
            return
        self._done.append((stack.undo_label,
                           Area.ALL if self._acting is None else self._acting))
        del self._done[:-MAX_ENTRIES]
        self._undone.clear()
