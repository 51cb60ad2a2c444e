"""One rule for how people are written and matched, whatever the way in."""

from __future__ import annotations

import unicodedata

from assistant.domain.consent import Identity
from assistant.domain.consent_rules import check_identity
from assistant.domain.identity import email_key, is_blank, normalise_identity
from assistant.domain.organisation import Organisation, check_organisation

NFD = unicodedata.normalize("NFD", "josé@exemple.fr")
NFC = unicodedata.normalize("NFC", "josé@exemple.fr")


def test_nfc_and_nfd_spellings_are_one_key() -> None:
    assert NFD != NFC
    assert email_key(NFD) == email_key(NFC) == email_key(" JOSÉ@Exemple.FR ")


def test_sharp_s_is_not_folded_into_ss() -> None:
    assert email_key("straße@x.de") != email_key("strasse@x.de")
    assert email_key("STRASSE@x.de") == email_key("strasse@x.de")


def test_an_identity_is_stored_in_nfc() -> None:
    stored = normalise_identity(Identity(NFD, "", unicodedata.normalize("NFD", " Zoé "),
                                         "Ångström", ""))
    assert stored.email == NFC and stored.first_name == "Zoé"
    assert all(unicodedata.is_normalized("NFC", getattr(stored, f)) for f in
               ("email", "first_name", "last_name"))


def test_invisible_characters_are_refused_in_identifiers() -> None:
    for char in ("\u200b", "\ufeff", "\u2060", "\u00ad", "\u200d"):
        found = check_identity(Identity(email=f"jo{char}se@exemple.fr"))
        assert [f.code for f in found] == ["invisible_character"], char
        found = check_identity(Identity(customer_ref=f"C{char}12"))
        assert [f.code for f in found] == ["invisible_character"], char


def test_names_keep_the_joiners_their_spelling_needs() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a ZWNJ inside
    assert check_identity(Identity(email="a@b.fr", last_name=persian)) == []
    found = check_identity(Identity(email="a@b.fr", last_name="Du\u200bpont"))
    assert [(f.code, f.field) for f in found] == [("invisible_character", "last_name")]


def test_a_name_made_of_invisible_characters_is_empty() -> None:
    assert is_blank("\u200b\u200b \ufeff")
    assert not is_blank("\u200bA")
    found = check_organisation(Organisation(legal_name="\u200b\u200b\u200b"))
    assert any(f.code == "required" and f.field == "legal_name" for f in found)
