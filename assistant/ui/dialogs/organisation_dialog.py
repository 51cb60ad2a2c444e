"""Edit the organisation of the open dossier."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.organisation import Organisation
from assistant.ui.dialogs.confirm_discard import ConfirmDiscard
from assistant.ui.dialogs.organisation_form import OrganisationForm
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen, scrolling


class OrganisationDialog(ConfirmDiscard, QDialog):
    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation"))
        self.form = OrganisationForm(org, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._accept)  # Ctrl+S
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.form, self), 1)  # the buttons stay in view
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 640)
        self.remember_unchanged()

    def current_value(self) -> object:
        return self.organisation()

    def organisation(self) -> Organisation:
        return self.form.organisation()

    def _accept(self) -> None:
        blocking = [f for f in self.form.findings() if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
