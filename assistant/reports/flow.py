"""Fast, splittable tables of plain text: the flowable for every long list in the PDF.

A platypus ``Table`` of ``Paragraph`` cells parses markup and lays out each cell through the
general paragraph machinery: about 350 rows a second, ``LayoutError`` when one cell is taller
than a page, and a plain string cell that is too long simply runs off the page. :class:`Grid`
instead wraps each cell once with cached word widths (``pdfmetrics.stringWidth``), draws all
of a page's text in one text object and all its rules in one path, repeats the header on
every page, and splits a row that does not fit between two pages (the rest of its lines go
on the next page). Cell text is drawn as given: no markup is ever parsed, so user text
cannot become a link or an image.

The measuring is in :mod:`assistant.reports.measure`; the grid's layout and drawing stay
together (a little over 500 lines), since a row's split depends on both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable

from assistant.reports.fonts import BOLD, REGULAR
from assistant.reports.measure import Measure as Measure
from assistant.reports.measure import TextOps, glue, measure
from assistant.reports.text import has_rtl, printable, rtl_line, starts_rtl, visual

HEADER_FILL = Color(0.86, 0.86, 0.86)
MEASURING = 100_000.0  # points: a height no page has (KeepTogether measures with 0xfffffff)
# Words that must not be cut when a column can be widened for them: email addresses, web
# addresses and phone numbers (their spaces are made no-break by :func:`glue`).
_WHOLE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|https?://\S+|www\.\S+"
                    r"|\+?\d[\d\u00a0().\-]{7,}\d")
RULE = Color(0.45, 0.45, 0.45)
SHADE_FILL = Color(1.0, 0.94, 0.82)  # a light amber: rows that need attention


@dataclass(frozen=True)
class Look:
    font: str = REGULAR
    bold: str = BOLD
    size: float = 8.5
    leading: float = 10.6
    pad_x: float = 3.0
    pad_y: float = 2.4
    rules: bool = True  # the grid lines (False for the table of contents)
    header_fill: Color = HEADER_FILL


MAX_GROWN = 0.4  # the widest a column grows to keep an address whole: of the table's width


def _give(widths: list[float], targets: list[float], floors: list[float]) -> list[float]:
    """Columns narrower than their target take the room they lack (all of it, or the same
    share of it each) from the others, which keep at least their floor."""
    lack = sum(max(0.0, t - w) for t, w in zip(targets, widths, strict=True))
    spare = [0.0 if t > w else max(0.0, w - f)
             for t, f, w in zip(targets, floors, widths, strict=True)]
    give = min(lack, sum(spare))
    if give <= 0:
        return widths
    grow, shrink = give / lack, give / sum(spare)
    return [w + (t - w) * grow if t > w else w - sp * shrink
            for t, w, sp in zip(targets, widths, spare, strict=True)]


@dataclass
class _Row:
    cells: list[list[str]]  # wrapped lines of each cell
    lines: int
    bold: bool = False
    shaded: bool = False  # drawn on a light tint (a row that needs attention)
    # the first cell followed by "(continued)", wrapped: what a piece that goes on with this
    # row after a page break shows as its label (records only)
    label_on: list[str] = field(default_factory=list)


@dataclass
class _Layout:
    """The wrapped rows of one table for one width, shared by all its pieces."""

    widths: list[float]
    header: _Row | None
    rows: list[_Row]
    tops: list[float] = field(default_factory=list)  # prefix sums of row heights
    sheet: list[str] = field(default_factory=list)  # "<title> (continued)", wrapped
    tallest_frame: float = 0.0  # the largest height ever offered: a fresh frame


class Grid(Flowable):
    """A table of plain-text cells.

    ``widths`` are fractions of the available width. ``bold_rows`` are row indexes drawn in
    bold (headings inside a list); ``first_column_bold`` suits label/value records. A row
    split across pages repeats its first cell followed by ``continued`` on the next page,
    wrapped in its column (the piece is made tall enough for it): a record's label, a list's
    reference.
    """

    def __init__(self, rows: Sequence[Sequence[str]], widths: Sequence[float], *,
                 header: Sequence[str] | None = None, look: Look | None = None,
                 first_column_bold: bool = False, bold_rows: Sequence[int] = (),
                 continued: str = "", right_columns: Sequence[int] = (),
                 links: Sequence[str] = (), sheet: str = "",
                 shaded_rows: Sequence[int] = ()) -> None:
        super().__init__()
        self.look = look or Look()
        self.fractions = list(widths)
        self.source_rows = [[glue(printable(c or "")) for c in row] for row in rows]
        self.source_header = [printable(c) for c in header] if header else None
        self.first_column_bold = first_column_bold
        self.bold_rows = set(bold_rows)
        self.continued = printable(continued)
        self.right_columns = set(right_columns)
        self.links = list(links)  # a destination name for each row (clickable), or ""
        # the title of the sheet this table is: a piece that goes on from an earlier page
        # starts with it, followed by "(continued)"
        self.sheet = printable(f"{sheet} {continued}".strip()) if sheet else ""
        self.shaded_rows = set(shaded_rows)
        # a row cut by a page break shows its first cell again, with "(continued)": a
        # record's label, a list's reference or priority
        self._repeats_label = first_column_bold or bool(self.continued)
        self._layout: _Layout | None = None
        self._layout_width = -1.0
        self._start = 0  # first row of this piece
        self._skip = 0  # lines of the first row already drawn on earlier pages
        self._end: int | None = None  # rows [start, end) in this piece; None: to the end
        self._last_lines: int | None = None  # lines of the last row in this piece, if cut
        self.hAlign = "LEFT"

    # -- layout ---------------------------------------------------------------------------
    def _row_height(self, lines: int) -> float:
        return lines * self.look.leading + 2 * self.look.pad_y

    def _lay_out(self, avail_width: float) -> _Layout:
        if self._layout is not None and abs(self._layout_width - avail_width) < 0.01:
            return self._layout
        look = self.look
        regular = measure(look.font, look.size)
        bold = measure(look.bold, look.size)
        widths = self._widths(avail_width, bold)
        inner = [w - 2 * look.pad_x for w in widths]

        def wrap_row(cells: Sequence[str], is_bold: bool) -> _Row:
            wrapped = []
            for col, text in enumerate(cells):
                m = bold if is_bold or (col == 0 and self.first_column_bold) else regular
                wrapped.append(m.wrap(text, inner[col]))
            row = _Row(wrapped, max((len(c) for c in wrapped), default=1) or 1, is_bold)
            if self._repeats_label and cells and cells[0].strip():
                label = f"{cells[0]} {self.continued}" if self.continued else cells[0]
                m = bold if is_bold or self.first_column_bold else regular
                row.label_on = m.wrap(label, inner[0])
            return row

        header = wrap_row(self.source_header, True) if self.source_header else None
        rows = [wrap_row(r, i in self.bold_rows) for i, r in enumerate(self.source_rows)]
        for i in self.shaded_rows:
            if 0 <= i < len(rows):
                rows[i].shaded = True
        layout = _Layout(widths, header, rows)
        if self.sheet:
            layout.sheet = bold.wrap(self.sheet, sum(widths) - 2 * look.pad_x)
        layout.tops = [0.0, *accumulate(self._row_height(r.lines) for r in rows)]
        self._layout, self._layout_width = layout, avail_width
        return layout

    def _widths(self, avail_width: float, bold: Measure) -> list[float]:
        """The columns' widths: their fractions of ``avail_width``, except that a column
        too narrow for the longest word of its header, or for an email address, a web
        address or a phone number of its cells, takes the room it lacks from the columns
        that have some to spare (beyond their own longest words where they can); then a
        column too narrow for another word of its cells takes what room is left. A column
        grows to at most ``MAX_GROWN`` of the table: a longer address is cut after its @ or
        a dot, rather than every other column squeezed to a word a line."""
        widths = [f * avail_width for f in self.fractions]
        pad = 2 * self.look.pad_x
        must = [max((bold.width(w) for w in text.split()), default=0.0) + pad + 0.5
                for text in self.source_header] if self.source_header else \
            [0.0] * len(widths)
        words = list(must)  # the longest word of each column, header and cells
        regular = measure(self.look.font, self.look.size)
        for row in self.source_rows[:2000]:  # enough to find the long addresses
            for col, text in enumerate(row):
                if col >= len(must):
                    continue
                m = bold if col == 0 and self.first_column_bold else regular
                words[col] = max(words[col], max((m.width(w) for w in text.split()),
                                                 default=0.0) + pad + 0.5)
                if "@" in text or "//" in text or "www." in text \
                        or any(c.isdigit() for c in text):
                    for token in _WHOLE.findall(text):
                        must[col] = max(must[col], m.width(token) + pad + 0.5)
        cap = avail_width * MAX_GROWN
        must = [min(n, max(w, cap)) for n, w in zip(must, widths, strict=True)]
        # a word cut anyway (a hash, a long address) asks for no room of the others
        words = [max(n, x if x <= max(w, cap) else w) for n, x, w in zip(must, words, widths,
                                                                         strict=True)]
        widths = _give(widths, must, words)  # other columns keep their words whole...
        widths = _give(widths, must, must)  # ...unless there is no other room
        return _give(widths, words, words)

    def _label_extra(self, layout: _Layout, count: int) -> int:
        """Lines the piece's first row needs beyond its ``count`` own lines when it goes on
        from an earlier page: its label, wrapped with "(continued)", may be the taller."""
        if not self._skip or not self._repeats_label:
            return 0
        return max(0, len(layout.rows[self._start].label_on) - count)

    def _first_count(self, layout: _Layout) -> int:
        """Lines of the piece's first row drawn in this piece."""
        end = len(layout.rows) if self._end is None else self._end
        if self._start == end - 1 and self._last_lines is not None:
            return self._last_lines
        return layout.rows[self._start].lines - self._skip

    def _continues(self) -> bool:
        return bool(self._start or self._skip)

    def _sheet_height(self, layout: _Layout) -> float:
        return self._row_height(len(layout.sheet)) if layout.sheet and self._continues() \
            else 0.0

    def _header_height(self, layout: _Layout) -> float:
        header = self._row_height(layout.header.lines) if layout.header else 0.0
        return header + self._sheet_height(layout)

    def _piece_rows(self, layout: _Layout) -> list[tuple[_Row, int, int]]:
        """(row, first line, line count) of every row in this piece."""
        end = len(layout.rows) if self._end is None else self._end
        out = []
        for i in range(self._start, end):
            row = layout.rows[i]
            first = self._skip if i == self._start else 0
            count = row.lines - first
            if i == end - 1 and self._last_lines is not None:
                count = self._last_lines
            out.append((row, first, count))
        return out

    def _height(self, layout: _Layout) -> float:
        """Header plus this piece's rows, from the prefix sums (no walk over the rows)."""
        end = len(layout.rows) if self._end is None else self._end
        body = layout.tops[end] - layout.tops[self._start] - self._skip * self.look.leading
        if self._last_lines is not None:
            last = layout.rows[end - 1]
            first = self._skip if end - 1 == self._start else 0
            body -= (last.lines - first - self._last_lines) * self.look.leading
        if self._skip and self._start < end:
            body += self._label_extra(layout, self._first_count(layout)) * self.look.leading
        return self._header_height(layout) + body

    def first_rows_height(self, availWidth: float, rows: int) -> float:
        """The height of the header and the first ``rows`` rows (what must come with a
        title)."""
        layout = self._lay_out(availWidth)
        return self._header_height(layout) + layout.tops[min(rows, len(layout.rows))]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self._lay_out(availWidth)
        if availHeight < MEASURING:  # not platypus measuring with an endless frame
            layout.tallest_frame = max(layout.tallest_frame, availHeight)
        self.width = availWidth
        self.height = self._height(layout)
        return self.width, self.height

    def _piece(self, start: int, skip: int, end: int | None, last_lines: int | None) -> Grid:
        new = Grid.__new__(Grid)
        # Platypus marks flowables it postponed (``_postponed``) or placed (``_frame``,
        # ``canv``): a new piece starts without those marks.
        new.__dict__.update({k: v for k, v in self.__dict__.items()
                             if k not in ("_postponed", "_frame", "canv")})
        new._start, new._skip, new._end, new._last_lines = start, skip, end, last_lines
        return new

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        layout = self._lay_out(availWidth)
        if availHeight < MEASURING:  # not platypus measuring with an endless frame
            layout.tallest_frame = max(layout.tallest_frame, availHeight)
        room = availHeight - self._header_height(layout)
        end = len(layout.rows) if self._end is None else self._end
        own = layout.rows[self._start].lines - self._skip
        first_h = self._row_height(own + self._label_extra(layout, own))
        if room >= first_h:
            # Whole rows: the last index whose bottom fits (prefix sums; the first row may be
            # a continuation, so measure from its real height).
            limit = layout.tops[self._start + 1] + (room - first_h)
            fit_end = min(bisect_right(layout.tops, limit + 1e-6) - 1, end)
            fit_end = max(fit_end, self._start + 1)
        else:
            fit_end = self._start
        if fit_end >= end:
            return [self]
        # Can the next row be split, its first lines here and the rest on the next page?
        used = self._height_of_rows(layout, self._start, fit_end)
        lines_fit = int((room - used - 2 * self.look.pad_y) // self.look.leading)
        row = layout.rows[fit_end]
        row_lines = row.lines - (self._skip if fit_end == self._start else 0)
        if fit_end == end - 1 and self._last_lines is not None:
            row_lines = self._last_lines
        fresh_frame = availHeight >= 0.9 * layout.tallest_frame
        can_split = lines_fit >= 1 and lines_fit < row_lines and (
            (fit_end == self._start and fresh_frame)  # nothing else would ever fit
            or (lines_fit >= 4 and row_lines >= 8)  # a long row: avoid a big gap
        )
        if can_split and fit_end == self._start and self._label_extra(layout, lines_fit) \
                and not fresh_frame:
            can_split = False  # its label would not fit beside so few lines
        if can_split:
            skip_before = self._skip if fit_end == self._start else 0
            head = self._piece(self._start, self._skip, fit_end + 1, lines_fit)
            tail = self._piece(fit_end, skip_before + lines_fit, self._end, None)
            if self._last_lines is not None and self._end == fit_end + 1:
                tail._last_lines = self._last_lines - lines_fit
            return [head, tail]
        if fit_end == self._start or (fit_end - self._start < 2 and not fresh_frame):
            return []  # not even one row here, or an orphan row: the next frame
        head = self._piece(self._start, self._skip, fit_end, None)
        tail = self._piece(fit_end, 0, self._end, self._last_lines)
        return [head, tail]

    def _height_of_rows(self, layout: _Layout, start: int, end: int) -> float:
        if start == end:
            return 0.0
        body = layout.tops[end] - layout.tops[start]
        if self._skip and start == self._start:
            own = layout.rows[start].lines - self._skip
            body -= self._skip * self.look.leading
            body += self._label_extra(layout, own) * self.look.leading
        return body

    # -- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        layout = self._lay_out(self.width)
        look = self.look
        xs = [0.0, *accumulate(layout.widths)]
        top = self.height
        ops = TextOps(self.canv, look.size)
        row_tops = []
        y = top
        sheet = self._sheet_height(layout)
        if sheet:
            base = y - look.pad_y - look.size * 0.93
            for line in layout.sheet:
                ops.show(look.bold, look.pad_x, base, visual(line) if has_rtl(line) else line)
                base -= look.leading
            y -= sheet
        if layout.header is not None:
            h = self._row_height(layout.header.lines)
            self._fill(y, h, look.header_fill)
            self._put(ops, xs, layout.header, 0, layout.header.lines, y, False)
            row_tops.append(y)
            y -= h
        for index, (row, first, count) in enumerate(self._piece_rows(layout), self._start):
            row_tops.append(y)
            extra = len(row.label_on) - count if first > 0 and self._repeats_label else 0
            height = self._row_height(count + max(0, extra))
            if row.shaded:
                self._fill(y, height, SHADE_FILL)
            self._put(ops, xs, row, first, count, y, self._repeats_label)
            if index < len(self.links) and self.links[index]:
                self.canv.linkRect("", self.links[index], (0, y - height, self.width, y),
                                   relative=1, thickness=0)
            y -= height
        ops.finish()
        if look.rules:
            self._draw_rules(xs, row_tops, top - sheet, y)

    def _fill(self, y: float, height: float, colour: Color) -> None:
        """A band of ``colour`` under a row whose top is ``y``."""
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colour)
        canv.rect(0, y - height, self.width, height, stroke=0, fill=1)
        canv.restoreState()

    def _put(self, ops: TextOps, xs: list[float], row: _Row, first: int, count: int,
             y: float, repeat_label: bool) -> None:
        """Lines ``first`` to ``first + count`` of each cell of ``row``, whose top is ``y``;
        a row continued from the previous page repeats its label when ``repeat_label``."""
        look = self.look
        ascent = look.size * 0.93
        for col, lines in enumerate(row.cells):
            font = look.bold if row.bold or (col == 0 and self.first_column_bold) \
                else look.font
            shown = lines[first:first + count]
            if repeat_label and col == 0 and first > 0:
                shown = row.label_on
            if not shown:
                continue
            left = xs[col] + look.pad_x
            right = xs[col + 1] - look.pad_x
            base = y - look.pad_y - ascent
            for line in shown:
                if line:
                    drawn = visual(line) if has_rtl(line) else line
                    if col in self.right_columns or (drawn is not line and starts_rtl(line)):
                        x = right - stringWidth(drawn, font, look.size)
                    else:
                        x = left
                    ops.show(font, x, base, drawn)
                base -= look.leading

    def _draw_rules(self, xs: list[float], row_tops: list[float], top: float,
                    bottom: float) -> None:
        """The grid's lines: above each row and below the last, and between the columns
        from ``top`` (below the sheet's title) to ``bottom``."""
        canv = self.canv
        rules = canv.beginPath()
        for t in row_tops:
            rules.moveTo(0, t)
            rules.lineTo(self.width, t)
        rules.moveTo(0, bottom)
        rules.lineTo(self.width, bottom)
        for x in xs:
            rules.moveTo(x, top)
            rules.lineTo(x, bottom)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.drawPath(rules, stroke=1, fill=0)
        canv.restoreState()


