"""What a keyboard or screen-reader user meets, checked on a built widget: every control
has a name, Tab goes round and comes back (no trap), in the order things are on screen, and
no two shortcuts of one screen share a letter."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractButton)


def _part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView,
                               QLineEdit)) or (
        parent is not None and isinstance(parent.parentWidget(), QAbstractItemView))


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader cannot name: no accessible name, no label naming them
    (buddy), no text of their own. A combo box needs a visible label with a buddy: on Linux
    it is read by its current value, whatever its accessible name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if _part_of_another_control(widget):
            continue  # a combo's line edit, a header, a cell editor
        if type(widget).__name__ == "QToolButton" and widget.objectName().startswith("qt_"):
            continue  # Qt's own buttons (toolbar extension, scroll arrows)
        parent = widget.parentWidget()
        where = f"{type(widget).__name__} {widget.accessibleName()!r} in " \
                f"{type(parent).__name__ if parent else None}"
        if isinstance(widget, QComboBox):
            if id(widget) not in buddies and not widget.property("labelled_by_box"):
                missing.append(f"{where}: no visible label (setBuddy)")
            continue
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(where)
    return missing


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() \
        and widget.isVisible()


def tab_round(start: QWidget, limit: int = 400) -> tuple[list[QWidget], bool]:
    """Press Tab from ``start`` until the focus comes back to it: the widgets met, and
    whether it came back (False: a trap, the focus went round a part of the screen)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    if first is None:
        return [], True
    met = [first]
    stays = 0
    for _ in range(limit):
        current = QApplication.focusWidget() or first
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is current and stays < 8:  # a date's day, month, year: Tab moves inside
            stays += 1
            continue
        stays = 0
        if now is first:
            return met, True
        if now is None or now in met:
            return met, False
        met.append(now)
    return met, False


def first_focusable(root: QWidget) -> QWidget | None:
    for widget in root.findChildren(QWidget):
        if _focusable(widget) and not _part_of_another_control(widget) \
                and not isinstance(widget, (QTabBar, QMenuBar)):
            return widget
    return None


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def out_of_screen_order(met: list[QWidget], root: QWidget) -> list[str]:
    """Stops that go back up the screen without moving to a column on the right (reading
    order: down a column, then the next column). Only widgets of ``root`` count."""
    inside = [w for w in met if root.isAncestorOf(w) and not isinstance(w, QTabBar)
              and w.isVisible() and not w.objectName().startswith("qt_")]
    if inside:  # the round, from the top-left: going back to the start is no fault
        highest = min(_rect(w, root).top() for w in inside)  # the first of the top row
        top = min((i for i, w in enumerate(inside) if _rect(w, root).top() <= highest + 12),
                  key=lambda i: _rect(inside[i], root).left())  # the top row's left-most
        inside = inside[top:] + inside[:top]
    problems = []
    for a, b in itertools.pairwise(inside):
        ra, rb = _rect(a, root), _rect(b, root)
        went_up = rb.bottom() < ra.top() - 4
        next_column = rb.left() >= ra.right() - 4
        if went_up and not next_column and not a.isAncestorOf(b) and not b.isAncestorOf(a):
            problems.append(f"{_label(a)} → {_label(b)} goes back up")
    return problems


def _label(widget: QWidget) -> str:
    text = widget.accessibleName()
    if not text and isinstance(widget, QAbstractButton):
        text = widget.text()
    return f"{type(widget).__name__}({text.replace('&', '')[:30]!r})"


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def clashing_mnemonics(window: QWidget, root: QWidget) -> list[str]:
    """Letters that Alt+letter would reach twice: the menu bar's and ``root``'s buttons,
    labels (their buddies), group boxes and tabs, as shown."""
    owners: dict[str, list[str]] = {}
    bar = window.findChild(QMenuBar) if window is not root else None
    if bar is not None:
        for action in bar.actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                owners.setdefault(letter, []).append(f"menu {action.text()!r}")
    for widget in root.findChildren(QWidget):
        in_toolbar = isinstance(widget.parentWidget(), QToolBar)  # shown when wide enough
        if not widget.isVisibleTo(root) and not in_toolbar:
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        if letter := mnemonic(text):
            owners.setdefault(letter, []).append(f"{type(widget).__name__} {text!r}")
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for i in range(tabs.count()):
                if letter := mnemonic(tabs.tabText(i)):
                    owners.setdefault(letter, []).append(f"tab {tabs.tabText(i)!r}")
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in owners.items() if len(v) > 1]
