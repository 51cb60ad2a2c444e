"""A small form for a processor (name, service, contact, country)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.processor import Processor, check_processor
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen


class ProcessorDialog(QDialog):
    def __init__(self, processor: Processor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = processor
        self.setWindowTitle(self.tr("Processor"))
        form = QFormLayout(self)
        self.name = QLineEdit(processor.name, self)
        self.name.setAccessibleName(self.tr("Name"))
        self.service = QLineEdit(processor.service, self)
        self.service.setPlaceholderText(self.tr("Web host, payment provider, accountant…"))
        self.service.setAccessibleName(self.tr("Service"))
        self.contact = QLineEdit(processor.contact, self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.country = QLineEdit(processor.country, self)
        self.country.setAccessibleName(self.tr("Country"))
        self.notes = QPlainTextEdit(processor.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Service provided:"), self.service)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("Not&es:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        resize_within_screen(self, 480, 300)

    def processor(self) -> Processor:
        return replace(self._original, name=self.name.text(), service=self.service.text(),
                       contact=self.contact.text(), country=self.country.text(),
                       notes=self.notes.toPlainText())

    def _accept(self) -> None:
        blocking = [f for f in check_processor(self.processor().normalised())
                    if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
