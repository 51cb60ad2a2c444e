"""The owner's two dialogs around the customer's screen
(:mod:`assistant.ui.customer_screen`): choosing what it asks (the purposes, a signature, the
language, which screen) and the exit code before turning it to the customers, and typing
that code on a keypad to leave it. The code is kept in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.catalog import Lang, normalise_lang
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import text_height
from assistant.ui.session import Session

MIN_CODE = 4


@dataclass(frozen=True)
class ScreenSetup:
    purpose_ids: tuple[int, ...]
    signature: bool
    exit_code: str
    language: Lang
    screen: QScreen | None = None


class ScreenSetupDialog(QDialog):
    """What the owner chooses before turning the screen to customers."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dossier = session.dossier
        assert dossier is not None
        self.setWindowTitle(self.tr("Customer's screen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The customer reads each text and answers it on this screen, in full screen. Put "
            "it on a second screen or a tablet turned to the counter. It shows no other "
            "customer's data and returns to a blank form after each customer or a minute "
            "without a touch."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.purposes = QListWidget(self)
        self.purposes.setAccessibleName(self.tr("Purposes shown"))
        worded = {n.purpose_id for n in dossier.consents.notices()}
        for p in dossier.consents.purposes(include_archived=False):
            item = QListWidgetItem(p.label if p.id in worded else self.tr(
                "%1 (no wording: write it first)").replace("%1", p.label), self.purposes)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in worded:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.purposes.setMaximumHeight(text_height(self.purposes, 10.5))
        form.addRow(self.tr("&Purposes:"), self.purposes)
        self.signature = QCheckBox(self.tr("Offer to sign (optional for the customer)"), self)
        self.signature.setChecked(True)
        form.addRow("", self.signature)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        form.addRow(self.tr("&Language to start with:"), self.language)
        self.screen_choice = QComboBox(self)
        screens = QGuiApplication.screens()
        for n, screen in enumerate(screens, start=1):
            size = screen.geometry()
            self.screen_choice.addItem(f"{n}. {screen.name()} ({size.width()}×{size.height()})",
                                       n - 1)
        self.screen_choice.setCurrentIndex(1 if len(screens) > 1 else 0)
        form.addRow(self.tr("&Screen:"), self.screen_choice)
        self.code = QLineEdit(self)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(12)
        self.code.setAccessibleName(self.tr("Exit code"))
        form.addRow(self.tr("E&xit code:"), self.code)
        hint = QLabel(self.tr("Only this code lets anyone leave the customer's screen (Escape "
                              "asks for it). It is kept in memory only, until the screen is "
                              "closed."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open the screen"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def chosen(self) -> list[int]:
        return [int(self.purposes.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.purposes.count())
                if self.purposes.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.chosen():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Choose at least one purpose that has a wording."))
            return
        if len(self.code.text().strip()) < MIN_CODE:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Choose an exit code of at least 4 characters: without it, a customer could "
                "leave the screen and reach the ledger."))
            self.code.setFocus()
            return
        super().accept()

    def setup(self) -> ScreenSetup:
        screens = QGuiApplication.screens()
        index = int(self.screen_choice.currentData() or 0)
        return ScreenSetup(tuple(self.chosen()), self.signature.isChecked(),
                           self.code.text().strip(),
                           normalise_lang(str(self.language.currentData())),
                           screens[index] if index < len(screens) else None)


class OwnerExitDialog(QDialog):
    """The exit code, typed or tapped on a keypad (a tablet has no keyboard)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self.setWindowTitle(self.tr("Leave the customer's screen"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Staff only: the exit code."), self)
        layout.addWidget(label)
        self.entry = QLineEdit(self)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAccessibleName(self.tr("Exit code"))
        layout.addWidget(self.entry)
        pad = QGridLayout()
        for n, key in enumerate("123456789"):
            pad.addWidget(self._key(key), n // 3, n % 3)
        pad.addWidget(self._key("0"), 3, 1)
        back = QPushButton("⌫", self)
        back.setAccessibleName(self.tr("Delete a character"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.entry.backspace)
        pad.addWidget(back, 3, 2)
        layout.addLayout(pad)
        self.wrong = QLabel(self)
        layout.addWidget(self.wrong)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _key(self, key: str) -> QPushButton:
        button = QPushButton(key, self)
        # the minimum sizes on this screen are for a finger, not for the text (a floor: a
        # larger font makes the buttons larger still)
        button.setMinimumSize(56, 48)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.entry.insert(key))
        return button

    def accept(self) -> None:
        if self.entry.text() != self._code:
            self.entry.clear()
            self.wrong.setText(self.tr("Wrong code."))
            return
        super().accept()


