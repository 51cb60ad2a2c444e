"""What the window shows when no dossier is open: create one, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.paths import data_dir


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("GDPR assistant for small shops"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "This app keeps your register of processing activities and your customers' "
            "consents in one file on this computer, guides you through the six steps of the "
            "French data-protection authority (CNIL), and prints the documents an inspector "
            "or your accountant will ask for."), self)
        intro.setWordWrap(True)
        where = QLabel(self.tr("New dossiers are kept in %1 unless you choose another place. "
                               "Back them up like any important file.")
                       .replace("%1", str(data_dir())), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("Create a dossier for my shop…"), self)
        self.open_button = QPushButton(self.tr("Open a dossier…"), self)
        self.demo_button = QPushButton(self.tr("Try the demo dossier"), self)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(self.open_requested.emit)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("Recent dossiers:"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent dossiers"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        self.recent.setMaximumHeight(240)
        column = QWidget(self)
        column.setMaximumWidth(column.fontMetrics().averageCharWidth() * 150)
        layout = QVBoxLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout.setContentsMargins(40, 60, 40, 30)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(where)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
