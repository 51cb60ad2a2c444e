"""Pieces for pages that scroll as one: a table as tall as its rows, a details pane as tall
as its text, a paragraph that opens on demand. Inside a page that scrolls, none of them
scrolls by itself (two nested scroll areas are hard to use with a wheel, a keyboard or a
screen reader)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class FitTableView(QTableView):
    """A table that shows all its rows: its minimum height is theirs, it never scrolls up
    and down. Rows that wrap their text are measured again when the width changes. One
    whole row at a time is selected; the cells are read, not edited."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(name)
        self.empty_rows = 1  # room kept when the table is empty

    def select_row(self, row: int) -> bool:
        """Select ``row`` (and make it current); False when the table has no such row."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return False
        index = model.index(row, 0)
        selection = self.selectionModel()
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        return True

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.model() is not None else []
        return rows[0].row() if rows else None

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.fit_rows)

    def fit_rows(self, *_args: object) -> None:
        if self.wordWrap():
            self.resizeRowsToContents()
        self.updateGeometry()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.wordWrap() and event.size().width() != event.oldSize().width():
            self.fit_rows()

    def _rows_height(self) -> int:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        header = self.verticalHeader()
        height = sum(header.sectionSize(r) for r in range(rows) if not self.isRowHidden(r))
        if rows == 0:
            height = header.defaultSectionSize() * self.empty_rows
        top = self.horizontalHeader().height() if self.horizontalHeader().isVisible() else 0
        return height + top + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._rows_height())


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


class DetailsPane(QLabel):
    """The details of the selected row, as tall as its text; selectable and reachable with
    Tab so that a screen reader reads it (it takes the focus ring like any control)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(180)

    def setHtml(self, html: str) -> None:  # as QTextBrowser does
        self.setText(html)
        self.setAccessibleDescription(_plain(html))

    def toPlainText(self) -> str:
        return _plain(self.text())


class Disclosure(QWidget):
    """A heading button that shows or hides the text under it (closed at first)."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body = body
        body.setParent(self)
        body.setVisible(False)
        self.button.toggled.connect(self.set_open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)

    def set_open(self, opened: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened)
        if self.button.isChecked() != opened:
            self.button.setChecked(opened)
