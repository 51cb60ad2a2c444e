"""Wordings put together from the dossier's facts; form numbers and signature references."""

from __future__ import annotations

import pytest

from assistant.content.wordings import wording_texts
from assistant.domain.consent_wording import (
    FormNumbersError,
    WordingFacts,
    compose,
    form_label,
    next_version,
    parse_form_number,
    parse_numbers,
    signature_evidence,
    signature_in,
)


def facts(**changes: object) -> WordingFacts:
    base = {"controller": "Fleurs de Lise", "purpose_code": "newsletter",
            "purpose_label": "Lettre", "retention": "3 ans après mon dernier contact",
            "contact": "en écrivant à bonjour@fleurs.example"}
    return WordingFacts(**{**base, **changes})  # type: ignore[arg-type]


def test_a_wording_names_the_shop_the_purpose_withdrawal_retention_and_contact() -> None:
    text = compose(wording_texts("fr"), facts(), "fr").text
    lines = text.split("\n")
    assert "lettre d'information de Fleurs de Lise" in lines[0]
    assert "retirer mon accord à tout moment" in lines[1] and "désinscription" in lines[1]
    assert "3 ans après mon dernier contact" in lines[2]
    assert "bonjour@fleurs.example" in lines[3]


def test_a_purpose_of_the_owner_gets_the_general_sentence_with_its_label() -> None:
    text = compose(wording_texts("en"), facts(purpose_code="tastings",
                                              purpose_label="Invitations to tastings"),
                   "en").text
    assert "Fleurs de Lise uses my contact details for: Invitations to tastings." in text


def test_missing_facts_leave_their_sentence_out_rather_than_invent_it() -> None:
    draft = compose(wording_texts("fr"), facts(retention="", contact="", controller=""), "fr")
    assert "gardées" not in draft.text
    assert "La boutique" not in draft.text  # the sentence starts with "J'accepte"
    assert "en le demandant en boutique" in draft.text


def test_versions_are_numbered_per_language() -> None:
    assert next_version("fr", []) == "fr-1"
    assert next_version("fr", ["fr-1", "en-1", "v7"]) == "fr-2"
    assert next_version("en", ["fr-1", "fr-2"]) == "en-1"


def test_form_numbers() -> None:
    assert parse_numbers("1-50") == range(1, 51)
    assert parse_numbers(" 7 ") == range(7, 8)
    assert parse_numbers("51–60") == range(51, 61)
    for bad, code in (("0-3", "form_numbers_range"), ("9-3", "form_numbers_order"),
                      ("a-b", "form_numbers_format"), ("1-5000", "form_numbers_too_many"),
                      ("", "form_numbers_format")):
        with pytest.raises(FormNumbersError) as caught:
            parse_numbers(bad)
        assert caught.value.code == code
    assert form_label(7) == "0007" and form_label(12345) == "12345"
    assert parse_form_number("0007") == 7 and parse_form_number("n° 12") == 12
    assert parse_form_number("douze") is None


def test_signature_reference() -> None:
    digest = "ab" * 32
    assert signature_in("x " + signature_evidence(digest)) == digest
    assert signature_in("paper form 12") == ""
