"""The consent ledger in the store: purposes, people, events, erasure, verify."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity, Purpose
from assistant.domain.findings import ValidationError
from assistant.domain.processing import LegalBasis, Processing
from assistant.domain.progress import drive
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.errors import InUse
from assistant.store.verify import verify_dossier
from tests.consent_helpers import tamper_quietly


def person(d: Dossier, n: int = 1, **kw: str):  # type: ignore[no-untyped-def]
    identity = Identity(kw.get("email", f"p{n}@example.org"), kw.get("ref", f"C-{n}"),
                        kw.get("first", "Łukasz"), kw.get("last", "Ødegaard"), "")
    return d.consents.add_subject(identity)


def verify(path: Path, head: str = ""):  # type: ignore[no-untyped-def]
    return drive(verify_dossier(path, head=head))


def test_new_dossiers_have_the_five_default_purposes(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "fr.rgpd", language="fr") as d:
        assert [p.code for p in d.consents.purposes()] == ["newsletter", "sms", "partners",
                                                           "loyalty", "phone"]
        assert d.consents.purpose_by_code("phone").label == \
            "Démarchage téléphonique"  # type: ignore[union-attr]
        assert d.consents.purpose_by_code("sms").label == "Offres par SMS"  # type: ignore[union-attr]
    with create_dossier(tmp_path / "en.rgpd", language="en") as d:
        assert d.consents.purpose_by_code("loyalty").label == "Loyalty programme"  # type: ignore[union-attr]


def test_record_withdraw_status_and_history(new_dossier: Dossier) -> None:
    c = new_dossier.consents
    p = person(new_dossier)
    notice = c.add_notice(1, "v1", "J'accepte la lettre.", "2024-01-01")
    c.record(p.id, 1, EventKind.GRANTED, occurred_at="2025-01-01T10:00:00Z", channel="paper",
             notice_id=notice.id, evidence="Bulletin 12", recorded_by="Camille")
    c.record(p.id, 1, EventKind.WITHDRAWN, occurred_at="2025-06-01T10:00:00Z", channel="email")
    # an older event recorded later does not change the current state
    c.record(p.id, 1, EventKind.GRANTED, occurred_at="2024-06-01T10:00:00Z")
    status = {s.purpose_code: s for s in c.statuses(p.id)}
    assert status["newsletter"].kind is EventKind.WITHDRAWN
    assert status["sms"].kind is None
    history = c.history(p.id)
    assert [h.kind for h in history] == [EventKind.GRANTED, EventKind.GRANTED,
                                         EventKind.WITHDRAWN]
    assert history[1].notice_text == "J'accepte la lettre." and history[1].evidence == "Bulletin 12"
    summary = {s.code: s for s in c.purpose_summary()}
    assert summary["newsletter"].withdrawn == 1 and summary["newsletter"].granted == 0
    assert c.chain_head().count == 3


def test_bad_events_are_refused_and_write_nothing(new_dossier: Dossier) -> None:
    c = new_dossier.consents
    p = person(new_dossier)
    for kwargs in ({"occurred_at": "2999-01-01T00:00:00Z"}, {"occurred_at": "31/02/2025"},
                   {"channel": "pigeon"}, {"evidence": "a\u202eb"}):
        with pytest.raises(ValidationError):
            c.record(p.id, 1, EventKind.GRANTED, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        c.record(p.id, 99, EventKind.GRANTED)
    assert c.chain_head().count == 0
    with pytest.raises(ValidationError) as caught:
        c.add_subject(Identity(email="not-an-email"))
    assert caught.value.findings[0].code == "invalid_email"
    with pytest.raises(ValidationError):
        c.add_subject(Identity(first_name="No email nor reference"))
    with pytest.raises(ValidationError):
        person(new_dossier, 2, email="p1@example.org")  # already someone's email


def test_the_ledger_refuses_update_and_delete(new_dossier: Dossier) -> None:
    c = new_dossier.consents
    p = person(new_dossier)
    c.record(p.id, 1, EventKind.GRANTED)
    for sql in ("UPDATE consent_event SET kind = 'withdrawn'", "DELETE FROM consent_event",
                "DELETE FROM subject", "UPDATE subject SET uid = 'x'",
                "UPDATE consent_purpose SET code = 'other'"):
        with pytest.raises(sqlite3.IntegrityError, match=r"append-only|never|cannot"):
            new_dossier.conn.execute(sql)
    notice = c.add_notice(1, "v1", "Texte", "2024-01-01")
    with pytest.raises(sqlite3.IntegrityError):
        new_dossier.conn.execute("UPDATE notice_version SET text = 'autre' WHERE id = ?",
                                 (notice.id,))


def test_erasure_removes_the_identity_and_the_chain_still_verifies(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        p = person(d, first="Łukasz", last="Kowalski", email="lukasz@example.org")
        other = person(d, 2, first="Anne")
        d.consents.record(p.id, 1, EventKind.GRANTED)
        d.consents.record(other.id, 2, EventKind.GRANTED)
        assert d.consents.search("lukasz") == [p.id]
        event = d.consents.erase_subject(p.id, reason="demande du 12/03", recorded_by="Camille")
        assert event.kind is EventKind.ERASED
        erased = d.consents.subject(p.id)
        assert erased is not None and erased.erased and erased.identity == Identity()
        assert d.consents.search("lukasz") == []
        assert d.consents.find_subject(email="lukasz@example.org") is None
        assert {s.kind for s in d.consents.statuses(p.id) if s.kind} == {EventKind.ERASED}
        with pytest.raises(ValidationError):
            d.consents.record(p.id, 1, EventKind.GRANTED)
        with pytest.raises(ValidationError):
            d.consents.erase_subject(p.id)
        head = d.consents.chain_head()
    assert b"Kowalski" not in path.read_bytes()
    report = verify(path, head.hash)
    assert report.sound, report.problems
    assert report.facts["consent_events"] == "3"


def tamper(path: Path, *statements: str) -> None:
    tamper_quietly(path, *statements, triggers=(
        "consent_event_no_update", "consent_event_no_delete", "subject_uid_is_fixed"))


@pytest.fixture
def ledger(tmp_path: Path) -> tuple[Path, str, str]:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        people = [person(d, n) for n in range(1, 6)]
        for p in people:
            d.consents.record(p.id, 1, EventKind.GRANTED)
        middle = d.consents.chain_head().hash
        for p in people:
            d.consents.record(p.id, 2, EventKind.GRANTED)
        head = d.consents.chain_head().hash
    return path, middle, head


@pytest.mark.parametrize("statements,code,seq", [
    (["UPDATE consent_event SET occurred_at = occurred_at - 86400000000 WHERE seq = 4"],
     "chain_hash", "4"),
    (["UPDATE subject SET uid = 'ffffffffffffffffffffffffffffffff' WHERE id = 2"],
     "chain_hash", "2"),
    (["DELETE FROM consent_event WHERE seq = 6"], "chain_gap", "7"),
    # an event copied in after itself: its hash covers its own place in the chain
    (["UPDATE consent_event SET seq = seq + 100 WHERE seq >= 3",
      "UPDATE consent_event SET seq = seq - 99 WHERE seq >= 103",
      "INSERT INTO consent_event SELECT 3, scheme, subject_id, identity_hash, purpose_id, kind, "
      "occurred_at, date_unknown, channel, channel_detail, notice_id, evidence, batch_id, "
      "source_line, hash FROM consent_event WHERE seq = 2"],
     "chain_hash", "3"),
    (["UPDATE consent_event SET hash = x'" + "a" * 64 + "' WHERE seq = 10"], "chain_hash", "10"),
])
def test_verify_names_the_first_event_that_fails(ledger: tuple[Path, str, str],
                                                 statements: list[str], code: str,
                                                 seq: str) -> None:
    path = ledger[0]
    assert verify(path).sound
    tamper(path, *statements)
    report = verify(path)
    assert not report.sound
    assert report.problems[0].code == code
    assert report.problems[0].params["seq"] == seq


def test_verify_head_catches_the_removal_of_the_newest_events(
        ledger: tuple[Path, str, str]) -> None:
    path, middle, head = ledger
    assert verify(path, head).sound
    assert verify(path, middle[:20]).facts["head_found"] == "5"
    tamper(path, "DELETE FROM consent_event WHERE seq > 7")
    # the chain itself looks whole; the statuses still name the removed events
    assert [p.code for p in verify(path).problems] == ["status_unsupported"]
    report = verify(path, head)
    assert [p.code for p in report.problems] == ["head_not_found", "status_unsupported"]
    assert verify(path, "zz").problems[0].code == "head_malformed"


def test_the_head_of_an_empty_ledger_is_in_every_chain(ledger: tuple[Path, str, str],
                                                       tmp_path: Path) -> None:
    """A PDF of a dossier with no event yet prints 64 zeros: verify accepts it, and says it
    proves nothing, on that dossier and once events are recorded."""
    empty = tmp_path / "empty.rgpd"
    create_dossier(empty).close()
    for path in (empty, ledger[0]):
        report = verify(path, "0" * 64)
        assert report.sound and "head_found" not in report.facts
        assert report.facts["head_empty"] == "0" * 64
    assert verify(ledger[0], "0" * 16).sound


def test_an_altered_wording_is_found(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        d.consents.add_notice(1, "v1", "Texte d'origine", "2024-01-01")
    tamper_quietly(path, "UPDATE notice_version SET text = 'Texte changé'",
                   triggers=("notice_version_is_fixed",))
    assert [p.code for p in verify(path).problems] == ["notice_altered"]
    # the trigger left dropped is itself named
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER notice_version_is_fixed")
    conn.commit()
    conn.close()
    assert [p.code for p in verify(path).problems] == ["schema_missing", "notice_altered"]


def test_a_processing_that_a_purpose_uses_cannot_be_deleted(new_dossier: Dossier) -> None:
    processing = new_dossier.register.create(Processing(name="Newsletter",
                                                        legal_basis=LegalBasis.CONSENT))
    assert processing.id is not None
    assert new_dossier.consents.consent_processing_gaps() == [
        (processing.id, "Newsletter", "no_purpose")]
    purpose = new_dossier.consents.purpose_by_code("newsletter")
    assert purpose is not None
    new_dossier.consents.save_purpose(replace(purpose, processing_id=processing.id))
    assert new_dossier.consents.consent_processing_gaps()[0][2] == "no_notice"
    with pytest.raises(InUse) as caught:
        new_dossier.register.delete([processing.id])
    assert "consent purposes belong to it" in str(caught.value.params["detail"])
    assert new_dossier.register.get(processing.id) is not None
    from assistant.content.messages import messages

    assert "finalités de consentement" in messages("fr").exception(caught.value)


def test_purposes_edit_with_undo_and_codes_are_fixed(new_dossier: Dossier) -> None:
    c = new_dossier.consents
    created = c.save_purpose(Purpose(None, "cakes", "Gâteaux du dimanche"), label="new")
    assert c.purpose_by_code("cakes") is not None
    new_dossier.undo.undo()
    assert c.purpose_by_code("cakes") is None
    new_dossier.undo.redo()
    assert c.purpose_by_code("cakes") is not None
    with pytest.raises(ValidationError):
        c.save_purpose(replace(created, code="pies"))
    with pytest.raises(ValidationError):
        c.save_purpose(Purpose(None, "Bad Code!", "x"))
    with pytest.raises(ValidationError):
        c.save_purpose(Purpose(None, "newsletter", "again"))


def test_search_is_case_and_accent_insensitive(new_dossier: Dossier) -> None:
    c = new_dossier.consents
    ids = {name: person(new_dossier, n, first=first, last=last).id
           for n, (name, first, last) in enumerate([
               ("l", "Łukasz", "Wiśniewski"), ("o", "Martin", "Ødegaard"),
               ("n", "Văn An", "Nguyễn"), ("g", "Νίκος", "Παπαδόπουλος")])}
    assert c.search("lukasz") == [ids["l"]]
    assert c.search("ODEGAARD") == [ids["o"]]
    assert c.search("nguyen") == [ids["n"]]
    assert c.search("παπαδ") == [ids["g"]]
    assert c.search("van nguy") == [ids["n"]]
    assert c.search("C-1") == [ids["o"]]
    assert c.search("p3@example") == [ids["g"]]
    assert c.search("zzz") == []


def test_flags_consents_to_renew_and_people_past_retention(new_dossier: Dossier) -> None:
    from assistant.domain.processing import DurationUnit, Retention

    c = new_dossier.consents
    processing = new_dossier.register.create(Processing(
        name="Newsletter", retention=Retention(3, DurationUnit.YEARS)))
    purpose = c.purpose_by_code("newsletter")
    assert purpose is not None
    c.save_purpose(replace(purpose, processing_id=processing.id, validity_months=24))
    old, recent = person(new_dossier, 1), person(new_dossier, 2)
    c.record(old.id, 1, EventKind.GRANTED, occurred_at="2020-01-01T00:00:00Z")
    c.record(recent.id, 1, EventKind.GRANTED)
    assert [(s, p) for s, p, _ in c.consents_to_renew()] == [(old.id, 1)]
    assert [s for s, _ in c.past_retention()] == [old.id]
    assert {s.code: s.to_renew for s in c.purpose_summary()}["newsletter"] == 1


def test_reopened_dossier_keeps_the_ledger(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        d.consents.record(person(d).id, 1, EventKind.GRANTED)
        head = d.consents.chain_head()
    with open_dossier(path, read_only=True) as d:
        assert d.consents.chain_head() == head


def test_verify_builds_each_events_canonical_form_as_the_ledger_does(demo_copy: Path) -> None:
    """verify has SQLite write the canonical text; it must be canonical()'s, byte for byte,
    for every kind of event: typed in, imported, with and without a wording, an erasure."""
    from assistant.domain.consent import canonical
    from assistant.store.consent_repo import event_from_row
    from assistant.store.consent_verify import chain_select

    with open_dossier(demo_copy) as d:
        c = d.consents
        greek = c.add_subject(Identity("", "Ν-7", "Νίκος", "Παπαδόπουλος", "+30 21 0000"))
        newsletter = c.purpose_by_code("newsletter")
        assert newsletter is not None and newsletter.id is not None
        c.record(greek.id, newsletter.id, EventKind.GRANTED,  # type: ignore[arg-type]
                 evidence="Formulaire n° 12 — Łódź « oui »", recorded_by="Zoé")
        c.erase_subject(greek.id, reason="Art. 17")  # type: ignore[arg-type]
        source = demo_copy.parent / "import.csv"
        source.write_text("courriel;nom;finalite;statut;date;version_mention\r\n"
                          "ola@example.pl;Wiśniewska;newsletter;oui;03/02/2025;v1\r\n"
                          "ola@example.pl;Wiśniewska;sms;non;04/02/2025 10:30;\r\n",
                          encoding="utf-8")
        from assistant.exchange.consent_import import import_consents

        assert drive(import_consents(d, source)).events_added == 2
        events = [event_from_row(r) for r in c.events()]
        kinds = {str(e.kind) for e in events}
        assert {"granted", "withdrawn", "erased"} <= kinds
        assert any(e.source_line for e in events) and any(e.notice_version for e in events)
        rows = d.conn.execute(chain_select(d.conn), (0, len(events) + 10)).fetchall()
        # the stored row holds no previous hash: verify writes it in after the second field
        made = [r[4][:(at := r[4].index(b"\x1f", r[4].index(b"\x1f") + 1) + 1)]
                + e.prev_hash.encode() + r[4][at:] for r, e in zip(rows, events, strict=True)]
        assert made == [canonical(e.fields()[:]) for e in events]
    assert verify(demo_copy).sound


def test_a_choice_cannot_cite_a_wording_not_yet_in_effect(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "shop.rgpd") as d:
        notice = d.consents.add_notice(1, "v9", "Texte de 2026", "2026-01-03")
        person = d.consents.add_subject(Identity(email="ann@example.org"))
        with pytest.raises(ValidationError) as caught:
            d.consents.record(person.id, 1, EventKind.GRANTED,
                              occurred_at="2024-05-10T10:00:00Z", notice_id=notice.id)
        assert [f.code for f in caught.value.findings] == ["notice_not_yet_in_effect"]
        assert caught.value.findings[0].params == {"version": "v9", "from": "2026-01-03",
                                                   "date": "2024-05-10"}
        assert d.consents.history(person.id) == []
        d.consents.record(person.id, 1, EventKind.GRANTED,
                          occurred_at="2026-01-03T10:00:00Z", notice_id=notice.id)
