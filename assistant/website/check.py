"""The website check as one job: read the site, then judge it against the tracker list and the
dossier. The window runs it on a worker (progress, Cancel); the command line with a text bar.
"""

from __future__ import annotations

from collections.abc import Generator

from assistant.content.catalog import Lang
from assistant.content.website import load_tracker_list
from assistant.domain.notices.facts import FactStatus
from assistant.domain.processing import ProcessingStatus
from assistant.domain.progress import Progress
from assistant.domain.website.notice import AppNoticeItem
from assistant.domain.website.review import DossierView, RegisterEntry, WebsiteReview
from assistant.domain.website.rules import review_site
from assistant.domain.website.trackers import TrackerList
from assistant.website.crawl import CrawlOptions, crawl

WEBSITE_TEMPLATE = "web_audience"
WEBSITE_VISITORS = "website_visitors"


def dossier_view(dossier, lang: Lang = "fr") -> DossierView:  # type: ignore[no-untyped-def]
    """What the check compares the site with, read from an open dossier (on the thread that
    owns its connection): the organisation's names, the register's processing about the
    site's visitors, and the notice the app draws from them (in ``lang``)."""
    org = dossier.organisation.get()
    names = tuple(dict.fromkeys(n for n in (org.legal_name, org.trade_name) if n.strip()))
    website = [p for p in dossier.register.list(include_archived=False)
               if p.status is not ProcessingStatus.ARCHIVED
               and (WEBSITE_VISITORS in p.data_subjects or p.template_id == WEBSITE_TEMPLATE)]
    entries = tuple(RegisterEntry(p.name, p.legal_basis) for p in website)
    ids = [p.id for p in website if p.id is not None]
    return DossierView(names, entries, app_notice(dossier, ids, lang))


def app_notice(dossier, ids: list[int], lang: Lang) -> tuple[AppNoticeItem, ...]:  # type: ignore[no-untyped-def]
    """The items the register fills in the notice of the site's processing, one per item
    (the lines of several processing together)."""
    if not ids:
        return ()
    from assistant.content.notices import notice_facts
    from assistant.store.notice_source import read_notice_source

    facts = notice_facts(read_notice_source(dossier, ids), lang)
    items: dict[str, AppNoticeItem] = {}
    for fact in facts:
        if fact.status is not FactStatus.FILLED or not fact.lines:
            continue
        known = items.get(fact.key)
        lines = (known.lines if known else ()) + fact.lines
        items[fact.key] = AppNoticeItem(fact.key, fact.label, lines)
    return tuple(items.values())


def check_website(url: str, options: CrawlOptions | None = None,
                  view: DossierView | None = None, trackers: TrackerList | None = None
                  ) -> Generator[Progress, None, WebsiteReview]:
    """Read and judge the site at ``url``. A site that cannot be read at all gives a review
    with no page and the failure that says why (``review.facts.reachable`` is False)."""
    facts = yield from crawl(url, options)
    return review_site(facts, trackers or load_tracker_list(), view)
