"""One person's proof of consent as PDF: identity, every event with every hashed value, the
wording shown with its SHA-256, the chain head, and what the hashes prove."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import decode_text

from assistant.domain.consent import event_hash
from assistant.domain.findings import ValidationError
from assistant.domain.progress import drive
from assistant.reports.area_data import read_proof
from assistant.reports.builder import ExportOptions, export_pdf, render_pdf
from assistant.reports.context import ReportContext
from assistant.reports.snapshot import take_snapshot
from assistant.store.dossier import open_dossier
from tests.reports.conftest import DAY, flat, pages_text, stream_text


def proof_pdf(demo_file: Path, uid: str, lang: str = "en") -> str:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier, day=DAY, subject=uid)
    return stream_text(drive(render_pdf(snap, ExportOptions(
        kind="consent-proof", lang=lang, date=DAY, subject_id=uid))))  # type: ignore[arg-type]


def person_with_wording(demo_file: Path):  # type: ignore[no-untyped-def]
    """A person who withdrew a consent (two events at least, one with a wording)."""
    with open_dossier(demo_file, read_only=True) as dossier:
        c = dossier.consents
        for sid in range(1, c.subject_count() + 1):
            history = c.history(sid)
            kinds = {h.kind.value for h in history}
            if {"granted", "withdrawn"} <= kinds:
                return c.subject(sid), history, [c.event(h.seq) for h in history], \
                    c.chain_head()
    raise AssertionError("the demo has nobody who withdrew")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_event_with_every_hashed_value(demo_file: Path, lang: str) -> None:
    subject, history, events, head = person_with_wording(demo_file)
    text = proof_pdf(demo_file, subject.uid, lang)
    c = ReportContext(lang, DAY)  # type: ignore[arg-type]
    assert subject.uid in text and flat(subject.identity.display_name) in text
    assert subject.identity.customer_ref in text
    for entry, event in zip(history, events, strict=True):
        assert event is not None
        title = c.t("proof_event_title", seq=event.seq, moment=c.moment_text(event.occurred_at),
                    choice=c.t(f"choice_{event.kind.value}"), purpose=entry.purpose_label)
        assert flat(title) in text
        # every value the hash covers is printed, so it can be recomputed from the paper
        for value in event.fields():
            if value not in (None, ""):
                assert flat(str(value)) in text, value
        assert event_hash(event.fields()) == event.hash
        if entry.notice_text:
            assert flat(entry.notice_text) in text and entry.notice_sha256 in text
    assert text.count(flat(c.t("proof_hash_ok"))) == len(events)
    assert text.count(flat(c.t("proof_link_ok"))) == len(events)
    # the chain head at the export, with the command to check it later
    assert f"verify DOSSIER.rgpd --head {head.hash}" in text
    for key in ("check_wording", "check_event", "check_chain", "check_identity",
                "check_limits"):
        assert flat(c.t(key))[:80] in text, key
    assert "'rgpd-consent/1', seq, prev_hash, subject, identity_hash" in text


def test_an_erased_person_shows_no_identity(demo_file: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        erased = next(s for s in (dossier.consents.subject(i) for i in range(
            1, dossier.consents.subject_count() + 1)) if s is not None and s.erased)
    text = proof_pdf(demo_file, erased.uid)
    assert "erased on" in text and "Identity erased (erased)" in text
    assert "Customer reference" not in text and "@" not in text.split("Subject id")[1][:400]


def test_a_record_altered_in_the_file_is_shown_as_not_matching(demo_file: Path) -> None:
    subject, *_ = person_with_wording(demo_file)
    with open_dossier(demo_file, read_only=True) as dossier:
        proof = read_proof(dossier, subject.uid)
        snap = take_snapshot(dossier, day=DAY, subject=subject.uid)
    forged = replace(proof, events=(replace(proof.events[0], hash_matches=False,
                                            link_matches=False), *proof.events[1:]))
    snap = replace(snap, extra={**snap.extra, "proof": forged})
    text = stream_text(drive(render_pdf(snap, ExportOptions(
        kind="consent-proof", lang="en", date=DAY, subject_id=subject.uid))))
    assert "IT DOES NOT MATCH (the record was altered)" in text
    assert "IT IS NOT THE HASH OF THE EVENT BEFORE IT" in text


def test_the_proof_needs_a_known_person_and_writes_nothing_otherwise(
        demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="subject id"):
        ExportOptions(kind="consent-proof").chosen()
    with pytest.raises(ValueError, match="consent-proof"):
        ExportOptions(subject_id="ab" * 16).chosen()
    target = tmp_path / "p.pdf"
    with open_dossier(demo_file, read_only=True) as dossier, \
            pytest.raises(ValidationError) as caught:
        drive(export_pdf(dossier, target, ExportOptions(kind="consent-proof",
                                                        subject_id="f" * 32)))
    assert caught.value.findings[0].code == "proof_person_missing"
    assert list(tmp_path.iterdir()) == []


def test_the_proof_document_has_its_own_cover_and_metadata(demo_file: Path) -> None:
    subject, *_ = person_with_wording(demo_file)
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier, day=DAY, subject=subject.uid)
    data = drive(render_pdf(snap, ExportOptions(kind="consent-proof", lang="fr", date=DAY,
                                                subject_id=subject.uid)))
    first = flat(pages_text(data)[0])
    assert "Preuve du consentement" in first and subject.uid in first
    assert "fuseau horaire Europe/Paris" in first
    info = PDFDocument(PDFParser(io.BytesIO(data))).info[0]
    assert decode_text(info["Subject"]).startswith("L'historique des consentements")
    assert decode_text(info["Title"]).startswith("Preuve du consentement")
    again = drive(render_pdf(snap, ExportOptions(kind="consent-proof", lang="fr", date=DAY,
                                                 subject_id=subject.uid)))
    assert again == data  # reproducible, like the other documents
