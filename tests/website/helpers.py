"""Running the check on a fixture site, quickly (no pause between requests)."""

from __future__ import annotations

from assistant.domain.progress import drive
from assistant.domain.website.review import DossierView, WebsiteReview
from assistant.website.check import check_website
from assistant.website.crawl import CrawlOptions
from assistant.website.fetch import FetchLimits


def check(url: str, *, pages: int = 10, view: DossierView | None = None,
          limits: FetchLimits | None = None, context: object | None = None) -> WebsiteReview:
    options = CrawlOptions(pages=pages, delay=0, proxies={}, limits=limits or FetchLimits(),
                           context=context)
    return drive(check_website(url, options, view))
