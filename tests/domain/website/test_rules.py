"""Site-level rules a local fixture server cannot show: HTTPS, the register comparison, a
consent tool that holds every tracker, a tracker loaded outside it."""

from __future__ import annotations

import datetime as dt

from assistant.content.website import load_tracker_list
from assistant.domain.guide.model import Priority
from assistant.domain.processing import LegalBasis
from assistant.domain.website.model import (
    CookieSeen,
    Link,
    PageFacts,
    Resource,
    ResourceKind,
    SiteFacts,
)
from assistant.domain.website.review import DossierView, RegisterEntry
from assistant.domain.website.rules import review_site

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
LEGAL = (Link("https://shop.example/confidentialite", "Confidentialité"),
         Link("https://shop.example/mentions-legales", "Mentions légales"))


def site(*resources: Resource, url: str = "https://shop.example/",
         cookies: tuple[CookieSeen, ...] = ()) -> SiteFacts:
    page = PageFacts(url, url, 200, "Shop", cookies, resources, (), LEGAL, "")
    return SiteFacts(url, NOW, "test", 0, (page,))


GA = Resource(ResourceKind.SCRIPT, "https://www.googletagmanager.com/gtag/js?id=G-1")
AXEPTIO = Resource(ResourceKind.SCRIPT, "https://static.axept.io/sdk.js")


def test_plain_http_is_a_finding() -> None:
    trackers = load_tracker_list()
    assert "not_https" in review_site(site(url="http://shop.example/"), trackers).codes()
    assert "not_https" not in review_site(site(), trackers).codes()


def test_a_tracker_outside_the_banner_names_the_tool() -> None:
    review = review_site(site(AXEPTIO, GA), load_tracker_list())
    finding = review.finding("tracker_outside_banner", "google_analytics")
    assert finding is not None and finding.priority is Priority.HIGH
    assert finding.params["tools"] == "Axeptio"
    assert "no_consent_tool" not in review.codes()


def test_a_held_tracker_is_a_note_not_an_action() -> None:
    held = Resource(ResourceKind.SCRIPT, GA.url, held=True)
    review = review_site(site(AXEPTIO, held), load_tracker_list())
    assert not [f for f in review.actions if f.code.startswith("tracker")]
    assert {"consent_tool_found", "trackers_held"} <= set(review.codes())


def test_the_register_is_compared_with_the_site() -> None:
    trackers = load_tracker_list()
    none = review_site(site(AXEPTIO, GA), trackers, DossierView(("Shop",), ()))
    assert "register_no_website_processing" in none.codes()
    wrong = DossierView(("Shop",), (RegisterEntry("Audience", LegalBasis.LEGITIMATE_INTERESTS),))
    mismatch = review_site(site(AXEPTIO, GA), trackers, wrong)
    assert mismatch.finding("register_basis_mismatch").params["name"] == "Audience"
    right = DossierView(("Shop",), (RegisterEntry("Audience", LegalBasis.CONSENT),))
    assert not {"register_no_website_processing", "register_basis_mismatch"} & \
        set(review_site(site(AXEPTIO, GA), trackers, right).codes())


def test_findings_are_ordered_by_priority() -> None:
    review = review_site(site(GA, cookies=(CookieSeen("mystery", "shop.example"),)),
                         load_tracker_list())
    ranks = [f.priority.rank if f.priority else 9 for f in review.findings]
    assert ranks == sorted(ranks)


def test_the_sites_notice_is_compared_with_the_apps() -> None:
    from assistant.domain.website.notice import AppNoticeItem, compare_with_app_notice

    items = (AppNoticeItem("contact", "Contact", ("Écrivez à donnees@shop.example",)),
             AppNoticeItem("legal_basis", "Base légale", ("Consentement",)),
             AppNoticeItem("retention", "Durée de conservation", ("13 mois",)),
             AppNoticeItem("controller", "Responsable", ("Shop SARL",)))
    text = "Vos données sont conservées 13 mois. Contact : DONNEES@shop.example."
    assert [i.key for i in compare_with_app_notice(text, items)] == ["legal_basis"]
    assert [i.key for i in compare_with_app_notice("Écrivez-nous.", items)] == [
        "contact", "legal_basis", "retention"]
