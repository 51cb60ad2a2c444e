"""Text measured and drawn fast: word widths remembered per face and size
(:class:`Measure`, which also wraps lines), and one PDF text object per table piece
(:class:`TextOps`). The tables and paragraphs of :mod:`assistant.reports.flow` use them."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from assistant.reports.fonts import register_fonts
from assistant.reports.text import has_rtl, keep_ltr, rtl_line, visual

_BREAKS = frozenset("@./-_")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d{1,4}\)?(?:[ .\-]\(?\d{1,4}\)?){2,6}(?![\w])")


def glue(text: str) -> str:
    """Phone numbers kept on one line: the spaces between their groups become no-break
    spaces (a number of 8 digits or more)."""
    def join(m: re.Match[str]) -> str:
        number = m.group()
        if sum(c.isdigit() for c in number) < 8:
            return number
        return number.replace(" ", "\u00a0")

    return _PHONE.sub(join, text) if any(c.isdigit() for c in text) else text


@lru_cache(maxsize=32)
def measure(font: str, size: float) -> Measure:
    """One :class:`Measure` per face and size, its widths shared by every table and
    paragraph of every document (a shop's words come back from one export to the next)."""
    return Measure(font, size)


class Measure:
    """Widths of words in one font and size, remembered (the same words come back often)."""

    def __init__(self, font: str, size: float) -> None:
        register_fonts()
        self.font = font
        self.size = size
        self._cache: dict[str, float] = {}
        self.space = self.width(" ")

    def width(self, text: str) -> float:
        w = self._cache.get(text)
        if w is None:
            shown = visual(text) if has_rtl(text) else text
            w = stringWidth(shown, self.font, self.size)
            if len(self._cache) < 200_000:
                self._cache[text] = w
        return w

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines of at most ``width`` points; words too long for a line are cut."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            if not paragraph:
                lines.append("")
                continue
            body = paragraph.lstrip(" ")
            if body != paragraph and body:  # an indented entry keeps its indent on every line
                indent = paragraph[:len(paragraph) - len(body)]
                room = width - self.width(indent)
                if room > width / 2:
                    lines.extend(indent + line for line in self.wrap(body, room))
                    continue
            words = paragraph.split(" ")
            sizes = [self.width(word) for word in words]
            if sum(sizes) + self.space * (len(words) - 1) <= width:
                lines.append(paragraph)
                continue
            current: list[str] = []
            used = 0.0
            begin = len(lines)
            for word, w in zip(words, sizes, strict=True):
                extra = w if not current else used + self.space + w
                if current and extra <= width:
                    current.append(word)
                    used = extra
                    continue
                if current:
                    lines.append(" ".join(current))
                if w <= width:
                    current, used = [word], w
                else:
                    pieces = self._cut(word, width)
                    lines.extend(pieces[:-1])
                    current, used = [pieces[-1]], self.width(pieces[-1])
            lines.append(" ".join(current))
            if has_rtl(paragraph) and not rtl_line(paragraph):
                # a sentence of ours whose wrapped line holds only a right-to-left name
                # ("« מאפיית השחר »."): the line keeps the sentence's direction
                lines[begin:] = [keep_ltr(line) if rtl_line(line) else line
                                 for line in lines[begin:]]
        return lines

    def _cut(self, word: str, width: float) -> list[str]:
        """A word too long for the line, in pieces that fit: cut after an "@", a dot, a
        slash or a hyphen where one fits (an address reads "cabinet@" / "dupuis.example"),
        else anywhere."""
        pieces, start = [], 0
        while start < len(word):
            end = start + 1
            while end < len(word) and stringWidth(word[start:end + 1], self.font,
                                                  self.size) <= width:
                end += 1
            if end < len(word):
                natural = max((i + 1 for i in range(start, end - 1) if word[i] in _BREAKS),
                              default=0)
                if natural > start:
                    end = natural
            pieces.append(word[start:end])
            start = end
        return pieces


class TextOps:
    """All the text of one table piece as one PDF text object, written directly.

    ``textOut`` measures every line again and escapes it through the general formatter
    (more than half the drawing time). Here each line is one ``Tm`` (absolute position)
    and hex ``Tj`` strings. Each character's (subset, code) is asked of reportlab's
    ``splitString`` once per document (it assigns TrueType subset codes) and remembered.
    """

    def __init__(self, canv: Any, size: float) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.size = size
        self.ops: list[str] = ["BT", "0 g"]
        self.font_name = ""
        self.font: Any = None
        self.codes: dict[str, tuple[int, int]] = {}
        self.subset = -1
        maps = getattr(self.doc, "_rgpd_glyph_codes", None)
        if maps is None:
            maps = self.doc._rgpd_glyph_codes = {}
        self.maps: dict[str, dict[str, tuple[int, int]]] = maps

    def _learn(self, line: str) -> None:
        chars = iter(line)
        for subset, chunk in self.font.splitString(line, self.doc):
            for byte in chunk:
                self.codes[next(chars)] = (subset, byte)

    def show(self, font_name: str, x: float, y: float, line: str) -> None:
        if font_name != self.font_name:
            self.font_name, self.font, self.subset = font_name, getFont(font_name), -1
            self.codes = self.maps.setdefault(font_name, {})
        codes = self.codes
        try:
            pairs = [codes[c] for c in line]
        except KeyError:
            self._learn(line)
            pairs = [codes[c] for c in line]
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        first = pairs[0][0]
        if all(p[0] == first for p in pairs):
            runs = [(first, bytes(p[1] for p in pairs))]
        else:
            runs = [(k, bytes(p[1] for p in group))
                    for k, group in groupby(pairs, key=lambda p: p[0])]
        for subset, data in runs:
            if subset != self.subset:
                name = self.font.getSubsetInternalName(subset, self.doc)
                ops.append(f"{name} {self.size:g} Tf")
                self.subset = subset
            ops.append(f"<{data.hex()}> Tj")

    def finish(self) -> None:
        self.ops.append("ET")
        self.canv._code.append("\n".join(self.ops))
