"""Export every dossier of a folder as PDF: where, which document, which language and date,
and whether PDFs already there with other contents may be replaced."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.catalog import Lang
from assistant.reports.builder import ExportOptions
from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, document_today
from assistant.ui.i18n import current_lang, short_date_pattern
from assistant.ui.screen_fit import resize_within_screen


class BatchExportDialog(QDialog):
    def __init__(self, count: int, outdir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the dossiers as PDF"))
        intro = QLabel(self.tr("One PDF per dossier (%n dossier(s)), named after its file: "
                               "Shop.rgpd gives Shop.pdf. A dossier that cannot be read is "
                               "named in the report at the end; the others are exported.",
                               "", count), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        row = QHBoxLayout()
        self.outdir = QLineEdit(str(outdir), self)
        self.outdir.setAccessibleName(self.tr("Folder to write the PDFs into"))
        choose = QPushButton(self.tr("Ch&oose…"), self)
        choose.clicked.connect(self._choose)
        row.addWidget(self.outdir, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.outdir)
        form.addRow(label, row)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Compliance dossier (complete)"), KIND_DOSSIER)
        self.kind.addItem(self.tr("Register extract (for the authority)"), KIND_EXTRACT)
        self.kind.setAccessibleName(self.tr("Document"))
        form.addRow(self.tr("&Document:"), self.kind)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Each client's own language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0)
        self.language.setAccessibleName(self.tr("Language of the documents"))
        form.addRow(self.tr("&Language:"), self.language)
        today = document_today()  # in the zone the document's times are printed in
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_date_pattern())
        self.date.setAccessibleName(self.tr("Date of the documents"))
        form.addRow(self.tr("Da&te:"), self.date)
        self.dated = QCheckBox(self.tr("Put the date in the file &names (Shop-2025-03-12.pdf)"),
                               self)
        self.dated.setToolTip(self.tr("A new date then writes new files beside the old ones"))
        form.addRow("", self.dated)
        self.overwrite = QCheckBox(self.tr("&Replace PDFs already there whose contents "
                                           "differ"), self)
        self.overwrite.setToolTip(self.tr("Otherwise they are left as they are and named in "
                                          "the report. A PDF with the same contents is never "
                                          "rewritten."))
        form.addRow("", self.overwrite)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 0)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                  self.outdir.text())
        if chosen:
            self.outdir.setText(chosen)

    def output_folder(self) -> Path:
        return Path(self.outdir.text().strip()).expanduser()

    def options(self) -> ExportOptions:
        d = self.date.date()
        chosen = self.language.currentData()
        lang: Lang = "en" if chosen == "en" or (not chosen and current_lang() == "en") \
            else "fr"
        return ExportOptions(kind=str(self.kind.currentData()), lang=lang,
                             date=dt.date(d.year(), d.month(), d.day()))

    def per_dossier_lang(self) -> bool:
        """Each PDF in its dossier's own language (the default), not the one chosen."""
        return not self.language.currentData()

    def _accept(self) -> None:
        folder = self.output_folder()
        if not self.outdir.text().strip() or folder.is_file():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Choose a folder for the PDFs."))
            return
        self.accept()
