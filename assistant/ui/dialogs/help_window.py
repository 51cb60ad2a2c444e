"""The help: concise pages shipped with the app (Markdown in ``resources/help/<lang>/``),
opened on the page that matches where the user pressed F1."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from assistant.paths import resources_dir
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen

# Sidebar page key -> help page (pages without their own help open the contents).
PAGE_HELP = {
    "overview": "overview.md",
    "register": "register.md",
    "requests": "requests.md",
    "breaches": "breaches.md",
    "processors": "processors.md",
    "documents": "documents.md",
    "notices": "notices.md",
    "consents": "consents.md",
    **{f"step{n}": "steps.md" for n in range(1, 7)},
    "portfolio": "portfolio.md",  # accountant's desk: the folder view
}


def help_file(page: str) -> str:
    return PAGE_HELP.get(page, "index.md")


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Help text"))
        self.folder = resources_dir() / "help" / current_lang()
        self.browser.setSearchPaths([str(self.folder)])
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        contents = QPushButton(self.tr("&Contents"), self)
        contents.clicked.connect(lambda: self.show_page("index.md"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(contents)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        resize_within_screen(self, 760, 640)

    def show_page(self, name: str) -> None:
        path = self.folder / name
        if not path.exists():
            path = self.folder / "index.md"
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)

    def current_file(self) -> str:
        return self.browser.source().fileName()
