"""Reading one HTML page into the facts the rules judge, with the standard ``html.parser``.

The parser builds a small, forgiving tree (real pages leave tags open, close the wrong ones,
nest forms in tables) and then walks it for what a browser would load as the page opens
(scripts, images, frames, stylesheets), what it holds back (a ``<script type="text/plain">``
that a consent tool turns on later, an ``<iframe data-src>`` with no ``src``), the links, the
forms with their fields, ticked boxes and the words around them, and the page's visible text.
Nothing is run: a static reading sees the page as its server sent it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from assistant.domain.progress import Progress
from assistant.domain.website.model import (
    FormCheckbox,
    FormFacts,
    FormField,
    Link,
    PageFacts,
    Resource,
    ResourceKind,
)

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr", "keygen", "frame"})
# Tags a new one of the same kind closes (``<li>a<li>b``) when left open.
SELF_CLOSING_RUNS = frozenset({"p", "li", "option", "dt", "dd", "tr", "td", "th"})
# Script types a browser runs; any other type (text/plain, didomi/javascript...) is held.
RUN_TYPES = frozenset({"", "text/javascript", "application/javascript", "module",
                       "text/ecmascript", "application/ecmascript", "application/x-javascript",
                       "application/x-ecmascript", "text/jscript", "text/livescript"})
DATA_TYPES = frozenset({"application/ld+json", "application/json", "importmap",
                        "speculationrules"})
HIDDEN_TEXT = frozenset({"script", "style", "template", "noscript", "head", "title"})
MAX_CODE = 200_000  # characters of one inline script kept for matching
MAX_TEXT = 300_000  # characters of a page's visible text kept
AROUND_TEXT = 3000  # a form's surrounding block counts if its text is at most this long
MAX_LINKS = 5000  # links of one page kept (to choose the next pages and the legal links)
PARSE_PIECE = 256 * 1024  # characters fed to the parser between two chances to cancel
_SPACES = re.compile(r"\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def attr(self, name: str) -> str:
        return self.attrs.get(name, "") or ""

    def text(self, limit: int | None = None) -> str:
        """The visible words under this node, spaces collapsed."""
        parts: list[str] = []
        size = 0
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
                size += len(item)
                if limit is not None and size > limit * 2:
                    break
                continue
            if item.tag in HIDDEN_TEXT and item is not self:
                continue
            if item.tag in ("br", "p", "div", "li", "td", "tr", "h1", "h2", "h3", "label"):
                parts.append(" ")
            stack.extend(reversed(item.children))
        return _SPACES.sub(" ", "".join(parts)).strip()

    def walk(self):  # type: ignore[no-untyped-def]
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))

    def inside(self, tag: str) -> bool:
        node = self.parent
        while node is not None:
            if node.tag == tag:
                return True
            node = node.parent
        return False


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SELF_CLOSING_RUNS and self.current.tag == tag:
            self._close(tag)
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, self.current)
        self.current.children.append(node)

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def _close(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        if data:
            self.current.children.append(data)


def parse_html_steps(text: str) -> Generator[Progress, None, Node]:
    """The tree of ``text``, fed to the parser in pieces: a big page yields between them, so
    that Cancel is heard while it is read."""
    builder = _TreeBuilder()
    try:
        for start in range(0, len(text), PARSE_PIECE):
            builder.feed(text[start:start + PARSE_PIECE])
            yield Progress(start, len(text), "website_analyse")
        builder.close()
    except (AssertionError, ValueError):  # html.parser's rare refusals: keep what was read
        pass
    return builder.root


def decode(body: bytes, charset: str) -> str:
    """The page's text: the header's charset, else a BOM or ``<meta charset>``, else UTF-8."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            charset = name
            break
    if not charset:
        found = _META_CHARSET.search(body[:4096])
        charset = found.group(1).decode("ascii", "replace") if found else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return body.decode(charset, errors="replace")


def looks_like_html(media_type: str, body: bytes) -> bool:
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    if media_type:
        return False
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


# -- the walk ------------------------------------------------------------------------------
def read_page_steps(html: str, url: str, final_url: str, status: int, *,
                    cookies: tuple = (), truncated: bool = False,  # type: ignore[type-arg]
                    redirects: tuple[str, ...] = ()) -> Generator[Progress, None, PageFacts]:
    """The facts of one page (a job: it yields while a big page is parsed)."""
    root = yield from parse_html_steps(html)
    base = final_url
    for node in root.walk():
        if node.tag == "base" and node.attr("href"):
            base = urljoin(final_url, node.attr("href"))
            break
    title = ""
    resources: list[Resource] = []
    links: list[Link] = []
    forms: list[FormFacts] = []
    labels = _labels(root)
    for node in root.walk():
        tag = node.tag
        if tag == "title" and not title:
            title = node.text(500)[:300]
        elif tag in ("script", "img", "iframe", "link", "style"):
            resource = _resource(node, base)
            if resource is not None:
                resources.append(resource)
        elif tag == "a" and len(links) < MAX_LINKS:
            link = _link(node, base)
            if link is not None:
                links.append(link)
        elif tag == "form":
            forms.append(_form(node, base, labels))
    text = root.text(MAX_TEXT)[:MAX_TEXT]
    return PageFacts(url=url, final_url=final_url, status=status, title=title,
                     cookies=tuple(cookies), resources=tuple(resources), forms=tuple(forms),
                     links=tuple(links), text=text, truncated=truncated, redirects=redirects)


