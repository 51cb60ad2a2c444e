"""The page frame of every PDF: A4, running header and footer, "page N of M", headings that
feed the table of contents and the PDF outline, and a build that yields progress.

"Page N of M" and the table of contents need page numbers known only at the end: the
builder lays the document out twice, the second time with the first pass's numbers (the
layout does not depend on them: the page column has a fixed width). Bytes are
reproducible: reportlab's invariant mode fixes the document id, and the creation date is the
document's date (00:00 UTC) instead of the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from assistant.domain.progress import Progress
from assistant.reports.archival import make_archival
from assistant.reports.flow import Lines
from assistant.reports.fonts import BOLD, MONO, REGULAR, register_fonts
from assistant.reports.text import fit_line, printable

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5,
                          spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22,
                                leading=27, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, leading=17,
                                   spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=6, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=10, spaceAfter=4),
        # a command to type, in the monospace face, on lines of its own
        "command": ParagraphStyle("command", parent=body, fontName=MONO, fontSize=8.5,
                                  leading=11, spaceBefore=2, spaceAfter=6),
    }


class Heading(Lines):
    """A title that goes to the table of contents and the PDF outline.

    ``text`` is plain text (user text allowed): never parsed as markup, drawn through the
    same right-to-left path as every cell (:class:`~assistant.reports.flow.Lines`); the
    outline keeps it in logical order (a viewer lays it out itself).
    """

    def __init__(self, text: str, level: int, key: str, style: ParagraphStyle) -> None:
        super().__init__(text, style)
        self.toc_text = printable(text)
        self.toc_level = level
        self.toc_key = key
        self.keepWithNext = True

    def draw(self) -> None:
        super().draw()
        # The outline entry and the contents line land on the heading itself (a little room
        # above it), not on the top of its page.
        self.canv.bookmarkHorizontal(self.toc_key, 0, self.height + self.style.spaceBefore)


@dataclass(frozen=True)
class PageWords:
    organisation: str
    title: str
    date: str
    page_of: Callable[[int, int], str]  # "page N of M" in the document's language


class _DatedCanvas(Canvas):
    """A canvas whose creation date is the document's date, not the clock."""

    def __init__(self, *args: Any, moment: dt.datetime, **kwargs: Any) -> None:
        # reportlab's initial font is Helvetica, which it never embeds: every page would name
        # an unembedded font (PDF/A forbids it). Start in the embedded DejaVu Sans instead.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = _FixedTimeStamp(moment)


def decorate(canv: Canvas, words: PageWords, number: int, total: int,
             page: tuple[float, float] = PAGE) -> None:
    """Running header (organisation, document title) and footer (date, page N of M)."""
    width, height = page
    left, right = MARGIN_X, width - MARGIN_X
    canv.saveState()
    canv.setFillGray(0.15)
    top = height - 12 * mm
    title = _fit(words.title, BOLD, 8.5, (right - left) * 0.45)
    canv.setFont(BOLD, 8.5)
    canv.drawRightString(right, top, title)
    org_room = right - left - stringWidth(title, BOLD, 8.5) - 8 * mm
    canv.setFont(REGULAR, 8.5)
    canv.drawString(left, top, _fit(words.organisation, REGULAR, 8.5, org_room))
    canv.setStrokeGray(0.5)
    canv.setLineWidth(0.5)
    canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    bottom = 10 * mm
    canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    canv.drawString(left, bottom, _fit(words.date, REGULAR, 8.5, (right - left) * 0.6))
    canv.drawRightString(right, bottom, words.page_of(number, total))
    canv.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """One line of at most ``room`` points, cut with an ellipsis if needed (before it is
    reordered for drawing: :func:`~assistant.reports.text.fit_line`)."""
    return fit_line(text, room, lambda line: stringWidth(line, font, size))


class _FixedTimeStamp:
    """reportlab's TimeStamp with a chosen moment (UTC), for reproducible bytes."""

    def __init__(self, moment: dt.datetime) -> None:
        moment = moment.astimezone(dt.UTC)
        self.t = calendar.timegm(moment.timetuple())
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"

    @property
    def datetime(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.t, dt.UTC)

    @property
    def asctime(self) -> str:
        return dt.datetime.fromtimestamp(self.t, dt.UTC).strftime("%a %b %d %H:%M:%S %Y")


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    lang: str


class ReportDoc(BaseDocTemplate):
    """One frame per page (A4 portrait unless told otherwise); records where each heading
    landed."""

    def __init__(self, sink: io.BytesIO, meta: Metadata, words: PageWords,
                 moment: dt.datetime, *, pagesize: tuple[float, float] = PAGE) -> None:
        super().__init__(
            sink, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=meta.title,
            author=meta.author, subject=meta.subject, keywords=meta.keywords,
            creator=meta.creator, producer=meta.creator, invariant=1, lang=meta.lang,
            displayDocTitle=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPage=self._decorate)])
        self.words = words
        self.moment = moment
        self.total_pages = 0  # known from an earlier pass; 0 on the first
        self.heading_pages: dict[str, int] = {}

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        decorate(canv, self.words, canv.getPageNumber(), self.total_pages, self.pagesize)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.heading_pages[flowable.toc_key] = self.page
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key,
                                      level=flowable.toc_level, closed=flowable.toc_level > 0)

    def canvas_maker(self) -> Callable[..., Canvas]:
        moment = self.moment

        def make(*args: Any, **kwargs: Any) -> Canvas:
            return _DatedCanvas(*args, moment=moment, **kwargs)

        return make

    def build_steps(self, story: list[Flowable]) -> Iterator[int]:
        """``build`` as a generator: yields the number of flowables placed so far, so the
        caller can report progress and stop between two of them (closing the generator).

        Same steps as ``BaseDocTemplate.build``; the canvas is saved into the sink at the end.
        """
        self._startBuild(canvasmaker=self.canvas_maker())
        canv = self.canv
        canv._doctemplate = self
        flowables = list(story)
        placed = 0
        try:
            while flowables:
                self.clean_hanging()
                self.handle_flowable(flowables)
                placed += 1
                yield placed
        finally:
            del canv._doctemplate
        self._endBuild()
        sink = self.filename
        if isinstance(sink, io.BytesIO):  # every caller gives one; made PDF/A-2b in place
            data = make_archival(sink.getvalue())
            sink.seek(0)
            sink.truncate()
            sink.write(data)


# Passes of the layout: "page N of M" needs M, known after a pass; it settles in two.
MAX_PASSES = 4


def settled_pdf(new_doc: Callable[[io.BytesIO], ReportDoc],
                new_story: Callable[[], list[Flowable]], *,
                every: int = 1) -> Generator[Progress, None, bytes]:
    """The PDF's bytes, laid out again (a fresh story and document each pass) with the page
    count the previous pass found until it no longer changes; progress every ``every``
    flowables placed."""
    total = 0
    for _ in range(MAX_PASSES):
        story = new_story()
        sink = io.BytesIO()
        doc = new_doc(sink)
        doc.total_pages = total
        steps = len(story)
        for placed in doc.build_steps(story):
            if placed % every == 0:
                yield Progress(min(placed, steps), steps, "layout")
        if doc.page == total:
            return sink.getvalue()
        total = doc.page
    raise RuntimeError("the page numbers did not settle")  # a bug, not the user's
