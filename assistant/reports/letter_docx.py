"""A :class:`~assistant.domain.letter.Letter` as a Word document (DOCX) the owner can edit
before sending, written with python-docx.

Same words and order as the PDF: sender, recipient (in a table whose second column sits
where a window envelope shows it), place and date, references, subject in bold, salutation,
body (titles in bold, bullets as Word's own "List Bullet" paragraphs, so that editing keeps
the list), closing formula, signature, enclosures. The document's language is set on its
styles, so Word checks the spelling in French or English.

**Reproducible bytes.** python-docx stamps the zip entries with the clock and the core
properties with its template's dates: the core properties are set to the letter's date and
the package is written again with every entry dated that day, so the same letter and day
give the same file (a filed answer's SHA-256 can be checked by writing it again).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from assistant import APP_DISPLAY_NAME, __version__
from assistant.domain.letter import Bullets, Letter, Title

FONT = "DejaVu Sans"  # the PDF's font; Word falls back to a close one where it is missing
FALLBACK = "Arial"


def _language(document: DocxDocument, lang: str) -> None:
    tag = "fr-FR" if lang == "fr" else "en-GB"
    styles = document.styles.element  # type: ignore[attr-defined]
    rpr = styles.find(qn("w:docDefaults"))
    if rpr is None:
        return
    run = rpr.find(qn("w:rPrDefault"))
    props = run.find(qn("w:rPr")) if run is not None else None
    if props is None:
        return
    found = props.find(qn("w:lang"))
    if found is None:
        found = props.makeelement(qn("w:lang"), {})
        props.append(found)
    found.set(qn("w:val"), tag)
    found.set(qn("w:eastAsia"), tag)


def build_document(letter: Letter, day: dt.date) -> DocxDocument:
    letter = letter.cleaned()
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(22), Mm(18)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:hAnsi"), FONT)
        rfonts.set(qn("w:cs"), FALLBACK)
    normal.paragraph_format.space_after = Pt(6)
    _language(document, letter.lang)

    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Mm(82), Mm(92))
    for cell, width in zip(table.rows[0].cells, widths, strict=True):
        cell.width = width
    left, right = table.rows[0].cells
    for i, line in enumerate(letter.sender.all_lines()):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).bold = i == 0
    first = right.paragraphs[0]
    first.paragraph_format.space_before = Pt(60)
    for i, line in enumerate(letter.recipient.all_lines()):
        p = first if i == 0 else right.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line)

    date = document.add_paragraph(letter.place_date)
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.space_before = Pt(30)
    for label, value in letter.references:
        p = document.add_paragraph(f"{label} {value}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    subject = document.add_paragraph()
    subject.paragraph_format.space_before = Pt(12)
    subject.paragraph_format.space_after = Pt(12)
    subject.add_run(f"{letter.subject_label} {letter.subject}").bold = True
    _text(document.add_paragraph(), letter.salutation)
    for block in letter.body:
        if isinstance(block, Title):
            p = document.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.add_run(block.text).bold = True
        elif isinstance(block, Bullets):
            for item in block.items:
                p = document.add_paragraph(style="List Bullet")
                p.paragraph_format.space_after = Pt(2)
                _text(p, item)
        else:
            _text(document.add_paragraph(), block.text)
    closing = document.add_paragraph()
    closing.paragraph_format.keep_with_next = True
    _text(closing, letter.closing)
    for i, line in enumerate(x for x in (letter.signature.name, letter.signature.role)
                             if x.strip()):
        p = document.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        if i == 0:
            p.paragraph_format.space_before = Pt(18)
        p.add_run(line)
    if letter.enclosures:
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(letter.enclosures_label).font.size = Pt(9.5)
        for item in letter.enclosures:
            q = document.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            q.add_run(f"– {item}").font.size = Pt(9.5)

    props = document.core_properties
    moment = dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)
    props.title = letter.title or letter.subject
    props.subject = letter.subject
    props.author = letter.sender.name
    props.last_modified_by = letter.sender.name
    props.keywords = letter.keywords
    props.comments = f"{APP_DISPLAY_NAME} {__version__}"
    props.language = "fr-FR" if letter.lang == "fr" else "en-GB"
    props.created = moment
    props.modified = moment
    props.last_printed = moment
    props.revision = 1
    return document


def _text(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    """Text whose line breaks stay line breaks inside the paragraph."""
    run = None
    for line in text.split("\n"):
        if run is not None:
            run.add_break()
        run = paragraph.add_run(line)


def letter_docx_bytes(letter: Letter, day: dt.date) -> bytes:
    """The letter's DOCX bytes, the same for the same letter and day."""
    sink = io.BytesIO()
    build_document(letter, day).save(sink)
    return _fixed_zip(sink.getvalue(), day)


def _fixed_zip(data: bytes, day: dt.date) -> bytes:
    """The same package with every entry dated ``day`` and in a fixed order."""
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        order = source.namelist()
        # [Content_Types].xml first, as Office writes it; the others as python-docx wrote them
        names = sorted(order, key=lambda n: (n != "[Content_Types].xml", order.index(n)))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


__all__ = ["build_document", "letter_docx_bytes"]
