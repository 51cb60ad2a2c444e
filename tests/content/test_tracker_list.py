"""The shipped tracker list and the website check's words: dated, sourced, every entry
categorised, both languages saying the same things."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import pytest

from assistant.content.catalog import read_toml
from assistant.content.website import load_tracker_list, parse_tracker_list, tracker_list_path
from assistant.domain.website.cookies import CookieVerdict
from assistant.domain.website.rules import ACTION_CODES, CODES
from assistant.domain.website.trackers import NecessaryReason, TrackerCategory
from tests.content.test_messages import flat, placeholders


def test_the_list_is_dated_and_names_its_sources() -> None:
    text = tracker_list_path().read_text("utf-8")
    trackers = load_tracker_list()
    assert isinstance(trackers.date, dt.date) and trackers.date.year >= 2026
    assert trackers.version >= 1
    assert "Disconnect" in text and "CNIL" in text  # the sources named in the header


def test_every_tracker_is_categorised_sourced_and_findable() -> None:
    trackers = load_tracker_list()
    assert len(trackers.trackers) >= 50
    for t in trackers.trackers:
        assert isinstance(t.category, TrackerCategory), t.id
        assert t.name and t.company and t.source, t.id
        assert re.fullmatch(r"[A-Z]{2}", t.country) or t.country == "", t.id
        assert t.domains or t.urls or t.code, t.id
        assert re.fullmatch(r"[a-z0-9_]+", t.id), t.id
    ids = [t.id for t in trackers.trackers]
    assert len(ids) == len(set(ids))
    for category in TrackerCategory:  # every category is used by at least one entry
        assert any(t.category is category for t in trackers.trackers), category


def test_no_domain_is_claimed_twice() -> None:
    seen: dict[str, str] = {}
    for t in load_tracker_list().trackers:
        for domain in t.domains:
            assert domain == domain.lower() and "/" not in domain, (t.id, domain)
            assert domain not in seen, f"{domain}: {seen.get(domain)} and {t.id}"
            seen[domain] = t.id


def test_consent_tools_and_necessary_cookies_are_sourced() -> None:
    trackers = load_tracker_list()
    assert {"tarteaucitron", "axeptio", "didomi", "cookiebot", "complianz"} <= \
        {t.id for t in trackers.consent_tools}
    for tool in trackers.consent_tools:
        assert tool.markers and tool.source and tool.company, tool.id
    for entry in trackers.necessary:
        assert entry.cookies and entry.source, entry.name
        assert isinstance(entry.reason, NecessaryReason)


def test_an_entry_without_a_known_category_is_refused_by_name() -> None:
    data = tomllib.loads(tracker_list_path().read_text("utf-8"))
    data["trackers"][3]["category"] = "mystery"
    with pytest.raises(ValueError, match=r"trackers\[3\]"):
        parse_tracker_list(data)


def test_words_are_the_same_in_both_languages() -> None:
    fr, en = flat(read_toml("fr", "website")), flat(read_toml("en", "website"))
    assert sorted(fr) == sorted(en)
    for key, value in fr.items():
        if isinstance(value, str):
            assert placeholders(value) == placeholders(en[key]), key
    assert len(fr["not_checked.items"]) == len(en["not_checked.items"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_category_and_country_has_words(lang: str) -> None:
    words = read_toml(lang, "website")
    for code in CODES:
        table = words["rules"][code]
        assert table["title"] and table["detail"], code
        if code in ACTION_CODES:
            assert table["action"] and table["fix"] and table["source"], code
    assert set(words["rules"]) == set(CODES)
    assert {c.value for c in TrackerCategory} <= set(words["categories"])
    assert {v.value for v in CookieVerdict} <= set(words["verdicts"])
    assert {r.value for r in NecessaryReason} <= set(words["necessary_reasons"])
    countries = {t.country for t in load_tracker_list().trackers if t.country}
    assert countries <= set(words["countries"])


def test_names_are_brands_in_no_language() -> None:
    """A French report must not read "YouTube (embedded videos)": what a tool is, the
    category says in the reader's language; the name is the brand's own."""
    english = re.compile(r"\b(embedded|videos?|plugins?|buttons?|widgets?|tracking|posts?|"
                         r"map)\b|\((chat|tag manager)\)", re.IGNORECASE)
    trackers = load_tracker_list()
    for t in trackers.trackers:
        assert not english.search(t.name), t.name
    names = [t.name for t in trackers.trackers]
    assert len(names) == len(set(names))
