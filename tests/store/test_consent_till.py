"""Recording a person's choices for several purposes at once, with the wording shown, a
signature or a paper form number; the forms printed; what verify checks of them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.consent_wording import signature_in
from assistant.domain.findings import ValidationError
from assistant.domain.organisation import Organisation
from assistant.domain.progress import drive
from assistant.store.consent_repo import Choice
from assistant.store.dossier import Dossier, create_dossier
from assistant.store.errors import InUse
from assistant.store.verify import verify_dossier
from tests.consent_helpers import tiny_png

SHOP = Organisation(legal_name="Fleurs de Lise", email="bonjour@fleurs.example")


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "shop.rgpd", organisation=SHOP) as d:
        yield d


def ids(d: Dossier) -> dict[str, tuple[int, int]]:
    """purpose code -> (purpose id, id of its French wording)"""
    out = {}
    for p in d.consents.purposes():
        notice = d.consents.current_notice(int(p.id or 0), language="fr")
        assert notice is not None
        out[p.code] = (int(p.id or 0), int(notice.id or 0))
    return out


def test_three_purposes_in_one_transaction(shop: Dossier) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    events = shop.consents.record_choices(who.id, [
        Choice(w["newsletter"][0], EventKind.GRANTED, w["newsletter"][1]),
        Choice(w["sms"][0], EventKind.GRANTED, w["sms"][1]),
        Choice(w["loyalty"][0], EventKind.WITHDRAWN)], require_notice=True, recorded_by="Lise")
    assert [e.seq for e in events] == [1, 2, 3]
    assert [e.notice_version for e in events] == ["fr-1", "fr-1", ""]
    statuses = {s.purpose_code: s.kind for s in shop.consents.statuses(who.id)}
    assert statuses["newsletter"] is EventKind.GRANTED and statuses["phone"] is None


def test_one_bad_choice_records_none(shop: Dossier) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    with pytest.raises(ValidationError) as caught:
        shop.consents.record_choices(who.id, [
            Choice(w["newsletter"][0], EventKind.GRANTED, w["newsletter"][1]),
            Choice(w["sms"][0], EventKind.GRANTED, w["newsletter"][1])])
    assert [f.code for f in caught.value.findings] == ["notice_not_of_purpose"]
    assert shop.consents.event_count() == 0


def test_the_window_and_the_command_line_refuse_a_consent_without_its_wording(
        new_dossier: Dossier) -> None:
    who = new_dossier.consents.add_subject(Identity("lise@example.org"))
    with pytest.raises(ValidationError) as caught:
        new_dossier.consents.record(who.id, 1, EventKind.GRANTED, require_notice=True)
    assert [f.code for f in caught.value.findings] == ["notice_required"]
    # a withdrawal needs none; an import (require_notice False) may record one without
    new_dossier.consents.record(who.id, 1, EventKind.WITHDRAWN, require_notice=True)
    new_dossier.consents.record(who.id, 2, EventKind.GRANTED)
    assert new_dossier.consents.unworded_consents() == {2: 1}


def test_a_signature_is_kept_and_its_hash_is_inside_the_hashed_event(shop: Dossier) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    png = tiny_png(3)
    events = shop.consents.record_choices(
        who.id, [Choice(w["newsletter"][0], EventKind.GRANTED, w["newsletter"][1])],
        channel="in_store", channel_detail="customer_screen", signature_png=png)
    digest = hashlib.sha256(png).hexdigest()
    assert signature_in(events[0].evidence) == digest
    assert shop.consents.signature(digest) == png
    report = drive(verify_dossier(shop.path))
    assert report.sound and report.facts["signatures"] == "1"


@pytest.mark.parametrize("png,code", [(b"", "signature_empty"),
                                      (b"GIF89a....", "signature_not_png")])
def test_an_empty_or_foreign_signature_is_not_stored(shop: Dossier, png: bytes,
                                                     code: str) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    with pytest.raises(ValidationError) as caught:
        shop.consents.record_choices(
            who.id, [Choice(w["sms"][0], EventKind.GRANTED, w["sms"][1])], signature_png=png)
    assert caught.value.findings[0].code == code
    assert shop.conn.execute("SELECT count(*) FROM consent_signature").fetchone()[0] == 0
    assert shop.consents.event_count() == 0


def test_verify_names_a_changed_or_lost_signature(shop: Dossier, tmp_path: Path) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    png = tiny_png(5)
    shop.consents.record_choices(
        who.id, [Choice(w["sms"][0], EventKind.GRANTED, w["sms"][1])], signature_png=png)
    path = shop.path
    shop.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER consent_signature_is_fixed")
    conn.execute("UPDATE consent_signature SET png = ?", (tiny_png(6),))
    conn.commit()
    report = drive(verify_dossier(path))
    # the dropped trigger is itself named (verify compares the schema with its version's)
    assert [p.code for p in report.problems] == ["schema_missing", "signature_altered"]
    conn.execute("DELETE FROM consent_signature")
    conn.commit()
    conn.close()
    report = drive(verify_dossier(path))
    assert [p.code for p in report.problems] == ["schema_missing", "signature_missing"]


def test_erasing_the_person_removes_the_signature_and_the_chain_still_verifies(
        shop: Dossier) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    shop.consents.record_choices(
        who.id, [Choice(w["sms"][0], EventKind.GRANTED, w["sms"][1])], signature_png=tiny_png())
    shop.consents.erase_subject(who.id, reason="demande")
    assert shop.conn.execute("SELECT count(*) FROM consent_signature").fetchone()[0] == 0
    assert drive(verify_dossier(shop.path)).sound


def test_forms_printed_carry_their_wordings_after_a_new_version(shop: Dossier) -> None:
    forms = shop.consent_forms
    content = forms.content(["newsletter", "sms"], "fr")
    batch = forms.record_batch(range(1, 51), content, printed_by="Lise")
    assert batch is not None and batch.first == 1 and batch.last == 50
    newsletter = shop.consents.purpose_by_code("newsletter")
    assert newsletter is not None
    shop.consents.add_notice(int(newsletter.id or 0), "fr-2", "Nouveau texte.",
                             batch.printed_at[:10], language="fr")
    found = forms.batch_for(7)
    assert found is not None and found.wordings == content.wordings  # still fr-1
    assert forms.batch_for(51) is None
    assert forms.next_free_number() == 51
    # the same numbers with the new wording would make the number prove nothing
    newer = forms.content(["newsletter", "sms"], "fr")
    assert newer.wordings != content.wordings
    with pytest.raises(ValidationError) as caught:
        forms.record_batch(range(40, 60), newer)
    assert caught.value.findings[0].code == "form_numbers_taken"
    assert caught.value.findings[0].params["next"] == "0051"
    assert forms.record_batch(range(1, 51), content) is None  # printed again: nothing new
    assert len(forms.batches()) == 1
    # a purpose printed on forms is archived, never deleted
    sms = shop.consents.purpose_by_code("sms")
    assert sms is not None
    with pytest.raises(InUse):
        shop.consents.delete_purpose(int(sms.id or 0))


def test_form_content_refuses_unknown_purposes_and_missing_wordings(shop: Dossier) -> None:
    with pytest.raises(ValidationError) as caught:
        shop.consent_forms.content(["newsletter", "cakes"], "fr")
    assert [f.code for f in caught.value.findings] == ["form_unknown_purpose"]
    shop.consents.save_purpose(
        shop.consents.purpose_by_code("sms").__class__(None, "tastings", "Dégustations"))
    with pytest.raises(ValidationError) as caught:
        shop.consent_forms.content(["tastings"], "en")
    assert [f.code for f in caught.value.findings] == ["form_no_wording"]


def test_a_paper_form_recorded_twice_is_found(shop: Dossier) -> None:
    who = shop.consents.add_subject(Identity("lise@example.org"))
    w = ids(shop)
    assert shop.consents.form_entries(7) == []
    shop.consents.record_choices(
        who.id, [Choice(w["sms"][0], EventKind.GRANTED, w["sms"][1])], channel="paper",
        evidence="formulaire n° 0007", form_number=7)
    entries = shop.consents.form_entries(7)
    assert [(e.number, e.subject_id, e.kind) for e in entries] == [
        (7, who.id, EventKind.GRANTED)]


def test_current_wording_in_a_language(shop: Dossier) -> None:
    newsletter = shop.consents.purpose_by_code("newsletter")
    assert newsletter is not None
    pid = int(newsletter.id or 0)
    english = shop.consents.current_notice(pid, language="en")
    assert english is not None and english.language == "en"
    tastings = shop.consents.save_purpose(newsletter.__class__(None, "tastings", "Tastings"))
    shop.consents.add_notice(int(tastings.id or 0), "fr-1", "Texte.", "2020-01-01")
    fallback = shop.consents.current_notice(int(tastings.id or 0), language="en")
    assert fallback is not None and fallback.language == "fr"


def test_the_action_plan_lists_consents_recorded_without_their_wording(shop: Dossier) -> None:
    from assistant.store.guide_snapshot import build_snapshot

    who = shop.consents.add_subject(Identity("lise@example.org"))
    sms = shop.consents.purpose_by_code("sms")
    assert sms is not None
    assert build_snapshot(shop).unworded_consents == {}
    shop.consents.record(who.id, int(sms.id or 0), EventKind.GRANTED)  # as an import may
    assert dict(build_snapshot(shop).unworded_consents or {}) == {sms.id: (sms.label, 1)}
