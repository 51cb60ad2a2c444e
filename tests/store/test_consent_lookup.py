"""Finding the person of a consent proof by subject id, id prefix, email or reference."""

from __future__ import annotations

import pytest

from assistant.content.messages import messages
from assistant.domain.consent import Identity
from assistant.domain.findings import ValidationError
from assistant.store.consent_lookup import find_people, resolve_person


@pytest.fixture
def people(new_dossier):  # type: ignore[no-untyped-def]
    c = new_dossier.consents
    anna = c.add_subject(Identity("anna@shop.example", "C-1", "Anna", "Nowak"),
                         uid="abcdef01" + "1" * 24)
    bob = c.add_subject(Identity("bob@shop.example", "anna@shop.example", "Bob", "Martin"),
                        uid="abcdef01" + "2" * 24)
    cleo = c.add_subject(Identity("", "C-3", "Cléo", "Durand"), uid="0123456789" + "a" * 22)
    return new_dossier, anna, bob, cleo


def test_each_way_of_naming_one_person(people) -> None:  # type: ignore[no-untyped-def]
    dossier, anna, _bob, cleo = people
    assert resolve_person(dossier, cleo.uid).id == cleo.id
    assert resolve_person(dossier, cleo.uid.upper()).id == cleo.id  # hex in capitals
    assert resolve_person(dossier, "0123456789a").id == cleo.id  # the first characters
    assert resolve_person(dossier, "  C-3 ").id == cleo.id
    assert resolve_person(dossier, "C-1").id == anna.id
    assert resolve_person(dossier, "ANNA@SHOP.example").id == anna.id  # emails in any case
    assert [m.by for m in find_people(dossier, "anna@shop.example")] == ["email", "reference"]


def test_an_erased_person_is_still_found_by_id(people) -> None:  # type: ignore[no-untyped-def]
    dossier, _anna, _bob, cleo = people
    dossier.consents.erase_subject(cleo.id, reason="asked")
    assert resolve_person(dossier, cleo.uid).erased
    assert find_people(dossier, "C-3") == []  # the reference went with the identity


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ambiguous_text_lists_candidates_by_id_and_reference_only(  # type: ignore[no-untyped-def]
        people, lang) -> None:
    dossier, anna, bob, _cleo = people
    # an email that is also another person's reference; an id prefix two people share
    for text in ("anna@shop.example", "abcdef01"):
        with pytest.raises(ValidationError) as caught:
            resolve_person(dossier, text)
        words = messages(lang).finding_with_field(caught.value.findings[0])
        assert anna.uid in words and bob.uid in words and "2" in words
        for private in ("Anna", "Nowak", "Bob", "Martin", "bob@shop.example"):
            assert private not in words


def test_nobody_and_nothing_are_refused_clearly(people) -> None:  # type: ignore[no-untyped-def]
    dossier = people[0]
    for text, code in (("zoe@shop.example", "proof_person_missing"),
                       ("abcdef0", "proof_person_short_id"),  # too short for a prefix
                       ("   ", "proof_person_required")):
        with pytest.raises(ValidationError) as caught:
            resolve_person(dossier, text)
        assert caught.value.findings[0].code == code
    with pytest.raises(ValidationError) as caught:
        resolve_person(dossier, "64AF")
    assert "at least 8 characters" in messages("en").finding_with_field(
        caught.value.findings[0])
    with pytest.raises(ValidationError) as caught:
        resolve_person(dossier, "zoe@shop.example")
    assert messages("fr").finding_with_field(caught.value.findings[0]).startswith(
        "Personne : aucune personne du registre")
    words = messages("en").finding_with_field(caught.value.findings[0])
    assert "zoe@shop.example" in words and words.startswith("Person:")
