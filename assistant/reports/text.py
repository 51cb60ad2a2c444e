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
Every piece of user text takes that one path (:func:`visual`), one wrapped line at a time:
table cells, headings, the cover, the running header (cut *before* reordering, so that a
long name loses its last words, not its first) and paragraphs. A line's base direction is
that of the document (left to right) whenever it holds a Latin letter or any other
left-to-right character: "T-001 — <Arabic name>" or "<Hebrew name> — 3 consents" keep our
words in their place; only a line wholly in a right-to-left script reads from the right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from xml.sax.saxutils import escape

from assistant.reports.fonts import REGULAR, covered, covered_chars

# Invisible formatting characters that only make sense to a shaping engine.
_DROP = {0x200D, 0xFE0E, 0xFE0F, 0x200B, 0x2060, 0xFEFF}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL_CHARS}](?:[{_RTL_CHARS}\\s\\d.,:;'’()\\-]*[{_RTL_CHARS}])?")


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
    """User text made safe for a ``Paragraph``: printable, each line in drawing order
    (:func:`visual`: a ``Paragraph`` has no bidirectional algorithm of its own), then
    XML-escaped (no markup). A right-to-left line that the paragraph then wraps keeps its
    words' order within each piece only: our own flowables (:class:`Lines`) wrap first."""
    return "<br/>".join(escape(visual(line)) for line in printable(text, font).split("\n"))


LRM = "\u200e"  # LEFT-TO-RIGHT MARK: never drawn (:func:`visual` drops it)


def keep_ltr(line: str) -> str:
    """A wrapped line that reads left to right even if it holds no left-to-right letter:
    the rest of a sentence of ours (:func:`rtl_line` is then False)."""
    return LRM + line


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


@lru_cache(maxsize=4096)
def visual(line: str) -> str:
    """One wrapped line in the order the PDF must draw it (left to right).

    Lines with no right-to-left character are returned as they are. Otherwise Arabic letters
    take their joined presentation forms and the line is reordered by the Unicode
    bidirectional algorithm: from the right if the line holds no left-to-right character
    (:func:`rtl_line`), else each right-to-left run on its own.
    """
    if not _RTL.search(line):
        return line
    try:
        from bidi import get_display
    except ImportError:  # documented fallback: mark the line rather than print it backwards
        return "[RTL] " + line
    if rtl_line(line):
        return str(get_display(_shaped(line), base_dir="R"))
    # A left-to-right line: each right-to-left run (words of those scripts, with the spaces,
    # digits and light punctuation between them) is laid out on its own, as if isolated, so
    # that a number or a dash of ours after a name is not drawn into it. (A line marked
    # :func:`keep_ltr` comes here too, its mark dropped.)
    return _RTL_RUN.sub(lambda m: str(get_display(_shaped(m.group()), base_dir="R")),
                        line.removeprefix(LRM))


def _shaped(text: str) -> str:
    """Arabic letters in their joined forms."""
    if not _ARABIC.search(text):
        return text
    try:
        import arabic_reshaper
    except ImportError:
        return text
    return str(arabic_reshaper.reshape(text))


def rtl_line(line: str) -> bool:
    """Whether the line reads from the right: it holds right-to-left letters and no
    left-to-right character at all (see the module's docstring)."""
    if not _RTL.search(line):
        return False
    return not any(unicodedata.bidirectional(c) == "L" for c in line)


def starts_rtl(line: str) -> bool:
    """Whether the line reads from the right (it is then right-aligned in its cell)."""
    return rtl_line(line)


def fit_line(text: str, room: float, width: Callable[[str], float]) -> str:
    """One line of at most ``room`` points (``width`` measures a line as drawn), in drawing
    order; cut in logical order, with an ellipsis, *before* reordering: a long right-to-left
    name keeps its first words."""
    text = printable(" ".join(text.split()))
    if width(visual(text)) <= room:
        return visual(text)
    while text and width(visual(text.rstrip() + "…")) > room:
        text = text[:-1]
    return visual(text.rstrip() + "…")
