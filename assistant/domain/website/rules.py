"""The rules of the website check: from what the pages showed to findings and actions.

Where each rule rests (the words and sources shown to the user are content,
``resources/content/<lang>/website.toml``, one table per code, checked by a test):

- ``tracker_before_consent``, ``tracker_outside_banner``, ``no_consent_tool``,
  ``tag_manager_before_consent``: loi Informatique et Libertés, art. 82; CNIL guidelines and
  recommendation on cookies and other trackers (deliberations 2020-091 and 2020-092 of
  17 September 2020); GDPR Art. 4(11) and 7 (what consent is, and proving it).
- ``cookie_needs_consent``, ``cookie_too_long``, ``cookie_unknown``,
  ``audience_exemption_check``: the same, and the audience-measurement exemption (13 months
  for the cookie, 25 months for the data: deliberation 2020-091, art. 51).
- ``fonts_third_party``: GDPR Art. 44 (the visitor's IP address goes to a company outside the
  EEA as the page loads).
- ``prechecked_marketing``, ``prechecked_partners``: GDPR Art. 4(11), 7, recital 32; CJEU
  C-673/17 (Planet49); CPCE art. L34-5.
- ``newsletter_without_wording``, ``form_without_information``: GDPR Art. 7(2), 12, 13.
- ``no_privacy_link``, ``notice_no_controller``, ``notice_no_purposes``, ``notice_no_rights``,
  ``notice_no_complaint``, ``notice_other_name``, ``notice_compare_missing`` (the site's
  notice against the one the app draws from the register): GDPR Art. 12(1), 13.
- ``no_legal_notice_link``: loi n° 2004-575 (LCEN), identification of the site's publisher.
- ``not_https``: GDPR Art. 32.
- ``register_no_website_processing``, ``register_basis_mismatch``: GDPR Art. 30(1), 6(1).

Notes (no action): ``consent_tool_found``, ``nothing_seen_before_consent``,
``trackers_held``, ``captcha_note``, ``unknown_third_parties``, ``notice_not_read``,
``pages_not_read``, ``page_truncated``, ``robots_limited``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import urldefrag

from assistant.domain.guide.model import Priority
from assistant.domain.processing import LegalBasis
from assistant.domain.website.cookies import CookieReview, CookieVerdict, review_cookie
from assistant.domain.website.forms import (
    is_legal_notice_link,
    is_privacy_link,
    review_form,
)
from assistant.domain.website.model import (
    PageFacts,
    Resource,
    ResourceKind,
    RobotsStatus,
    SiteFacts,
)
from assistant.domain.website.notice import NoticeReview, compare_with_app_notice, review_notice
from assistant.domain.website.review import (
    DossierView,
    PageReview,
    TrackerHit,
    WebsiteFinding,
    WebsiteReview,
)
from assistant.domain.website.trackers import (
    ConsentTool,
    Tracker,
    TrackerCategory,
    TrackerList,
)
from assistant.domain.website.urls import host_of, same_site, site_base

ACTION_CODES = (
    "no_consent_tool", "tracker_before_consent", "tracker_outside_banner",
    "cookie_too_long", "cookie_needs_consent", "prechecked_partners", "prechecked_marketing",
    "no_privacy_link", "tag_manager_before_consent", "newsletter_without_wording",
    "form_without_information", "notice_no_controller", "notice_no_purposes",
    "notice_no_rights", "notice_no_complaint", "no_legal_notice_link", "not_https",
    "register_no_website_processing", "register_basis_mismatch", "notice_compare_missing",
    "notice_other_name",
    "audience_exemption_check", "cookie_unknown", "fonts_third_party",
)
NOTE_CODES = (
    "consent_tool_found", "nothing_seen_before_consent", "trackers_held", "captcha_note",
    "unknown_third_parties", "notice_not_read", "notice_compare_unavailable",
    "pages_not_read", "page_truncated", "robots_limited",
)
CODES = ACTION_CODES + NOTE_CODES

# How urgent a tracker loaded before consent is, by what it does.
_TRACKER_PRIORITY = {
    TrackerCategory.ADVERTISING: Priority.HIGH,
    TrackerCategory.ANALYTICS: Priority.HIGH,
    TrackerCategory.SOCIAL: Priority.HIGH,
    TrackerCategory.CHAT: Priority.MEDIUM,
    TrackerCategory.VIDEO: Priority.MEDIUM,
    TrackerCategory.MAPS: Priority.MEDIUM,
}
_INLINE = (ResourceKind.INLINE_SCRIPT, ResourceKind.INLINE_STYLE)


def canonical(url: str) -> str:
    """An address without its fragment, for comparing pages."""
    return urldefrag(url)[0]


# -- one page -------------------------------------------------------------------------------
def review_page(page: PageFacts, trackers: TrackerList, fetched_at: dt.datetime,
                base: str) -> PageReview:
    hits: dict[tuple[str, bool, bool], TrackerHit] = {}
    tools: dict[str, ConsentTool] = {}
    others: dict[str, None] = {}
    for resource in page.resources:
        _resource(resource, trackers, base, hits, tools, others)
    cookies = tuple(review_cookie(c, trackers, fetched_at) for c in page.cookies)
    privacy = tuple(dict.fromkeys(canonical(link.url) for link in page.links
                                  if is_privacy_link(link)))
    legal = tuple(dict.fromkeys(canonical(link.url) for link in page.links
                                if is_legal_notice_link(link)))
    return PageReview(
        url=page.url, final_url=page.final_url, title=page.title, cookies=cookies,
        trackers=tuple(hits.values()), tools=tuple(tools.values()), others=tuple(others),
        forms=tuple(review_form(f) for f in page.forms), privacy_links=privacy,
        legal_links=legal, truncated=page.truncated)


def _resource(r: Resource, trackers: TrackerList, base: str,
              hits: dict[tuple[str, bool, bool], TrackerHit], tools: dict[str, ConsentTool],
              others: dict[str, None]) -> None:
    def add(hit: TrackerHit) -> None:
        hits.setdefault((hit.tracker.id, hit.held, hit.noscript), hit)

    if r.kind in _INLINE:
        gate = trackers.gate_in(r.code) if r.kind is ResourceKind.INLINE_SCRIPT else None
        if r.kind is ResourceKind.INLINE_SCRIPT:
            for tool in trackers.tools_in(r.code):
                tools.setdefault(tool.id, tool)
        for tracker in trackers.match_code(r.code):
            add(TrackerHit(tracker, r.kind, "", r.held or gate is not None, r.noscript,
                           gate.id if gate is not None else ""))
        return
    found_tools = trackers.tools_in(r.url)
    for tool in found_tools:
        tools.setdefault(tool.id, tool)
    loaded = trackers.match_url(r.url)
    if loaded is not None:
        add(TrackerHit(loaded, r.kind, r.url, r.held, r.noscript))
        return
    host = host_of(r.url)
    if host and not found_tools and not same_site(host, base):
        others.setdefault(host, None)


# -- the whole site -------------------------------------------------------------------------
def review_site(facts: SiteFacts, trackers: TrackerList,
                dossier: DossierView | None = None) -> WebsiteReview:
    """Judge what the pages showed. Same facts, list and dossier: same findings."""
    dossier = dossier or DossierView()
    home = facts.home
    base = site_base(host_of(home.final_url)) if home is not None else ""
    pages = tuple(review_page(p, trackers, facts.fetched_at, base) for p in facts.pages)
    tools = _unique(t for p in pages for t in p.tools)
    seen = _unique(h.tracker for p in pages for h in p.trackers)
    notice = _notice(facts, pages, base, dossier)
    findings: list[WebsiteFinding] = []
    if not facts.reachable:  # nothing was seen: nothing can be judged, only said
        return WebsiteReview(facts=facts, list_date=trackers.date,
                             list_version=trackers.version, pages=(), tools=(), trackers=(),
                             findings=tuple(_reading_notes(facts, pages)))
    findings += _tracker_findings(pages, tools)
    findings += _cookie_findings(pages)
    findings += _form_findings(pages)
    findings += _legal_findings(facts, pages, notice, base, dossier)
    findings += _register_findings(pages, seen, dossier)
    findings += _reading_notes(facts, pages)
    if facts.pages and not home_is_https(facts) and not is_local(base):
        findings.append(WebsiteFinding("not_https", Priority.MEDIUM,
                                       pages=(home.final_url,) if home else ()))
    order = {code: i for i, code in enumerate(CODES)}
    findings.sort(key=lambda f: (f.priority.rank if f.priority else 9, order[f.code],
                                 f.subject))
    return WebsiteReview(facts=facts, list_date=trackers.date, list_version=trackers.version,
                         pages=pages, findings=tuple(findings), tools=tools, trackers=seen,
                         notice=notice)


def is_local(host: str) -> bool:
    """A site on this computer (a copy the web agency runs locally): HTTPS is not expected."""
    return host in ("localhost", "::1", "[::1]") or host.startswith("127.") or \
        host.endswith(".localhost")


def home_is_https(facts: SiteFacts) -> bool:
    home = facts.home
    return home is not None and home.final_url.lower().startswith("https:")


def _unique(items: Iterable[Tracker | ConsentTool]) -> tuple:  # type: ignore[type-arg]
    out: dict[str, Tracker | ConsentTool] = {}
    for item in items:
        out.setdefault(item.id, item)
    return tuple(out.values())


def _pages(urls: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(urls))


def _tracker_findings(pages: tuple[PageReview, ...],
                      tools: tuple[ConsentTool, ...]) -> list[WebsiteFinding]:
    loaded: dict[str, tuple[Tracker, list[str]]] = {}
    held: dict[str, tuple[Tracker, list[str]]] = {}
    for page in pages:
        for hit in page.trackers:
            table = held if hit.held else loaded
            table.setdefault(hit.tracker.id, (hit.tracker, []))[1].append(page.final_url)
    out: list[WebsiteFinding] = []
    tool_names = ", ".join(t.name for t in tools)
    consent_loaded = False
    for tracker, urls in loaded.values():
        params = _tracker_params(tracker)
        category = tracker.category
        if tracker.exemption_possible:
            out.append(WebsiteFinding("audience_exemption_check", Priority.LOW, tracker.id,
                                      _pages(urls), params))
        elif category is TrackerCategory.TAG_MANAGER:
            out.append(WebsiteFinding("tag_manager_before_consent", Priority.MEDIUM,
                                      tracker.id, _pages(urls), params))
        elif category is TrackerCategory.FONTS:
            out.append(WebsiteFinding("fonts_third_party", Priority.LOW, tracker.id,
                                      _pages(urls), params))
        elif category is TrackerCategory.SECURITY:
            out.append(WebsiteFinding("captcha_note", None, tracker.id, _pages(urls), params))
        else:
            consent_loaded = True
            code = "tracker_outside_banner" if tools else "tracker_before_consent"
            out.append(WebsiteFinding(code, _TRACKER_PRIORITY[category], tracker.id,
                                      _pages(urls), {**params, "tools": tool_names}))
    needs_consent_cookies = any(c.verdict is CookieVerdict.NEEDS_CONSENT
                                for p in pages for c in p.cookies)
    if not tools and (consent_loaded or needs_consent_cookies):
        out.append(WebsiteFinding("no_consent_tool", Priority.HIGH,
                                  pages=_pages(p.final_url for p in pages
                                               if any(h.tracker.category.needs_consent
                                                      for h in p.loaded))))
    held_names = ", ".join(t.name for t, _ in held.values() if t.id not in loaded)
    if tools:
        out.append(WebsiteFinding("consent_tool_found", None, params={
            "tools": tool_names,
            "pages_count": str(sum(1 for p in pages if p.tools)),
            "total": str(len(pages))}))
        if not consent_loaded and not needs_consent_cookies:
            out.append(WebsiteFinding("nothing_seen_before_consent", None,
                                      params={"tools": tool_names}))
    if held_names:
        out.append(WebsiteFinding("trackers_held", None, params={"trackers": held_names,
                                                                  "tools": tool_names}))
    return out


def _tracker_params(tracker: Tracker) -> dict[str, str]:
    return {"tracker": tracker.name, "company": tracker.company,
            "category": tracker.category.value, "country": tracker.country}


def _cookie_findings(pages: tuple[PageReview, ...]) -> list[WebsiteFinding]:
    by_name: dict[str, tuple[CookieReview, list[str]]] = {}
    for page in pages:
        for review in page.cookies:
            by_name.setdefault(review.cookie.name, (review, []))[1].append(page.final_url)
    out: list[WebsiteFinding] = []
    unknown: list[tuple[CookieReview, list[str]]] = []
    for name, (review, urls) in by_name.items():
        params = {"cookie": name, "owner": review.owner.name if review.owner else "",
                  "days": str(review.lifetime_days or 0),
                  "months": str(round((review.lifetime_days or 0) / 30.4375))}
        if review.verdict is CookieVerdict.NEEDS_CONSENT:
            code = "cookie_too_long" if review.too_long else "cookie_needs_consent"
            out.append(WebsiteFinding(code, Priority.HIGH, name, _pages(urls), params))
        elif review.verdict is CookieVerdict.EXEMPT_IF_SET_UP and review.owner is not None \
                and review.owner.tracker is not None:
            tracker = review.owner.tracker
            if not any(f.code == "audience_exemption_check" and f.subject == tracker.id
                       for f in out):
                out.append(WebsiteFinding("audience_exemption_check", Priority.LOW,
                                          tracker.id, _pages(urls),
                                          _tracker_params(tracker)))
        elif review.verdict is CookieVerdict.UNKNOWN:
            unknown.append((review, urls))
    if unknown:
        names = ", ".join(r.cookie.name for r, _ in unknown)
        out.append(WebsiteFinding("cookie_unknown", Priority.LOW, "",
                                  _pages(u for _, urls in unknown for u in urls),
                                  {"cookies": names, "count": str(len(unknown))}))
    return out


def _form_findings(pages: tuple[PageReview, ...]) -> list[WebsiteFinding]:
    marketing: list[tuple[str, str]] = []
    partners: list[tuple[str, str]] = []
    no_wording: list[str] = []
    no_info: list[str] = []
    for page in pages:
        for form in page.forms:
            marketing += [(page.final_url, b.label or b.name) for b in form.prechecked_marketing]
            partners += [(page.final_url, b.label or b.name) for b in form.prechecked_partners]
            if form.newsletter and not form.has_wording:
                no_wording.append(page.final_url)
            if form.collects and not form.informs:
                no_info.append(page.final_url)
    out: list[WebsiteFinding] = []
    for code, boxes in (("prechecked_partners", partners), ("prechecked_marketing", marketing)):
        if boxes:
            out.append(WebsiteFinding(code, Priority.HIGH, "", _pages(u for u, _ in boxes),
                                      {"boxes": " ; ".join(dict.fromkeys(
                                          _short(label) for _, label in boxes)),
                                       "count": str(len(boxes))}))
    if no_wording:
        out.append(WebsiteFinding("newsletter_without_wording", Priority.MEDIUM,
                                  pages=_pages(no_wording)))
    if no_info:
        out.append(WebsiteFinding("form_without_information", Priority.MEDIUM,
                                  pages=_pages(no_info)))
    return out


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def privacy_link(pages: tuple[PageReview, ...]) -> str:
    """The first privacy-notice link of the site ("" if none): the home page's first."""
    return next((u for p in pages for u in p.privacy_links), "")


