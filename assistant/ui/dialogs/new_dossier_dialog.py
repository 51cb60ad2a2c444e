"""Create a dossier: the organisation's identity and where the file goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.organisation import Organisation
from assistant.paths import data_dir
from assistant.store.filenames import dossier_file_name
from assistant.ui.dialogs.organisation_form import OrganisationForm
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen, scrolling


def file_name_for(name: str) -> str:
    """The file name offered for the organisation ``name`` (the store's rule)."""
    return dossier_file_name(name)


class NewDossierDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New dossier"))
        self.form = OrganisationForm(Organisation(country="France"), self)
        self._path_chosen = False
        where = QGroupBox(self.tr("Where the dossier file is kept"), self)
        self.path = QLineEdit(str(data_dir() / "dossier.rgpd"), where)
        self.path.setAccessibleName(self.tr("Dossier file"))
        browse = QPushButton(self.tr("&Browse…"), where)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(where)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_chosen", True))
        self.form.legal_name.textChanged.connect(self._follow_name)
        self.form.trade_name.textChanged.connect(self._follow_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.form, self), 1)  # the buttons stay in view
        layout.addWidget(where)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 720)

    def _follow_name(self) -> None:
        if not self._path_chosen:
            org = self.form.organisation()
            name = org.trade_name or org.legal_name
            self.path.setText(str(Path(self.path.text()).parent / file_name_for(name)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Dossier file"), self.path.text(),
            self.tr("GDPR dossiers (*.rgpd)"))
        if chosen:
            if not chosen.endswith(".rgpd"):
                chosen += ".rgpd"
            self.path.setText(chosen)
            self._path_chosen = True

    def dossier_path(self) -> Path:
        return Path(self.path.text().strip())

    def organisation(self) -> Organisation:
        return self.form.organisation()

    def _accept(self) -> None:
        blocking = [f for f in self.form.findings() if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot create yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        path = self.dossier_path()
        if path.suffix != ".rgpd":
            path = path.with_suffix(".rgpd")
            self.path.setText(str(path))
        if path.exists():
            QMessageBox.warning(self, self.tr("Cannot create yet"),
                                self.tr("%1 already exists. Choose another file name.")
                                .replace("%1", str(path)))
            return
        self.accept()
