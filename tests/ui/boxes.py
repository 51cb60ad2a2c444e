"""Answer a message box as a user would, by the words on its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox


def answering(label: str, asked: list[str] | None = None) -> Callable[[QMessageBox], int]:
    """A ``QMessageBox.exec`` that clicks the button whose text starts with ``label``
    (recording the question in ``asked``)."""

    def exec_(box: QMessageBox) -> int:
        if asked is not None:
            asked.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "").startswith(label):
                box.clickedButton = lambda b=button: b  # type: ignore[method-assign]
                return 0
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")

    return exec_
