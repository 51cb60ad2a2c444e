"""A :class:`~assistant.domain.letter.Letter` as a PDF, through the page frame of every PDF of
the app (:class:`~assistant.reports.document.ReportDoc`): the bundled fonts embedded, the
document's date as creation date, reportlab's invariant mode, so the same letter gives the
same bytes; whatever the frame later adds to every PDF (an archival profile) letters get too.

The layout is a French business letter that also suits an English reader: the sender at the
top left, the recipient where a window envelope (DL, window on the right) shows it, the
place and date under it, then the subject in bold, the salutation, the body, the closing
formula and the signature. Only a letter longer than one page has a footer ("2/3") and, from
its second page on, a running header with the sender and the subject.

User text (names, addresses, what the owner typed) goes through
:func:`~assistant.reports.text.para`: it is never parsed as markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from assistant import APP_DISPLAY_NAME, __version__
from assistant.domain.letter import Bullets, Letter, Title
from assistant.domain.progress import Progress
from assistant.reports.document import (
    MARGIN_X,
    Metadata,
    PageWords,
    ReportDoc,
    decorate,
    settled_pdf,
)
from assistant.reports.fonts import BOLD, REGULAR, register_fonts
from assistant.reports.text import para

# Where a DL window envelope (window 100 x 45 mm on the right, 20 mm from the right edge and
# about 50 mm from the top) shows the recipient: their block starts 100 mm from the left.
RECIPIENT_LEFT = 100 * mm
TOP_GAP = 10 * mm  # the sender block starts this far below the top margin


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("letter", fontName=REGULAR, fontSize=10.5, leading=14.5,
                          spaceAfter=7)
    return {
        "body": body,
        "block": ParagraphStyle("block", parent=body, spaceAfter=0),
        "sender_name": ParagraphStyle("sender_name", parent=body, fontName=BOLD,
                                      spaceAfter=0),
        "date": ParagraphStyle("date", parent=body, alignment=TA_RIGHT, spaceAfter=2),
        "ref": ParagraphStyle("ref", parent=body, fontSize=9.5, leading=12.5,
                              alignment=TA_RIGHT, spaceAfter=0),
        "subject": ParagraphStyle("subject", parent=body, fontName=BOLD, spaceBefore=10,
                                  spaceAfter=10),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, spaceBefore=5,
                                spaceAfter=3),
        "item": ParagraphStyle("item", parent=body, spaceAfter=2),
        "signature": ParagraphStyle("signature", parent=body, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5,
                                spaceAfter=1),
    }


def _lines(lines: list[str], style: ParagraphStyle, first: ParagraphStyle | None = None
           ) -> list[Flowable]:
    return [Paragraph(para(line), first if (first is not None and i == 0) else style)
            for i, line in enumerate(lines)]


def build_story(letter: Letter) -> list[Flowable]:
    """The letter's flowables (the letter already cleaned)."""
    st = _styles()
    story: list[Flowable] = [Spacer(0, TOP_GAP)]
    sender = _lines(letter.sender.all_lines(), st["block"], st["sender_name"])
    recipient = _lines(letter.recipient.all_lines(), st["block"])
    head = Table([[sender, recipient]], colWidths=[RECIPIENT_LEFT - MARGIN_X, None],
                 hAlign="LEFT")
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (1, 0), (1, 0), 22 * mm),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(0, 12 * mm), Paragraph(para(letter.place_date), st["date"])]
    story += [Paragraph(para(f"{label} {value}"), st["ref"])
              for label, value in letter.references]
    story.append(Paragraph(f"{para(letter.subject_label)} {para(letter.subject)}",
                           st["subject"]))
    story.append(Paragraph(para(letter.salutation), st["body"]))
    for block in letter.body:
        if isinstance(block, Title):
            title = Paragraph(para(block.text), st["title"])
            title.keepWithNext = True
            story.append(title)
        elif isinstance(block, Bullets):
            if not block.items:
                continue
            items = [ListItem(Paragraph(para(item), st["item"]), leftIndent=14,
                              value="•") for item in block.items]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=14,
                                      bulletFontName=REGULAR, bulletFontSize=10.5,
                                      spaceAfter=6))
        else:
            story.append(Paragraph(para(block.text), st["body"]))
    signature = [Paragraph(para(letter.closing), st["body"]), Spacer(0, 8)]
    sign = [letter.signature.name, letter.signature.role]
    signature += [Paragraph(para(x), st["signature"]) for x in sign if x.strip()]
    story.append(KeepTogether(signature))
    if letter.enclosures:
        story.append(Spacer(0, 10))
        story.append(KeepTogether(
            [Paragraph(para(letter.enclosures_label), st["small"])]
            + [Paragraph(para(f"– {e}"), st["small"]) for e in letter.enclosures]))
    return story


class LetterDoc(ReportDoc):
    """The app's page frame, decorated as a letter: nothing on a one-page letter; from the
    second page on, the sender and subject above and "N/M" below."""

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        number = canv.getPageNumber()
        if number > 1:
            decorate(canv, self.words, number, self.total_pages, self.pagesize)
        elif self.total_pages > 1:  # the first page: only its number, the letterhead is above
            width = self.pagesize[0]
            canv.saveState()
            canv.setFont(REGULAR, 8.5)
            canv.setFillGray(0.15)
            canv.drawRightString(width - MARGIN_X, 10 * mm,
                                 self.words.page_of(number, self.total_pages))
            canv.restoreState()


def render_letter_pdf(letter: Letter, day: dt.date) -> Generator[Progress, None, bytes]:
    """The letter's PDF bytes; ``day`` is its creation date (same letter and day: same
    bytes)."""
    register_fonts()
    letter = letter.cleaned()
    words = PageWords(
        organisation=letter.sender.name, title=letter.subject, date="",
        page_of=lambda n, total: letter.page_of.format(page=n, total=total or "?"),
    )
    meta = Metadata(
        title=letter.title or letter.subject, author=letter.sender.name,
        subject=letter.subject, keywords=letter.keywords,
        creator=f"{APP_DISPLAY_NAME} {__version__}",
        lang="fr-FR" if letter.lang == "fr" else "en-GB",
    )
    moment = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)
    return (yield from settled_pdf(lambda sink: LetterDoc(sink, meta, words, moment),
                                   lambda: build_story(letter)))


def letter_pdf_bytes(letter: Letter, day: dt.date) -> bytes:
    """:func:`render_letter_pdf` run to its end (a letter takes a fraction of a second)."""
    from assistant.domain.progress import drive

    return drive(render_letter_pdf(letter, day))


__all__ = ["LetterDoc", "build_story", "letter_pdf_bytes", "render_letter_pdf"]
