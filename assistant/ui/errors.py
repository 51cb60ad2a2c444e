"""Showing what went wrong: environment errors as a clear message, bugs as a crash dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from assistant.domain.findings import ValidationError
from assistant.ui.i18n import current_lang


def describe(exc: BaseException) -> str:
    """The user's words for one of our errors (store, exchange, validation)."""
    from assistant.content.messages import messages  # the catalogue loads when first needed

    msg = messages(current_lang())
    if isinstance(exc, ValidationError):
        return "\n".join(msg.finding_with_field(f) for f in exc.findings)
    return msg.exception(exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
