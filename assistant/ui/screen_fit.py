"""Windows and dialogs sized for the screen they open on: the size a form wants, but never
more than the screen can show (a 1366×768 laptop, a 1024×600 netbook), so that its Save
and Cancel buttons are always in view."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WIDTH_SHARE = 0.95  # of the screen's available width
HEIGHT_SHARE = 0.90  # of its available height (title bar and window frame)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    available = screen.availableGeometry()
    widget.resize(min(width, int(available.width() * WIDTH_SHARE)),
                  min(height, int(available.height() * HEIGHT_SHARE)))
