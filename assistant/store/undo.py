"""Undo and redo of user edits, kept with the data rather than in widgets (as in Anki).

A repository that changes something on a user's behalf pushes an :class:`UndoEntry` holding
two functions that put the data back and forward again, each run as one transaction. The
history lives as long as the open dossier; it is not saved in the file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

MAX_ENTRIES = 200
MERGE_SECONDS = 120.0  # edits of one form further apart than this are undone apart


@dataclass(frozen=True)
class UndoEntry:
    label: str  # what the user did, in their words (already translated by the caller)
    undo: Callable[[], None]
    redo: Callable[[], None]
    # A form that saves as the user types gives each save the same key: saves in a row with
    # the same key are one step to undo (the state before the first, the state after the last).
    merge: str = ""
    at: float = field(default_factory=time.monotonic, compare=False)


class UndoStack:
    def __init__(self) -> None:
        self._done: list[UndoEntry] = []
        self._undone: list[UndoEntry] = []
        self._listeners: list[Callable[[], None]] = []

    def push(self, entry: UndoEntry) -> None:
        top = self._done[-1] if self._done else None
        if entry.merge and top is not None and top.merge == entry.merge \
                and not self._undone and entry.at - top.at <= MERGE_SECONDS:
            self._done[-1] = replace(top, label=entry.label, redo=entry.redo, at=entry.at)
            self._changed()
            return
        self._done.append(entry)
        del self._done[:-MAX_ENTRIES]
        self._undone.clear()
        self._changed()

    def undo(self) -> str | None:
        if not self._done:
            return None
        entry = self._done[-1]
        entry.undo()  # raises leave the stacks as they were
        self._done.pop()
        self._undone.append(entry)
        self._changed()
        return entry.label

    def redo(self) -> str | None:
        if not self._undone:
            return None
        entry = self._undone[-1]
        entry.redo()
        self._undone.pop()
        self._done.append(entry)
        self._changed()
        return entry.label

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._changed()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
