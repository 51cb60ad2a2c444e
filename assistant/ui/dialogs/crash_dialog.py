"""One dialog for bugs: what happened, copyable details, and where the log is."""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant import __version__
from assistant.ui.screen_fit import resize_within_screen


def format_details(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
    import platform
    import sys

    from PySide6 import __version__ as pyside_version

    lines = [
        f"rgpd-assistant {__version__}",
        f"Python {sys.version.split()[0]}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        intro = QLabel(self.tr(
            "Something went wrong inside the app. Your dossier is safe: every change is "
            "saved as one transaction, and the change in progress was cancelled.\n\n"
            "If you report this problem, include the details below. They describe where the "
            "error happened, not the content of your dossier; read them before sending in case "
            "they quote something you typed."), self)
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setTabChangesFocus(True)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        log = QLabel(self.tr("Log file: %1").replace("%1", log_path), self)
        log.setWordWrap(True)
        log.setTextInteractionFlags(log.textInteractionFlags()
                                    | log.textInteractionFlags().TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy the details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(log)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 480)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
