"""The website check's report as JSON, for the owner's web agency or a script.

One UTF-8 object (``format`` ``"rgpd-assistant-website-check"``, ``format_version`` 1): when
and how the site was read, the findings in words (each with its rule's source and the pages),
page by page the cookies, trackers, forms and legal links, the pages not read with the reason,
and what a static check does not see. The same review and language give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from assistant import __version__
from assistant.content.catalog import Lang
from assistant.content.messages import messages
from assistant.content.website import finding_words, no_compliance_claim, not_checked
from assistant.domain.progress import Progress
from assistant.domain.website.cookies import CookieReview
from assistant.domain.website.forms import FormReview
from assistant.domain.website.review import PageReview, TrackerHit, WebsiteReview
from assistant.domain.website.trackers import ConsentTool
from assistant.reports.errors import OutputNotWritable
from assistant.store.errors import ReadOnlyLocation
from assistant.store.outputs import check_output, write_output

FORMAT = "rgpd-assistant-website-check"
FORMAT_VERSION = 1


def _utc(moment: Any) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _tool(tool: ConsentTool) -> dict[str, str]:
    return {"id": tool.id, "name": tool.name, "company": tool.company, "country": tool.country}


def _cookie(review: CookieReview) -> dict[str, Any]:
    c = review.cookie
    return {"name": c.name, "domain": c.domain, "path": c.path, "session": c.session,
            "expires": _utc(c.expires_at) if c.expires_at else None,
            "lifetime_days": review.lifetime_days, "secure": c.secure,
            "http_only": c.http_only, "same_site": c.same_site or None,
            "set_by": c.set_by, "owner": review.owner.name if review.owner else None,
            "verdict": review.verdict.value, "over_13_months": review.too_long}


def _hit(hit: TrackerHit) -> dict[str, Any]:
    t = hit.tracker
    return {"id": t.id, "name": t.name, "company": t.company, "country": t.country or None,
            "category": t.category.value, "outside_eea": t.outside_eea, "kind": hit.kind.value,
            "address": hit.url or None, "held_until_consent": hit.held,
            "held_by": hit.held_by or None, "noscript": hit.noscript}


def _form(form: FormReview) -> dict[str, Any]:
    return {"action": form.form.action, "method": form.form.method,
            "personal_data": list(form.personal), "newsletter": form.newsletter,
            "prechecked_marketing": [b.label or b.name for b in form.prechecked_marketing],
            "prechecked_partners": [b.label or b.name for b in form.prechecked_partners],
            "informs": form.informs, "has_wording": form.has_wording}


def _page(page: PageReview) -> dict[str, Any]:
    return {"address": page.url, "final_address": page.final_url, "title": page.title,
            "truncated": page.truncated, "cookies": [_cookie(c) for c in page.cookies],
            "trackers": [_hit(h) for h in page.trackers],
            "consent_tools": [t.id for t in page.tools],
            "other_third_parties": list(page.others),
            "forms": [_form(f) for f in page.forms if f.collects],
            "privacy_links": list(page.privacy_links),
            "legal_notice_links": list(page.legal_links)}


def report_data(review: WebsiteReview, lang: Lang) -> dict[str, Any]:
    msg = messages(lang)
    facts = review.facts
    findings = []
    for f in review.findings:
        words = finding_words(lang, f)
        findings.append({
            "code": f.code, "priority": f.priority.value if f.priority else None,
            "action": words.action or None, "subject": f.subject or None,
            "title": words.title, "detail": words.detail, "fix": words.fix or None,
            "source": words.source or None, "pages": list(f.pages)})
    notice = review.notice
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "language": lang,
        "app_version": __version__, "checked_at": _utc(facts.fetched_at),
        "site": {"address": facts.start_url,
                 "final_address": facts.home.final_url if facts.home else None,
                 "user_agent": facts.user_agent, "linked_pages_asked": facts.pages_limit},
        "reachable": facts.reachable,
        "tracker_list": {"date": review.list_date.isoformat(), "version": review.list_version},
        "robots_txt": {"status": facts.robots.value, "detail": facts.robots_detail or None},
        "consent_tools": [_tool(t) for t in review.tools],
        "findings": findings,
        "pages": [_page(p) for p in review.pages],
        "pages_not_read": [{"address": x.url, "reason": x.reason,
                            "reason_text": msg.get("fetch", x.reason, {"detail": x.detail}),
                            "detail": x.detail or None} for x in facts.failures],
        "skipped_by_robots_txt": list(facts.skipped_by_robots),
        "links_not_followed": facts.not_followed,
        "privacy_notice": None if notice is None else {
            "address": notice.url, "names_controller": notice.names_controller,
            "shows_dossier_name": notice.shows_dossier_name,
            "names_purposes": notice.names_purposes, "names_rights": notice.names_rights,
            "names_complaint": notice.names_complaint},
        "not_checked": not_checked(lang),
        "statement": no_compliance_claim(lang),
    }


def report_bytes(review: WebsiteReview, lang: Lang) -> bytes:
    return (json.dumps(report_data(review, lang), ensure_ascii=False, indent=2) + "\n") \
        .encode("utf-8")


def write_report_json(review: WebsiteReview, target: Path | str, lang: Lang, *,
                      overwrite: bool = False, reading: Sequence[Path | str] = ()
                      ) -> Generator[Progress, None, Path]:
    """Write the report (atomically, never onto a dossier, an existing file only with
    ``overwrite``); returns the path."""
    target = Path(target)
    check_output(target, overwrite=overwrite, reading=reading)
    yield Progress(0, 1, "website_report")
    data = report_bytes(review, lang)
    try:
        write_output(target, data, overwrite=overwrite, reading=reading, mode=0o644)
    except ReadOnlyLocation:
        raise OutputNotWritable(target) from None
    yield Progress(1, 1, "website_report")
    return target
