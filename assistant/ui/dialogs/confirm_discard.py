"""Small dialogs that hold typed work (the organisation, a DPIA screening, an action of the
plan): Cancel, Escape or the close button ask before throwing changes away, as the record
editors do (:mod:`editor_guard`, which also keeps drafts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from assistant.ui.i18n import translate


def ask_discard(parent: QWidget, title: str, text: str) -> bool:
    """Ask before throwing typed changes away, with verbs on the buttons (a "Cancel" here
    would mean keep editing while the editor's own Cancel means throw away). True when the
    user chooses to discard; Escape and Enter keep editing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    discard = box.addButton(translate("ConfirmDiscard", "&Discard the changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("ConfirmDiscard", "&Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


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
        if self._unchanged is not None and self.current_value() != self._unchanged and \
                not ask_discard(self, translate("ConfirmDiscard", "Discard changes?"),
                                translate("ConfirmDiscard",
                                          "Your changes are not saved. Discard them?")):
            return
        super().reject()  # type: ignore[misc]
