"""The consent ledger in the JSON interchange: round trip with hashes intact, refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.domain.progress import drive
from assistant.exchange.json_dossier import import_json, schema
from assistant.store.dossier import open_dossier
from assistant.store.verify import verify_dossier
from tests.json_helpers import export, refused


def test_round_trip_keeps_every_hash_and_the_erased(demo_file: Path, tmp_path: Path) -> None:
    first = export(demo_file, tmp_path / "a.json")
    jsonschema.Draft202012Validator(schema()).validate(first)
    assert len(first["consent_purposes"]) == 5 and len(first["notice_versions"]) >= 5
    assert len(first["subjects"]) > 200 and len(first["consent_events"]) > 400
    erased = [s for s in first["subjects"] if s["erased_at"]]
    assert len(erased) == 1 and erased[0]["email"] == "" and erased[0]["salt"] is None
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    second = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    for key in ("consent_purposes", "notice_versions", "subjects", "consent_events"):
        assert first[key] == second[key], key
    report = drive(verify_dossier(tmp_path / "b.rgpd", head=first["consent_events"][-1]["hash"]))
    assert report.sound, report.problems
    with open_dossier(demo_file, read_only=True) as a, \
            open_dossier(tmp_path / "b.rgpd", read_only=True) as b:
        assert a.consents.purpose_summary() == b.consents.purpose_summary()
        assert a.consents.search("lukasz") == b.consents.search("lukasz")


@pytest.fixture
def doc(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export(demo_file, tmp_path_factory.mktemp("doc") / "d.json")


@pytest.mark.parametrize("change,where,code", [
    (lambda d: d["consent_events"][40].update(evidence="changed"), "$.consent_events[40]",
     "chain_broken"),
    (lambda d: d["consent_events"].pop(12), "$.consent_events[12].seq", "chain_order"),
    (lambda d: d["consent_events"][7].update(subject="f" * 32), "$.consent_events[7].subject",
     "unknown_subject_uid"),
    (lambda d: d["notice_versions"][0].update(text="Autre texte"), "$.notice_versions[0].sha256",
     "notice_sha_mismatch"),
    (lambda d: d["consent_purposes"][0].update(processing_id=999),
     "$.consent_purposes[0].processing_id", "json_unknown_reference"),
    (lambda d: d["consent_events"][0].update(kind="maybe"), "$.consent_events[0].kind",
     "json_enum"),
])
def test_refusals_name_the_json_path(tmp_path: Path, doc: dict[str, Any], change: Any,
                                     where: str, code: str) -> None:
    change(doc)
    exc = refused(tmp_path, doc)
    assert exc.where.startswith(where), exc.where
    assert exc.finding.code == code


def test_a_changed_identity_is_caught_by_the_identity_hash(tmp_path: Path,
                                                           doc: dict[str, Any]) -> None:
    """Identities are not hashed into the chain directly (erasure must keep it sound, and a
    person may correct their name), but each event carries the salted hash of the identity
    it was recorded for: with the kept salt, the identity is proven to match."""
    from assistant.domain.consent import Identity, identity_hash

    subject = next(s for s in doc["subjects"] if not s["erased_at"])
    event = next(e for e in doc["consent_events"] if e["subject"] == subject["id"])
    identity = Identity(subject["email"], subject["customer_ref"], subject["first_name"],
                        subject["last_name"], subject["phone"])
    assert identity_hash(bytes.fromhex(subject["salt"]), identity) == event["identity_hash"]


def _first(doc: dict[str, Any], **wanted: Any) -> int:
    return next(i for i, e in enumerate(doc["consent_events"])
                if all(e.get(k) == v for k, v in wanted.items()))


def test_refusals_and_unknown_dates_travel_and_are_hashed(tmp_path: Path,
                                                          doc: dict[str, Any]) -> None:
    assert doc["format_version"] == 2
    refused_at = _first(doc, kind="refused")
    unknown_at = _first(doc, date_unknown=True)
    assert doc["consent_events"][unknown_at]["scheme"] == 2
    changed = json.loads(json.dumps(doc))
    changed["consent_events"][unknown_at]["date_unknown"] = False  # a date passed off as known
    exc = refused(tmp_path, changed)
    assert exc.where == f"$.consent_events[{unknown_at}]" and exc.finding.code == "chain_broken"
    changed = json.loads(json.dumps(doc))
    changed["consent_events"][refused_at]["kind"] = "withdrawn"
    assert refused(tmp_path, changed).finding.code == "chain_broken"


def test_a_format_version_1_file_still_imports(tmp_path: Path) -> None:
    """A file written before refusals and unknown dates: its events have no date_unknown
    and are all of scheme 1 (the fixture of schema 1 holds such a ledger)."""
    import shutil

    old = tmp_path / "old.rgpd"
    shutil.copy(Path(__file__).parents[1] / "store" / "fixtures" / "dossier-v1.rgpd", old)
    open_dossier(old).close()  # brought to the current schema; its events keep scheme 1
    doc = export(old, tmp_path / "old.json")
    assert {e["scheme"] for e in doc["consent_events"]} == {1}
    doc["format_version"] = 1
    for e in doc["consent_events"]:
        assert e.pop("date_unknown") is False
    (tmp_path / "v1.json").write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(tmp_path / "v1.json", tmp_path / "new.rgpd"))
    again = export(tmp_path / "new.rgpd", tmp_path / "again.json")
    assert [e["hash"] for e in again["consent_events"]] == \
        [e["hash"] for e in doc["consent_events"]]
    assert drive(verify_dossier(tmp_path / "new.rgpd")).sound


def test_signatures_and_paper_forms_round_trip(tmp_path: Path) -> None:
    """What the till keeps beside the ledger goes through export and import: the imported
    dossier verifies (its events' signatures are there) and knows its printed forms."""
    import datetime as dt

    from assistant.domain.consent import EventKind, Identity
    from assistant.domain.organisation import Organisation
    from assistant.reports.consent_forms import FormOptions, export_consent_forms
    from assistant.store.consent_repo import Choice
    from assistant.store.dossier import create_dossier, open_dossier
    from assistant.store.verify import verify_dossier
    from tests.consent_helpers import tiny_png

    shop = tmp_path / "shop.rgpd"
    with create_dossier(shop, organisation=Organisation(legal_name="Lise")) as d:
        drive(export_consent_forms(d, tmp_path / "f.pdf", FormOptions(
            ("sms",), range(1, 11), "fr", dt.date.today())))
        sms = d.consents.purpose_by_code("sms")
        assert sms is not None
        notice = d.consents.current_notice(int(sms.id or 0), language="fr")
        who = d.consents.add_subject(Identity("lise@example.org"))
        d.consents.record_choices(who.id, [Choice(int(sms.id or 0), EventKind.GRANTED,
                                                  notice.id if notice else None)],
                                  signature_png=tiny_png(9), form_number=7)
    first = export(shop, tmp_path / "a.json")
    jsonschema.Draft202012Validator(schema()).validate(first)
    assert len(first["consent_signatures"]) == 1 and first["consent_form_entries"] == [
        {"number": 7, "seq": 1}]
    assert first["consent_forms"][0]["first"] == 1 and first["consent_forms"][0]["last"] == 10
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    assert drive(verify_dossier(tmp_path / "b.rgpd")).sound
    again = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    for key in ("consent_signatures", "consent_forms", "consent_form_entries",
                "consent_events"):
        assert again[key] == first[key], key
    with open_dossier(tmp_path / "b.rgpd", read_only=True) as b:
        assert b.consent_forms.batch_for(7) is not None and b.consents.form_entries(7)


def test_a_signature_that_does_not_give_its_hash_is_refused(tmp_path: Path) -> None:
    import base64

    from assistant.domain.organisation import Organisation
    from assistant.store.dossier import create_dossier
    from tests.consent_helpers import tiny_png

    shop = tmp_path / "shop.rgpd"
    with create_dossier(shop, organisation=Organisation(legal_name="Lise")) as d:
        from assistant.domain.consent import Identity

        who = d.consents.add_subject(Identity("lise@example.org"))
    first = export(shop, tmp_path / "a.json")
    first["consent_signatures"] = [{"sha256": "0" * 64, "subject": first["subjects"][0]["id"],
                                    "png": base64.b64encode(tiny_png()).decode(),
                                    "created_at": "2026-01-01T10:00:00Z"}]
    assert who.id == 1
    exc = refused(tmp_path, first)
    assert exc.where == "$.consent_signatures[0].sha256"


def _rehash_from(doc: dict[str, Any], start: int) -> None:
    """Recompute the chain from event ``start`` on, as a file written by another tool that
    hashes correctly but writes a value in a form of its own would carry it."""
    from assistant.domain.consent import event_fields, event_hash

    sha = {(n["purpose"], n["version"]): n["sha256"] for n in doc["notice_versions"]}
    events = doc["consent_events"]
    for i in range(start, len(events)):
        e = events[i]
        e["prev_hash"] = events[i - 1]["hash"] if i else e["prev_hash"]
        e["hash"] = event_hash(event_fields(
            e["scheme"], seq=e["seq"], prev_hash=e["prev_hash"], subject_uid=e["subject"],
            identity_hash=e["identity_hash"], purpose=e["purpose"] or "", kind=e["kind"],
            occurred_at=e["occurred_at"], date_unknown=bool(e.get("date_unknown")),
            recorded_at=e["recorded_at"], channel=e["channel"],
            channel_detail=e["channel_detail"], notice_version=e["notice_version"] or "",
            notice_sha256=sha.get((e["purpose"], e["notice_version"]), ""),
            evidence=e["evidence"], recorded_by=e["recorded_by"],
            source_sha256=e["source_sha256"], source_line=e["source_line"]),
            scheme=e["scheme"])


@pytest.mark.parametrize("field,value,code", [
    ("occurred_at", "2023-05-03T14:45:01Z", "json_timestamp"),
    ("recorded_at", "1969-12-31T23:59:59.000000Z", "json_timestamp"),
    ("identity_hash", None, "json_other"),
])
def test_a_sound_chain_the_ledger_cannot_store_as_written_is_refused_by_path(
        tmp_path: Path, doc: dict[str, Any], field: str, value: str | None,
        code: str) -> None:
    """The ledger stores times as integers and hashes as bytes, exact both ways: a value in
    another form would come back as other text than its hash covers, so the file is refused
    at that value, before anything is written, even when its chain verifies."""
    event = doc["consent_events"][3]
    event[field] = value if value is not None else event[field].upper()
    _rehash_from(doc, 3)
    exc = refused(tmp_path, doc)
    assert exc.where == f"$.consent_events[3].{field}"
    assert exc.finding.code == code
