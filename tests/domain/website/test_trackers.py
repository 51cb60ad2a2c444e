"""Recognising trackers by address, by inline code and by cookie name."""

from __future__ import annotations

import pytest

from assistant.content.website import load_tracker_list
from assistant.domain.website.trackers import CookieOwnerKind


@pytest.fixture(scope="module")
def trackers():  # type: ignore[no-untyped-def]
    return load_tracker_list()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.googletagmanager.com/gtag/js?id=G-ABC123", "google_analytics"),
    ("https://www.googletagmanager.com/gtag/js?id=AW-99", "google_ads"),
    ("https://www.googletagmanager.com/gtm.js?id=GTM-XYZ", "google_tag_manager"),
    ("https://www.google-analytics.com/analytics.js", "google_analytics"),
    ("https://connect.facebook.net/fr_FR/fbevents.js", "meta_pixel"),
    ("https://connect.facebook.net/fr_FR/sdk.js", "facebook_social"),
    ("https://www.facebook.com/tr?id=1&ev=PageView&noscript=1", "meta_pixel"),
    ("https://px.ads.linkedin.com/collect/?pid=1", "linkedin_insight"),
    ("https://platform.linkedin.com/in.js", "linkedin_widgets"),
    ("https://shop.example/analytics/matomo.js", "matomo"),
    ("https://www.youtube-nocookie.com/embed/xyz", "youtube"),
    ("https://www.google.com/maps/embed?pb=1", "google_maps"),
    ("https://fonts.googleapis.com/css2?family=Lato", "google_fonts"),
    ("https://client.crisp.chat/l.js", "crisp"),
])
def test_addresses_name_their_tracker(trackers, url: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = trackers.match_url(url)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("url", [
    "https://www.boulangerie-dupain.fr/js/app.js",
    "https://notgoogle-analytics.com/x.js",
    "https://cdn.jsdelivr.net/npm/jquery.min.js",
])
def test_other_addresses_are_not_trackers(trackers, url: str) -> None:  # type: ignore[no-untyped-def]
    assert trackers.match_url(url) is None


def test_inline_loaders_name_their_trackers(trackers) -> None:  # type: ignore[no-untyped-def]
    gtm = ("(function(w,d,s,l,i){w[l]=w[l]||[];var f=d.getElementsByTagName(s)[0],"
           "j=d.createElement(s);j.src='https://www.googletagmanager.com/gtm.js?id='+i;"
           "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-1');")
    assert [t.id for t in trackers.match_code(gtm)] == ["google_tag_manager"]
    pixel = "!function(f,b,e,v){...}(window,document,'script'," \
            "'https://connect.facebook.net/en_US/fbevents.js');fbq('init', '123');"
    # its address names the pixel alone, not also Facebook's plugins (same domain)
    assert [t.id for t in trackers.match_code(pixel)] == ["meta_pixel"]
    sdk = "js.src = 'https://connect.facebook.net/fr_FR/sdk.js#xfbml=1';"
    assert [t.id for t in trackers.match_code(sdk)] == ["facebook_social"]
    insight = "_linkedin_partner_id = '1'; b.src = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';"
    assert [t.id for t in trackers.match_code(insight)] == ["linkedin_insight"]
    assert trackers.match_code("var total = 3; document.title = 'at.com';") == []


def test_consent_tools_and_their_gates(trackers) -> None:  # type: ignore[no-untyped-def]
    assert [t.id for t in trackers.tools_in("https://static.axept.io/sdk.js")] == ["axeptio"]
    assert [t.id for t in trackers.tools_in("/js/tarteaucitron/tarteaucitron.js")] == \
        ["tarteaucitron"]
    gate = trackers.gate_in("window._axcb = window._axcb || []; _axcb.push(function(a){})")
    assert gate is not None and gate.id == "axeptio"
    assert trackers.gate_in("console.log(1)") is None


@pytest.mark.parametrize(("name", "kind", "owner"), [
    ("_ga", CookieOwnerKind.TRACKER, "Google Analytics"),
    ("_ga_ABC123", CookieOwnerKind.TRACKER, "Google Analytics"),
    ("_pk_id.1.a1b2", CookieOwnerKind.TRACKER, "Matomo"),
    ("PHPSESSID", CookieOwnerKind.NECESSARY, "PHP"),
    ("wp_woocommerce_session_abc", CookieOwnerKind.NECESSARY, "WooCommerce"),
    ("axeptio_cookies", CookieOwnerKind.CONSENT_TOOL, "Axeptio"),
    ("tarteaucitron", CookieOwnerKind.CONSENT_TOOL, "tarteaucitron.js"),
])
def test_cookie_names_have_owners(trackers, name: str, kind: CookieOwnerKind,  # type: ignore[no-untyped-def]
                                  owner: str) -> None:
    found = trackers.cookie_owner(name)
    assert found is not None and found.kind is kind and found.name == owner


def test_unknown_cookie_has_no_owner(trackers) -> None:  # type: ignore[no-untyped-def]
    assert trackers.cookie_owner("shop_pref_colour") is None
