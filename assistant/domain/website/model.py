"""What was seen on a site: the facts a static reading of its pages gives, before any
judgement. :mod:`assistant.website` fills them; :mod:`.rules` judges them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class CookieSeen:
    """A cookie the site's server set (a ``Set-Cookie`` header), before any consent."""

    name: str
    domain: str  # the Domain attribute, else the host that set it
    path: str = "/"
    expires_at: dt.datetime | None = None  # UTC; None: a session cookie
    secure: bool = False
    http_only: bool = False
    same_site: str = ""
    set_by: str = ""  # the address whose answer set it

    @property
    def session(self) -> bool:
        return self.expires_at is None


class ResourceKind(StrEnum):
    SCRIPT = "script"  # <script src>
    INLINE_SCRIPT = "inline_script"  # <script> with code
    PIXEL = "pixel"  # <img>
    FRAME = "frame"  # <iframe>
    STYLESHEET = "stylesheet"  # <link rel=stylesheet>
    INLINE_STYLE = "inline_style"  # <style> (web fonts imported there)


@dataclass(frozen=True)
class Resource:
    """Something the page makes the browser load or run."""

    kind: ResourceKind
    url: str = ""  # absolute; "" for inline code
    code: str = ""  # inline code (capped)
    held: bool = False  # not loaded or run as the page loads (e.g. type="text/plain")
    noscript: bool = False  # inside <noscript>: loaded only when JavaScript is off


@dataclass(frozen=True)
class Link:
    url: str  # absolute
    text: str  # the words of the link (or its title)


@dataclass(frozen=True)
class FormCheckbox:
    name: str
    label: str  # the words beside the box
    checked: bool  # ticked when the page loads


@dataclass(frozen=True)
class FormField:
    type: str  # the input's type (text, email, tel...), "textarea" or "select"
    words: str  # its name, id, placeholder, autocomplete and label, lower-case


@dataclass(frozen=True)
class FormFacts:
    action: str
    method: str
    fields: tuple[FormField, ...]
    checkboxes: tuple[FormCheckbox, ...]
    text: str  # the words of the form and of the block around it
    links: tuple[Link, ...]  # links in the form and in the block around it
    hints: str  # the form's id, class, name and action, lower-case


@dataclass(frozen=True)
class PageFacts:
    url: str  # the address asked for
    final_url: str  # after redirects
    status: int
    title: str = ""
    cookies: tuple[CookieSeen, ...] = ()
    resources: tuple[Resource, ...] = ()
    forms: tuple[FormFacts, ...] = ()
    links: tuple[Link, ...] = ()
    text: str = ""  # the page's visible words (capped)
    truncated: bool = False  # the page was longer than the size limit: the rest was not read
    redirects: tuple[str, ...] = ()  # the addresses passed through, in order


@dataclass(frozen=True)
class PageFailure:
    """A page that could not be read, and why (a code of ``messages-website.toml``)."""

    url: str
    reason: str
    detail: str = ""


class RobotsStatus(StrEnum):
    FOUND = "found"  # rules read and followed
    ABSENT = "absent"  # no robots.txt (404...): every page may be read
    FORBIDDEN = "forbidden"  # 401/403: the site refuses robots; only the typed page is read
    UNREADABLE = "unreadable"  # server error or no answer: treated as "read nothing more"


@dataclass(frozen=True)
class SiteFacts:
    start_url: str  # what the owner typed, made absolute
    fetched_at: dt.datetime  # UTC, when the check started
    user_agent: str
    pages_limit: int  # linked pages asked for, besides the first
    pages: tuple[PageFacts, ...] = ()
    failures: tuple[PageFailure, ...] = ()
    robots: RobotsStatus = RobotsStatus.ABSENT
    robots_detail: str = ""
    skipped_by_robots: tuple[str, ...] = ()
    not_followed: int = 0  # same-site links left because of the page limit

    @property
    def home(self) -> PageFacts | None:
        return self.pages[0] if self.pages else None

    @property
    def reachable(self) -> bool:
        return bool(self.pages)
