"""The first start: what the app does, in three sentences, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.paths import backups_dir, data_dir
from assistant.ui.screen_fit import resize_within_screen


class WelcomeDialog(QDialog):
    DEMO, NEW, OPEN, FOLDER = 10, 11, 12, 13  # dialog results beyond Accepted/Rejected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        title = QLabel(self.tr("Welcome to the GDPR assistant"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "This app keeps your shop's register of processing activities and your customers' "
            "consents in one file on this computer. It guides you through the six steps of the "
            "French data-protection authority (CNIL), telling you each time what to do next. "
            "It prints the documents an inspector or your accountant will ask for."), self)
        intro.setWordWrap(True)
        where = QLabel(self.tr(
            "Your dossiers are kept in %1 unless you choose another place; automatic backups go "
            "to %2. Keep a copy elsewhere too (File › Save a backup copy).")
            .replace("%1", str(data_dir())).replace("%2", str(backups_dir())), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legal = QLabel(self.tr(
            "The app helps you organise your compliance; it is not legal advice. Every rule it "
            "applies names its source so you can check it."), self)
        legal.setWordWrap(True)
        legal.setStyleSheet("font-style: italic;")
        self.demo_button = QPushButton(self.tr("&Try the demo dossier"), self)
        self.new_button = QPushButton(self.tr("&Create my shop's dossier…"), self)
        self.open_button = QPushButton(self.tr("&Open a dossier…"), self)
        self.folder_button = QPushButton(self.tr("Open a &folder of dossiers…"), self)
        self.folder_button.setToolTip(self.tr("For an accountant or an adviser: every "
                                              "client's dossier of a folder in one table"))
        self.later_button = QPushButton(self.tr("&Later"), self)
        self.new_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        self.new_button.clicked.connect(lambda: self.done(self.NEW))
        self.open_button.clicked.connect(lambda: self.done(self.OPEN))
        self.folder_button.clicked.connect(lambda: self.done(self.FOLDER))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.demo_button, self.open_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(legal)
        layout.addLayout(buttons)
        resize_within_screen(self, 680, 320)
