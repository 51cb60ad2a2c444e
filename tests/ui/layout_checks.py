"""What a person sees on a small screen, checked on a built widget: the window fits, every
button can be reached, no text is cut in the middle of a word, nothing scrolls inside
something that scrolls."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from assistant.ui.screen_fit import FRAME_ALLOWANCE


def usable(screen: QSize) -> QSize:
    return QSize(screen.width() - FRAME_ALLOWANCE.width(),
                 screen.height() - FRAME_ALLOWANCE.height())


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = _plain(widget.text())[:40]
    elif isinstance(widget, QGroupBox):
        text = widget.title()[:40]
    return f"{type(widget).__name__}({text!r})"


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scroll(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _in_item_view(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def window_fits(window: QWidget, screen: QSize) -> list[str]:
    room = usable(screen)
    problems = []
    wanted = window.minimumSizeHint().expandedTo(window.minimumSize())
    if wanted.width() > room.width() or wanted.height() > room.height():
        problems.append(f"needs at least {wanted.width()}×{wanted.height()}, the screen "
                        f"leaves {room.width()}×{room.height()}")
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"opens at {window.width()}×{window.height()}, the screen leaves "
                        f"{room.width()}×{room.height()}")
    return problems


def unreachable_buttons(root: QWidget) -> list[str]:
    """Buttons outside the window that are not inside something that scrolls."""
    frame = root.rect()
    problems = []
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or _in_scroll(button, root):
            continue
        if isinstance(button.parentWidget(), (QTabBar,)) or button.objectName().startswith("qt_"):
            continue
        rect = QRect(button.mapTo(root, QPoint(0, 0)), button.size())
        if not frame.contains(rect):
            problems.append(f"{_name(button)} at {rect.x()},{rect.y()} "
                            f"{rect.width()}×{rect.height()} is outside "
                            f"{frame.width()}×{frame.height()}")
    return problems


_WORD = re.compile(r"\S+")


def cut_texts(root: QWidget) -> list[str]:
    """Labels, buttons, group boxes and tabs whose text does not fit: cut in the middle of a
    word (a label clips, a tab elides), or lines lost at the bottom of a wrapped label."""
    problems = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or _in_item_view(label, root) or not label.text():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        text = _plain(label.text())
        metrics = label.fontMetrics()
        room = label.contentsRect().width() - 2 * max(label.indent(), 0) - 2 * label.margin()
        if label.wordWrap():
            widest = max((metrics.horizontalAdvance(w) for w in _WORD.findall(text)), default=0)
            if widest > room + 1:
                problems.append(f"{_name(label)}: a word of {widest} px in {room} px")
            elif label.heightForWidth(label.width()) > label.height() + 2:
                problems.append(f"{_name(label)}: needs {label.heightForWidth(label.width())} "
                                f"px high, has {label.height()}")
        else:
            widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()),
                         default=0)
            if widest > room + 1:
                problems.append(f"{_name(label)}: {widest} px of text in {room} px")
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
            continue
        if not _shown(button, root) or not button.text() or _in_item_view(button, root):
            continue
        if button.width() + 1 < button.sizeHint().width():
            problems.append(f"{_name(button)}: {button.width()} px wide, its text needs "
                            f"{button.sizeHint().width()}")
    for box in root.findChildren(QGroupBox):
        if _shown(box, root) and box.title():
            needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 8
            if needed > box.width():
                problems.append(f"{_name(box)}: title needs {needed} px, has {box.width()}")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar, root):
            continue
        for i in range(bar.count()):
            if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width() and \
                    bar.elideMode().name != "ElideNone":
                problems.append(f"tab {_plain(bar.tabText(i))!r} is elided")
    return problems


def nested_scrolling(root: QWidget) -> list[str]:
    """A scroll bar showing inside an area whose own scroll bar shows: two nested scrolls."""
    problems = []
    for area in root.findChildren(QAbstractScrollArea):
        if not _shown(area, root) or not area.verticalScrollBar().isVisible():
            continue
        parent = area.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QScrollArea) and parent.verticalScrollBar().isVisible():
                problems.append(f"{type(area).__name__} {area.accessibleName()!r} scrolls "
                                f"inside a scrolling page")
                break
            parent = parent.parentWidget()
    return problems


def each_tab(root: QWidget) -> Iterator[None]:
    """Yield once as shown, then once with each other tab of each tab widget current."""
    yield
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != current:
                tabs.setCurrentIndex(i)
                yield
        tabs.setCurrentIndex(current)


_LEAVES = (QLabel, QAbstractButton)


def overlapping(root: QWidget) -> list[str]:
    """Two controls or labels over each other: a widget built but left out of the layout
    floats over the others (and may take the keyboard)."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QScrollBar,
        QTextEdit,
    )

    kinds = (*_LEAVES, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
             QAbstractItemView)
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QScrollBar) or not _shown(w, root):
            continue
        if _in_item_view(w, root) or w.objectName().startswith("qt_"):
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)) or \
                isinstance(w.parentWidget(), QAbstractButton):
            continue
        seen = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
        ancestor = w.parentWidget()
        while ancestor is not None and ancestor is not root:  # clipped by the scroll areas
            seen = seen.intersected(QRect(ancestor.mapTo(root, QPoint(0, 0)), ancestor.size()))
            ancestor = ancestor.parentWidget()
        if not seen.isEmpty():
            found.append((w, seen))
    problems = []
    for i, (a, ra) in enumerate(found):
        for b, rb in found[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = ra.intersected(rb)
            if overlap.width() > 3 and overlap.height() > 3:
                problems.append(f"{_name(a)} and {_name(b)} overlap")
    return problems
