"""The answer to each kind of rights request: every item its article requires (the content's
checklists), the access pack holds the person's data and nobody else's, the portability file
validates against its schema, an erasure letter says what was kept and why, and the request's
evidence carries the answer's SHA-256. And every bad input refused with its reason."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from pdfminer.high_level import extract_text

from assistant.content.answers import answer_words
from assistant.domain.consent import EventKind, Identity
from assistant.domain.findings import ValidationError
from assistant.domain.letter import plain_text
from assistant.domain.processing import LegalBasis, Processing, ProcessingStatus, Retention
from assistant.domain.progress import drive
from assistant.domain.request_answer import AnswerKind, IdentityMethod, IdentityProof
from assistant.domain.rights_request import IdentityCheck, Outcome, Right, RightsRequest
from assistant.paths import resources_dir
from assistant.reports.answers.letters import AnswerOptions
from assistant.reports.answers.pack import plan_answer, render_files, write_answer
from assistant.store.dossier import create_dossier

DAY = dt.date(2026, 3, 20)
RECEIVED = "2026-03-02"


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A shop with a customer processing, two people in the ledger (the requester and
    someone else), and one request of each right."""
    from assistant.domain.organisation import Organisation

    d = create_dossier(tmp_path / "shop.rgpd", language="fr")
    d.organisation.save(Organisation(legal_name="Fleurs de Zoé", city="Lyon",
                                     address="3 place Bellecour", postcode="69002",
                                     email="contact@fleurs.example"))
    d.register.create(Processing(
        "Fichier clients", status=ProcessingStatus.ACTIVE, purposes=("Suivre les commandes",),
        legal_basis=LegalBasis.CONTRACT, data_subjects=("customers",),
        retention=Retention(3, None, note="3 ans après le dernier achat"),
        data_source="data_subject"))
    d.register.create(Processing(
        "Comptabilité", status=ProcessingStatus.ACTIVE, purposes=("Tenir les comptes",),
        legal_basis=LegalBasis.LEGAL_OBLIGATION, legal_basis_detail="Code de commerce L123-22",
        data_subjects=("customers",), retention=Retention(note="10 ans"),
        data_source="data_subject"))
    c = d.consents
    newsletter = c.purpose_by_code("newsletter")
    assert newsletter is not None
    notice = c.add_notice(int(newsletter.id or 0), "v1", "J'accepte la lettre d'information.",
                 "2026-01-01")
    me = c.add_subject(Identity("jan@poczta.example", "C-7", "Jan", "Kowalski", "0612345678"))
    other = c.add_subject(Identity("eve@autre.example", "C-8", "Ève", "Autre", "0699999999"))
    for who in (me, other):
        c.record(who.id, int(newsletter.id or 0), EventKind.GRANTED, channel="in_store",
                 recorded_by="Julie (vendeuse)", evidence="bulletin n° 12",
                 notice_id=int(notice.id or 0))
    ids = {}
    for right in Right:
        if right is Right.OTHER:
            continue
        r = d.requests.create(RightsRequest(right, RECEIVED, "Jan Kowalski",
                                            requester_contact="jan@poczta.example",
                                            received_via="email", right_detail=""))
        ids[right] = int(r.id or 0)
        d.request_links.link(ids[right], me.id)
    yield d, ids, me, other
    d.close()


def options(kind: AnswerKind, lang: str = "fr", **more: object) -> AnswerOptions:
    return AnswerOptions(kind, lang=lang, day=DAY, **more)  # type: ignore[arg-type]


def checked(d, rid: int) -> IdentityProof:  # type: ignore[no-untyped-def]
    return IdentityProof(rid, IdentityMethod.EMAIL_ON_FILE, DAY.isoformat(), "même adresse")


