"""The wordings a dossier gets from day one, and those an older dossier is offered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from assistant.domain.consent import DEFAULT_PURPOSES, notice_sha256
from assistant.domain.consent_wording import GAP_CONTACT, GAP_RETENTION_TEMPLATE
from assistant.domain.organisation import Organisation
from assistant.domain.processing import DurationUnit, Processing, Retention
from assistant.store.consent_wordings import (
    add_default_purpose,
    add_drafted_wordings,
    draft_wording,
    missing_default_purposes,
    purposes_without_wording,
)
from assistant.store.dossier import Dossier, create_dossier

SHOP = Organisation(legal_name="SARL Fleurs", trade_name="Fleurs de Lise",
                    email="bonjour@fleurs.example")


def test_a_new_dossier_has_a_french_and_english_wording_for_every_default_purpose(
        tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd", organisation=SHOP) as d:
        notices = d.consents.notices()
        for p in d.consents.purposes():
            mine = {n.language: n for n in notices if n.purpose_id == p.id}
            assert set(mine) == {"fr", "en"}, p.code
            assert mine["fr"].version == "fr-1" and mine["en"].version == "en-1"
            assert "Fleurs de Lise" in mine["fr"].text and "Fleurs de Lise" in mine["en"].text
            assert "bonjour@fleurs.example" in mine["fr"].text
            assert mine["fr"].sha256 == notice_sha256(mine["fr"].text)
        assert len(d.consents.purposes()) == len(DEFAULT_PURPOSES)
        assert d.undo.can_undo is False  # creating a dossier is not an undoable edit


def test_a_dossier_created_without_a_name_gets_no_wording_until_offered(
        new_dossier: Dossier) -> None:
    assert new_dossier.consents.notices() == []
    assert len(purposes_without_wording(new_dossier)) == len(DEFAULT_PURPOSES)
    new_dossier.organisation.save(SHOP, undoable=False)
    added = add_drafted_wordings(new_dossier, purposes_without_wording(new_dossier))
    assert len(added) == 2 * len(DEFAULT_PURPOSES)
    assert purposes_without_wording(new_dossier) == []


def test_the_retention_is_the_linked_processings(new_dossier: Dossier) -> None:
    new_dossier.organisation.save(SHOP, undoable=False)
    newsletter = new_dossier.consents.purpose_by_code("newsletter")
    assert newsletter is not None
    draft = draft_wording(new_dossier, newsletter, "fr")
    assert "3 ans après mon dernier contact avec Fleurs de Lise" in draft.text
    assert GAP_RETENTION_TEMPLATE in draft.gaps and GAP_CONTACT not in draft.gaps
    processing = new_dossier.register.create(Processing(
        name="Lettre", retention=Retention(2, DurationUnit.YEARS, "end_of_relationship")))
    linked = new_dossier.consents.save_purpose(replace(newsletter,
                                                       processing_id=processing.id))
    draft = draft_wording(new_dossier, linked, "en")
    assert "2 years after my last purchase from Fleurs de Lise" in draft.text
    assert draft.gaps == ()


def test_a_second_wording_gets_the_next_version(new_dossier: Dossier) -> None:
    new_dossier.organisation.save(SHOP, undoable=False)
    sms = new_dossier.consents.purpose_by_code("sms")
    assert sms is not None
    add_drafted_wordings(new_dossier, [sms], languages=("fr",))
    again = add_drafted_wordings(new_dossier, [sms], languages=("fr",))
    assert again[0].version == "fr-2"


def test_an_older_dossier_is_offered_the_phone_canvassing_purpose(new_dossier: Dossier) -> None:
    phone = new_dossier.consents.purpose_by_code("phone")
    assert phone is not None
    new_dossier.consents.delete_purpose(int(phone.id or 0))
    assert missing_default_purposes(new_dossier) == ["phone"]
    added = add_default_purpose(new_dossier, "phone")
    assert added.label == "Démarchage téléphonique" and added.validity_months == 36
    assert missing_default_purposes(new_dossier) == []
