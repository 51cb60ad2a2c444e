"""What every record editor does for the work typed into it: ask before throwing changes
away, and keep them aside so a crash does not lose them (see :mod:`assistant.store.drafts`).

An editor builds one :class:`EditorGuard` with its original record, how to read the form
(``current``) and how to fill it (``show``), connects its debounced change signal to
:meth:`EditorGuard.changed`, and asks :meth:`EditorGuard.may_discard` in its ``reject``.
The page that opens it calls :meth:`EditorGuard.offer_draft` before ``exec``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.store.drafts import DraftSlot

DRAFT_DELAY_MS = 1000  # a pause in typing before the draft is written


def draft_slot_for(dossier: Any, kind: str, record_id: int | None) -> DraftSlot | None:
    """Where an editor of ``dossier`` keeps its draft (none for a read-only dossier)."""
    if dossier is None or dossier.read_only:
        return None
    return DraftSlot(dossier.uuid, kind, record_id, dossier_path=dossier.path)


class Normalisable(Protocol):
    def normalised(self) -> Any: ...


T = TypeVar("T", bound=Normalisable)


class EditorGuard(QObject, Generic[T]):
    def __init__(self, dialog: QDialog, original: T, *, current: Callable[[], T],
                 show: Callable[[T], None], label: Callable[[T], str],
                 to_dict: Callable[[T], dict[str, Any]],
                 from_dict: Callable[[dict[str, Any]], T],
                 slot: DraftSlot | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.original = original
        self.slot = slot
        self._current, self._show, self._label = current, show, label
        self._to_dict, self._from_dict = to_dict, from_dict
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep_draft)
        dialog.finished.connect(self._finished)

    def is_modified(self) -> bool:
        return self._current().normalised() != self.original.normalised()

    def changed(self, *_args: object) -> None:
        if self.slot is not None:
            self._timer.start()

    def keep_draft(self) -> None:
        """Write the form to the draft slot (or remove the draft when nothing changed)."""
        self._timer.stop()
        if self.slot is None:
            return
        if self.is_modified():
            self.slot.save(self._to_dict(self._current()))
        else:
            self.slot.discard()

    def offer_draft(self) -> bool:
        """Offer back what was typed in this editor before the app last closed without
        saving; True when the form now shows it."""
        if self.slot is None:
            return False
        draft = self.slot.load()
        if draft is None:
            return False
        try:
            restored = self._from_dict(draft.data)
            self._show(restored)  # only what the form edits: the rest stays the original's
        except (KeyError, ValueError, TypeError):
            self._show(self.original)
            self.slot.discard()
            return False
        if not self.is_modified():
            self.slot.discard()
            return False
        from assistant.ui.models.clock_text import format_moment

        when = format_moment(draft.saved_at)
        name = self._label(self._current()).strip() or self.tr("(no name yet)")
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Unsaved changes found"),
            self.tr("Changes to “%1” typed on %2 were never saved: the app closed before "
                    "(a crash, a power cut or the computer shutting down). Restore them?")
            .replace("%1", name).replace("%2", when), QMessageBox.StandardButton.NoButton,
            self.dialog)
        restore = box.addButton(self.tr("&Restore them"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(drop)
        box.exec()
        if box.clickedButton() is not restore:
            self._show(self.original)
            self.slot.discard()
            return False
        return True

    def may_discard(self) -> bool:
        """Cancel, Escape or the close button: True when nothing would be lost, or the user
        agrees to lose it."""
        if not self.is_modified():
            return True
        from assistant.ui.dialogs.confirm_discard import ask_discard

        name = self._label(self._current()).strip() or self.tr("(no name yet)")
        return ask_discard(self.dialog, self.tr("Discard changes?"),
                           self.tr("“%1” has unsaved changes. Discard them?").replace("%1", name))

    def _finished(self, _result: int) -> None:
        """Saved or discarded: the draft has served (a crash keeps it for next time)."""
        self._timer.stop()
        if self.slot is not None:
            self.slot.discard()
