"""Tab goes through a window in the order things are on screen: down a column, then the
next column, as the layouts place them.

Qt's default order is the order widgets were created in, which drifts from the screen as
soon as a toolbar gets its buttons late or a panel is built before the form above it. The
screen order here is read from the layouts themselves (a form row by row, a grid row by
row, a row left to right, a column top to bottom, a scroll area's contents, a splitter's
panes, each tab page after the tab bar), so it stays right when a layout changes.
:func:`follow_layout` is applied to every dialog when it is first shown
(:class:`assistant.ui.screen_fit.ScreenFitFilter`) and to the main window when it is built.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# controls whose children are their own parts (a combo's line edit, a view's viewport)
_COMPOUND = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTextEdit,
             QPlainTextEdit)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _by_position(widgets: list[QWidget]) -> list[QWidget]:
    return sorted(widgets, key=lambda w: (w.y(), w.x()))


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets of ``root`` that take Tab, in screen (layout) order."""
    out: list[QWidget] = []
    seen: set[int] = set()

    def visit_layout(layout: QLayout) -> None:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QGridLayout):
            def cell(i: int) -> tuple[int, int]:
                row, col, _rs, _cs = layout.getItemPosition(i)
                return row, col
            items = [layout.itemAt(i) for i in sorted(range(layout.count()), key=cell)]
        for item in items:
            if item is None or item.spacerItem() is not None:
                continue
            if item.widget() is not None:
                visit(item.widget())
            elif isinstance(item.layout(), QLayout):
                visit_layout(item.layout())

    def visit(widget: QWidget) -> None:
        if id(widget) in seen or (widget.isWindow() and widget is not root):
            return
        seen.add(id(widget))
        if isinstance(widget, QScrollArea) and widget.widget() is not None and any(
                _takes_tab(w) for w in widget.widget().findChildren(QWidget)):
            # its fields take Tab and scroll it into view: the area is no stop of its own
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif widget is not root and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            # a widget reached by a click only today may take Tab tomorrow (the answer of a
            # row of choices takes the row's Tab stop): it is kept in its place too
            out.append(widget)
        if isinstance(widget, QTableWidget):  # editors in its cells: row by row
            for row in range(widget.rowCount()):
                for col in range(widget.columnCount()):
                    cell = widget.cellWidget(row, col)
                    if cell is not None:
                        visit(cell)
            return
        if isinstance(widget, _COMPOUND):
            return
        if isinstance(widget, QTabWidget):
            visit(widget.tabBar())
            for i in range(widget.count()):
                visit(widget.widget(i))
            return
        if isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                visit(widget.widget())
            return
        if isinstance(widget, (QSplitter, QStackedWidget)):
            for i in range(widget.count()):
                visit(widget.widget(i))
            return
        if isinstance(widget, QDialogButtonBox):
            # its buttons keep the order the box gives them (Qt handles Tab from its last
            # button itself; moving them makes Tab go round the buttons for ever)
            return
        layout = widget.layout()
        # isinstance, not "is not None": right after a window is rebuilt PySide6 may hand back
        # the wrapper of another object found at a freed layout's address (a spacer, seen once)
        if isinstance(layout, QLayout):
            visit_layout(layout)
        # children no layout holds (a toolbar's buttons, a frame's contents), by position
        rest = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption
                                                .FindDirectChildrenOnly)
                if id(c) not in seen and not c.isWindow()]
        for child in _by_position(rest):
            visit(child)

    visit(root)
    return out


def set_chain(widgets: list[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order, starting where the first of them in
    the current chain is (what comes before and after the group stays)."""
    if len(widgets) < 2:
        return
    members = {id(w) for w in widgets}
    window = widgets[0].window()
    # the member met first in the window's current chain, and what precedes it
    previous, current = window, window.nextInFocusChain()
    for _ in range(10000):
        if current is window or id(current) in members:
            break
        previous, current = current, current.nextInFocusChain()
    anchor = previous
    for widget in widgets:
        QWidget.setTabOrder(anchor, widget)
        # a field with a focus proxy (a date field's line edit) is moved as its proxy: the
        # next widget goes after the proxy, else the chain splits and Tab loops for ever
        anchor = _proxied(widget)


def _proxied(widget: QWidget) -> QWidget:
    seen = 0
    while widget.focusProxy() is not None and seen < 10:
        widget = widget.focusProxy()
        seen += 1
    return widget


def follow_layout(root: QWidget) -> None:
    """Tab through ``root`` in screen order (see the module's docstring)."""
    set_chain(layout_order(root))
