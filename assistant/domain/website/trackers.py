"""The shipped list of known trackers, consent banner tools and strictly necessary cookies,
and how an address, a piece of inline code or a cookie name is recognised in it.

The list itself is data (``resources/website/trackers.toml``, dated, with its sources), read
by :mod:`assistant.content.website`. Recognition is plain string work:

* an address matches a tracker by a host-and-path prefix (``googletagmanager.com/gtag/js?id=G-``,
  the most specific), by a word of its code found in the address (``matomo.js`` on the
  shop's own server), or by its host (the longest domain wins: ``px.ads.linkedin.com`` is the
  LinkedIn Insight Tag, ``linkedin.com`` the LinkedIn widgets);
* inline code names a tracker by one of its domains (the loader snippets all hold the script's
  address) or by a word of its code (``_paq.push``);
* a cookie name matches a pattern where ``*`` stands for any characters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from fnmatch import fnmatchcase
from functools import cached_property
from urllib.parse import urlsplit

from assistant.domain.website.urls import host_matches

# The European Economic Area: the EU's 27 and Iceland, Liechtenstein, Norway. A company
# established elsewhere receives the visitors' data through a transfer (GDPR Art. 44).
EEA = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    "IS", "LI", "NO",
})


class TrackerCategory(StrEnum):
    ANALYTICS = "analytics"  # audience measurement, session recording, A/B testing
    ADVERTISING = "advertising"  # ad networks, conversion pixels, affiliation, marketing tools
    SOCIAL = "social"  # social networks' buttons, embedded posts
    CHAT = "chat"  # chat widgets
    VIDEO = "video"  # embedded video players
    MAPS = "maps"  # embedded maps
    TAG_MANAGER = "tag_manager"  # loads other tags, chosen in its own settings
    FONTS = "fonts"  # web fonts served by a third party (no tracker, but the IP goes there)
    SECURITY = "security"  # protection of forms (captcha)

    @property
    def needs_consent(self) -> bool:
        """Whether what it reads or writes on the visitor's device needs consent first
        (loi Informatique et Libertés, art. 82). A tag manager depends on the tags it loads,
        fonts write nothing, a captcha that only protects a form can be strictly necessary."""
        return self not in (TrackerCategory.TAG_MANAGER, TrackerCategory.FONTS,
                            TrackerCategory.SECURITY)


@dataclass(frozen=True)
class Tracker:
    id: str
    name: str
    company: str
    country: str  # ISO 3166-1 code of where the company is established; "" when it depends
    category: TrackerCategory
    domains: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()  # "host/path-prefix"
    code: tuple[str, ...] = ()  # words that name it in code or in an address
    cookies: tuple[str, ...] = ()  # name patterns
    exemption_possible: bool = False  # audience measurement that can be exempt (CNIL)
    source: str = ""

    @property
    def outside_eea(self) -> bool:
        return bool(self.country) and self.country not in EEA


@dataclass(frozen=True)
class ConsentTool:
    """A consent banner tool (consent management platform)."""

    id: str
    name: str
    company: str
    country: str
    markers: tuple[str, ...]  # words of its script's address or code
    gates: tuple[str, ...] = ()  # words of code that waits for the visitor's choice
    cookies: tuple[str, ...] = ()  # the cookie that keeps the choice
    source: str = ""


class NecessaryReason(StrEnum):
    SESSION = "session"
    SECURITY = "security"
    CART = "cart"
    LOAD_BALANCING = "load_balancing"
    LANGUAGE = "language"
    LOGIN = "login"


@dataclass(frozen=True)
class NecessaryCookies:
    name: str
    reason: NecessaryReason
    cookies: tuple[str, ...]
    source: str = ""


class CookieOwnerKind(StrEnum):
    CONSENT_TOOL = "consent_tool"
    NECESSARY = "necessary"
    TRACKER = "tracker"


@dataclass(frozen=True)
class CookieOwner:
    """Who sets a cookie of a given name, according to the list."""

    kind: CookieOwnerKind
    name: str
    tracker: Tracker | None = None
    reason: NecessaryReason | None = None


_NAME_CHAR = re.compile(r"[a-z0-9-]")
# an absolute or scheme-relative address in a piece of code, up to a quote, space or bracket
_ADDRESS = re.compile(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s'\"<>()\\]*", re.IGNORECASE)


@dataclass(frozen=True)
class TrackerList:
    date: dt.date
    version: int
    trackers: tuple[Tracker, ...]
    consent_tools: tuple[ConsentTool, ...]
    necessary: tuple[NecessaryCookies, ...]

    def by_id(self, tracker_id: str) -> Tracker | None:
        return next((t for t in self.trackers if t.id == tracker_id), None)

    @cached_property
    def _domains(self) -> list[tuple[str, Tracker]]:
        pairs = [(d.lower(), t) for t in self.trackers for d in t.domains]
        return sorted(pairs, key=lambda p: -len(p[0]))

    @cached_property
    def _urls(self) -> list[tuple[str, str, Tracker]]:
        out = []
        for t in self.trackers:
            for pattern in t.urls:
                host, _, path = pattern.lower().partition("/")
                out.append((host, "/" + path, t))
        return sorted(out, key=lambda p: -(len(p[0]) + len(p[1])))

    @cached_property
    def _code(self) -> list[tuple[str, Tracker]]:
        pairs = [(w.casefold(), t) for t in self.trackers for w in t.code]
        return sorted(pairs, key=lambda p: -len(p[0]))

    # -- addresses and code ---------------------------------------------------------------
    def match_url(self, url: str) -> Tracker | None:
        """The tracker an address loads, or None."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
        except ValueError:
            return None
        tail = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for domain, path, tracker in self._urls:
            if host_matches(host, domain) and tail.lower().startswith(path.lower()):
                return tracker
        folded = url.casefold()
        for word, tracker in self._code:
            if word in folded:
                return tracker
        for domain, tracker in self._domains:
            if host_matches(host, domain):
                return tracker
        return None

    def match_code(self, code: str) -> list[Tracker]:
        """The trackers an inline script (or style) names, in the list's order."""
        if not code:
            return []
        found: dict[str, Tracker] = {}
        # An address written in the code names one tracker, as if the page loaded it (the
        # Meta Pixel's snippet loads connect.facebook.net/…/fbevents.js: the pixel, not also
        # Facebook's social plugins, whose domain it shares); the rest is read for names.
        for address in _ADDRESS.findall(code):
            hit = self.match_url(address if "://" in address else "https:" + address)
            if hit is not None:
                found.setdefault(hit.id, hit)
        folded = _ADDRESS.sub(" ", code).casefold()
        for host, path, tracker in self._urls:
            if _has_name(folded, host + path.lower()):
                found.setdefault(tracker.id, tracker)
        for word, tracker in self._code:
            if word in folded:
                found.setdefault(tracker.id, tracker)
        # "px.ads.linkedin.com" names the Insight Tag, not also the widgets
        claimed: set[str] = set()
        for domain, tracker in self._domains:
            if any(c.endswith("." + domain) for c in claimed):
                continue
            if _has_name(folded, domain):
                claimed.add(domain)
                found.setdefault(tracker.id, tracker)
        order = {t.id: i for i, t in enumerate(self.trackers)}
        return sorted(found.values(), key=lambda t: order[t.id])

    def tools_in(self, text: str) -> list[ConsentTool]:
        """The consent banner tools whose markers an address or a piece of code holds."""
        folded = text.casefold()
        return [tool for tool in self.consent_tools
                if any(m.casefold() in folded for m in tool.markers)]

    def gate_in(self, code: str) -> ConsentTool | None:
        """The consent tool an inline script waits for before it runs what it holds."""
        folded = code.casefold()
        for tool in self.consent_tools:
            if any(g.casefold() in folded for g in tool.gates):
                return tool
        return None

    # -- cookies --------------------------------------------------------------------------
    def cookie_owner(self, name: str) -> CookieOwner | None:
        """Who sets a cookie of this name: a consent tool (the visitor's choice), a platform
        for a service the visitor asked for, or a tracker; None when the list does not know."""
        for tool in self.consent_tools:
            if any(fnmatchcase(name, p) for p in tool.cookies):
                return CookieOwner(CookieOwnerKind.CONSENT_TOOL, tool.name)
        for entry in self.necessary:
            if any(fnmatchcase(name, p) for p in entry.cookies):
                return CookieOwner(CookieOwnerKind.NECESSARY, entry.name, reason=entry.reason)
        for tracker in self.trackers:
            if any(fnmatchcase(name, p) for p in tracker.cookies):
                return CookieOwner(CookieOwnerKind.TRACKER, tracker.name, tracker=tracker)
        return None


def _has_name(text: str, name: str) -> bool:
    """``name`` (a host, or a host and path) appears in ``text`` as a whole host: not as the
    tail of a longer one (``notgoogle-analytics.com``) nor the head of one (``t.com``); a
    subdomain (``www.google-analytics.com``) counts."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        head_ok = not before or before == "." or not _NAME_CHAR.match(before)
        tail_ok = "/" in name or not after or (after != "." and not _NAME_CHAR.match(after))
        if head_ok and tail_ok:
            return True
        start = text.find(name, start + 1)
    return False
