"""Numbered paper consent forms: one form per number, for a customer to tick and sign.

Each form carries the shop's identity; each chosen purpose with its current wording, word for
word, its version and the first 8 hex digits of its SHA-256; an unticked "yes" and "no" box
per purpose; fields for name, email, phone, date and signature; the short information of
Art. 13 (:mod:`assistant.reports.consent_form_info`); and its number, printed large on every
page. When a filled form comes back, its number finds the wordings printed on it
(:mod:`assistant.store.consent_forms`): printing records them in the dossier, after the file is
written (a refused or cancelled export records nothing and leaves no file).

``export_consent_forms`` is the job the command line (``export pdf --kind consent-form``) and
the Documents page both drive.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.content.messages import messages
from assistant.domain.consent_wording import FORM_DOCUMENT, form_label, short_hash
from assistant.domain.findings import ValidationError
from assistant.domain.organisation import Organisation
from assistant.domain.progress import Progress
from assistant.reports.consent_form_info import FormInformation, form_information
from assistant.reports.document import (
    MARGIN_X,
    PAGE,
    Metadata,
    PageWords,
    ReportDoc,
    _fit,
    styles,
)
from assistant.reports.fonts import BOLD, REGULAR, register_fonts
from assistant.reports.text import french_spacing, para

KIND_FORM = FORM_DOCUMENT
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class FormOptions:
    purposes: tuple[str, ...]  # purpose codes, in the order printed
    numbers: range
    lang: Lang = "fr"
    date: dt.date = dt.date(2000, 1, 1)  # printed on each form; set by the caller


@dataclass(frozen=True)
class FormsWritten:
    path: Path
    numbers: range
    recorded: bool  # False: these numbers were already recorded with the same wordings
    gaps: tuple[str, ...]  # what the information block could not say


class _Words:
    """The forms' words in one language (``[forms]`` of messages-till.toml)."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._msg = messages(lang)

    def __call__(self, key: str, **params: Any) -> str:
        text = self._msg.get("forms", key, params)
        return french_spacing(text) if self.lang == "fr" else text


def export_consent_forms(dossier: Any, target: Path | str, options: FormOptions, *,
                         printed_by: str = "", overwrite: bool = False
                         ) -> Generator[Progress, None, FormsWritten]:
    """Write the forms of ``options.numbers`` to ``target`` and record them in ``dossier``
    (which must be writable). Refused (:class:`ValidationError`) for an unknown purpose, a
    purpose without a wording in the forms' language, or numbers already printed with
    other wordings; an existing ``target`` is replaced only when ``overwrite``, and never a
    dossier or its working files (:mod:`assistant.store.outputs`)."""
    from assistant.reports.builder import write_pdf
    from assistant.store.outputs import check_output

    target = Path(target)
    check_output(target, overwrite=overwrite, reading=[dossier.path])
    yield Progress(0, 0, "read")
    forms = dossier.consent_forms
    content = forms.content(list(options.purposes), options.lang)
    found = forms.check_numbers(options.numbers, content)
    if found:
        raise ValidationError(found)
    info = form_information(dossier, content, options.lang)
    organisation = dossier.organisation.get()
    data = yield from render_forms(organisation, content, options, info)
    yield Progress(1, 1, "write")
    write_pdf(target, data, overwrite=overwrite, reading=[dossier.path])
    try:
        recorded = forms.record_batch(options.numbers, content, printed_by=printed_by)
    except BaseException:
        target.unlink(missing_ok=True)  # forms the dossier does not know would prove nothing
        raise
    return FormsWritten(target, options.numbers, recorded is not None, info.gaps)


def render_forms(organisation: Organisation, content: Any, options: FormOptions,
                 info: FormInformation) -> Generator[Progress, None, bytes]:
    """The PDF's bytes: one form per number (a form starts a page; one that runs longer
    than a page repeats its number on the next)."""
    register_fonts()
    words = _Words(options.lang)
    shop = organisation.display_name or words("unnamed_shop")
    body = _form_body(organisation, content, options, info, words)
    # Every form has the same length (only its number differs): one laid out alone tells
    # how many pages each takes, for the "page 1/2" that says to turn it over.
    first = range(options.numbers.start, options.numbers.start + 1)
    single = _layout(organisation, shop, words, body, first, options, 0)
    for _ in single.steps():
        pass
    laid = _layout(organisation, shop, words, body, options.numbers, options,
                   single.doc.page)
    for placed, total in laid.steps():
        if placed % 20 == 0:
            yield Progress(placed, total, "forms")
    return laid.data


@dataclass
class _Laid:
    """A document ready to lay out: ``steps()`` builds it, yielding its progress."""

    doc: _FormsDoc
    sink: io.BytesIO
    story: list[Flowable]

    def steps(self) -> Generator[tuple[int, int], None, None]:
        total = len(self.story)
        for placed in self.doc.build_steps(self.story):
            yield placed, total

    @property
    def data(self) -> bytes:
        return self.sink.getvalue()


