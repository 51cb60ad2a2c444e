"""The six fixture sites, each read from a local server, judged, and turned into actions of a
dossier's plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.guide.model import ActionState, Priority
from assistant.store.dossier import Dossier, create_dossier
from assistant.website.check import dossier_view
from assistant.website.plan import add_actions, add_to_register, processing_name
from tests.website.helpers import check
from tests.website.server import serving, site_routes, unused_port


@pytest.fixture
def dossier(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "shop.rgpd") as d:
        yield d


def action_titles(dossier: Dossier) -> list[str]:
    return [a.title for a in dossier.guide.actions()]


def test_analytics_before_consent(dossier: Dossier) -> None:
    with serving(site_routes("analytics")) as site:
        review = check(site.url(), view=dossier_view(dossier))
    assert [p.final_url for p in review.pages][:3] == [
        site.url("/"), site.url("/confidentialite"), site.url("/mentions-legales")]
    ga = review.finding("tracker_before_consent", "google_analytics")
    assert ga is not None and ga.priority is Priority.HIGH
    assert set(ga.pages) == {site.url("/"), site.url("/produits")}
    assert review.finding("no_consent_tool") is not None
    assert review.finding("register_no_website_processing") is not None
    assert review.notice is not None and review.notice.names_rights
    assert not {"no_privacy_link", "no_legal_notice_link", "notice_no_rights"} & \
        set(review.codes())

    result = add_actions(dossier, review, "fr")
    titles = action_titles(dossier)
    assert "Site web : ne charger Google Analytics qu'après l'accord du visiteur" in titles
    assert "Site web : installer un bandeau de consentement aux cookies" in titles
    assert len(result.added) == len(review.actions) == len(titles)
    ga_action = next(a for a in dossier.guide.actions() if "Google Analytics" in a.title)
    assert ga_action.priority is Priority.HIGH and ga_action.state is ActionState.OPEN
    assert "Informatique et Libertés, art. 82" in ga_action.detail  # the rule's source
    assert "Pages : /, /produits" in ga_action.detail

    again = add_actions(dossier, review, "fr")  # a second check does not double the plan
    assert again.added == () and len(again.already) == len(titles)
    assert action_titles(dossier) == titles
    dossier.undo.undo()  # the first check's actions go in one step
    assert action_titles(dossier) == []


def test_tarteaucitron_and_nothing_before_consent(dossier: Dossier) -> None:
    with serving(site_routes("tarteaucitron")) as site:
        review = check(site.url(), view=dossier_view(dossier))
    assert [t.id for t in review.tools] == ["tarteaucitron"]
    assert {"consent_tool_found", "nothing_seen_before_consent"} <= set(review.codes())
    assert review.actions == ()
    assert add_actions(dossier, review, "fr").added == ()
    assert action_titles(dossier) == []


def test_prechecked_partner_box(dossier: Dossier) -> None:
    with serving(site_routes("prechecked")) as site:
        review = check(site.url())
    partners = review.finding("prechecked_partners")
    assert partners is not None and partners.pages == (site.url("/inscription"),)
    assert "partenaires du salon" in partners.params["boxes"]
    marketing = review.finding("prechecked_marketing")
    assert marketing is not None and "offres et promotions" in marketing.params["boxes"]
    assert "règlement" not in marketing.params["boxes"]  # not ticked, not marketing
    assert review.finding("form_without_information") is None  # the form links the notice

    add_actions(dossier, review, "fr")
    titles = action_titles(dossier)
    assert "Site web : décocher la case « partenaires » des formulaires" in titles
    assert "Site web : décocher les cases d'offres commerciales des formulaires" in titles
    detail = next(a.detail for a in dossier.guide.actions() if "partenaires" in a.title)
    assert "Planet49, C-673/17" in detail


def test_no_privacy_link(dossier: Dossier) -> None:
    with serving(site_routes("noprivacy")) as site:
        review = check(site.url())
    assert {"no_privacy_link", "no_legal_notice_link", "newsletter_without_wording",
            "form_without_information"} <= set(review.codes())
    assert set(review.finding("form_without_information").pages) == {  # type: ignore[union-attr]
        site.url("/"), site.url("/contact")}
    assert review.finding("newsletter_without_wording").pages == (site.url("/"),)  # type: ignore[union-attr]

    add_actions(dossier, review, "en")
    assert "Website: publish the privacy notice and link it from every page" in \
        action_titles(dossier)
    high = [a for a in dossier.guide.actions() if a.priority is Priority.HIGH]
    assert [a.title for a in high] == [
        "Website: publish the privacy notice and link it from every page"]


def test_redirect_and_a_two_year_cookie(dossier: Dossier) -> None:
    with serving(site_routes("redirect")) as site:
        review = check(site.url())
    home = review.pages[0]
    assert home.url == site.url("/") and home.final_url == site.url("/accueil")
    assert review.facts.home.redirects == (site.url("/"), site.url("/accueil"))  # type: ignore[union-attr]
    cookies = {c.cookie.name: c for c in home.cookies}
    assert cookies["_pk_id.1.a1b2"].too_long and cookies["_pk_id.1.a1b2"].lifetime_days == 730
    assert cookies["PHPSESSID"].verdict.value == "exempt"
    too_long = review.finding("cookie_too_long", "_pk_id.1.a1b2")
    assert too_long is not None and too_long.params["months"] == "24"
    assert review.finding("audience_exemption_check", "matomo") is not None

    add_actions(dossier, review, "fr")
    assert "Site web : ramener la durée du cookie _pk_id.1.a1b2 à 13 mois au plus" in \
        action_titles(dossier)
    processing, created = add_to_register(dossier, review, "fr")
    assert created and processing.name == processing_name("fr")
    assert any("Matomo" in r.description for r in processing.recipients)
    assert processing.transfers == ()  # Matomo on the shop's own server: no transfer


def test_unreachable_site_adds_nothing(dossier: Dossier) -> None:
    port = unused_port()
    review = check(f"http://127.0.0.1:{port}/")
    assert not review.facts.reachable and review.pages == ()
    failure = review.failures[0]
    assert failure.reason == "refused" and failure.url == f"http://127.0.0.1:{port}/"
    assert review.actions == ()
    assert add_actions(dossier, review, "fr").added == ()
    assert action_titles(dossier) == []


def test_register_processing_lists_trackers_and_transfers(dossier: Dossier) -> None:
    with serving(site_routes("analytics")) as site:
        review = check(site.url())
    processing, created = add_to_register(dossier, review, "fr")
    assert created
    assert any(r.description.startswith("Google Analytics — Google LLC") and r.type == "processor"
               for r in processing.recipients)
    assert [(t.recipient, t.country) for t in processing.transfers] == [
        ("Google LLC", "États-Unis")]
    assert processing.legal_basis is not None and processing.legal_basis.value == "consent"
    again, created_again = add_to_register(dossier, review, "fr")  # completes, never doubles
    assert not created_again and again.id == processing.id
    assert len(again.recipients) == len(processing.recipients)
    assert len(dossier.register.list()) == 1
    view = dossier_view(dossier)
    assert view.website_processing and view.website_processing[0].name == processing.name


def test_the_sites_notice_is_compared_with_the_registers(dossier: Dossier) -> None:
    with serving(site_routes("analytics")) as site:
        before = check(site.url(), view=dossier_view(dossier, "fr"))
        assert before.finding("notice_compare_unavailable") is not None  # nothing to compare
        add_to_register(dossier, before, "fr")
        after = check(site.url(), view=dossier_view(dossier, "fr"))
    compared = after.finding("notice_compare_missing")
    assert compared is not None and compared.pages == (site.url("/confidentialite"),)
    assert "Base légale" in compared.params["items"]
    assert "Retrait du consentement" in compared.params["items"]
    assert after.finding("register_no_website_processing") is None