def _notice(facts: SiteFacts, pages: tuple[PageReview, ...], base: str,
            dossier: DossierView) -> NoticeReview | None:
    link = privacy_link(pages)
    if not link or not same_site(host_of(link), base):
        return None
    for page in facts.pages:
        if link in (canonical(page.url), canonical(page.final_url)):
            return review_notice(page.final_url, page.text, dossier.organisation_names)
    return None


def _legal_findings(facts: SiteFacts, pages: tuple[PageReview, ...],
                    notice: NoticeReview | None, base: str,
                    dossier: DossierView) -> list[WebsiteFinding]:
    out: list[WebsiteFinding] = []
    every = _pages(p.final_url for p in pages)
    link = privacy_link(pages)
    if not link:
        out.append(WebsiteFinding("no_privacy_link", Priority.HIGH, pages=every))
    elif notice is None:
        reason = "other_site" if not same_site(host_of(link), base) else "not_read"
        out.append(WebsiteFinding("notice_not_read", None, pages=(link,),
                                  params={"url": link, "reason": reason}))
    else:
        where = (notice.url,)
        for code, ok, priority in (
            ("notice_no_controller", notice.names_controller, Priority.MEDIUM),
            ("notice_no_purposes", notice.names_purposes, Priority.MEDIUM),
            ("notice_no_rights", notice.names_rights, Priority.MEDIUM),
            ("notice_no_complaint", notice.names_complaint, Priority.LOW),
        ):
            if not ok:
                out.append(WebsiteFinding(code, priority, pages=where))
        names = [n for n in dossier.organisation_names if n.strip()]
        if notice.names_controller and not notice.shows_dossier_name and names:
            out.append(WebsiteFinding("notice_other_name", Priority.LOW, pages=where,
                                      params={"name": names[0]}))
        out += _compare_notice(facts, notice, dossier)
    if not any(p.legal_links for p in pages):
        out.append(WebsiteFinding("no_legal_notice_link", Priority.MEDIUM, pages=every))
    return out


