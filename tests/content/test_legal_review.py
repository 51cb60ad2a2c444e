"""The legal review of the shipped content: outdated sources are gone, the corrected facts are
there. (The same words checked in the printed PDF: tests/reports/test_legal_review_pdf.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.content import LANGUAGES, load_templates, load_vocabularies
from assistant.content.catalog import content_dir, read_toml
from assistant.domain.notices.facts import ART13_POINTS
from assistant.paths import resources_dir

# Sources that are not (or no longer) the law, and must not be cited as if they were.
OUTDATED = re.compile(r"NS-048|projet de référentiel|draft (standard|référentiel)|L252-3|"
                      r"Bloctel|R253-3|2013-358|2016-264", re.IGNORECASE)


def shipped_texts() -> list[Path]:
    root = resources_dir()
    demo = Path(__file__).parents[2] / "assistant" / "demo"
    return sorted([*root.glob("content/*/*.toml"), *root.glob("help/*/*.md"),
                   *demo.glob("*.py")])


def test_no_shipped_text_cites_an_outdated_source() -> None:
    found = []
    for path in shipped_texts():
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if OUTDATED.search(line):
                found.append(f"{path.name}:{n}: {OUTDATED.search(line).group(0)}")
    assert not found, found


def test_transfers_are_outside_the_eea_not_the_eu() -> None:
    eu = re.compile(r"hors (de l'|l')?UE\b|hors de l'Union européenne|outside the EU\b|"
                    r"outside the European Union|leaves the European Union")
    for path in shipped_texts():
        assert not eu.search(path.read_text("utf-8")), path.name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cctv_retention_rests_on_l252_5(lang: str) -> None:
    cctv = next(t for t in load_templates(lang) if t.id == "cctv")
    assert any("L252-5" in s for s in cctv.sources)
    assert all("L252-5" in c["source"] for c in cctv.raw["data_categories"])
    assert "L252-5" in load_vocabularies(lang)["data_categories"].entries["cctv_images"].source
    assert "vidéosurveillance dans les commerces" in " ".join(cctv.sources)


SIGN_MINIMUM = {
    "fr": ("pictogramme", "finalités", "durée de conservation", "à qui s'adresser",
           "droits", "réclamer auprès de la CNIL"),
    "en": ("pictogram", "purposes", "how long images are kept", "whom to contact",
           "rights", "complain to the CNIL"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cctv_template_asks_for_the_cnil_minimum_sign(lang: str) -> None:
    notes = next(t for t in load_templates(lang) if t.id == "cctv").raw["notes"]
    for words in SIGN_MINIMUM[lang]:
        assert words in notes, words


PHONE = {"fr": ("11 août 2026", "contrat en cours", "10 h à 13 h et de 14 h à 20 h"),
         "en": ("11 August 2026", "contract in progress", "10:00 to 13:00 and from 14:00 to 20:00")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_canvassing_needs_prior_consent_with_the_call_hours(lang: str) -> None:
    templates = {t.id: t for t in load_templates(lang)}
    for template_id in ("commercial_prospecting", "prospecting_consent"):
        t = templates[template_id]
        text = t.raw["notes"] + " " + t.raw["legal_basis_detail"]
        for words in PHONE[lang]:
            assert words in text, (template_id, words)
        sources = " ".join(t.sources)
        assert "2025-594" in sources and "2022-1313" in sources and "D223-9" in sources
    # prospecting splits: consent for email, text and phone to others; the soft opt-in of
    # customers and post on legitimate interest
    assert templates["prospecting_consent"].raw["legal_basis"] == "consent"
    assert templates["commercial_prospecting"].raw["legal_basis"] == "legitimate_interests"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_online_contracts_of_120_euros_are_kept_ten_years(lang: str) -> None:
    t = next(t for t in load_templates(lang) if t.id == "online_orders")
    contracts = [c for c in t.raw["data_categories"] if "L213-1" in c["source"]]
    assert [c["retention"]["value"] for c in contracts] == [10]
    assert contracts[0]["retention"]["unit"] == "years"
    assert "120" in contracts[0]["description"]
    assert "10" in t.raw["retention"]["note"] and "L213-1" in t.raw["retention"]["note"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_applicants_are_kept_three_months_unless_they_agree(lang: str) -> None:
    t = next(t for t in load_templates(lang) if t.id == "recruitment")
    for retention in [t.raw["retention"], *(c["retention"] for c in t.raw["data_categories"])]:
        assert (retention["value"], retention["unit"], retention["trigger"]) == \
            (3, "months", "end_of_recruitment")
        assert "2" in retention["note"]


MARK = {"fr": "À vérifier : ", "en": "To check: "}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_prefilled_security_measures_are_things_to_check(lang: str) -> None:
    for t in load_templates(lang):
        for m in t.raw["security_measures"]:
            assert m["description"].startswith(MARK[lang]), (t.id, m["description"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_fingerprint_clock_is_never_shown_as_acceptable_after_a_dpia(lang: str) -> None:
    dpia = read_toml(lang, "dpia")
    biometric = dpia["required_list"]["cnil_biometric_vulnerable"]
    assert "SAN-2018-009" in biometric["source"]
    assert "par exemple une pointeuse" not in biometric["help"]
    assert "for example a fingerprint time clock" not in biometric["help"]
    assert "SAN-2018-009" in load_vocabularies(lang)["data_categories"].entries[
        "biometric"].source
    alerts = dpia["required_list"]["cnil_social_health_alerts"]["label"]
    assert ("sociale et sanitaire" if lang == "fr" else "social and health") in alerts


def test_card_data_cites_2018_303() -> None:
    for lang in LANGUAGES:
        card = next(t for t in load_templates(lang) if t.id == "card_payments")
        assert any("2018-303" in s for s in card.sources)


ART13_WORDS = {
    "fr": ("qui vous êtes", "DPO", "finalités", "base légale", "intérêt légitime",
           "destinataires", "transferts hors de l'EEE", "durée de conservation", "droits",
           "retirer un consentement", "CNIL", "obligatoires", "décision automatisée",
           "catégories de données", "source"),
    "en": ("who you are", "DPO", "purposes", "legal basis", "legitimate interest",
           "recipients", "transfers outside the EEA", "how long", "rights",
           "withdraw consent", "CNIL", "required", "automated decision",
           "categories of data", "source"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_information_task_lists_every_item_of_article_13(lang: str) -> None:
    steps = read_toml(lang, "steps")["steps"]
    task = next(t for s in steps for t in s["tasks"] if t["id"] == "notices_given")
    assert len(ART13_WORDS[lang]) >= len(ART13_POINTS)
    for words in ART13_WORDS[lang]:
        assert words in task["help"], words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_smaller_points_of_the_review(lang: str) -> None:
    messages = read_toml(lang, "messages")
    assert "30(1)(a)" not in messages["findings"]["missing_representative"]
    assert "27" in messages["pdf"]["organisation_intro"]
    assert "en ordre" not in messages["next"]["all_settled"]
    assert "in order" not in messages["next"]["all_settled"]
    assert ("en principe" if lang == "fr" else "in principle") in \
        messages["pdf"]["dpia_not_required"]
    steps = (content_dir(lang) / "steps.toml").read_text("utf-8")
    assert "30(5)" in steps and "250" in steps
    assert "vidéosurveillance dans les commerces" in (content_dir(lang) /
                                                       "vocabularies.toml").read_text("utf-8")
