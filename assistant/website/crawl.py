"""Reading the owner's site: the page they typed and up to N pages it links to, on the same
site, in an order that reads the legal pages and the forms first.

A job (a generator of :class:`Progress`) that the window runs on a worker with Cancel, and the
command line with a text bar. Only what the owner asked for is fetched: the pages of their own
site, never a third party's scripts, and nothing about the shop's customers leaves the PC.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.progress import Progress
from assistant.domain.website.forms import folded, is_legal_notice_link, is_privacy_link
from assistant.domain.website.model import (
    Link,
    PageFacts,
    PageFailure,
    RobotsStatus,
    SiteFacts,
)
from assistant.domain.website.rules import canonical
from assistant.domain.website.urls import host_of, same_site, site_base
from assistant.website.fetch import Answer, Fetcher, FetchFailed, FetchLimits
from assistant.website.page import decode, looks_like_html, read_page_steps
from assistant.website.robots import Robots, read_robots

DEFAULT_PAGES = 10
DEFAULT_DELAY = 0.2  # seconds between two requests to the site
MAX_PAGES = 100
MAX_URL = 2000
R = TypeVar("R")

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://")
_OTHER_SCHEMES = re.compile(r"^(mailto|javascript|file|data|ftp|tel|sms|about|blob):", re.I)
# Addresses that are not pages (files), or whose visit would change something.
_NOT_PAGES = re.compile(
    r"\.(pdf|jpe?g|png|gif|webp|svg|ico|zip|rar|7z|gz|tar|docx?|xlsx?|pptx?|odt|ods|mp3|mp4|"
    r"avi|mov|webm|css|js|json|xml|woff2?|ttf|eot|exe|dmg|apk|ics|csv|txt)$", re.I)
_SIDE_EFFECTS = re.compile(r"add-to-cart|add_to_cart|logout|log-out|deconnexion|wp-login|"
                           r"wp-admin|/delete|remove_item|empty-cart", re.I)
_FORM_PAGES = ("contact", "newsletter", "inscription", "compte", "account", "register",
               "signup", "sign-up", "commande", "checkout", "panier", "cart", "devis",
               "reservation", "rendez-vous", "booking", "abonnement", "subscribe")


@dataclass(frozen=True)
class CrawlOptions:
    pages: int = DEFAULT_PAGES  # linked pages to read besides the first
    delay: float | None = None  # seconds between two requests (None: DEFAULT_DELAY; more
    # if robots.txt asks)
    limits: FetchLimits = field(default_factory=FetchLimits)
    proxies: dict[str, str] | None = None  # None: the system's
    context: object | None = None  # an ssl.SSLContext (tests trust their own certificate)


def normalise_url(text: str) -> str:
    """The absolute address to read, from what the owner typed (``boulangerie.fr`` means
    ``https://boulangerie.fr/``); :class:`ValidationError` naming what is wrong."""
    raw = (text or "").strip()

    def refuse(reason: str) -> ValidationError:
        return ValidationError([Finding(f"website_url_{reason}", "url", Severity.ERROR,
                                        {"value": raw[:200]})])

    if not raw:
        raise refuse("empty")
    if len(raw) > MAX_URL:
        raise refuse("too_long")
    if any(c.isspace() for c in raw) or any(ord(c) < 32 for c in raw):
        raise refuse("spaces")
    if _OTHER_SCHEMES.match(raw):
        raise refuse("scheme")
    if raw.startswith("//"):
        raw = "https:" + raw
    elif not _SCHEME.match(raw):
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise refuse("port") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise refuse("scheme")
    if parts.username is not None or parts.password is not None:
        raise refuse("credentials")
    host = parts.hostname or ""
    if not host or host.startswith(".") or ".." in host:
        raise refuse("no_host")
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise refuse("no_host") from None
    if not re.fullmatch(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:.]+", ascii_host):
        raise refuse("no_host")
    if ":" in ascii_host and not ascii_host.startswith("["):
        ascii_host = f"[{ascii_host}]"
    netloc = ascii_host.lower() + (f":{port}" if port is not None else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _pages(job: Generator[Progress, None, R], done: int, total: int,
           stage: str) -> Generator[Progress, None, R]:
    """Run a fetch, showing the check's progress (pages) rather than the page's bytes."""
    try:
        while True:
            try:
                next(job)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            yield Progress(done, total, stage)
    finally:
        job.close()


def _rank(link: Link) -> int:
    if is_privacy_link(link):
        return 0
    if is_legal_notice_link(link):
        return 1
    words = folded(link.url + " " + link.text)
    return 2 if any(w in words for w in _FORM_PAGES) else 3


class _Queue:
    """Same-site addresses still to read, legal pages and forms first, then in order seen."""

    def __init__(self, home: str) -> None:
        self.base = site_base(host_of(home))
        self.port = urlsplit(home).port
        self.scheme_port = {"http": 80, "https": 443}
        self._items: dict[str, tuple[int, int]] = {}
        self.seen: set[str] = set()
        self._count = 0

    def _ours(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            port = parts.port or self.scheme_port.get(parts.scheme, 0)
        except ValueError:
            return False
        home_port = self.port
        if home_port is not None and port != home_port:
            return False
        return same_site(parts.hostname or "", self.base)

    def add(self, links: tuple[Link, ...]) -> None:
        for link in links:
            url = canonical(link.url)
            path = urlsplit(url).path
            if url in self.seen or url in self._items or not self._ours(url) or \
                    _NOT_PAGES.search(path) or _SIDE_EFFECTS.search(url):
                continue
            self._count += 1
            self._items[url] = (_rank(link), self._count)

    def pop(self) -> str | None:
        if not self._items:
            return None
        url = min(self._items, key=self._items.__getitem__)
        del self._items[url]
        self.seen.add(url)
        return url

    def __len__(self) -> int:
        return len(self._items)


def _as_page(answer: Answer) -> Generator[Progress, None, PageFacts]:
    if answer.status >= 400:
        raise FetchFailed(answer.url, "http_status", str(answer.status), status=answer.status)
    if not looks_like_html(answer.content_type, answer.body):
        raise FetchFailed(answer.url, "not_html", answer.content_type or "?")
    html = decode(answer.body, answer.charset)
    return (yield from read_page_steps(html, answer.url, answer.final_url, answer.status,
                                       cookies=answer.cookies, truncated=answer.truncated,
                                       redirects=answer.redirects))


def _wait(seconds: float, done: int, total: int) -> Generator[Progress, None, None]:
    """A pause between two requests, in short steps so that Cancel is heard."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        time.sleep(min(left, 0.1))
        yield Progress(done, total, "website_page")


def crawl(url: str, options: CrawlOptions | None = None) -> Generator[Progress, None, SiteFacts]:
    """Read the site; returns what was seen (a site that could not be read at all has no
    page and one failure, which says why)."""
    options = options or CrawlOptions()
    start = normalise_url(url)
    fetched_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fetcher = Fetcher(options.limits, proxies=options.proxies,
                      context=options.context)  # type: ignore[arg-type]
    total = options.pages + 1
    facts = SiteFacts(start_url=start, fetched_at=fetched_at, user_agent=fetcher.agent,
                      pages_limit=options.pages)
    yield Progress(0, total, "website_robots")
    robots: dict[str, Robots] = {}

    def origin(address: str) -> str:
        parts = urlsplit(address)
        return f"{parts.scheme}://{parts.netloc}"

    robots[origin(start)] = yield from _pages(read_robots(fetcher, start), 0, total,
                                              "website_robots")
    try:
        answer = yield from _pages(fetcher.get(start), 0, total, "website_page")
        home = yield from _pages(_as_page(answer), 0, total, "website_page")
    except FetchFailed as exc:
        return _with(facts, failures=(PageFailure(start, exc.reason, exc.detail),),
                     robots=robots[origin(start)])
    if origin(home.final_url) not in robots:  # redirected to another host (www., https)
        robots[origin(home.final_url)] = yield from _pages(
            read_robots(fetcher, home.final_url), 1, total, "website_robots")
    rules = robots[origin(home.final_url)]
    pages = [home]
    failures: list[PageFailure] = []
    skipped: list[str] = []
    queue = _Queue(home.final_url)
    queue.seen.update({canonical(start), canonical(home.final_url)})
    queue.add(home.links)
    attempts = 0
    delay = max(DEFAULT_DELAY if options.delay is None else options.delay,
                rules.crawl_delay())
    while attempts < options.pages:
        address = queue.pop()
        if address is None:
            break
        place = robots.get(origin(address)) or rules
        if not place.allows(address):
            skipped.append(address)
            continue
        attempts += 1
        yield from _wait(delay, len(pages), total)
        try:
            answer = yield from _pages(fetcher.get(address), len(pages), total,
                                       "website_page")
            page = yield from _pages(_as_page(answer), len(pages), total, "website_page")
        except FetchFailed as exc:
            failures.append(PageFailure(address, exc.reason, exc.detail))
            continue
        if canonical(page.final_url) in {canonical(p.final_url) for p in pages}:
            continue  # a redirect to a page already read
        pages.append(page)
        queue.add(page.links)
    yield Progress(total, total, "website_analyse")
    return _with(facts, pages=tuple(pages), failures=tuple(failures), robots=rules,
                 skipped=tuple(skipped), not_followed=len(queue))


def _with(facts: SiteFacts, *, pages: tuple[PageFacts, ...] = (),
          failures: tuple[PageFailure, ...] = (), robots: Robots | None = None,
          skipped: tuple[str, ...] = (), not_followed: int = 0) -> SiteFacts:
    from dataclasses import replace

    status = robots.status if robots is not None else RobotsStatus.ABSENT
    detail = robots.detail if robots is not None else ""
    return replace(facts, pages=pages, failures=failures, robots=status, robots_detail=detail,
                   skipped_by_robots=skipped, not_followed=not_followed)
