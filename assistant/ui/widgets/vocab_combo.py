"""A combo box over a shipped vocabulary that also takes the user's own words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from assistant.ui.vocab import vocab

CODE_ROLE = Qt.ItemDataRole.UserRole


class VocabCombo(QComboBox):
    """Items are the vocabulary's labels (code in the item data). When ``free_text`` is on,
    typing something that is not a label keeps it as typed."""

    code_changed = Signal(str)

    def __init__(self, vocabulary: str, parent: QWidget | None = None, *,
                 free_text: bool = True, empty_label: str | None = None,
                 exclude: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.vocabulary = vocab(vocabulary)
        self.setEditable(free_text)
        if free_text:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = self.lineEdit()
            assert line is not None  # an editable combo box has one
            line.setMaxLength(500)
            line.setClearButtonEnabled(False)
        if empty_label is not None:
            self.addItem(empty_label, "")
        for entry in self.vocabulary:
            if entry.code in exclude:
                continue
            self.addItem(entry.label, entry.code)
            tip = "\n".join(x for x in (entry.help, entry.source and f"({entry.source})") if x)
            if tip:
                self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.currentTextChanged.connect(lambda _text: self.code_changed.emit(self.code()))

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index, CODE_ROLE) or "")
        return text

    def set_code(self, code: str) -> None:
        index = self.findData(code, CODE_ROLE)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(code)
        else:
            self.setCurrentIndex(0 if self.count() else -1)
        if (line := self.lineEdit()) is not None:  # editable
            line.setCursorPosition(0)  # long labels show their start

    def entry_help(self) -> str:
        entry = self.vocabulary.entries.get(self.code())
        if entry is None:
            return ""
        return "\n".join(x for x in (entry.help, entry.source and f"({entry.source})") if x)