def _compare_notice(facts: SiteFacts, notice: NoticeReview,
                    dossier: DossierView) -> list[WebsiteFinding]:
    """The site's notice against the one the app draws from the register for the site."""
    if not dossier.website_processing:
        return [WebsiteFinding("notice_compare_unavailable", None, pages=(notice.url,))]
    text = next((p.text for p in facts.pages if p.final_url == notice.url), "")
    missing = compare_with_app_notice(text, dossier.app_notice)
    if not missing:
        return []
    return [WebsiteFinding("notice_compare_missing", Priority.MEDIUM, pages=(notice.url,),
                           params={"items": ", ".join(i.label for i in missing),
                                   "count": str(len(missing))})]


def _register_findings(pages: tuple[PageReview, ...], seen: tuple[Tracker, ...],
                       dossier: DossierView) -> list[WebsiteFinding]:
    consent_trackers = [t for t in seen if t.category.needs_consent]
    cookies = [c for p in pages for c in p.cookies
               if c.verdict in (CookieVerdict.NEEDS_CONSENT, CookieVerdict.EXEMPT_IF_SET_UP)]
    if not consent_trackers and not cookies:
        return []
    names = ", ".join(t.name for t in consent_trackers) or \
        ", ".join(dict.fromkeys(c.cookie.name for c in cookies))
    if not dossier.website_processing:
        return [WebsiteFinding("register_no_website_processing", Priority.MEDIUM,
                               params={"trackers": names})]
    needing = [t for t in consent_trackers if not t.exemption_possible]
    bases = {e.legal_basis for e in dossier.website_processing}
    if needing and LegalBasis.CONSENT not in bases:
        entry = dossier.website_processing[0]
        return [WebsiteFinding("register_basis_mismatch", Priority.MEDIUM, params={
            "name": entry.name, "trackers": ", ".join(t.name for t in needing)})]
    return []


def _reading_notes(facts: SiteFacts, pages: tuple[PageReview, ...]) -> list[WebsiteFinding]:
    out: list[WebsiteFinding] = []
    others = list(dict.fromkeys(h for p in pages for h in p.others))
    if others:
        out.append(WebsiteFinding("unknown_third_parties", None, params={
            "hosts": ", ".join(others), "count": str(len(others))}))
    if facts.failures:
        out.append(WebsiteFinding("pages_not_read", None,
                                  pages=tuple(f.url for f in facts.failures),
                                  params={"count": str(len(facts.failures))}))
    cut = [p.final_url for p in pages if p.truncated]
    if cut:
        out.append(WebsiteFinding("page_truncated", None, pages=tuple(cut)))
    if facts.robots in (RobotsStatus.FORBIDDEN, RobotsStatus.UNREADABLE):
        out.append(WebsiteFinding("robots_limited", None, params={
            "status": facts.robots.value, "detail": facts.robots_detail}))
    return out

