"""The judgement of a site: page by page what was seen, and the findings that become actions.

A :class:`WebsiteFinding` names a rule (its ``code``: the words, the action and the legal
source are content, ``resources/content/<lang>/website.toml``), the pages it was seen on, and
the values its words need. A finding with a priority becomes an action of the plan; one
without (``priority is None``) is a note of the report (a consent tool found, hosts not in the
list). Nothing here ever says a site is compliant: a static reading cannot know.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from assistant.domain.guide.model import Priority
from assistant.domain.processing import LegalBasis
from assistant.domain.website.cookies import CookieReview
from assistant.domain.website.forms import FormReview
from assistant.domain.website.model import PageFailure, ResourceKind, SiteFacts
from assistant.domain.website.notice import AppNoticeItem, NoticeReview
from assistant.domain.website.trackers import ConsentTool, Tracker


@dataclass(frozen=True)
class TrackerHit:
    """A known tracker a page loads (or holds until consent)."""

    tracker: Tracker
    kind: ResourceKind
    url: str  # "" when named in inline code
    held: bool  # waits for consent (a consent tool's placeholder or callback)
    noscript: bool = False
    held_by: str = ""  # the consent tool that holds it, when known


@dataclass(frozen=True)
class PageReview:
    url: str
    final_url: str
    title: str
    cookies: tuple[CookieReview, ...]
    trackers: tuple[TrackerHit, ...]
    tools: tuple[ConsentTool, ...]
    others: tuple[str, ...]  # third-party hosts not in the list
    forms: tuple[FormReview, ...]
    privacy_links: tuple[str, ...]
    legal_links: tuple[str, ...]
    truncated: bool = False

    @property
    def loaded(self) -> tuple[TrackerHit, ...]:
        """Trackers that load as the page loads, before any choice of the visitor."""
        return tuple(h for h in self.trackers if not h.held)


@dataclass(frozen=True)
class WebsiteFinding:
    code: str
    priority: Priority | None  # None: a note of the report, not an action
    subject: str = ""  # what it is about (a tracker's id, a cookie's name), "" for the site
    pages: tuple[str, ...] = ()  # addresses it was seen on
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_action(self) -> bool:
        return self.priority is not None


@dataclass(frozen=True)
class RegisterEntry:
    """A processing of the register about the site's visitors."""

    name: str
    legal_basis: LegalBasis | None


@dataclass(frozen=True)
class DossierView:
    """What the check compares the site with: the dossier's names and website processing."""

    organisation_names: tuple[str, ...] = ()
    website_processing: tuple[RegisterEntry, ...] = ()
    app_notice: tuple[AppNoticeItem, ...] = ()  # what the app's notice for the site says


@dataclass(frozen=True)
class WebsiteReview:
    facts: SiteFacts
    list_date: dt.date
    list_version: int
    pages: tuple[PageReview, ...]
    findings: tuple[WebsiteFinding, ...]
    tools: tuple[ConsentTool, ...]  # consent tools found anywhere on the site
    trackers: tuple[Tracker, ...]  # known trackers seen anywhere, loaded or held
    notice: NoticeReview | None = None

    @property
    def failures(self) -> tuple[PageFailure, ...]:
        return self.facts.failures

    @property
    def actions(self) -> tuple[WebsiteFinding, ...]:
        return tuple(f for f in self.findings if f.is_action)

    @property
    def notes(self) -> tuple[WebsiteFinding, ...]:
        return tuple(f for f in self.findings if not f.is_action)

    def finding(self, code: str, subject: str | None = None) -> WebsiteFinding | None:
        return next((f for f in self.findings if f.code == code
                     and (subject is None or f.subject == subject)), None)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]
