"""A letter as structured data: who writes to whom, from where and when, about what, the body
(paragraphs, titled parts, bullet lists) and the signature.

A letter holds finished words in one language: dates are already written out ("Lyon, le
3 mars 2026"), labels ("Objet :", "Pièces jointes :") come from the caller's content files.
Its renderers (:mod:`assistant.reports.letter_pdf`, :mod:`assistant.reports.letter_docx` and
:func:`plain_text` here) therefore need no language of their own and print exactly the same
words: what the owner previews is what the person receives, in any of the three forms.

Blocks may carry ``covers``: the codes of the legal items a part of the letter answers (the
access letter's "purposes", "recipients"...). Renderers ignore them; tests and the window use
them to check a letter against its article's checklist.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# What a letter's text may not hold: control characters other than the line break.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """NFC text with Windows and old-Mac line ends made ``\\n``, tabs as spaces and no other
    control character (a word processor or a PDF would show them as boxes)."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


@dataclass(frozen=True)
class Party:
    """The sender or the recipient: a name and the lines under it (address, email...)."""

    name: str
    lines: tuple[str, ...] = ()

    def all_lines(self) -> list[str]:
        return [x for x in (self.name, *self.lines) if x.strip()]


@dataclass(frozen=True)
class Para:
    """One paragraph; a line break inside it is kept."""

    text: str
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Title:
    """The title of a part of the letter (kept with what follows it)."""

    text: str
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bullets:
    """A bulleted list; each item may span several lines."""

    items: tuple[str, ...]
    covers: tuple[str, ...] = ()


Block = Para | Title | Bullets


@dataclass(frozen=True)
class Signature:
    name: str
    role: str = ""  # "Gérante", "Le responsable du traitement"


@dataclass(frozen=True)
class Letter:
    """A complete letter, ready for any renderer.

    ``references`` are label/value lines printed under the place and date ("Votre demande
    du : 3 mars 2026", "Notre référence : D-004"). ``enclosures`` lists what goes with the
    letter, under ``enclosures_label``. ``title`` and ``lang`` are for the file's metadata
    (PDF title and language, DOCX core properties); ``keywords`` too.
    """

    lang: str  # "fr", "en": the language the words are in
    sender: Party
    recipient: Party
    place_date: str  # "Lyon, le 3 mars 2026"
    subject: str
    salutation: str  # "Madame, Monsieur,"
    body: tuple[Block, ...]
    closing: str  # the polite formula before the signature
    signature: Signature
    subject_label: str = "Subject:"
    references: tuple[tuple[str, str], ...] = ()
    enclosures: tuple[str, ...] = ()
    enclosures_label: str = "Enclosures:"
    title: str = ""
    keywords: str = ""
    page_of: str = "{page}/{total}"  # the footer of a letter longer than one page

    def covered(self) -> set[str]:
        """Every legal item some part of the body answers."""
        return {code for block in self.body for code in block.covers}

    def cleaned(self) -> Letter:
        """The same letter with every text passed through :func:`clean`."""
        def party(p: Party) -> Party:
            return Party(clean(p.name), tuple(clean(x) for x in p.lines))

        def block(b: Block) -> Block:
            if isinstance(b, Bullets):
                return Bullets(tuple(clean(i) for i in b.items), b.covers)
            return type(b)(clean(b.text), b.covers)

        return Letter(
            lang=self.lang, sender=party(self.sender), recipient=party(self.recipient),
            place_date=clean(self.place_date), subject=clean(self.subject),
            salutation=clean(self.salutation), body=tuple(block(b) for b in self.body),
            closing=clean(self.closing),
            signature=Signature(clean(self.signature.name), clean(self.signature.role)),
            subject_label=clean(self.subject_label),
            references=tuple((clean(a), clean(b)) for a, b in self.references),
            enclosures=tuple(clean(e) for e in self.enclosures),
            enclosures_label=clean(self.enclosures_label), title=clean(self.title),
            keywords=clean(self.keywords), page_of=self.page_of)


@dataclass(frozen=True)
class TextOptions:
    """What :func:`plain_text` writes: a whole letter, or the body of an email (the mail
    program has the addresses, the date and the subject already)."""

    addresses: bool = True
    subject: bool = True
    width: int = 0  # 0: no wrapping (an email program wraps by itself)
    bullet: str = "–"


EMAIL = TextOptions(addresses=False, subject=False)


def plain_text(letter: Letter, options: TextOptions | None = None) -> str:
    """The letter as plain text: for the clipboard ("Copy as email text") or a ``.txt``."""
    options = options or TextOptions()
    letter = letter.cleaned()
    out: list[str] = []

    def para(text: str) -> None:
        out.append(_wrap(text, options.width))
        out.append("")

    if options.addresses:
        out += letter.sender.all_lines()
        out.append("")
        out += letter.recipient.all_lines()
        out.append("")
        out.append(letter.place_date)
        out += [f"{label} {value}" for label, value in letter.references]
        out.append("")
    if options.subject:
        para(f"{letter.subject_label} {letter.subject}")
    para(letter.salutation)
    for block in letter.body:
        if isinstance(block, Title):
            out.append(block.text)
        elif isinstance(block, Bullets):
            for item in block.items:
                first, *rest = item.split("\n")
                out.append(_wrap(f"{options.bullet} {first}", options.width, hang="  "))
                out += [_wrap(f"  {line}", options.width, hang="  ") for line in rest]
            out.append("")
        else:
            para(block.text)
    para(letter.closing)
    out.append(letter.signature.name)
    if letter.signature.role:
        out.append(letter.signature.role)
    if letter.enclosures:
        out.append("")
        out.append(letter.enclosures_label)
        out += [f"{options.bullet} {e}" for e in letter.enclosures]
    return "\n".join(out).rstrip("\n") + "\n"


def _wrap(text: str, width: int, hang: str = "") -> str:
    if width <= 0:
        return text
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = hang + word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines)
