"""Small dialogs that hold typed work (the organisation, a DPIA screening, an action of the
plan): Cancel, Escape or the close button ask before throwing changes away, as the record
editors do (:mod:`editor_guard`, which also keeps drafts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.ui.i18n import translate


class ConfirmDiscard:
    """Mix in before QDialog; call :meth:`remember_unchanged` once the form is filled, and
    define :meth:`current_value` (a value that compares equal when nothing changed)."""

    _unchanged: object = None

    def current_value(self) -> object:
        raise NotImplementedError

    def remember_unchanged(self) -> None:
        self._unchanged = self.current_value()

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if self._unchanged is not None and self.current_value() != self._unchanged:
            answer = QMessageBox.question(
                self, translate("ConfirmDiscard", "Discard changes?"),
                translate("ConfirmDiscard", "Your changes are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()  # type: ignore[misc]
