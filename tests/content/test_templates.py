"""The shipped register templates: ids, vocabulary codes, FR/EN parity, sources, and that a
processing started from any template passes the register check without a warning."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.content import LANGUAGES, load_templates, load_vocabularies
from assistant.content.catalog import read_toml
from assistant.domain.processing import (
    CCTV_CATEGORY,
    INVALID_SAFEGUARDS,
    DurationUnit,
    check_processing,
)

EXPECTED_IDS = [
    "customer_management",
    "commercial_prospecting",
    "prospecting_consent",
    "loyalty_programme",
    "newsletter",
    "online_orders",
    "card_payments",
    "cctv",
    "staff_payroll",
    "recruitment",
    "accounting_invoicing",
    "suppliers",
    "web_audience",
    "deliveries",  # templates-sectors.toml: trades' own processing
]

TEMPLATE_KEYS = {
    "id", "name", "summary", "purposes", "sub_purposes", "legal_basis", "legal_basis_detail",
    "art9_condition", "data_subjects", "data_source", "data_source_detail", "notes", "sources",
    "retention", "data_categories", "recipients", "security_measures",
}
CATEGORY_KEYS = {"category", "description", "sensitive", "retention", "source"}

# Keys whose values are codes or numbers: identical in both languages.
SAME_VALUE_KEYS = {
    "id", "legal_basis", "art9_condition", "data_subjects", "data_source", "category",
    "sensitive", "type", "code", "value", "unit", "trigger", "safeguard",
}

# How each language says that the card security code is never kept.
NEVER_KEPT = {
    "fr": ("cryptogramme", "jamais"),
    "en": ("security code", "never"),
}


def raw_templates(lang: str) -> list[dict[str, Any]]:
    return read_toml(lang, "templates")["templates"]


def all_text(value: Any) -> str:
    """Every string inside a template, joined, for searching."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(all_text(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(all_text(v) for v in value)
    return ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_templates_in_order(lang: str) -> None:
    templates = load_templates(lang)
    assert [t.id for t in templates] == EXPECTED_IDS
    for t in templates:
        assert t.name.strip() and t.summary.strip(), t.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_has_every_key(lang: str) -> None:
    for t in raw_templates(lang):
        assert set(t) >= TEMPLATE_KEYS, (t["id"], TEMPLATE_KEYS - set(t))
        assert t["purposes"] and t["data_subjects"] and t["data_categories"], t["id"]
        assert t["recipients"] and t["security_measures"], t["id"]
        for c in t["data_categories"]:
            assert set(c) >= CATEGORY_KEYS, (t["id"], CATEGORY_KEYS - set(c))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_is_a_vocabulary_code(lang: str) -> None:
    v = load_vocabularies(lang)
    units = {u.value for u in DurationUnit}

    def check_retention(r: dict[str, Any], where: str) -> None:
        assert r.get("trigger", "") in v["retention_triggers"], where
        if "unit" in r or "value" in r:
            assert r["unit"] in units, where
            assert isinstance(r["value"], int) and r["value"] > 0, where

    for t in raw_templates(lang):
        tid = t["id"]
        assert t["legal_basis"] in v["legal_bases"], tid
        assert t["art9_condition"] == "" or t["art9_condition"] in v["art9_conditions"], tid
        for subject in t["data_subjects"]:
            assert subject in v["data_subjects"], (tid, subject)
        assert t["data_source"] in v["data_sources"], tid
        check_retention(t["retention"], tid)
        for c in t["data_categories"]:
            entry = v["data_categories"].entries.get(c["category"])
            assert entry is not None, (tid, c["category"])
            assert c["sensitive"] is bool(entry.flag("sensitive", False)), (tid, c["category"])
            check_retention(c["retention"], f"{tid}/{c['category']}")
        for r in t["recipients"]:
            assert r["type"] in v["recipient_types"], (tid, r["type"])
        for m in t["security_measures"]:
            assert m["code"] in v["security_measures"], (tid, m["code"])
        for x in t.get("transfers", []):
            assert x["safeguard"] in v["transfer_safeguards"], (tid, x["safeguard"])
            assert x["safeguard"] not in INVALID_SAFEGUARDS, tid


def assert_same_structure(fr: Any, en: Any, path: str) -> None:
    assert type(fr) is type(en), path
    if isinstance(fr, dict):
        assert list(fr) == list(en), path
        for key in fr:
            if key in SAME_VALUE_KEYS:
                assert fr[key] == en[key], f"{path}.{key}"
            else:
                assert_same_structure(fr[key], en[key], f"{path}.{key}")
    elif isinstance(fr, list):
        assert len(fr) == len(en), path
        for i, (a, b) in enumerate(zip(fr, en, strict=True)):
            assert_same_structure(a, b, f"{path}[{i}]")
    elif isinstance(fr, str):
        # Human text: translated, but present in one language exactly when in the other.
        assert bool(fr.strip()) == bool(en.strip()), path
    else:
        assert fr == en, path


def test_french_and_english_have_the_same_structure() -> None:
    fr, en = raw_templates("fr"), raw_templates("en")
    assert len(fr) == len(en)
    for a, b in zip(fr, en, strict=True):
        assert_same_structure(a, b, a["id"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_processing_from_each_template_has_no_finding(lang: str) -> None:
    """Complete but for the shop's own processors: a template cannot know them, so the
    register asks for their names (as the action plan does)."""
    for t in load_templates(lang):
        p = t.to_processing()
        assert p.template_id == t.id
        found = [f.code for f in check_processing(p.normalised())]
        has_processor = any(r.type == "processor" for r in p.recipients)
        assert found == (["missing_processor_name"] if has_processor else []), t.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_and_category_has_a_source(lang: str) -> None:
    for t, raw in zip(load_templates(lang), raw_templates(lang), strict=True):
        assert t.sources and all(s.strip() for s in t.sources), t.id
        for c in raw["data_categories"]:
            assert c["source"].strip(), (t.id, c["category"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cctv_images_are_kept_one_month_at_most(lang: str) -> None:
    p = next(t for t in load_templates(lang) if t.id == "cctv").to_processing()
    assert p.retention.approx_days() is not None
    assert p.retention.approx_days() <= 30
    assert any(c.category == CCTV_CATEGORY for c in p.data_categories)
    for c in p.data_categories:
        days = p.retention_for(c).approx_days()
        assert days is not None and days <= 30, c.category


@pytest.mark.parametrize("lang", LANGUAGES)
def test_card_payments_say_the_security_code_is_never_kept(lang: str) -> None:
    raw = next(t for t in raw_templates(lang) if t["id"] == "card_payments")
    assert any(c["category"] == "payment_card" for c in raw["data_categories"])
    word, never = NEVER_KEPT[lang]
    for text in (raw["notes"], raw["retention"]["note"]):
        folded = text.casefold()
        assert word in folded and never in folded, text