CASES = [
    (Right.ACCESS, AnswerKind.ACCESS),
    (Right.PORTABILITY, AnswerKind.PORTABILITY),
    (Right.RECTIFICATION, AnswerKind.RECTIFICATION),
    (Right.ERASURE, AnswerKind.ERASURE),
    (Right.OBJECTION, AnswerKind.OBJECTION),
    (Right.CONSENT_WITHDRAWAL, AnswerKind.WITHDRAWAL),
    (Right.ACCESS, AnswerKind.ACKNOWLEDGMENT),
    (Right.ACCESS, AnswerKind.REFUSAL),
    (Right.ACCESS, AnswerKind.EXTENSION),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("right", "kind"), CASES, ids=[k.value for _, k in CASES])
def test_every_letter_names_every_item_its_article_requires(shop, right: Right,  # type: ignore[no-untyped-def]
                                                            kind: AnswerKind,
                                                            lang: str) -> None:
    d, ids, _me, _other = shop
    rid = ids[right]
    more: dict[str, object] = {}
    if kind is AnswerKind.EXTENSION:
        more["extension_reason"] = "votre demande porte sur dix ans d'achats"
    if kind is AnswerKind.RECTIFICATION:
        more["changes"] = (("phone", "0611111111"),)
    if kind is AnswerKind.ERASURE:
        d.request_links.erase(rid, recorded_by="Zoé")
    if kind in (AnswerKind.WITHDRAWAL, AnswerKind.OBJECTION):
        d.request_links.withdraw(rid, recorded_by="Zoé")
    plan = plan_answer(d, rid, options(kind, lang, **more), identity=checked(d, rid))
    checklist = answer_words(lang).checklist(kind.value)  # type: ignore[arg-type]
    missing = checklist.codes() - plan.letter.covered()
    assert not missing, f"{kind.value} letter lacks {missing}"
    text = plain_text(plan.letter)
    for block in plan.letter.body:
        if block.covers:  # every part that answers an item is really printed
            first = block.items[0] if hasattr(block, "items") else block.text
            assert first.split("\n")[0] in text


def test_every_checklist_item_has_a_source_in_both_languages() -> None:
    for lang in ("fr", "en"):
        words = answer_words(lang)  # type: ignore[arg-type]
        for kind in AnswerKind:
            checklist = words.checklist(kind.value)
            assert checklist.source and checklist.items
            for item in checklist.items:
                assert item.label and ("RGPD" in item.source or "GDPR" in item.source)


