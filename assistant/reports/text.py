"""User text on its way to the PDF: made printable, and escaped where markup is parsed.

Two rules keep user text harmless:

* Text drawn by our own flowables (:mod:`assistant.reports.flow`) is never parsed as markup:
  ``<b>``, ``&`` or ``<img src=...>`` print as typed.
* Text that goes through a reportlab ``Paragraph`` (headings, table of contents, cover) is
  escaped with :func:`para` first, so a name such as ``<a href="javascript:...">`` prints
  literally and makes no link, no image, no parse error.

Characters the bundled font has no glyph for (most emoji, CJK) are replaced by a visible
``[U+1F950]`` rather than a black box; invisible joiners and variation selectors are dropped.
Right-to-left lines (Hebrew, Arabic) are put in visual order, Arabic letters in their joined
forms (python-bidi and arabic-reshaper), since the PDF draws glyphs left to right as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from assistant.reports.fonts import REGULAR, covered, covered_chars

# Invisible formatting characters that only make sense to a shaping engine.
_DROP = {0x200D, 0xFE0E, 0xFE0F, 0x200B, 0x2060, 0xFEFF}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def printable(text: str, font: str = REGULAR) -> str:
    """NFC text with every character the font can draw, the others shown as ``[U+XXXX]``."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL.sub("", text)
    if not set(text) - covered_chars(font):
        return text
    have = covered(font)
    out = []
    for char in text:
        code = ord(char)
        if code in have or char == "\n":
            out.append(char)
        elif code in _DROP:
            continue
        else:
            out.append(f"[U+{code:04X}]")
    return "".join(out)


_FR_BEFORE = re.compile(r" +([;:!?»])")
_FR_AFTER = re.compile(r"« +")
_FR_NUMBERED = re.compile(r"\b(art\.|article|n°) (?=\d)")
NBSP = "\u00a0"  # not U+202F: reportlab's Paragraph breaks lines at U+202F


def french_spacing(text: str) -> str:
    """French typography: a no-break space before ``; : ! ? »``, after ``«`` and between
    "art." or "n°" and its number, so that no line starts with a colon or a closing quote.
    (Our tables wrap at plain spaces only; reportlab's paragraphs never break at U+00A0.)"""
    if not text:
        return text
    text = _FR_BEFORE.sub(NBSP + r"\1", text)
    text = _FR_AFTER.sub("«" + NBSP, text)
    return _FR_NUMBERED.sub(r"\1" + NBSP, text)


def para(text: str, font: str = REGULAR) -> str:
    """User text made safe for a ``Paragraph``: printable, then XML-escaped (no markup)."""
    return escape(printable(text, font)).replace("\n", "<br/>")


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One wrapped line in the order the PDF must draw it (left to right).

    Lines with no right-to-left character are returned as they are. Otherwise Arabic letters
    take their joined presentation forms and the line is reordered by the Unicode
    bidirectional algorithm, with the line's own first strong character setting its base
    direction.
    """
    if not _RTL.search(line):
        return line
    try:
        from bidi import get_display
    except ImportError:  # documented fallback: mark the line rather than print it backwards
        return "[RTL] " + line
    if _ARABIC.search(line):
        try:
            import arabic_reshaper

            line = arabic_reshaper.reshape(line)
        except ImportError:
            pass
    return str(get_display(line))


def starts_rtl(line: str) -> bool:
    """Whether the line's first strong character is right-to-left (it is then right-aligned)."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
