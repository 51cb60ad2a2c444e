"""Information notices as HTML (the Markdown is :mod:`assistant.domain.notices.markdown`,
the PDF :mod:`assistant.reports.notices`), all three from one
:class:`~assistant.domain.notices.document.NoticeDocument`.

User text (a processing's name, a purpose, the shop's name) is never markup: every text is
HTML-escaped (``< > & " '``), so a name such as ``<script>alert(1)</script>`` prints as those
characters. The page is HTML5 with no script and no outside resource.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from assistant.domain.notices.document import Field, NoticeDocument, NoticeKind, Section
from assistant.domain.notices.facts import NoticeWords
from assistant.domain.notices.versions import NoticeStamp, stamp_line


# -- HTML ---------------------------------------------------------------------------------
def _e(text: str) -> str:
    return html.escape(text, quote=True)


# A camera, drawn for the CCTV sign (the pictogram the sign must carry).
CAMERA_SVG = (
    '<svg class="rgpd-camera" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80" '
    'width="120" height="80" role="img" aria-labelledby="rgpd-camera-title">'
    '<title id="rgpd-camera-title">{title}</title>'
    '<rect x="8" y="20" width="70" height="40" rx="6" fill="#111"/>'
    '<polygon points="78,32 108,18 108,62 78,48" fill="#111"/>'
    '<circle cx="30" cy="40" r="11" fill="#fff"/><circle cx="30" cy="40" r="6" fill="#111"/>'
    '<rect x="20" y="10" width="22" height="10" rx="2" fill="#111"/></svg>'
)

_STYLE = """
.rgpd-notice { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.45; color: #1a1a1a; max-width: 46rem; margin: 0 auto; padding: 1rem; }
.rgpd-notice h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
.rgpd-notice h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #ccc; }
.rgpd-notice dt { font-weight: 600; margin-top: .6rem; }
.rgpd-notice dd { margin: 0 0 0 1rem; }
.rgpd-notice dd p, .rgpd-notice dd ul { margin: .2rem 0; }
.rgpd-notice .rgpd-org { font-weight: 600; }
.rgpd-notice .rgpd-headline { font-size: 1.5rem; font-weight: 700; }
.rgpd-notice .rgpd-gap { background: #fff3cd; border-left: 4px solid #b35c00;
  padding: .2rem .5rem; font-weight: 600; }
.rgpd-notice .rgpd-small { font-size: .85rem; }
.rgpd-notice .rgpd-stamp { font-size: .8rem; color: #555; border-top: 1px solid #ccc;
  margin-top: 2rem; padding-top: .5rem; overflow-wrap: anywhere; }
"""


def _html_field(f: Field) -> Iterator[str]:
    yield f"<dt>{_e(f.label)}</dt>"
    yield "<dd>"
    if len(f.lines) == 1:
        yield f"<p>{_e(f.lines[0])}</p>"
    elif f.lines:
        yield "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in f.lines) + "</ul>"
    for gap in f.gaps:
        yield f'<p class="rgpd-gap">{_e(gap)}</p>'
    yield "</dd>"


def _section_id(key: str) -> str:
    return "rgpd-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def _html_section(s: Section) -> Iterator[str]:
    classes = ' class="rgpd-small"' if s.small else ""
    tag = "section" if s.title else "div"  # a section has a heading (HTML outline)
    yield f'<{tag} id="{_section_id(s.key)}"{classes}>'
    if s.title:
        yield f"<h2>{_e(s.title)}</h2>"
    for paragraph in s.paragraphs:
        yield f"<p>{_e(paragraph)}</p>"
    if s.fields:
        yield "<dl>"
        for f in s.fields:
            yield from _html_field(f)
        yield "</dl>"
    yield f"</{tag}>"


def html_fragment(doc: NoticeDocument, stamp: NoticeStamp, words: NoticeWords) -> str:
    """The notice as one ``<article>``: what to paste into a web shop's page."""
    out = [f'<article class="rgpd-notice" lang="{_e(doc.lang)}">', f"<h1>{_e(doc.title)}</h1>"]
    if doc.kind is NoticeKind.CCTV:
        out.append(CAMERA_SVG.format(title=_e(doc.headline)))
    if doc.headline:
        out.append(f'<p class="rgpd-headline">{_e(doc.headline)}</p>')
    out += [f'<p class="rgpd-org">{_e(doc.organisation)}</p>', f"<p>{_e(doc.intro)}</p>"]
    for s in doc.sections:
        out += list(_html_section(s))
    if doc.more:
        out.append(f"<p>{_e(doc.more)}</p>")
    out.append(f'<p class="rgpd-stamp">{_e(stamp_line(stamp, words))}</p>')
    out.append("</article>")
    return "\n".join(out)


def html_document(doc: NoticeDocument, stamp: NoticeStamp, words: NoticeWords) -> str:
    """A complete HTML5 page holding the notice (UTF-8, no script, no outside resource)."""
    title = f"{doc.title} — {doc.organisation}"
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{_e(doc.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        html_fragment(doc, stamp, words),
        "</body>",
        "</html>",
        "",
    ])
