"""The bundled Unicode fonts, registered once with reportlab.

reportlab's standard Helvetica only covers Latin-1 (and a few more): Ł, ż, Greek and Cyrillic
come out as black boxes. DejaVu Sans (``resources/fonts``, licence beside it) covers them,
plus Hebrew and Arabic. Characters it has no glyph for are replaced visibly by
:func:`assistant.reports.text.printable`.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

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
            pdfmetrics.registerFont(_font(name, folder / file))
        # Streams are Flate-compressed; the extra ASCII85 layer only made files 25 % larger
        # and cost a third of the writing time (reportlab's encoder is pure Python here).
        rl_config.useA85 = 0
        # reportlab's own defaults (a list's bullet, a style left at its default) name the
        # standard Helvetica, Times or Courier, which are never embedded: a PDF/A file may
        # not name them. Those names resolve to the embedded DejaVu faces instead.
        for name in _STANDARD_BOLD:
            pdfmetrics.registerFont(_font(name, folder / _FILES[BOLD]))
        for name in _STANDARD_REGULAR:
            pdfmetrics.registerFont(_font(name, folder / _FILES[REGULAR]))
        for name in _STANDARD_MONO:
            pdfmetrics.registerFont(_font(name, folder / _FILES[MONO]))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def _font(name: str, path: Path) -> TTFont:
    """A TrueType font whose subsets carry the right advance widths.

    reportlab (5.x) keeps, for the glyphs after the last full entry of the font's 'hmtx'
    table (a monospace font has nearly all of them there), the advance already scaled to
    1/1000 em instead of the font's own units, and writes that into every subset's 'hmtx':
    DejaVu Sans Mono's 1233 units became 602. Viewers use the PDF's /Widths and draw it
    right, but the embedded program then disagrees with them, which PDF/A forbids
    (ISO 19005-2, 6.2.11.5). The trailing entries get back the raw advance they share.
    """
    font = TTFont(name, str(path))
    face = font.face
    raw: int | None = None
    metrics = []
    for advance, lsb in face.hmetrics:  # type: ignore[attr-defined]
        if isinstance(advance, float) and raw is not None:
            advance = raw
        elif isinstance(advance, int):
            raw = advance
        metrics.append((advance, lsb))
    face.hmetrics = metrics  # type: ignore[attr-defined]
    return font


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