def test_the_access_pack_holds_the_person_and_nobody_else(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d, ids, me, other = shop
    rid = ids[Right.ACCESS]
    proof = checked(d, rid)
    plan = plan_answer(d, rid, options(AnswerKind.ACCESS), identity=proof)
    data = drive(render_files(plan))
    copy = extract_text(io.BytesIO(data[dict(plan.names)["copy"]]))
    letter = plain_text(plan.letter)
    for words in ("Jan", "Kowalski", "jan@poczta.example", "C-7", me.uid,
                  "J'accepte la lettre d'information.", "bulletin n° 12"):
        assert words in copy.replace("\n", " ") or words in copy, words
    other_event = d.consents.history(other.id)[0]
    for words in ("Ève", "eve@autre.example", "C-8", other.uid, "0699999999",
                  "Julie (vendeuse)", other_event.hash):
        assert words not in copy and words not in letter, words
    sha = hashlib.sha256(b"J'accepte la lettre d'information.").hexdigest()
    assert sha in copy.replace("\n", "")
    assert "Fichier clients" in letter and "Suivre les commandes" in letter


def test_portability_json_validates_and_holds_only_what_was_provided(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.PORTABILITY]
    plan = plan_answer(d, rid, options(AnswerKind.PORTABILITY), identity=checked(d, rid))
    data = drive(render_files(plan))
    names = dict(plan.names)
    document = json.loads(data[names["json"]])
    schema = json.loads((resources_dir() / "schema" / "portability.schema.json").read_text())
    jsonschema.validate(document, schema)
    assert json.loads(data[names["schema"]]) == schema
    assert document["person"]["email"] == "jan@poczta.example"
    assert [c["purpose"] for c in document["consents"]] == ["newsletter"]
    assert "eve@autre.example" not in data[names["csv"]].decode("utf-8-sig")
    header = data[names["csv"]].decode("utf-8-sig").splitlines()[0]
    assert header == "email;customer_ref;first_name;last_name;phone;purpose;status;date;" \
                     "channel;notice_version"  # Excel's form: ";" (and a BOM, CRLF)
    assert "Julie" not in data[names["json"]].decode()


def test_the_portability_csv_imports_back(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.exchange.consent_import import import_consents

    d, ids, _me, _other = shop
    rid = ids[Right.PORTABILITY]
    plan = plan_answer(d, rid, options(AnswerKind.PORTABILITY), identity=checked(d, rid))
    data = drive(render_files(plan))
    csv_file = tmp_path / "port.csv"
    csv_file.write_bytes(data[dict(plan.names)["csv"]])
    with create_dossier(tmp_path / "other-shop.rgpd") as fresh:
        # the import needs the wording the file names: a shop with the same newsletter
        newsletter = fresh.consents.purpose_by_code("newsletter")
        fresh.consents.add_notice(int(newsletter.id or 0), "v1",
                                  "J'accepte la lettre d'information.", "2026-01-01")
        drive(import_consents(fresh, csv_file))
        person = fresh.consents.find_subject(email="jan@poczta.example")
        assert person is not None and person.identity.last_name == "Kowalski"


def test_an_erasure_letter_says_what_was_kept_and_why(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.ERASURE]
    d.request_links.erase(rid, recorded_by="Zoé")
    plan = plan_answer(d, rid, options(AnswerKind.ERASURE))
    text = plain_text(plan.letter)
    assert "Code de commerce, art. L123-22" in text or "L123-22" in text
    assert "10 ans" in text
    assert "Comptabilité" in text  # the register's legal obligation
    assert "sans vos nom ni coordonnées" in text  # the proof of consent, kept unlinked
    link = d.request_links.get(rid)
    assert answer_words("fr").day(link.erased_at[:10]) in text
    nothing = plan_answer(d, rid, options(AnswerKind.ERASURE, kept=()))
    assert "Nous ne conservons aucune autre donnée" in plain_text(nothing.letter)


def test_the_request_evidence_carries_the_answers_hash(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    proof = checked(d, rid)
    plan = plan_answer(d, rid, options(AnswerKind.ACCESS, channel="email"), identity=proof)
    written = drive(write_answer(d, plan, tmp_path / "out", identity=proof))
    letter = tmp_path / "out" / written.files[0].name
    digest = hashlib.sha256(letter.read_bytes()).hexdigest()
    request = d.requests.get(rid)
    assert digest in request.answer_evidence
    assert request.answered_on == DAY.isoformat()
    assert request.answer_outcome is Outcome.FULFILLED
    assert request.identity_check is IdentityCheck.VERIFIED
    filed = d.request_answers.answers(rid)
    assert [(a.kind, a.version, a.channel, a.sent_on) for a in filed] == [
        (AnswerKind.ACCESS, 1, "email", DAY.isoformat())]
    assert {f.name: f.sha256 for f in filed[0].files} == {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in written.paths}
    assert d.request_answers.identity(rid).method is IdentityMethod.EMAIL_ON_FILE


def test_an_answered_request_offers_its_earlier_answer_and_versions_the_next(  # type: ignore[no-untyped-def]
        shop, tmp_path: Path) -> None:
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    proof = checked(d, rid)
    first = plan_answer(d, rid, options(AnswerKind.ACCESS), identity=proof)
    drive(write_answer(d, first, tmp_path, identity=proof))
    second = plan_answer(d, rid, options(AnswerKind.ACCESS))
    assert second.version == 2 and [a.version for a in second.earlier] == [1]
    assert all("-v2-" in name for _, name in second.names)
    drive(write_answer(d, second, tmp_path))
    assert [a.version for a in d.request_answers.answers(rid)] == [1, 2]


def test_an_existing_file_is_refused_and_nothing_written(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.errors import OutputExists

    d, ids, _me, _other = shop
    rid = ids[Right.ERASURE]
    plan = plan_answer(d, rid, options(AnswerKind.ACKNOWLEDGMENT))
    out = tmp_path / "out"
    out.mkdir()
    (out / plan.names[1][1]).write_text("mine")
    with pytest.raises(OutputExists):
        drive(write_answer(d, plan, out))
    assert sorted(p.name for p in out.iterdir()) == [plan.names[1][1]]
    assert d.request_answers.answers(rid) == []
    drive(write_answer(d, plan, out, overwrite=True))
    assert len(d.request_answers.answers(rid)) == 1


def refusal(d, rid: int, kind: AnswerKind, **more: object) -> list[str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        plan_answer(d, rid, options(kind, **more))
    return [f.code for f in caught.value.findings]


def test_a_pack_of_the_wrong_kind_is_refused(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    assert refusal(d, ids[Right.ERASURE], AnswerKind.PORTABILITY) == ["answer_wrong_kind",
                                                                      "answer_identity_first"]
    assert refusal(d, ids[Right.ACCESS], AnswerKind.ERASURE) == ["answer_wrong_kind"]


def test_data_is_not_given_out_before_the_identity_is_checked(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    assert refusal(d, ids[Right.ACCESS], AnswerKind.ACCESS) == ["answer_identity_first"]
    request = d.requests.get(ids[Right.ACCESS])
    d.requests.update(RightsRequest(**{**request.__dict__,
                                       "identity_check": IdentityCheck.NOT_NEEDED}))
    assert plan_answer(d, ids[Right.ACCESS], options(AnswerKind.ACCESS)).version == 1


def ids_access(d) -> int:  # type: ignore[no-untyped-def]
    """A linked access request whose identity needs no check."""
    r = next(r for r in d.requests.list() if r.right is Right.ACCESS)
    d.requests.update(RightsRequest(**{**r.__dict__, "identity_check": IdentityCheck.VERIFIED}))
    return int(r.id or 0)


def test_a_request_linked_to_nobody_says_what_was_searched(shop) -> None:  # type: ignore[no-untyped-def]
    d, _ids, _me, _other = shop
    r = d.requests.create(RightsRequest(Right.ACCESS, RECEIVED, "Inconnu Personne",
                                        requester_contact="personne@nulle.example",
                                        identity_check=IdentityCheck.VERIFIED))
    plan = plan_answer(d, int(r.id or 0), options(AnswerKind.ACCESS))
    text = plain_text(plan.letter)
    assert plan.no_data and "personne@nulle.example" in text and "Inconnu Personne" in text
    assert "aucune donnée" in text
    assert [role for role, _ in plan.names] == ["letter-pdf", "letter-docx", "letter-txt"]
    assert answer_words("fr").checklist("access").codes() <= plan.letter.covered()
    # the register's gaps are not in this letter: nothing to complete in it
    assert plan.gaps == ()
    assert plan_answer(d, ids_access(d), options(AnswerKind.ACCESS)).gaps  # they are there


def test_a_request_linked_to_nobody_whose_person_exists_asks_to_link_first(shop) -> None:  # type: ignore[no-untyped-def]
    d, _ids, _me, _other = shop
    r = d.requests.create(RightsRequest(Right.ERASURE, RECEIVED, "Jan Kowalski",
                                        requester_contact="jan@poczta.example"))
    assert refusal(d, int(r.id or 0), AnswerKind.ERASURE) == ["answer_link_first"]


def test_an_erased_person_gets_a_pack_that_says_so(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    d.request_links.erase(ids[Right.ERASURE], recorded_by="Zoé")
    rid = ids[Right.PORTABILITY]
    plan = plan_answer(d, rid, options(AnswerKind.PORTABILITY), identity=checked(d, rid))
    assert "effacée" in plain_text(plan.letter)
    assert [role for role, _ in plan.names] == ["letter-pdf", "letter-docx", "letter-txt"]
    access = plan_answer(d, ids[Right.ACCESS], options(AnswerKind.ACCESS),
                         identity=checked(d, ids[Right.ACCESS]))
    assert "effacée de notre fichier clients" in plain_text(access.letter)
    copy = extract_text(io.BytesIO(drive(render_files(access))[dict(access.names)["copy"]]))
    assert "Identité effacée" in copy and "Kowalski" not in copy


def test_an_extension_after_the_first_month_is_refused(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    late = dt.date(2026, 4, 3)  # received 2 March: the first month ends on 2 April
    codes = refusal(d, ids[Right.ACCESS], AnswerKind.EXTENSION, sent_on=late,
                    extension_reason="dix ans d'achats")
    assert codes == ["answer_extension_too_late"]
    assert refusal(d, ids[Right.ACCESS], AnswerKind.EXTENSION) == ["request_extension_reason"]


def test_an_extension_letter_extends_the_clock(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    plan = plan_answer(d, rid, options(AnswerKind.EXTENSION,
                                       extension_reason="dix ans d'achats"))
    assert "2 juin 2026" in plain_text(plan.letter)  # 2 April + two months
    drive(write_answer(d, plan, tmp_path))
    request = d.requests.get(rid)
    assert request.extended and request.extension_told_on == DAY.isoformat()
    assert not request.answered_on


def test_a_rectification_corrects_the_identity_and_says_what(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d, ids, me, _other = shop
    rid = ids[Right.RECTIFICATION]
    plan = plan_answer(d, rid, options(AnswerKind.RECTIFICATION,
                                       changes=(("email", "jan.k@poczta.example"),)))
    text = plain_text(plan.letter).replace("\u00a0", " ")
    assert "Adresse électronique : jan.k@poczta.example" in text
    drive(write_answer(d, plan, tmp_path))
    assert d.consents.subject(me.id).identity.email == "jan.k@poczta.example"
    assert refusal(d, rid, AnswerKind.RECTIFICATION) == ["answer_rectification_empty"]


def test_a_withdrawal_letter_lists_the_purposes_withdrawn(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.CONSENT_WITHDRAWAL]
    d.request_links.withdraw(rid, recorded_by="Zoé")
    text = plain_text(plan_answer(d, rid, options(AnswerKind.WITHDRAWAL, lang="en")).letter)
    assert "– Lettre d'information par courriel" in text  # the dossier's purpose label
    assert "does not affect what was done" in text
    assert "without your name or contact details" in text and "invoices" not in text


def test_same_answer_same_bytes(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    plan = plan_answer(d, rid, options(AnswerKind.ACCESS), identity=checked(d, rid))
    assert drive(render_files(plan)) == drive(render_files(plan))


def test_an_objection_is_carried_out_as_withdrawals_and_confirmed(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.OBJECTION]
    d.request_links.withdraw(rid, recorded_by="Zoé")
    text = plain_text(plan_answer(d, rid, options(AnswerKind.OBJECTION)).letter)
    assert "Lettre d'information par courriel" in text
    assert "nous cessons sans condition" in text


def test_a_confirmation_waits_for_what_it_confirms(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    # the person is still in the records: no letter saying they were erased
    assert refusal(d, ids[Right.ERASURE], AnswerKind.ERASURE) == ["answer_erase_first"]
    # they still consent to the newsletter: no letter saying they withdrew
    with pytest.raises(ValidationError) as caught:
        plan_answer(d, ids[Right.CONSENT_WITHDRAWAL], options(AnswerKind.WITHDRAWAL))
    (finding,) = caught.value.findings
    assert finding.code == "answer_withdraw_first"
    assert "Lettre d'information par courriel" in finding.params["purposes"]
    assert refusal(d, ids[Right.OBJECTION], AnswerKind.OBJECTION) == ["answer_withdraw_first"]
    # an objection to another use is the owner's word: nothing in the records to wait for
    plan_answer(d, ids[Right.OBJECTION], options(AnswerKind.OBJECTION,
                                                 detail="le profilage de vos achats"))
    d.request_links.withdraw(ids[Right.CONSENT_WITHDRAWAL], recorded_by="Zoé")
    d.request_links.erase(ids[Right.ERASURE], recorded_by="Zoé")
    plan_answer(d, ids[Right.CONSENT_WITHDRAWAL], options(AnswerKind.WITHDRAWAL))
    plan_answer(d, ids[Right.ERASURE], options(AnswerKind.ERASURE))


def test_a_withdrawal_letter_names_only_what_this_request_withdrew(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, me, _other = shop
    sms = d.consents.purpose_by_code("sms")
    assert sms is not None
    # withdrawn long before the request: not this request's doing
    d.consents.record(me.id, int(sms.id or 0), EventKind.GRANTED, channel="in_store",
                      occurred_at="2025-01-01T10:00:00Z")
    d.consents.record(me.id, int(sms.id or 0), EventKind.WITHDRAWN, channel="in_store",
                      occurred_at="2025-02-01T10:00:00Z")
    rid = ids[Right.CONSENT_WITHDRAWAL]
    d.request_links.withdraw(rid, recorded_by="Zoé")
    text = plain_text(plan_answer(d, rid, options(AnswerKind.WITHDRAWAL)).letter)
    assert "Lettre d'information par courriel" in text
    assert sms.label not in text


def test_an_erasure_letter_is_dated_by_the_erasure_itself(shop) -> None:  # type: ignore[no-untyped-def]
    d, ids, me, _other = shop
    # erased from the Consents page (end of retention), not through this request
    d.consents.erase_subject(me.id, reason="fin de conservation", recorded_by="Zoé")
    erased = d.consents.subject(me.id).erased_at
    later = dt.date.fromisoformat(erased[:10]) + dt.timedelta(days=40)
    plan = plan_answer(d, ids[Right.ERASURE], AnswerOptions(AnswerKind.ERASURE, day=later))
    text = plain_text(plan.letter)
    words = answer_words("fr")
    assert f"effacé vos données personnelles le {words.day(erased[:10])}" in text
    assert words.date(later) not in text.split("effacé vos données")[1][:80]


def test_an_answer_that_contradicts_the_one_filed_is_refused(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    proof = checked(d, rid)
    drive(write_answer(d, plan_answer(d, rid, options(AnswerKind.ACCESS), identity=proof),
                       tmp_path, identity=proof))
    # "we received your request" after the answer itself
    with pytest.raises(ValidationError) as caught:
        plan_answer(d, rid, options(AnswerKind.ACKNOWLEDGMENT))
    (finding,) = caught.value.findings
    assert finding.code == "answer_after_final"
    assert finding.params == {"kind": "access", "version": "1", "sent": DAY.isoformat()}
    assert refusal(d, rid, AnswerKind.EXTENSION, extension_reason="x") == ["answer_after_final"]
    # a corrected access letter is its next version, no contradiction
    assert plan_answer(d, rid, options(AnswerKind.ACCESS)).version == 2
    # a refusal once the erasure was carried out
    erasure = ids[Right.ERASURE]
    d.request_links.erase(erasure, recorded_by="Zoé")
    assert refusal(d, erasure, AnswerKind.REFUSAL) == ["answer_refusal_after_done"]


def test_an_answer_of_another_kind_replaces_the_earlier_only_when_asked(  # type: ignore[no-untyped-def]
        shop, tmp_path: Path) -> None:
    d, ids, _me, _other = shop
    rid = ids[Right.ACCESS]
    drive(write_answer(d, plan_answer(d, rid, options(AnswerKind.REFUSAL)), tmp_path))
    assert d.requests.get(rid).answer_outcome is Outcome.REFUSED
    proof = checked(d, rid)
    assert refusal(d, rid, AnswerKind.ACCESS) == ["answer_identity_first"]
    with pytest.raises(ValidationError) as caught:
        plan_answer(d, rid, options(AnswerKind.ACCESS), identity=proof)
    assert [f.code for f in caught.value.findings] == ["answer_supersede"]
    plan = plan_answer(d, rid, options(AnswerKind.ACCESS), identity=proof, supersede=True)
    assert plan.replaces is not None and plan.replaces.kind is AnswerKind.REFUSAL
    drive(write_answer(d, plan, tmp_path, identity=proof))
    request = d.requests.get(rid)
    assert request.answer_outcome is Outcome.FULFILLED  # no longer the refusal's
    assert not request.answer_summary


def test_an_erasure_letter_says_who_was_told_only_once_they_were(shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.exchange.suppression_export import export_suppression
    from assistant.store.suppression_repo import record_import_from

    d, ids, _me, _other = shop
    rid = ids[Right.ERASURE]
    record_import_from(d, "mailchimp", "2000-01-01T00:00:00.000000Z")  # it sends the news
    d.request_links.erase(rid, recorded_by="Zoé")
    plan = plan_answer(d, rid, options(AnswerKind.ERASURE))
    text = plain_text(plan.letter).replace("\u00a0", " ")
    # the owner said nothing of the recipients: the letter claims nothing either
    assert "Nous avons informé de cet effacement" not in text
    assert "[à compléter : si les destinataires de vos données ont été informés" in text
    assert [g[:30] for g in plan.before_sending] == ["Mailchimp n'a pas encore reçu "]
    assert not any("Mailchimp" in g for g in plan.gaps)  # not a gap of the letter
    assert "Mailchimp" not in text  # not told yet: not said
    drive(export_suppression(d, tmp_path / "mc.csv", "mailchimp", "newsletter"))
    told = plan_answer(d, rid, options(AnswerKind.ERASURE, recipients="told"))
    text = plain_text(told.letter).replace("\u00a0", " ")
    assert "nous avons transmis à Mailchimp" in text
    assert "Nous avons informé de cet effacement" in text and "[à compléter" not in text
    assert told.gaps == () and told.before_sending == ()
    none = plan_answer(d, ids[Right.RECTIFICATION], options(
        AnswerKind.RECTIFICATION, detail="adresse vérifiée", recipients="none"))
    assert "communiquées à aucun destinataire" in plain_text(none.letter)


def test_what_a_law_keeps_is_listed_one_period_a_line(shop) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.processing import DataCategory

    d, ids, _me, _other = shop
    books = next(p for p in d.register.list() if p.name == "Comptabilité")
    d.register.update(replace(books, legal_basis_detail="Code de commerce, art. L123-22.",
                              data_categories=(
        DataCategory("identity", "Nom sur les factures", retention=Retention(note="10 ans")),
        DataCategory("economic_financial", "Factures", retention=Retention(note="10 ans")))))
    rid = ids[Right.ERASURE]
    d.request_links.erase(rid, recorded_by="Zoé")
    letter = plan_answer(d, rid, options(AnswerKind.ERASURE)).letter
    (kept,) = [b for b in letter.body if "kept" in b.covers and hasattr(b, "items")]
    law = next(i for i in kept.items if i.startswith("Comptabilité"))
    lines = law.replace("\u00a0", " ").split("\n")
    assert lines[0] == ("Comptabilité, pour respecter une obligation légale (Code de "
                        "commerce, art. L123-22), conservées :")
    assert [line.split(" (")[0] for line in lines[1:]] == [
        "État civil, identité, données d'identification",
        "Informations d'ordre économique et financier"]
