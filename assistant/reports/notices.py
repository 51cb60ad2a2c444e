"""Information notices as PDF, through the reports' page machinery (bundled fonts embedded,
reproducible bytes: the same notice and stamp give the same file).

- **website**, **staff**, **form**: A4 pages with the running header and "page N of M".
- **poster**: one A4 sheet for the counter; the type shrinks until the notice fits.
- **cctv**: one A4 sign: a camera pictogram, the CNIL's minimum in large type, then the
  other items of Art. 13 in small print; the type shrinks until it fits.

Every text is escaped before it reaches a ``Paragraph`` (:func:`assistant.reports.text.para`):
a processing named ``<b>`` prints those characters. Missing items print as visible
"[à compléter : ...]" in orange: the PDF never fills a gap.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer

from assistant import APP_DISPLAY_NAME, __version__
from assistant.domain.notices.document import Field, NoticeKind, Section
from assistant.domain.notices.versions import PreparedNotice, date_text
from assistant.reports.builder import write_pdf
from assistant.reports.document import Metadata, PageWords, ReportDoc, decorate
from assistant.reports.fonts import BOLD, REGULAR, register_fonts
from assistant.reports.text import para

GAP_COLOUR = "#b35c00"
ONE_PAGE_KINDS = (NoticeKind.POSTER, NoticeKind.CCTV)
_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0)


class Camera(Flowable):
    """The camera pictogram of the CCTV sign, drawn in vector (no image file)."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = width * 0.62

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        w = self.width
        x0 = (self._frame._aW - w) / 2 if hasattr(self, "_frame") else 0  # centred
        c.saveState()
        c.translate(x0, 0)
        c.setFillColor(Color(0.07, 0.07, 0.07))
        c.roundRect(0.05 * w, 0.12 * w, 0.58 * w, 0.34 * w, 0.05 * w, stroke=0, fill=1)
        path = c.beginPath()
        path.moveTo(0.63 * w, 0.36 * w)
        path.lineTo(0.9 * w, 0.5 * w)
        path.lineTo(0.9 * w, 0.08 * w)
        path.lineTo(0.63 * w, 0.22 * w)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.rect(0.15 * w, 0.46 * w, 0.16 * w, 0.08 * w, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.circle(0.25 * w, 0.29 * w, 0.09 * w, stroke=0, fill=1)
        c.setFillColor(Color(0.07, 0.07, 0.07))
        c.circle(0.25 * w, 0.29 * w, 0.05 * w, stroke=0, fill=1)
        c.restoreState()


def _styles(size: float) -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("nbody", fontName=REGULAR, fontSize=size, leading=size * 1.3,
                          spaceAfter=size * 0.35)
    return {
        "body": body,
        "small": ParagraphStyle("nsmall", parent=body, fontSize=size * 0.82,
                                leading=size * 0.82 * 1.28, spaceAfter=size * 0.25),
        "title": ParagraphStyle("ntitle", parent=body, fontName=BOLD, fontSize=size * 2.4,
                                leading=size * 2.8, spaceAfter=size * 0.6),
        "org": ParagraphStyle("norg", parent=body, fontName=BOLD, fontSize=size * 1.25,
                              leading=size * 1.6),
        "h2": ParagraphStyle("nh2", parent=body, fontName=BOLD, fontSize=size * 1.25,
                             leading=size * 1.6, spaceBefore=size * 0.9, spaceAfter=size * 0.3),
        "label": ParagraphStyle("nlabel", parent=body, fontName=BOLD, spaceAfter=size * 0.1),
        "item": ParagraphStyle("nitem", parent=body, leftIndent=size * 1.2,
                               spaceAfter=size * 0.15),
        "headline": ParagraphStyle("nheadline", parent=body, fontName=BOLD,
                                   fontSize=size * 2.6, leading=size * 3.1,
                                   alignment=TA_CENTER, spaceAfter=size * 0.8),
        "centre": ParagraphStyle("ncentre", parent=body, alignment=TA_CENTER),
        "stamp": ParagraphStyle("nstamp", parent=body, fontSize=size * 0.72,
                                leading=size * 0.72 * 1.3, textColor=Color(0.3, 0.3, 0.3),
                                spaceBefore=size),
    }


def _gap(text: str) -> str:
    return f'<font color="{GAP_COLOUR}"><b>{para(text)}</b></font>'


def _field_flowables(f: Field, st: dict[str, ParagraphStyle], sep: str, *, inline: bool,
                     small: bool = False) -> list[Flowable]:
    """A labelled item: ``Label : text`` on one paragraph (inline) or the label above its
    lines (full notices)."""
    base = st["small"] if small else st["body"]
    gaps = " ".join(_gap(g) for g in f.gaps)
    if inline or len(f.lines) <= 1:
        text = " · ".join(para(x) for x in f.lines)
        body = " ".join(x for x in (text, gaps) if x)
        return [Paragraph(f"<b>{para(f.label)}</b>{sep} {body}", base)]
    out: list[Flowable] = [Paragraph(para(f.label), st["label"])]
    out += [Paragraph(f"• {para(line)}", st["item"]) for line in f.lines]
    if gaps:
        out.append(Paragraph(gaps, st["item"]))
    return [KeepTogether(out[:2]), *out[2:]]


def _story(prepared: PreparedNotice, size: float) -> list[Flowable]:
    doc = prepared.document
    st = _styles(size)
    sep = "\u00a0:" if doc.lang == "fr" else ":"  # French: a no-break space before the colon
    story: list[Flowable] = []
    if doc.kind is NoticeKind.CCTV:
        story += [Camera(min(70 * mm, size * 6.5 * mm)), Spacer(1, size * 0.6),
                  Paragraph(para(doc.headline), st["headline"]),
                  Paragraph(para(doc.intro), st["org"])]
    else:
        story += [Paragraph(para(doc.title), st["title"]),
                  Paragraph(para(doc.organisation), st["org"]),
                  Paragraph(para(doc.intro), st["body"])]
    inline = doc.kind in (NoticeKind.POSTER, NoticeKind.CCTV, NoticeKind.FORM)
    for section in doc.sections:
        story += list(_section(section, st, sep, inline=inline,
                               cctv=doc.kind is NoticeKind.CCTV))
    if doc.more:
        story.append(Paragraph(f"<b>{para(doc.more)}</b>", st["body"]))
    story.append(Paragraph(para(prepared.stamp_text), st["stamp"]))
    return story


def _section(s: Section, st: dict[str, ParagraphStyle], sep: str, *, inline: bool,
             cctv: bool) -> Iterator[Flowable]:
    if cctv and s.key == "cnil_minimum":  # the CNIL's minimum: large type
        big = dict(st)
        big["body"] = ParagraphStyle("nbig", parent=st["body"],
                                     fontSize=st["body"].fontSize * 1.45,
                                     leading=st["body"].fontSize * 1.45 * 1.28,
                                     spaceAfter=st["body"].fontSize * 0.55)
        for f in s.fields:
            yield from _field_flowables(f, big, sep, inline=True)
        return
    if s.title:
        yield Paragraph(para(s.title), st["h2"])
    for paragraph in s.paragraphs:
        yield Paragraph(para(paragraph), st["body"])
    for f in s.fields:
        yield from _field_flowables(f, st, sep, inline=inline, small=s.small)


class _PosterDoc(ReportDoc):
    """A sheet to put up: no running header; the footer keeps the page count honest."""

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.total_pages > 1 or canv.getPageNumber() > 1:
            decorate(canv, self.words, canv.getPageNumber(), self.total_pages, self.pagesize)


def _build(prepared: PreparedNotice, size: float, total: int) -> tuple[bytes, int]:
    doc = prepared.document
    words = prepared.words
    title = f"{doc.title} — {doc.organisation}"
    label = words.kind(doc.kind.value, "label")
    page_words = PageWords(
        organisation=doc.organisation, title=label,
        date=date_text(prepared.stamp.date, words),
        page_of=lambda n, t: words.t("page_of", page=n, total=t or "?"))
    meta = Metadata(title=title, author=doc.organisation, subject=label,
                    keywords=words.t("pdf_keywords"),
                    creator=f"{APP_DISPLAY_NAME} {__version__}",
                    lang="fr-FR" if doc.lang == "fr" else "en-GB")
    moment = dt.datetime.combine(prepared.stamp.date, dt.time(0, 0), tzinfo=dt.UTC)
    sink = io.BytesIO()
    cls = _PosterDoc if doc.kind in ONE_PAGE_KINDS else ReportDoc
    report = cls(sink, meta, page_words, moment)
    report.total_pages = total
    for _ in report.build_steps(_story(prepared, size)):
        pass
    return sink.getvalue(), report.page


def render_notice_pdf(prepared: PreparedNotice) -> bytes:
    """The notice's PDF bytes. A poster or a sign is set in the largest type that fits one
    A4 page (down to a floor, past which it runs on, numbered)."""
    sizes = _SIZES if prepared.document.kind in ONE_PAGE_KINDS else (9.5,)
    start = 2.0 if prepared.document.kind is NoticeKind.CCTV else 1.0
    data, pages = b"", 0
    for size in (s * start for s in sizes):
        data, pages = _build(prepared, size, 0)
        if pages == 1:
            break
    if pages > 1:  # the page count is known now: lay out again with "page N of M"
        data, _ = _build(prepared, size, pages)
    return data


def write_notice_pdf(prepared: PreparedNotice, target: Path | str, *,
                     overwrite: bool = False, reading: Iterable[Path | str] = ()) -> Path:
    """Write the notice's PDF through the shared output guard (see ``write_pdf``)."""
    target = Path(target)
    write_pdf(target, render_notice_pdf(prepared), overwrite=overwrite, reading=reading)
    return target


__all__ = ["render_notice_pdf", "write_notice_pdf"]