class Lines(Flowable):
    """Plain text (user text allowed) in one style: wrapped with :class:`Measure`, then each
    line drawn in drawing order (:func:`~assistant.reports.text.visual`), the same path as
    the tables' cells. Never parsed as markup. A line wholly in a right-to-left script is
    right-aligned (when the style aligns left). Splits between lines across pages.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self.text = glue(printable(text, style.fontName))
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._given: list[str] | None = None  # the lines of a piece split off
        self._lines: list[str] = []

    def _wrapped(self, width: float) -> list[str]:
        if self._given is not None:
            return self._given
        return measure(self.style.fontName, self.style.fontSize).wrap(self.text, width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = self._wrapped(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._wrapped(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 1:
            return []
        head, tail = self._piece(lines[:fit]), self._piece(lines[fit:])
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def _piece(self, lines: list[str]) -> Lines:
        new = Lines.__new__(Lines)
        new.__dict__.update({k: v for k, v in self.__dict__.items()
                             if k not in ("_postponed", "_frame", "canv")})
        new._given = lines
        return new

    def draw(self) -> None:
        canv, style = self.canv, self.style
        canv.saveState()
        canv.setFont(style.fontName, style.fontSize)
        if style.textColor is not None:
            canv.setFillColor(style.textColor)
        y = self.height - style.fontSize * 0.93
        for line in self._lines:
            if line:
                drawn = visual(line) if has_rtl(line) else line
                width = stringWidth(drawn, style.fontName, style.fontSize)
                if style.alignment == TA_RIGHT or (drawn is not line and rtl_line(line)):
                    x = self.width - width
                elif style.alignment == TA_CENTER:
                    x = (self.width - width) / 2
                else:
                    x = 0.0
                canv.drawString(x, y, drawn)
            y -= style.leading
        canv.restoreState()

    def plain_text(self) -> str:
        return self.text


class RoomFor(CondPageBreak):
    """A page break unless the rest of the page holds ``before`` (a title, an intro) and the
    start of ``then``: a table's header and first two rows, or the flowable itself."""

    def __init__(self, before: Sequence[Flowable], then: Flowable, rows: int = 2) -> None:
        super().__init__(0)
        self.before = list(before)
        self.then = then
        self.rows = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = 0.0
        for f in self.before:
            need += f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        if isinstance(self.then, Grid):
            need += self.then.first_rows_height(availWidth, self.rows)
        else:
            need += self.then.wrap(availWidth, availHeight)[1]
        self.height = need
        return super().wrap(availWidth, availHeight)
