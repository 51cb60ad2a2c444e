"""The website check as one job: read the site, then judge it against the tracker list and the
dossier. The window runs it on a worker (progress, Cancel); the command line with a text bar.
"""

from __future__ import annotations

from collections.abc import Generator

from assistant.content.website import load_tracker_list
from assistant.domain.processing import ProcessingStatus
from assistant.domain.progress import Progress
from assistant.domain.website.review import DossierView, RegisterEntry, WebsiteReview
from assistant.domain.website.rules import review_site
from assistant.domain.website.trackers import TrackerList
from assistant.website.crawl import CrawlOptions, crawl

WEBSITE_TEMPLATE = "web_audience"
WEBSITE_VISITORS = "website_visitors"


def dossier_view(dossier) -> DossierView:  # type: ignore[no-untyped-def]
    """What the check compares the site with, read from an open dossier (any thread that
    owns the connection)."""
    org = dossier.organisation.get()
    names = tuple(dict.fromkeys(n for n in (org.legal_name, org.trade_name) if n.strip()))
    entries = tuple(
        RegisterEntry(p.name, p.legal_basis)
        for p in dossier.register.list(include_archived=False)
        if p.status is not ProcessingStatus.ARCHIVED
        and (WEBSITE_VISITORS in p.data_subjects or p.template_id == WEBSITE_TEMPLATE))
    return DossierView(names, entries)


def check_website(url: str, options: CrawlOptions | None = None,
                  view: DossierView | None = None, trackers: TrackerList | None = None
                  ) -> Generator[Progress, None, WebsiteReview]:
    """Read and judge the site at ``url``. A site that cannot be read at all gives a review
    with no page and the failure that says why (``review.facts.reachable`` is False)."""
    facts = yield from crawl(url, options)
    return review_site(facts, trackers or load_tracker_list(), view)
