"""Windows and dialogs sized for the screen they open on: the size a form wants, but never
more than the screen can show (a 1366×768 laptop, a 1024×600 netbook), so that its Save
and Cancel buttons are always in view.

Two halves make that true for every window the app opens:

- each window is built so that its *minimum* size fits a 1024×600 screen: what can grow
  tall (a long form, a list) scrolls inside it, the buttons stay outside the scroll;
- :func:`restore_geometry` brings back a remembered window no smaller than it can be used
  and inside the screen of today;
- :class:`ScreenFitFilter`, installed once on the application, shrinks any window that opens
  larger than the screen's available area and moves it back inside, whatever size it asked
  for (a remembered geometry from a larger monitor, a ``resize`` in its constructor).

The tests pretend the screen is 1024×600 or 1366×768 with :func:`set_available_override`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget

WIDTH_SHARE = 0.95  # of the screen's available width, for a window's preferred size
HEIGHT_SHARE = 0.90  # of its available height (title bar and window frame)
# What the window manager adds around a window (title bar, borders): kept free whatever the
# window asks for. A window's frame is known only once it is shown under a window manager.
FRAME_ALLOWANCE = QSize(16, 48)
# The smallest size a window comes back at when the app starts again (smaller, it was left
# so by accident or sized for a screen that is gone); never more than the screen shows.
RESTORED_MINIMUM = QSize(900, 560)

_override: QRect | None = None


def set_available_override(rect: QRect | None) -> None:
    """Pretend the screen's available area is ``rect`` (tests: a 1024×600 netbook)."""
    global _override
    _override = QRect(rect) if rect is not None else None


def available_geometry(widget: QWidget | None = None) -> QRect | None:
    """The area of the screen ``widget`` is on that windows may use (without panels)."""
    if _override is not None:
        return QRect(_override)
    screen = (widget.screen() if widget is not None else None) \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def usable_size(widget: QWidget | None = None) -> QSize | None:
    """The largest size a window's contents may take: the available area less its frame."""
    area = available_geometry(widget)
    if area is None:
        return None
    frame = _frame_extra(widget)
    return QSize(max(200, area.width() - frame.width()),
                 max(200, area.height() - frame.height()))


def _frame_extra(widget: QWidget | None) -> QSize:
    """The frame around ``widget``: measured once it is shown, never less than the
    allowance (a frame can change when the window manager restyles it)."""
    if widget is not None and widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
        return extra.expandedTo(FRAME_ALLOWANCE)
    return FRAME_ALLOWANCE


def text_width(widget: QWidget, chars: float) -> int:
    """The width of ``chars`` average characters in ``widget``'s font. A size in pixels
    clips its text once the font is larger (a system font at 150 %); this one grows with it."""
    return round(widget.fontMetrics().averageCharWidth() * chars)


def text_height(widget: QWidget, lines: float) -> int:
    """The height of ``lines`` lines of text in ``widget``'s font (see :func:`text_width`)."""
    return round(widget.fontMetrics().lineSpacing() * lines)


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a window its preferred size, or less on a small screen."""
    area = available_geometry(widget)
    if area is None:
        widget.resize(width, height)
        return
    usable = usable_size(widget) or area.size()
    widget.resize(min(width, int(area.width() * WIDTH_SHARE), usable.width()),
                  min(height, int(area.height() * HEIGHT_SHARE), usable.height()))


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` (a window) to what the screen can show and move it inside."""
    area = available_geometry(widget)
    usable = usable_size(widget)
    if area is None or usable is None:
        return
    size = widget.size().boundedTo(usable)
    if size != widget.size():
        widget.resize(size)
    if not widget.isVisible():
        return
    frame = _frame_extra(widget)
    outer = QRect(widget.frameGeometry().topLeft(),
                  QSize(size.width() + frame.width(), size.height() + frame.height()))
    x = min(max(outer.left(), area.left()), area.right() + 1 - outer.width())
    y = min(max(outer.top(), area.top()), area.bottom() + 1 - outer.height())
    if (x, y) != (outer.left(), outer.top()):
        widget.move(QPoint(max(x, area.left()), max(y, area.top())))


def restore_geometry(widget: QWidget, saved: object,
                     minimum: QSize = RESTORED_MINIMUM) -> bool:
    """Give a window the geometry it was closed with (``saved``, from ``saveGeometry``), made
    usable on the screen of today: no larger than the available area, no smaller than
    ``minimum`` nor the window's own minimum (a size left by accident, or by a screen that
    is gone, would open a window too small to use), and wholly inside the available area
    (a second monitor unplugged leaves it off screen). False if nothing was saved."""
    from PySide6.QtCore import QByteArray

    if not isinstance(saved, QByteArray) or saved.isEmpty() \
            or not widget.restoreGeometry(saved):
        return False
    clamp_to_screen(widget, minimum)
    return True


def clamp_to_screen(widget: QWidget, minimum: QSize = RESTORED_MINIMUM) -> None:
    """Bring a window's size between its usable minimum and the screen's available area,
    and its frame inside that area."""
    area = available_geometry(widget)
    usable = usable_size(widget)
    if area is None or usable is None:
        return
    floor = minimum.expandedTo(widget.minimumSize()).boundedTo(usable)
    size = widget.size().expandedTo(floor).boundedTo(usable)
    if size != widget.size():
        widget.resize(size)
    frame = _frame_extra(widget)
    top_left = widget.frameGeometry().topLeft() if widget.isVisible() else widget.pos()
    width, height = size.width() + frame.width(), size.height() + frame.height()
    x = max(area.left(), min(top_left.x(), area.right() + 1 - width))
    y = max(area.top(), min(top_left.y(), area.bottom() + 1 - height))
    if (x, y) != (top_left.x(), top_left.y()):
        widget.move(QPoint(x, y))


class ScreenFitFilter(QObject):
    """Fits every dialog and main window to the screen as it is shown, and the first time it
    shows, makes Tab follow its layout (:mod:`assistant.ui.focus_order`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show:
            return False
        from PySide6.QtWidgets import QDialog  # its type: not before the first paint

        if isinstance(watched, (QDialog, QMainWindow)) and watched.isWindow():
            fit_to_screen(watched)
            if not watched.property("tab_follows_layout"):
                from assistant.ui.focus_order import follow_layout

                watched.setProperty("tab_follows_layout", True)
                follow_layout(watched)
        return False


_filter: ScreenFitFilter | None = None


def install(app: QApplication) -> None:
    """Fit every window of ``app`` to its screen from now on (once per application)."""
    global _filter
    if _filter is None:
        _filter = ScreenFitFilter(app)
        app.installEventFilter(_filter)


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that takes its width and scrolls up and down:
    the part of a dialog that may grow taller than a small screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame

    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take Tab and scroll it in view
    area.setWidget(content)
    return area


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view (a field a list of
    problems sends the user to)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(child)
        child, parent = parent, parent.parentWidget()
