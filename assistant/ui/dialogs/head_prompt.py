"""Asks for a consent-ledger chain head printed earlier (on a PDF or an export), for File ›
Verify against a printed head: the window's ``verify --head``."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from assistant.store.consent_verify import HEAD_RE, normalise_head


def ask_head(parent: QWidget) -> str | None:
    """A well-formed head, or ``None`` when the user gives up. A malformed one is named and
    asked again, with what was typed kept."""
    title = parent.tr("Verify against a printed head")
    typed = ""
    while True:
        text, ok = QInputDialog.getText(
            parent, title,
            parent.tr("Chain head printed on a PDF or an export of this dossier (at least its "
                      "first 16 characters):"),
            QLineEdit.EchoMode.Normal, typed)
        if not ok:
            return None
        head = normalise_head(text)
        if HEAD_RE.match(head):
            return head
        typed = text
        QMessageBox.warning(parent, title, parent.tr(
            "“%1” is not a chain head: it is written with 16 to 64 characters among 0–9 and "
            "a–f.").replace("%1", text.strip()[:80]))