def _layout(organisation: Organisation, shop: str, words: _Words, body: Any,
            numbers: range, options: FormOptions, pages_per_form: int) -> _Laid:
    story: list[Flowable] = []
    for n, number in enumerate(numbers):
        if n:
            story.append(_NextForm(number))
            story.append(PageBreak())
        story.append(_FormStart(number))
        story += body(number)
    meta = Metadata(title=f"{words('title')} — {shop}", author=organisation.legal_name or shop,
                    subject=words("subject", first=form_label(options.numbers.start),
                                  last=form_label(options.numbers.stop - 1)),
                    keywords=words("keywords"), creator=f"{APP_DISPLAY_NAME} {__version__}",
                    lang="fr-FR" if options.lang == "fr" else "en-GB")
    page_words = PageWords(organisation=shop, title=words("title"), date="",
                           page_of=lambda _n, _t: "")
    moment = dt.datetime.combine(options.date, dt.time(0, 0), tzinfo=dt.UTC)
    sink = io.BytesIO()
    doc = _FormsDoc(sink, meta, page_words, moment, words, shop, options)
    doc.pages_per_form = pages_per_form
    return _Laid(doc, sink, story)


class _FormStart(Flowable):
    """Marks where form ``number`` starts (draws nothing)."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate  # type: ignore[attr-defined]
        doc.form_number = self.number


class _NextForm(_FormStart):
    """Placed at the end of a form, before its page break: the next page is the next
    form's, and its header (drawn when the page begins) must say so."""

    def draw(self) -> None:
        doc = self.canv._doctemplate  # type: ignore[attr-defined]
        doc.next_number = self.number


class _FormsDoc(ReportDoc):
    def __init__(self, sink: io.BytesIO, meta: Metadata, page_words: PageWords,
                 moment: dt.datetime, words: _Words, shop: str, options: FormOptions) -> None:
        super().__init__(sink, meta, page_words, moment)
        self.form_words = words
        self.shop = shop
        self.options = options
        self.form_number = options.numbers.start
        self.next_number: int | None = None
        self.form_page = 0
        self.pages_per_form = 0  # 0: not known yet (the first layout), or one page

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if self.next_number is not None:
            self.form_number, self.next_number = self.next_number, None
            self.form_page = 0
        self.form_page += 1
        words = self.form_words
        width, height = PAGE
        left, right = MARGIN_X, width - MARGIN_X
        label = words("header_number", number=form_label(self.form_number))
        if self.form_page > 1:
            label += " " + words("continued")
        canv.saveState()
        canv.setFillGray(0.15)
        top = height - 12 * mm
        canv.setFont(BOLD, 10)
        canv.drawRightString(right, top, label)
        canv.setFont(REGULAR, 8.5)
        canv.drawString(left, top, _fit(self.shop, REGULAR, 8.5, (right - left) * 0.6))
        canv.setStrokeGray(0.5)
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = 10 * mm
        canv.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canv.setFont(REGULAR, 7.5)
        footer = words("footer", number=form_label(self.form_number),
                       date=_date_text(self.options.date, self.options.lang))
        page = ""
        if self.pages_per_form > 1:
            key = "page_of" if self.form_page >= self.pages_per_form else "page_of_turn"
            page = words(key, page=self.form_page, total=self.pages_per_form)
            canv.setFont(BOLD, 8.5)
            canv.drawRightString(right, bottom, page)
            canv.setFont(REGULAR, 7.5)
        room = right - left - (canv.stringWidth(page, BOLD, 8.5) + 6 * mm if page else 0)
        canv.drawString(left, bottom, _fit(footer, REGULAR, 7.5, room))
        canv.restoreState()


def _date_text(day: dt.date, lang: Lang) -> str:
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


