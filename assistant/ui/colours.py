"""Every colour the app paints text or lines with, in one place, taken from the palette of
the theme in use (light, dark or the system's) so that it reads on that background.

A *tone* says what a colour means, never which colour it is: ``danger`` (overdue, refused,
required), ``warning`` (to complete, due soon), ``success`` (done, complete), ``info`` (a low
priority), ``muted`` (hints, sources, dates), ``focus`` (the ring around the focused control).
Each tone has a light-background and a dark-background shade; :func:`tone` picks the one for
the current palette and, should a system palette be unusual, darkens or lightens it until the
text reaches 4.5:1 against the window and the base (WCAG 2.1, 1.4.3; 3:1 for the focus ring,
1.4.11). Colour is never the only signal: every state also has words.

Widgets take a tone with :func:`set_tone` (an application style sheet rule keyed on the
``tone`` property, rebuilt by :func:`assistant.ui.theme.apply_theme`), models return
:func:`brush`, HTML asks :func:`css`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# tone: (on a light background, on a dark background)
TONES: dict[str, tuple[str, str]] = {
    "danger": ("#b3261e", "#ff8a80"),
    "warning": ("#8a4b00", "#f3b35b"),
    "success": ("#1b6e20", "#7fd487"),
    "info": ("#2d5a88", "#8cc4ff"),
    "muted": ("#595959", "#b4b8bf"),
    "focus": ("#1a5fb4", "#8cc4ff"),
}
TEXT_CONTRAST = 4.5
FOCUS_CONTRAST = 3.0


def luminance(c: QColor) -> float:
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.3


def backgrounds(palette: QPalette) -> list[QColor]:
    """What text may be painted on: the window, the base of lists and fields, their
    alternate rows."""
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.AlternateBase)]


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of ``name`` for ``palette`` (the application's by default)."""
    palette = palette or QApplication.palette()
    dark = is_dark(palette)
    colour = QColor(TONES[name][1 if dark else 0])
    wanted = FOCUS_CONTRAST if name == "focus" else TEXT_CONTRAST
    for _ in range(20):
        if all(contrast(colour, bg) >= wanted for bg in backgrounds(palette)):
            break
        colour = colour.lighter(112) if dark else colour.darker(112)
    return colour


def fill(name: str) -> QColor:
    """A filled background behind white text (a chosen answer on the customer's screen):
    the light-background shade of the tone, dark enough for white (4.5:1) in any theme."""
    return QColor(TONES[name][0])


def brush(name: str) -> QBrush:
    return QBrush(tone(name))


def css(name: str) -> str:
    """The colour as ``#rrggbb`` for HTML and style sheets."""
    return tone(name).name()


def set_tone(widget: QWidget, name: str | None) -> None:
    """Paint ``widget``'s text in a tone (``None``: the palette's text colour)."""
    widget.setProperty("tone", name or "")
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # polished when first shown, with the tone
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_box(widget: QWidget, name: str | None) -> None:
    """Frame ``widget`` (a verdict, a result) with a line of the tone ``name``."""
    widget.setProperty("box", name or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def tone_style_sheet(palette: QPalette) -> str:
    """The application style sheet rules that give each tone its colour."""
    rules = []
    for name in TONES:
        if name == "focus":
            continue
        colour = tone(name, palette).name()
        rules.append(f'QLabel[tone="{name}"], QAbstractButton[tone="{name}"] '
                     f'{{ color: {colour}; }}')
        rules.append(f'QLabel[box="{name}"] {{ border: 2px solid {colour}; '
                     f'border-radius: 4px; padding: 6px; }}')
    return "\n".join(rules)
