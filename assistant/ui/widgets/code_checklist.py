"""A list of vocabulary entries to tick, plus the user's own entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.vocab import vocab

CODE_ROLE = Qt.ItemDataRole.UserRole


class CodeChecklist(QWidget):
    changed = Signal()

    def __init__(self, vocabulary: str, parent: QWidget | None = None, *,
                 accessible_name: str = "") -> None:
        super().__init__(parent)
        self.vocabulary = vocab(vocabulary)
        self.list = QListWidget(self)
        self.list.setAccessibleName(accessible_name)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("Other (type and press Enter)"))
        self.other.setAccessibleName(self.tr("Add another entry"))
        self.other.setMaxLength(500)
        add = QPushButton(self.tr("Add"), self)
        add.setAccessibleName(self.tr("Add this entry"))
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        for entry in self.vocabulary:
            self._add_item(entry.label, entry.code, tip=entry.help)
        add.clicked.connect(self._add_other)
        self.other.returnPressed.connect(self._add_other)
        self.list.itemChanged.connect(self._item_changed)
        # The order the user's entries were given or ticked in, kept on save.
        self._order: list[str] = []

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if code not in self._order:
                self._order.append(code)
        elif code in self._order:
            self._order.remove(code)
        self.changed.emit()

    def _add_item(self, text: str, code: str, *, tip: str = "",
                  checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if tip:
            item.setToolTip(tip)
        return item

    def _add_other(self) -> None:
        text = self.other.text().strip()
        if not text:
            return
        code = self.vocabulary.code_for(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add_item(text, text, checked=True)
            if text not in self._order:
                self._order.append(text)
        self.other.clear()
        self.changed.emit()

    def set_values(self, values: list[str] | tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        wanted = list(values)
        for i in range(self.list.count()):
            item = self.list.item(i)
            code = item.data(CODE_ROLE)
            item.setCheckState(Qt.CheckState.Checked if code in wanted
                               else Qt.CheckState.Unchecked)
            if code in wanted:
                wanted.remove(code)
        for free in wanted:
            self._add_item(free, free, checked=True)
        self._order = list(dict.fromkeys(values))
        self.list.blockSignals(False)
        self.changed.emit()

    def values(self) -> list[str]:
        checked = {
            str(self.list.item(i).data(CODE_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [code for code in self._order if code in checked]
