"""An honest page for an area this version does not build yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from assistant.ui.pages.base import Page
from assistant.ui.session import Session


class PlaceholderPage(Page):
    def __init__(self, session: Session, key: str, title: str, plan: str,
                 parent: QWidget | None = None, *, link: tuple[str, str] | None = None) -> None:
        super().__init__(session, parent)
        self.key = key
        self.title.setText(title)
        notice = QLabel(self.tr("This part is not built yet in this version of the app."),
                        self)
        notice.setStyleSheet("font-weight: bold;")
        notice.setWordWrap(True)
        body = QLabel(plan, self)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(notice)
        self.layout_.addWidget(body)
        if link is not None:
            target, text = link
            button = QPushButton(text, self)
            button.clicked.connect(lambda: self.navigate.emit(target))
            self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)
