"""The canonical text of an information notice: its Markdown.

The Markdown without the version line is what a recorded version keeps word for word and
what its SHA-256 is computed over, so the same notice in HTML, Markdown or PDF has one
fingerprint (:mod:`.versions`). User text (a processing's name, a purpose, the shop's name)
is never markup: every character Markdown gives a meaning to is escaped, so a name such as
``<script>`` or ``**bold**`` reads back as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from assistant.domain.notices.document import Field, NoticeDocument, Section
from assistant.domain.notices.facts import NoticeWords
from assistant.domain.notices.versions import NoticeStamp, stamp_line

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&#!~])")
_MD_BULLET = re.compile(r"^(\s*)([-+=])(?=\s|$)")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """Plain text as Markdown that reads back as the same text (CommonMark escapes)."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _MD_SPECIAL.sub(r"\\\1", line)
        line = _MD_BULLET.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(_MD_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line))
    return " ".join(x.strip() for x in lines if x.strip())


def _md_field(f: Field) -> Iterator[str]:
    yield f"**{md_escape(f.label)}**"
    yield ""
    if len(f.lines) == 1:
        yield md_escape(f.lines[0])
        yield ""
    elif f.lines:
        yield from (f"- {md_escape(line)}" for line in f.lines)
        yield ""
    for gap in f.gaps:
        yield f"**{md_escape(gap)}**"
        yield ""


def _md_section(s: Section) -> Iterator[str]:
    if s.title:
        yield f"## {md_escape(s.title)}"
        yield ""
    for paragraph in s.paragraphs:
        yield md_escape(paragraph)
        yield ""
    for f in s.fields:
        yield from _md_field(f)


def canonical_text(doc: NoticeDocument) -> str:
    """The notice's text without its version line: what a version keeps and hashes."""
    out = [f"# {md_escape(doc.title)}", ""]
    if doc.headline:
        out += [f"**{md_escape(doc.headline)}**", ""]
    out += [f"**{md_escape(doc.organisation)}**", "", md_escape(doc.intro), ""]
    for s in doc.sections:
        out += list(_md_section(s))
    if doc.more:
        out += [md_escape(doc.more), ""]
    return unicodedata.normalize("NFC", "\n".join(out).rstrip("\n") + "\n")


def markdown(doc: NoticeDocument, stamp: NoticeStamp, words: NoticeWords) -> str:
    """The notice as Markdown, ending with its version line."""
    return canonical_text(doc) + "\n---\n\n" + f"*{md_escape(stamp_line(stamp, words))}*\n"


