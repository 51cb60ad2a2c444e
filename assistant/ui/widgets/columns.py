"""Two columns that stack on a narrow window: a module of its own, so that the overview
(the page the window shows first) does not bring the table views' module and its classes
before the window's first paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget


class Columns(QWidget):
    """Two columns side by side when the page is wide enough, one above the other when it
    is not (a 1024-pixel screen with the sidebar leaves about 760 for the page)."""

    def __init__(self, left: QWidget, right: QWidget, parent: QWidget | None = None, *,
                 wide: int = 820) -> None:
        from PySide6.QtWidgets import QBoxLayout

        super().__init__(parent)
        self.wide = wide
        left.setParent(self)
        right.setParent(self)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(left, 1, Qt.AlignmentFlag.AlignTop)
        self.box.addWidget(right, 1, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: Any) -> None:
        from PySide6.QtWidgets import QBoxLayout

        super().resizeEvent(event)
        side_by_side = self.box.direction() == QBoxLayout.Direction.LeftToRight
        width = event.size().width()
        # a margin either way, so that a scroll bar coming or going does not flip it back
        if side_by_side and width < self.wide - 24:
            self.box.setDirection(QBoxLayout.Direction.TopToBottom)
        elif not side_by_side and width >= self.wide + 24:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider column alone: below ``wide`` the columns stack."""
        hint = super().minimumSizeHint()
        widths = [widget.minimumSizeHint().width() for i in range(self.box.count())
                  if (item := self.box.itemAt(i)) is not None
                  and (widget := item.widget()) is not None]
        return QSize(max(widths, default=hint.width()), hint.height())
