"""A consent whose date the source did not give has no renewal date counted from the
import: the proof says to ask again, and the person's statuses give no date."""

from __future__ import annotations

from pathlib import Path

from assistant.domain.consent import EventKind
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store.dossier import create_dossier
from tests.reports.test_proof import proof_pdf

SHOPIFY = Path(__file__).parents[1] / "exchange" / "fixtures" / "consent_layouts" / \
    "shopify-customers_export.csv"


def test_no_renewal_date_is_made_up_for_an_unknown_date(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as dossier:
        drive(import_consents(dossier, SHOPIFY))  # yes/no columns: no date of the choice
        subject = dossier.consents.find_subject(email="camille.martin@example.org")
        assert subject is not None
        other = dossier.consents.find_subject(email="sarah.cohen@example.org")
        assert other is not None
        sms_id = dossier.consents.purpose_by_code("sms").id  # type: ignore[union-attr]
        dossier.consents.record(other.id, sms_id, EventKind.GRANTED)  # dated: today
        sms = next(s for s in dossier.consents.statuses(subject.id) if s.purpose_code == "sms")
        dated = next(s for s in dossier.consents.statuses(other.id)
                     if s.purpose_code == "sms")
    assert sms.kind is EventKind.GRANTED and sms.date_unknown and sms.expires_at == ""
    assert dated.kind is EventKind.GRANTED and dated.expires_at  # a known date: counted
    text = " ".join(proof_pdf(path, subject.uid, "en").split())
    assert "ask again: the date of the consent is unknown" in text
    text = " ".join(proof_pdf(path, subject.uid, "fr").split())
    assert "à redemander : date du consentement inconnue" in text
