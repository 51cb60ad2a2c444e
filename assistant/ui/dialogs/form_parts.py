"""Small form parts the editors of internal processes share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from assistant.ui.vocab import vocab


def vocab_choice(vocabulary: str, parent: QWidget, empty: str | None = None) -> QComboBox:
    """A closed choice among a vocabulary's entries (code in the item data), each with its
    help and source as a tooltip; ``empty`` adds a first "nothing chosen" item."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, "")
    for entry in vocab(vocabulary):
        combo.addItem(entry.label, entry.code)
        tip = "\n".join(x for x in (entry.help, entry.source and f"({entry.source})") if x)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    return combo


def text_box(parent: QWidget, accessible_name: str, height: int = 70) -> QPlainTextEdit:
    """A few lines of text where Tab moves on (it does not type a tab)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible_name)
    edit.setMaximumHeight(height)
    return edit