def _absolute(base: str, ref: str) -> str:
    ref = ref.strip()
    if not ref or ref.startswith(("data:", "javascript:", "about:", "blob:", "#")):
        return ""
    try:
        url = urljoin(base, ref)
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("http", "https") else ""


def _resource(node: Node, base: str) -> Resource | None:
    noscript = node.inside("noscript")
    tag = node.tag
    if tag == "script":
        kind = node.attr("type").strip().lower().split(";")[0].strip()
        if kind in DATA_TYPES:
            return None
        held = kind not in RUN_TYPES
        src = _absolute(base, node.attr("src"))
        if src:
            return Resource(ResourceKind.SCRIPT, src, held=held, noscript=noscript)
        lazy = _absolute(base, node.attr("data-src") or node.attr("data-cmplz-src"))
        if lazy:
            return Resource(ResourceKind.SCRIPT, lazy, held=True, noscript=noscript)
        code = "".join(c for c in node.children if isinstance(c, str))[:MAX_CODE]
        if not code.strip():
            return None
        return Resource(ResourceKind.INLINE_SCRIPT, code=code, held=held, noscript=noscript)
    if tag == "style":
        code = "".join(c for c in node.children if isinstance(c, str))[:MAX_CODE]
        return Resource(ResourceKind.INLINE_STYLE, code=code, noscript=noscript) \
            if code.strip() else None
    if tag == "link":
        rel = node.attr("rel").lower().split()
        href = _absolute(base, node.attr("href"))
        if "stylesheet" in rel and href:
            return Resource(ResourceKind.STYLESHEET, href, noscript=noscript)
        return None
    kind_ = ResourceKind.PIXEL if tag == "img" else ResourceKind.FRAME
    src = _absolute(base, node.attr("src"))
    if src:
        return Resource(kind_, src, noscript=noscript)
    lazy = _absolute(base, node.attr("data-src") or node.attr("data-lazy-src")
                     or node.attr("data-cmplz-src"))
    if lazy:
        return Resource(kind_, lazy, held=True, noscript=noscript)
    return None


def _link(node: Node, base: str) -> Link | None:
    url = _absolute(base, node.attr("href"))
    if not url:
        return None
    words = node.text(300) or node.attr("title") or node.attr("aria-label")
    return Link(url, words[:300])


def _labels(root: Node) -> dict[str, str]:
    """The words of every ``<label for=...>``, by the id they name."""
    out: dict[str, str] = {}
    for node in root.walk():
        if node.tag == "label" and node.attr("for"):
            out.setdefault(node.attr("for"), node.text(500))
    return out


def _label_of(node: Node, labels: dict[str, str]) -> str:
    ident = node.attr("id")
    if ident and labels.get(ident):
        return labels[ident]
    parent = node.parent
    while parent is not None and parent.tag not in ("form", "body"):
        if parent.tag == "label":
            return parent.text(500)
        parent = parent.parent
    # a box followed by its words, without a <label>: the words of its small parent block
    if node.parent is not None:
        words = node.parent.text(600)
        if len(words) <= 500:
            return words
    return node.attr("aria-label") or node.attr("title")


def _form(form: Node, base: str, labels: dict[str, str]) -> FormFacts:
    fields: list[FormField] = []
    boxes: list[FormCheckbox] = []
    for node in form.walk():
        if node.tag not in ("input", "textarea", "select"):
            continue
        kind = node.tag if node.tag != "input" else (node.attr("type").lower() or "text")
        label = _label_of(node, labels) if kind not in ("hidden", "submit", "button") else ""
        if kind == "checkbox":
            boxes.append(FormCheckbox(node.attr("name"), label[:500], "checked" in node.attrs))
        words = " ".join(x for x in (node.attr("name"), node.attr("id"),
                                     node.attr("placeholder"), node.attr("autocomplete"),
                                     node.attr("aria-label"), label) if x)
        fields.append(FormField(kind, words[:600].lower()))
    block = form
    parent = form.parent
    while parent is not None and parent.tag not in ("#document", "body", "html") and \
            len(parent.text(AROUND_TEXT)) <= AROUND_TEXT:
        block, parent = parent, parent.parent
    links = tuple(link for link in (_link(n, base) for n in block.walk() if n.tag == "a")
                  if link is not None)
    hints = " ".join(x for x in (form.attr("id"), form.attr("class"), form.attr("name"),
                                 form.attr("action")) if x).lower()
    return FormFacts(action=_absolute(base, form.attr("action")) or base,
                     method=(form.attr("method") or "get").lower(), fields=tuple(fields),
                     checkboxes=tuple(boxes), text=block.text(AROUND_TEXT * 2)[:AROUND_TEXT * 2],
                     links=links, hints=hints[:500])