class _Boxes(Flowable):
    """Two empty boxes to tick, "yes" and "no", never pre-ticked."""

    SIZE = 5 * mm

    def __init__(self, yes: str, no: str) -> None:
        super().__init__()
        self.labels = (yes, no)

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.SIZE + 1 * mm

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(0.9)
        x = 0.0
        for label in self.labels:
            canv.rect(x, 0.5 * mm, self.SIZE, self.SIZE, stroke=1, fill=0)
            canv.setFont(BOLD, 11)
            canv.drawString(x + self.SIZE + 2 * mm, 1.6 * mm, label)
            x += self.SIZE + 2 * mm + canv.stringWidth(label, BOLD, 11) + 12 * mm
        canv.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = base["body"]
    return {
        "shop": ParagraphStyle("shop", parent=body, fontName=BOLD, fontSize=13, leading=16),
        "identity": ParagraphStyle("identity", parent=body, fontSize=8.5, leading=11,
                                   spaceAfter=0),
        "number": ParagraphStyle("number", parent=body, fontName=BOLD, fontSize=30,
                                 leading=34, alignment=2),
        "number_label": ParagraphStyle("number_label", parent=body, fontSize=9, leading=11,
                                       alignment=2, textColor=GREY, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19,
                                spaceBefore=4, spaceAfter=3),
        "intro": ParagraphStyle("intro", parent=body, fontSize=9, leading=12, spaceAfter=6),
        "purpose": ParagraphStyle("purpose", parent=body, fontName=BOLD, fontSize=10.5,
                                  leading=13, spaceBefore=5, spaceAfter=2),
        "wording": ParagraphStyle("wording", parent=body, fontSize=9.5, leading=12.5,
                                  spaceAfter=2),
        "ref": ParagraphStyle("ref", parent=body, fontSize=7.5, leading=9.5, textColor=GREY,
                              spaceAfter=2),
        "field": ParagraphStyle("field", parent=body, fontSize=9, leading=11, spaceAfter=0),
        "info_title": ParagraphStyle("info_title", parent=body, fontName=BOLD, fontSize=9,
                                     leading=11, spaceBefore=8, spaceAfter=2),
        "info": ParagraphStyle("info", parent=body, fontSize=7.5, leading=9.5, spaceAfter=1.5),
    }


def _identity_lines(org: Organisation, words: _Words) -> list[str]:
    lines = []
    if org.legal_name and org.legal_name != org.display_name:
        lines.append(org.legal_name)
    address = " ".join(org.address.split())
    place = " ".join(x for x in (org.postcode, org.city) if x)
    if address or place:
        lines.append(", ".join(x for x in (address, place) if x))
    if org.siret or org.siren:
        lines.append(words("siret", value=org.siret or org.siren))
    contact = " · ".join(x for x in (org.email, org.phone, org.website) if x)
    if contact:
        lines.append(contact)
    return lines


def _form_body(org: Organisation, content: Any, options: FormOptions, info: FormInformation,
               words: _Words):  # type: ignore[no-untyped-def]
    """A function giving the flowables of the form numbered ``number`` (new ones each
    time: reportlab keeps layout state on a flowable, so none is shared between forms)."""
    s = _styles()
    shop = org.display_name or words("unnamed_shop")
    identity_lines = _identity_lines(org, words)
    width = PAGE[0] - 2 * MARGIN_X

    def text(value: str, style: str) -> Paragraph:
        return Paragraph(para(value), s[style])

    def purposes() -> list[Flowable]:
        out: list[Flowable] = []
        for purpose, notice in zip(content.purposes, content.notices, strict=True):
            out.append(KeepTogether([
                text(purpose.label, "purpose"),
                # the wording as kept, word for word: its SHA-256 is printed below it
                text(notice.text, "wording"),
                text(words("wording_ref", version=notice.version,
                           hash=short_hash(notice.sha256)), "ref"),
                _Boxes(words("yes"), words("no")),
                Spacer(0, 2 * mm),
            ]))
        return out

    def fields() -> Table:
        def label(key: str) -> Paragraph:
            return text(words(key), "field")

        table = Table([[label("field_last_name"), "", label("field_first_name"), ""],
                       [label("field_email"), "", label("field_phone"), ""],
                       [label("field_date"), "", label("field_signature"), ""]],
                      colWidths=[0.16 * width, 0.34 * width, 0.16 * width, 0.34 * width],
                      rowHeights=[9 * mm, 9 * mm, 20 * mm])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, GREY),
            ("LINEBELOW", (3, 0), (3, -1), 0.6, GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def information() -> list[Flowable]:
        out: list[Flowable] = [text(words("info_title"), "info_title")]
        for label, value in info.lines:
            out.append(Paragraph(f"<b>{para(label)}</b>{para(words('label_colon'))}"
                                 f"{para(value)}", s["info"]))
        return out

    def body(number: int) -> list[Flowable]:
        identity = [text(shop, "shop"), *(text(line, "identity") for line in identity_lines)]
        head = Table([[identity, [text(words("number_label"), "number_label"),
                                  text(form_label(number), "number")]]],
                     colWidths=[0.68 * width, 0.32 * width])
        head.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOX", (1, 0), (1, 0), 1.2, GREY),
            ("RIGHTPADDING", (1, 0), (1, 0), 3 * mm),
            ("TOPPADDING", (1, 0), (1, 0), 2 * mm),
        ]))
        return [head, text(words("title"), "title"), text(words("intro"), "intro"),
                *purposes(), KeepTogether([Spacer(0, 2 * mm), fields()]), *information()]

    return body
