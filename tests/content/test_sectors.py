"""The sector a shop gave at creation says which processing it nearly always carries out."""

from __future__ import annotations

import pytest

from assistant.content.catalog import LANGUAGES, read_toml
from assistant.content.loader import load_templates, load_vocabularies
from assistant.content.sectors import sector_suggestions


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sector_suggests_templates_that_exist_with_a_reason(lang: str) -> None:
    sectors = load_vocabularies(lang)["sectors"]
    ids = {t.id for t in load_templates(lang)}
    for entry in sectors:
        found = sector_suggestions(lang, entry.code)
        assert found is not None and found.items, entry.code
        raw = read_toml(lang, "sectors")["sectors"][entry.code]
        assert set(raw["templates"]) <= ids, entry.code
        assert all(s.why.strip() for s in found.items), entry.code
        assert found.label == entry.label


def test_french_and_english_suggest_the_same() -> None:
    fr, en = read_toml("fr", "sectors")["sectors"], read_toml("en", "sectors")["sectors"]
    assert {k: v["templates"] for k, v in fr.items()} == \
        {k: v["templates"] for k, v in en.items()}
    assert {k: sorted(v["why"]) for k, v in fr.items()} == \
        {k: sorted(v["why"]) for k, v in en.items()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_florist_is_told_about_deliveries_and_article_14(lang: str) -> None:
    found = sector_suggestions(lang, "florist")
    assert found is not None and found.items[0].template.id == "deliveries"
    assert "14" in found.items[0].why
    delivery = found.items[0].template.to_processing()
    assert "delivery_recipients" in delivery.data_subjects
    assert delivery.data_source == "third_party"


def test_a_sector_typed_by_hand_suggests_nothing() -> None:
    assert sector_suggestions("fr", "Fleuriste et décoration") is None
