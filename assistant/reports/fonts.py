"""The bundled Unicode fonts, registered once with reportlab.

reportlab's standard Helvetica only covers Latin-1 (and a few more): Ł, ż, Greek and Cyrillic
come out as black boxes. DejaVu Sans (``resources/fonts``, licence beside it) covers them,
plus Hebrew and Arabic. Characters it has no glyph for are replaced visibly by
:func:`assistant.reports.text.printable`.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from assistant.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_STANDARD_REGULAR = ("Helvetica", "Helvetica-Oblique", "Times-Roman", "Times-Italic")
_STANDARD_BOLD = ("Helvetica-Bold", "Helvetica-BoldOblique", "Times-Bold", "Times-BoldItalic")
_STANDARD_MONO = ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique")
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        # Streams are Flate-compressed; the extra ASCII85 layer only made files 25 % larger
        # and cost a third of the writing time (reportlab's encoder is pure Python here).
        rl_config.useA85 = 0
        # reportlab's own defaults (a list's bullet, a style left at its default) name the
        # standard Helvetica, Times or Courier, which are never embedded: a PDF/A file may
        # not name them. Those names resolve to the embedded DejaVu faces instead.
        for name in _STANDARD_BOLD:
            pdfmetrics.registerFont(TTFont(name, str(folder / _FILES[BOLD])))
        for name in _STANDARD_REGULAR:
            pdfmetrics.registerFont(TTFont(name, str(folder / _FILES[REGULAR])))
        for name in _STANDARD_MONO:
            pdfmetrics.registerFont(TTFont(name, str(folder / _FILES[MONO])))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@lru_cache(maxsize=8)
def covered(font_name: str) -> frozenset[int]:
    """The code points the font has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@lru_cache(maxsize=8)
def covered_chars(font_name: str) -> frozenset[str]:
    """The characters the font has a glyph for, and the line break."""
    return frozenset(chr(c) for c in covered(font_name)) | {"\n"}
