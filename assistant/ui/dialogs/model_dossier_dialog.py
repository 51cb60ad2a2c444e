"""A new client dossier from a model dossier: the model, the client's identity, the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog
from assistant.ui.screen_fit import resize_within_screen


class ModelDossierDialog(NewDossierDialog):
    """The new-dossier form, with the model to copy the standard parts from."""

    def __init__(self, folder: Path, model: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client dossier from a model"))
        box = QGroupBox(self.tr("Model dossier"), self)
        self.model = QLineEdit(str(model) if model else "", box)
        self.model.setAccessibleName(self.tr("Model dossier"))
        self.model.setPlaceholderText(self.tr("The firm's standard dossier to copy from"))
        browse = QPushButton(self.tr("Choose the &model…"), box)
        browse.clicked.connect(self._browse_model)
        what = QLabel(self.tr(
            "Copied: the register (as drafts to confirm), processors without their contracts, "
            "consent purposes and their wordings, the checklist tasks judged not applicable "
            "and the open actions of your own. Never copied: people, consents, rights "
            "requests, breaches, the pilot, DPIA screenings."), box)
        what.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.model, 1)
        row.addWidget(browse)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(what)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, box)
        self.path.setText(str(folder / "dossier.rgpd"))
        resize_within_screen(self, 680, 820)

    def _browse_model(self) -> None:
        start = self.model.text() or str(Path(self.path.text()).parent)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Model dossier"), start,
                                                self.tr("GDPR dossiers (*.rgpd)"))
        if chosen:
            self.model.setText(chosen)

    def model_path(self) -> Path:
        return Path(self.model.text().strip()).expanduser()

    def _accept(self) -> None:
        model = self.model_path()
        if not self.model.text().strip() or not model.is_file():
            QMessageBox.warning(self, self.tr("Cannot create yet"),
                                self.tr("Choose the model dossier to copy from."))
            return
        target = self.dossier_path()
        if target.suffix != ".rgpd":
            target = target.with_suffix(".rgpd")
        if target.resolve() == model.resolve():
            QMessageBox.warning(self, self.tr("Cannot create yet"),
                                self.tr("The new dossier must be another file than the "
                                        "model."))
            return
        super()._accept()
