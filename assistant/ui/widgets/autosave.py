"""The one rule for forms that sit inside a page (the pilot and the DPO answers of step 1):
what is typed is saved as you go, and Edit › Undo takes it back. There is no Save button to
miss and nothing to lose by going to another page.

A form calls :meth:`AutoSave.changed` on every edit; the save runs after a short pause, when
the page is left (:meth:`flush`), and before the window changes dossier or closes. The saves
of one sitting share a merge key, so the store keeps them as one step to undo. A save the
dossier refuses (an email still half typed) says why beside the form and is tried again at
the next edit; only such a form makes the window ask before leaving.

Dialogs keep Save and Cancel: a dialog is a decision taken at once (see
:mod:`assistant.ui.dialogs.confirm_discard`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QTime, QTimer, Signal

from assistant.domain.findings import ValidationError
from assistant.store.errors import DossierError

AUTOSAVE_MS = 700  # a pause in typing before the save
_sittings = itertools.count(1)


class AutoSave(QObject):
    saved = Signal(str)  # the time it was saved ("10:42")
    failed = Signal(object)  # the exception the dossier raised

    def __init__(self, parent: QObject, save: Callable[[str], None], *,
                 delay: int = AUTOSAVE_MS) -> None:
        """``save(merge_key)`` writes the form to the dossier (raising on refusal)."""
        super().__init__(parent)
        self._save = save
        self._pending = False
        self._error: BaseException | None = None
        self._merge = f"form-{next(_sittings)}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """Edits not in the dossier yet (waiting for the pause, or refused)."""
        return self._pending

    @property
    def error(self) -> BaseException | None:
        """Why the last save was refused, while the form still holds what was refused."""
        return self._error if self._pending else None

    def changed(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now what waits; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            self._save(self._merge)
        except (DossierError, ValidationError) as exc:
            self._error = exc
            self.failed.emit(exc)
            return False
        self._pending = False
        self._error = None
        self.saved.emit(QTime.currentTime().toString("HH:mm"))
        return True

    def drop(self) -> None:
        """Forget what waits (the form is about to show the dossier again)."""
        self._timer.stop()
        self._pending = False
        self._error = None

    def new_sitting(self) -> None:
        """The next saves are a new step to undo (the user left the form and came back)."""
        self._merge = f"form-{next(_sittings)}"
