"""Light, dark or the system's colours, applied before the window is built and again when
the user switches: the palette, the tones of :mod:`assistant.ui.colours` (an application
style sheet made from that palette) and a focus ring that shows where the keyboard is.

The dark palette keeps text contrast above 7:1. The focus ring is a 2-pixel line of the
``focus`` tone (at least 3:1 against the window) drawn around whichever control has the
keyboard focus, buttons, lists and read-only text included: a style's own focus hint is
often a one-pixel colour change that few people can see.
"""

from __future__ import annotations

from typing import Protocol, TypeGuard

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QTabBar,
    QTextEdit,
    QWidget,
)

from assistant.ui import colours
from assistant.ui.colours import contrast  # noqa: F401  (the name tests and callers know)

THEMES = ("system", "light", "dark")
RING = 2  # px, the width of the focus ring
RING_MARGIN = 3  # px the ring stands out of the control


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e8e8e8")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282c"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3d42"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#a0a4ab"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#33363b"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#7ab7ff"),
        QPalette.ColorRole.LinkVisited: QColor("#c39bff"),
        QPalette.ColorRole.Highlight: QColor("#2a5caa"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Light: QColor("#45484e"),
        QPalette.ColorRole.Midlight: QColor("#3a3d42"),
        QPalette.ColorRole.Mid: QColor("#26282c"),
        QPalette.ColorRole.Dark: QColor("#18191c"),
        QPalette.ColorRole.Shadow: QColor("#0c0c0e"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8189"))
    return p


def readable_placeholder(palette: QPalette) -> QPalette:
    """The palette with a placeholder and disabled text that still reads (4.5:1): Qt's own
    are half-transparent text, about 3.8:1 on a light window."""
    palette = QPalette(palette)
    muted = colours.tone("muted", palette)
    palette.setColor(QPalette.ColorRole.PlaceholderText, muted)
    return palette


class FocusStyle(QProxyStyle):
    """The style in use, with a visible focus ring (see the module's docstring)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return RING_MARGIN
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None,
                  returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            # the ring is drawn in the window (or the scroll area's view) above the
            # control: a control in a tight row (a radio button) keeps its whole ring, not
            # two bars clipped by the row's height
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(colours.tone("focus", option.palette), RING)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


def _ringed(widget: QWidget | None) -> TypeGuard[QWidget]:
    """Controls that get the ring: what a person operates, not windows, menus or tabs."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar, QTabBar)):
        return False
    if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
        return False  # the combo or spin box itself is ringed
    return isinstance(widget, (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox,
                               QAbstractSpinBox, QPlainTextEdit, QTextEdit)) \
        or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class FocusRing(QObject):
    """Moves one :class:`QFocusFrame` to whichever control gets the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new
        if target is not None and isinstance(target.parentWidget(),
                                             (QComboBox, QAbstractSpinBox)):
            target = target.parentWidget()
        if not _ringed(target):
            if self._frame is not None:
                try:
                    # Qt takes no widget to hide the frame; PySide6's stub wants one
                    self._frame.setWidget(None)  # type: ignore[arg-type]
                except RuntimeError:  # deleted with the window it was in (the app ends)
                    self._frame = None
            return
        try:
            if self._frame is None:
                raise RuntimeError
            self._frame.setWidget(target)
        except RuntimeError:  # first use, or the frame went with its last window
            self._frame = QFocusFrame(target)
            self._frame.setWidget(target)

    def widget(self) -> QWidget | None:
        try:
            return self._frame.widget() if self._frame is not None else None
        except RuntimeError:
            return None


_system_style: str | None = None
_system_palette: QPalette | None = None
_ring: FocusRing | None = None


class _Values(Protocol):
    def value(self, key: str, default: object = None) -> object: ...


def chosen_theme(settings: _Values) -> str:
    """The theme the user chose (Settings › Appearance), "system" if none or unknown."""
    value = str(settings.value("ui/theme", "system") or "system")
    return value if value in THEMES else "system"


def install_focus_ring(app: QApplication) -> FocusRing:
    """The ring around the control with the keyboard's focus, from now on (once)."""
    global _ring
    if _ring is None:
        _ring = FocusRing(app)
    return _ring


def remove_focus_ring(app: QApplication) -> None:
    """Back to the style's own focus marks (a window of another style's, the tests')."""
    global _ring
    if _ring is not None:
        app.focusChanged.disconnect(_ring._moved)
        _ring = None


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``theme`` ("system", "light" or "dark") to the whole application; call it
    before building the window (widgets polished with another palette keep some of it) and
    again on a switch (every widget is polished again)."""
    global _system_style, _system_palette
    if _system_style is None:
        _system_style = app.style().name()
        _system_palette = QPalette(app.palette())
    if theme == "dark":
        base = QStyleFactory.create("Fusion")
        palette = dark_palette()
    elif theme == "light":
        base = QStyleFactory.create("Fusion")
        palette = base.standardPalette()
    else:
        base = QStyleFactory.create(_system_style)
        palette = QPalette(_system_palette) if _system_palette is not None \
            else base.standardPalette()
    app.setStyle(FocusStyle(base))
    palette = readable_placeholder(palette)
    app.setPalette(palette)
    app.setStyleSheet(colours.tone_style_sheet(palette))
    install_focus_ring(app)
