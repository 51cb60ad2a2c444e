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

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLayout,
    QLayoutItem,
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


def _cells(widget: QWidget) -> list[QWidget | None]:
    """The editors in a table's cells, row by row."""
    assert isinstance(widget, QTableWidget)
    return [widget.cellWidget(row, col) for row in range(widget.rowCount())
            for col in range(widget.columnCount())]


def _tab_pages(widget: QWidget) -> list[QWidget | None]:
    """The tab bar, then each page."""
    assert isinstance(widget, QTabWidget)
    return [widget.tabBar(), *(widget.widget(i) for i in range(widget.count()))]


def _scrolled(widget: QWidget) -> list[QWidget | None]:
    assert isinstance(widget, QScrollArea)
    return [widget.widget()]


def _panes(widget: QWidget) -> list[QWidget | None]:
    assert isinstance(widget, (QSplitter, QStackedWidget))
    return [widget.widget(i) for i in range(widget.count())]


def _no_parts(_widget: QWidget) -> list[QWidget | None]:
    return []


# Widgets whose parts are walked in an order of their own, not through a layout; the first
# kind that matches wins (a table is an item view, so it comes before the compound controls).
# A button box keeps the order it gives its buttons: Qt handles Tab from its last button
# itself, and moving them makes Tab go round the buttons for ever.
_PARTS: tuple[tuple[type | tuple[type, ...], Callable[[QWidget], list[QWidget | None]]], ...] = (
    (QTableWidget, _cells),
    (_COMPOUND, _no_parts),
    (QTabWidget, _tab_pages),
    (QScrollArea, _scrolled),
    ((QSplitter, QStackedWidget), _panes),
    (QDialogButtonBox, _no_parts),
)


def _items_in_order(layout: QLayout) -> list[QLayoutItem | None]:
    """A layout's items in reading order: a grid's row by row, any other's as they come."""
    indices = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout

        def cell(i: int) -> tuple[int, int]:
            # PySide6's stub types the (row, column, row span, column span) tuple as object
            place: tuple[int, int, int, int] = grid.getItemPosition(i)  # type: ignore[assignment]
            return place[0], place[1]
        indices.sort(key=cell)
    return [layout.itemAt(i) for i in indices]


def _scrolls_its_fields(widget: QWidget) -> bool:
    """A scroll area whose contents take Tab: they scroll it into view themselves."""
    if not isinstance(widget, QScrollArea):
        return False
    contents = widget.widget()
    return contents is not None and any(
        _takes_tab(w) for w in contents.findChildren(QWidget))


class _LayoutWalk:
    """One walk of a window's widgets in layout order, keeping those that take Tab."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.out: list[QWidget] = []
        self.seen: set[int] = set()

    def visit_layout(self, layout: QLayout) -> None:
        for item in _items_in_order(layout):
            if item is None or item.spacerItem() is not None:
                continue
            widget = item.widget()
            if widget is not None:
                self.visit(widget)
                continue
            inner = item.layout()
            if isinstance(inner, QLayout):
                self.visit_layout(inner)

    def visit(self, widget: QWidget | None) -> None:
        if widget is None or id(widget) in self.seen or (
                widget.isWindow() and widget is not self.root):
            return
        self.seen.add(id(widget))
        if _scrolls_its_fields(widget):
            # its fields take Tab and scroll it into view: the area is no stop of its own
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif widget is not self.root and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            # a widget reached by a click only today may take Tab tomorrow (the answer of a
            # row of choices takes the row's Tab stop): it is kept in its place too
            self.out.append(widget)
        for kind, parts in _PARTS:
            if isinstance(widget, kind):
                for part in parts(widget):
                    self.visit(part)
                return
        self.visit_children(widget)

    def visit_children(self, widget: QWidget) -> None:
        layout = widget.layout()
        # isinstance, not "is not None": right after a window is rebuilt PySide6 may hand back
        # the wrapper of another object found at a freed layout's address (a spacer, seen once)
        if isinstance(layout, QLayout):
            self.visit_layout(layout)
        # children no layout holds (a toolbar's buttons, a frame's contents), by position
        rest = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption
                                                .FindDirectChildrenOnly)
                if id(c) not in self.seen and not c.isWindow()]
        for child in _by_position(rest):
            self.visit(child)


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets of ``root`` that take Tab, in screen (layout) order."""
    walk = _LayoutWalk(root)
    walk.visit(root)
    return walk.out


def set_chain(widgets: list[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order, starting where the first of them in
    the current chain is (what comes before and after the group stays)."""
    if len(widgets) < 2:
        return
    members = {id(w) for w in widgets}
    window = widgets[0].window()
    # the member met first in the window's current chain, and what precedes it
    previous: QWidget = window
    current: QWidget | None = window.nextInFocusChain()
    for _ in range(10000):
        if current is None or current is window or id(current) in members:
            break
        previous, current = current, current.nextInFocusChain()
    anchor = previous
    for widget in widgets:
        QWidget.setTabOrder(anchor, widget)
        # a field with a focus proxy (a date field's line edit) is moved as its proxy: the
        # next widget goes after the proxy, else the chain splits and Tab loops for ever
        anchor = _proxied(widget)


def _proxied(widget: QWidget) -> QWidget:
    for _ in range(10):  # a bound, in case two proxies point at each other
        proxy = widget.focusProxy()
        if proxy is None:
            break
        widget = proxy
    return widget


def follow_layout(root: QWidget) -> None:
    """Tab through ``root`` in screen order (see the module's docstring)."""
    set_chain(layout_order(root))
