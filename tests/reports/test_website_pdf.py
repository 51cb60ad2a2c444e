"""The website check's PDF: dated, every finding with its rule and source, what was not
checked, never a claim of compliance; the same review gives the same bytes."""

from __future__ import annotations

import pytest

from assistant.domain.progress import drive
from assistant.domain.website.review import WebsiteReview
from assistant.reports.website_pdf import export_website_pdf, render_website_pdf
from tests.reports.conftest import pages_text
from tests.website.helpers import check
from tests.website.server import serving, site_routes, unused_port


@pytest.fixture(scope="module")
def review() -> WebsiteReview:
    with serving(site_routes("analytics")) as site:
        return check(site.url())


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.split()) for p in pages_text(data))


def test_french_report_says_when_what_why_and_what_was_not_checked(review) -> None:  # type: ignore[no-untyped-def]
    data = drive(render_website_pdf(review, "fr", organisation="Boulangerie Dupain"))
    assert data.startswith(b"%PDF") and b"/FontFile2" in data  # fonts embedded
    text = text_of(data)
    day = review.facts.fetched_at
    assert "Vérification du site web" in text
    assert f"{day.day} décembre {day.year}" in text or str(day.year) in text
    assert f"{day.hour:02d}:{day.minute:02d} (UTC)" in text
    assert "Google Analytics se charge avant le consentement" in text
    assert "Site web : ne charger Google Analytics qu'après l'accord du visiteur" in text
    assert "délibérations n° 2020-091 et n° 2020-092" in text  # the rule's source
    assert "Ce qui n'a pas été vérifié" in text
    assert "JavaScript" in text and "ne dit jamais qu'un site est conforme" in text
    assert "du 7 décembre 2026 (version 1)" in text  # the tracker list's date
    assert "Boulangerie Dupain" in text and "page 1 sur" in text


def test_english_report_and_reproducible_bytes(review, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = drive(render_website_pdf(review, "en"))
    assert first == drive(render_website_pdf(review, "en"))
    text = text_of(first)
    assert "Website check" in text and "What was not checked" in text
    target = tmp_path / "site.pdf"
    drive(export_website_pdf(review, target, "en"))
    assert target.read_bytes() == first


def test_a_site_that_could_not_be_read_says_why() -> None:
    review = check(f"http://127.0.0.1:{unused_port()}/")
    text = text_of(drive(render_website_pdf(review, "fr")))
    assert "Le site n'a pas pu être lu" in text
    assert "refuse la connexion" in text
    assert "Aucune action à prévoir" not in text  # nothing judged, nothing cleared
