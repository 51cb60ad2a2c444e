"""Light, dark or the system's colours, applied before the window is built and again when
the user switches: the palette, the tones of :mod:`assistant.ui.colours` (an application
style sheet made from that palette) and a focus ring that shows where the keyboard is.

The dark palette keeps text contrast above 7:1. The focus ring is a 2-pixel line of the
``focus`` tone (at least 3:1 against the window) drawn around whichever control has the
keyboard focus, buttons, lists and read-only text included: a style's own focus hint is
often a one-pixel colour change that few people can see.

The ring (:mod:`assistant.ui.focus_ring`) is loaded when first installed, after the window's
first paint, and its style is the focus frame's own, not the application's: Qt asks a style
hundreds of things while it lays out and paints a window, and a style written in Python
answered every one of them (a tenth of a second before the window's first paint).

The system theme at the start keeps the style object the system gave and asks nothing of it:
the first Python handle on any style makes PySide build the Python types of ``QStyle``'s
enumerations (some 1,500 members, about 9 ms before the first paint). Its name is asked
when first needed (the focus ring, a switch of theme), after the paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from assistant.ui import colours
from assistant.ui.colours import contrast  # noqa: F401  (the name tests and callers know)

if TYPE_CHECKING:
    from assistant.ui.focus_ring import FocusRing

THEMES = ("system", "light", "dark")


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


_system_style: str | None = None  # the system's style's name, once asked (system_style)
_base_style = ""  # the name of the style apply_theme gave the application
_system_palette: QPalette | None = None
_ring: FocusRing | None = None
_STYLE_SHEET_STYLE = "QStyleSheetStyle"  # Qt's style that wraps a style with a style sheet


class _Values(Protocol):
    def value(self, key: str, default: object = None) -> object: ...


def chosen_theme(settings: _Values) -> str:
    """The theme the user chose (Settings › Appearance), "system" if none or unknown."""
    value = str(settings.value("ui/theme", "system") or "system")
    return value if value in THEMES else "system"


def base_style() -> str:
    """The name of the style :func:`apply_theme` gave the application ("" before)."""
    if _base_style or _system_palette is None:
        return _base_style
    return system_style()  # the system theme at the start: the system's style, kept


def system_style() -> str:
    """The name of the style the system gave the application (asked once, and before any
    other is set: :func:`apply_theme` keeps it until it sets another)."""
    global _system_style
    if _system_style is None:
        from PySide6.QtWidgets import QStyle  # its type: not before the first paint

        style = QApplication.style()
        if style.metaObject().className() == _STYLE_SHEET_STYLE:
            # an application style sheet wraps the style it was set on, kept as its child
            # (QApplication::setStyleSheet); its own name is empty
            inner = [c for c in style.children() if isinstance(c, QStyle)]
            style = inner[0] if inner else style
        _system_style = style.name()
    return _system_style


def install_focus_ring(app: QApplication) -> FocusRing:
    """The ring around the control with the keyboard's focus, from now on (once)."""
    global _ring
    if _ring is None:
        from assistant.ui.focus_ring import FocusRing

        _ring = FocusRing(app)
    return _ring


def remove_focus_ring(app: QApplication) -> None:
    """Back to the style's own focus marks (a window of another style's, the tests')."""
    global _ring
    if _ring is not None:
        _ring.stop(app)
        _ring = None


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``theme`` ("system", "light" or "dark") to the whole application; call it
    before building the window (widgets polished with another palette keep some of it) and
    again on a switch (every widget is polished again)."""
    global _system_palette, _base_style
    first = _system_palette is None
    if first:
        _system_palette = QPalette(app.palette())
    if theme == "system" and first:
        # the start: the application has the system's style already (see the module's
        # docstring); its name is asked when first needed
        palette = QPalette(_system_palette)
        _base_style = ""
    else:
        if theme == "dark":
            base = QStyleFactory.create("Fusion")
            palette = dark_palette()
        elif theme == "light":
            base = QStyleFactory.create("Fusion")
            palette = base.standardPalette()
        else:
            base = QStyleFactory.create(system_style())
            palette = QPalette(_system_palette)
        system_style()  # before the system's style goes: a later switch back needs it
        app.setStyle(base)
        _base_style = base.name()
    palette = readable_placeholder(palette)
    app.setPalette(palette)
    app.setStyleSheet(colours.tone_style_sheet(palette))
