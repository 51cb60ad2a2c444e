"""An editable table of small records (data categories, recipients, transfers, measures):
one editor widget per cell, rows added and removed with buttons or the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.processing import DurationUnit
from assistant.ui.i18n import translate
from assistant.ui.widgets.vocab_combo import VocabCombo


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text | vocab | bool | int | unit
    vocabulary: str = ""
    free_text: bool = True
    stretch: bool = False
    max_length: int = 500
    width: int = 0  # a starting width in pixels (0: fit the contents)


def unit_labels() -> list[tuple[str, str]]:
    return [
        ("", "—"),
        (DurationUnit.DAYS.value, translate("Units", "days")),
        (DurationUnit.MONTHS.value, translate("Units", "months")),
        (DurationUnit.YEARS.value, translate("Units", "years")),
    ]


def make_unit_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in unit_labels():
        combo.addItem(text, code)
    return combo


def make_duration_spin(parent: QWidget | None = None) -> QSpinBox:
    """A spin box where the lowest value, shown "—", means "not set"."""
    spin = QSpinBox(parent)
    spin.setRange(-1, 1000)
    spin.setSpecialValueText("—")
    spin.setValue(-1)
    return spin


class RowTable(QWidget):
    changed = Signal()
    row_added = Signal(int)

    def __init__(self, columns: list[Column], parent: QWidget | None = None, *,
                 accessible_name: str = "", add_label: str = "") -> None:
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(accessible_name)
        # Tab goes from cell to cell and on out of the table (Qt's own Tab navigation
        # moves the current cell under the editors and never lets the focus leave)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(i, column.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.add_button = QPushButton(add_label or self.tr("Add a row"), self)
        self.remove_button = QPushButton(self.tr("Remove the selected row"), self)
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_selected)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        insert.activated.connect(lambda: self.add_row({}))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.on_cell_created: Callable[[int, str, QWidget], None] | None = None
        self._fit_height()

    # -- building -------------------------------------------------------------------------
    def _editor(self, column: Column) -> QWidget:
        if column.kind == "vocab":
            combo = VocabCombo(column.vocabulary, self.table, free_text=column.free_text)
            combo.code_changed.connect(lambda _c: self.changed.emit())
            return combo
        if column.kind == "bool":
            box = QCheckBox(self.table)
            box.toggled.connect(lambda _b: self.changed.emit())
            return box
        if column.kind == "int":
            spin = make_duration_spin(self.table)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
            return spin
        if column.kind == "unit":
            unit = make_unit_combo(self.table)
            unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
            return unit
        line = QLineEdit(self.table)
        line.setMaxLength(column.max_length)
        line.setFrame(False)
        line.textChanged.connect(lambda _t: self.changed.emit())
        line.textChanged.connect(line.setToolTip)  # long text stays readable on hover
        return line

    def add_row(self, values: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        previous = self._last_editor()
        for col, column in enumerate(self.columns):
            editor = self._editor(column)
            editor.setAccessibleName(f"{column.header} {row + 1}")
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, col, item)
            self.table.setCellWidget(row, col, editor)
            self._set(editor, column, values.get(column.key))
            self._name_cell(row, col)
            self._connect_naming(editor, item, column)
            if self.on_cell_created:
                self.on_cell_created(row, column.key, editor)
            # Tab goes through the new row after the one above, not after the dialog's
            # buttons (where a widget created later would be in the focus chain)
            QWidget.setTabOrder(previous, editor)
            previous = editor
        self.table.selectRow(row)
        self._fit_height()
        self.row_added.emit(row)
        self.changed.emit()
        return row

    SHOWN_ROWS = 5  # rows in sight before the table scrolls

    def _fit_height(self) -> None:
        """Tall enough for a few rows (the dialog's page scrolls on a small screen rather
        than squeezing the table to a slit)."""
        rows = max(1, min(self.table.rowCount() + 1, self.SHOWN_ROWS))
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + self.table.horizontalScrollBar().sizeHint().height()
                  + 2 * self.table.frameWidth())
        self.table.setMinimumHeight(height)

    def _last_editor(self) -> QWidget:
        rows = self.table.rowCount()
        for row in range(rows - 1, -1, -1):
            widget = self.table.cellWidget(row, len(self.columns) - 1)
            if widget is not None:
                return widget
        return self.table

    def _name_cell(self, row: int, col: int) -> None:
        """A cell's words for a screen reader: its column and what its editor holds."""
        item = self.table.item(row, col)
        editor = self.table.cellWidget(row, col)
        if item is None or editor is None:
            return
        value = self._get(editor, self.columns[col])
        if isinstance(value, bool):
            text = translate("RowTable", "yes") if value else translate("RowTable", "no")
        elif value is None or value == "":
            text = "—"
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
        else:
            text = str(value)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{self.columns[col].header}: {text}")

    def _connect_naming(self, editor: QWidget, item: QTableWidgetItem, column: Column) -> None:
        def rename(*_args: object) -> None:
            row, col = item.row(), item.column()
            if row >= 0:
                self._name_cell(row, col)

        for name in ("textChanged", "currentTextChanged", "toggled", "valueChanged"):
            signal = getattr(editor, name, None)
            if signal is not None:
                signal.connect(rename)
                break

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._fit_height()
            self.changed.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self.blockSignals(False)
        self.changed.emit()

    # -- reading --------------------------------------------------------------------------
    def cell(self, row: int, key: str) -> QWidget:
        col = [c.key for c in self.columns].index(key)
        widget = self.table.cellWidget(row, col)
        assert widget is not None
        return widget

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            values = {}
            for col, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                values[column.key] = self._get(widget, column)
            out.append(values)
        return out

    @staticmethod
    def _set(editor: QWidget, column: Column, value: Any) -> None:
        if isinstance(editor, VocabCombo):
            editor.set_code(str(value or ""))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(-1 if value is None else int(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value or "")
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
            editor.setCursorPosition(0)  # show the start of long text, not its end

    @staticmethod
    def _get(editor: QWidget | None, column: Column) -> Any:
        if isinstance(editor, VocabCombo):
            return editor.code()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return None if editor.value() < 0 else editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None
