from dataclasses import replace

from assistant.domain.findings import Severity
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
    check_processing,
    duplicate_name,
)

COMPLETE = Processing(
    name="Gestion de la clientèle",
    purposes=("Gérer les commandes",),
    legal_basis=LegalBasis.CONTRACT,
    data_subjects=("customers",),
    data_categories=(DataCategory("identity", "Nom, prénom",
                                  retention=Retention(3, DurationUnit.YEARS,
                                                      "end_of_relationship")),),
    recipients=(Recipient("internal_service"),),
    security_measures=(SecurityMeasure("access_control"),),
    data_source="data_subject",
    no_transfer_confirmed=True,
)


def codes(p: Processing) -> list[str]:
    return [f.code for f in check_processing(p)]


def test_a_complete_processing_has_nothing_to_say() -> None:
    assert check_processing(COMPLETE) == []


def test_a_draft_lists_what_is_missing_without_errors() -> None:
    found = check_processing(Processing(name="Brouillon"))
    assert all(f.severity is Severity.WARNING for f in found)
    assert {"missing_purpose", "missing_legal_basis", "missing_data_subjects",
            "missing_data_categories", "missing_retention_general",
            "missing_security_measures", "missing_data_source"} <= set(codes(
                Processing(name="Brouillon")))


def test_name_rules_are_errors() -> None:
    assert codes(replace(COMPLETE, name="")) == ["required"]
    found = check_processing(replace(COMPLETE, name="x" * 500))
    assert found[0].code == "too_long" and found[0].severity is Severity.ERROR
    assert codes(replace(COMPLETE, name="a\x00b")) == ["forbidden_character"]
    assert codes(replace(COMPLETE, name="Ζαχαροπλαστείο Łódź Пекарня")) == []


def test_legal_basis_details() -> None:
    li = replace(COMPLETE, legal_basis=LegalBasis.LEGITIMATE_INTERESTS)
    assert codes(li) == ["missing_legitimate_interest"]
    assert codes(replace(li, legal_basis_detail="Prévenir les vols")) == []
    lo = replace(COMPLETE, legal_basis=LegalBasis.LEGAL_OBLIGATION)
    assert codes(lo) == ["missing_legal_obligation_reference"]


def test_sensitive_data_needs_an_article_9_condition() -> None:
    health = DataCategory("health", "allergies", sensitive=True,
                          retention=Retention(1, DurationUnit.YEARS))
    p = replace(COMPLETE, data_categories=(*COMPLETE.data_categories, health))
    assert codes(p) == ["missing_art9_condition"]
    assert codes(replace(p, art9_condition="explicit_consent")) == []


def test_retention_per_category_or_general() -> None:
    bare = replace(COMPLETE, data_categories=(DataCategory("identity"),))
    found = check_processing(bare)
    assert [f.code for f in found] == ["missing_retention"]
    assert found[0].field == "data_categories[0].retention"
    general = replace(bare, retention=Retention(note="Durée de la relation commerciale"))
    assert codes(general) == []


def test_transfers_need_a_valid_safeguard() -> None:
    t = replace(COMPLETE, transfers=(Transfer("StatsWeb", "États-Unis"),))
    assert codes(t) == ["missing_transfer_safeguard"]
    shield = replace(COMPLETE, transfers=(Transfer("StatsWeb", "États-Unis", "privacy_shield"),))
    assert codes(shield) == ["invalid_transfer_safeguard"]
    dpf = replace(COMPLETE, transfers=(Transfer("StatsWeb", "États-Unis", "eu_us_dpf"),))
    assert codes(dpf) == []


def test_an_empty_transfers_list_is_to_check_until_the_owner_confirms() -> None:
    """A template starts with no transfer: the register asks, it does not assume none."""
    unchecked = replace(COMPLETE, no_transfer_confirmed=False)
    assert unchecked.transfers_unchecked and codes(unchecked) == ["transfers_unchecked"]
    assert check_processing(unchecked)[0].severity is Severity.WARNING  # a draft still saves
    listed = replace(unchecked, transfers=(Transfer("Mailer", "États-Unis", "eu_us_dpf"),))
    assert not listed.transfers_unchecked and codes(listed) == []
    # a listed transfer answers the question: "none" cannot stand beside it
    both = replace(listed, no_transfer_confirmed=True).normalised()
    assert not both.no_transfer_confirmed
    assert replace(COMPLETE, transfers=(Transfer(" ", " "),)).normalised().no_transfer_confirmed


def test_normalised_trims_and_drops_empty_items() -> None:
    p = Processing(name="  Cafe\u0301 ", purposes=(" a ", "", "  "),
                   data_categories=(DataCategory("  "), DataCategory("identity")),
                   processor_ids=(2, 1, 2))
    n = p.normalised()
    assert n.name == "Café"
    assert n.purposes == ("a",)
    assert [c.category for c in n.data_categories] == ["identity"]
    assert n.processor_ids == (2, 1)


def test_retention_days() -> None:
    assert Retention(1, DurationUnit.MONTHS).approx_days() == 30
    assert Retention(2, DurationUnit.YEARS).approx_days() == 730
    assert Retention(note="criteria").approx_days() is None
    assert Retention(note="criteria").is_set()


def test_duplicate_names() -> None:
    assert duplicate_name("Clients", [], "copie") == "Clients (copie)"
    assert duplicate_name("Clients", ["Clients (copie)"], "copie") == "Clients (copie 2)"
    long = duplicate_name("x" * 200, [], "copie")
    assert len(long) <= 200
