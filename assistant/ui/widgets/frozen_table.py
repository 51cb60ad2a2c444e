"""A table whose first column stays in view while the others scroll (Qt's "frozen column"
pattern: a second view over the left edge, on the same model and selection), rows on one
line, and a tooltip with the whole text of any cell the column cuts short.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)


class CutTextTooltips(QStyledItemDelegate):
    """Rows stay on one line; hovering a cell whose text is cut shows all of it (with the
    model's own tooltip below, if it has one)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: QModelIndex | Any) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        room = option.rect.width() - 12
        if options.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            room -= options.decorationSize.width() + 4
        cut = bool(text) and option.fontMetrics.horizontalAdvance(text) > room
        parts = [text] if cut else []
        if own and str(own) != text:
            parts.append(str(own))
        if not parts:
            QToolTip.hideText()
            event.ignore()
            return True
        QToolTip.showText(event.globalPos(), "\n\n".join(parts), view)
        return True


class FrozenColumnTable(QTableView):
    """A ``QTableView`` whose column 0 is frozen. Use it as a table view; ``frozen`` is the
    view drawn over column 0 (kept in step: model, selection, sorting, row heights,
    scrolling, the column's width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView#frozenColumn { border: none; }")
        for view in (self, self.frozen):
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setItemDelegate(CutTextTooltips(view))
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort_shown)
        # a click on the frozen column's header sorts the table by it
        self.frozen.horizontalHeader().sectionClicked.connect(
            lambda section: self.sortByColumn(section, self._next_order(section)))
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.doubleClicked.connect(self.doubleClicked)
        self.frozen.activated.connect(self.activated)
        self.frozen.clicked.connect(self._frozen_clicked)

    # -- keeping the two views together ---------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.layoutChanged.connect(self._sync_columns)
            model.modelReset.connect(self._sync_columns)
            model.columnsInserted.connect(self._sync_columns)
        self._sync_columns()

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setAlternatingRowColors(self, on: bool) -> None:
        super().setAlternatingRowColors(on)
        self.frozen.setAlternatingRowColors(on)

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers)

    def setContextMenuPolicy(self, policy: Qt.ContextMenuPolicy) -> None:
        super().setContextMenuPolicy(policy)
        self.frozen.setContextMenuPolicy(policy)

    def _sync_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            self.frozen.setColumnHidden(col, col != 0)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        header = self.horizontalHeader()
        self._sort_shown(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._place()

    def _sort_shown(self, section: int, order: Qt.SortOrder) -> None:
        """The frozen header shows the sort arrow only when the table is sorted by it."""
        header = self.frozen.horizontalHeader()
        header.setSortIndicatorShown(section == 0 and self.isSortingEnabled())
        header.setSortIndicator(0 if section == 0 else -1, order)

    def _next_order(self, section: int) -> Qt.SortOrder:
        header = self.horizontalHeader()
        if header.sortIndicatorSection() == section and \
                header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def _frozen_clicked(self, index: QModelIndex) -> None:
        self.setCurrentIndex(index)
        self.clicked.emit(index)

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == 0:
            self.frozen.setColumnWidth(0, new)
            self._place()

    def _row_resized(self, logical: int, _old: int, new: int) -> None:
        self.frozen.setRowHeight(logical, new)

    def _place(self) -> None:
        x = self.verticalHeader().width() + self.frameWidth()
        self.frozen.setGeometry(x, self.frameWidth(), self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place()

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Moving left or right keeps the current cell out from under the frozen column."""
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0 and \
                self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0):
            value = self.horizontalScrollBar().value() + self.visualRect(current).topLeft().x() \
                - self.frozen.columnWidth(0)
            self.horizontalScrollBar().setValue(value)
        return current

    def scrollTo(self, index: QModelIndex | Any,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        """A cell of the frozen column is always in view sideways: scroll up or down only."""
        if index.column() > 0:
            super().scrollTo(index, hint)
            return
        rect = self.visualRect(index)
        bar = self.verticalScrollBar()
        if rect.top() < 0:
            bar.setValue(bar.value() + rect.top())
        elif rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height())


__all__ = ["CutTextTooltips", "FrozenColumnTable"]
