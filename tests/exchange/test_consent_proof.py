"""One person's consent proof and the DPV / ISO/IEC TS 27560 consent records."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.domain.consent import event_fields, event_hash
from assistant.domain.progress import drive
from assistant.exchange.consent_proof import export_dpv, person_proof, write_person_proof
from assistant.store.dossier import open_dossier


def test_person_proof_holds_wording_and_hashes(demo_file: Path, tmp_path: Path) -> None:
    with open_dossier(demo_file, read_only=True) as d:
        sid = next(s for s in range(1, 50) if any(
            h.notice_version for h in d.consents.history(s)))
        proof = person_proof(d, sid)
        target = write_person_proof(d, sid, tmp_path / "proof.json")
        head = d.consents.chain_head()
    assert json.loads(target.read_text("utf-8")) == {**proof, "made_at": json.loads(
        target.read_text("utf-8"))["made_at"]}
    assert proof["controller"]["legal_name"] == "Au Pain Doré SARL"
    event = next(e for e in proof["events"] if e["notice"])
    assert event["notice"]["text"] and len(event["notice"]["sha256"]) == 64
    # every event's hash is recomputable from the proof itself
    for e in proof["events"]:
        fields = event_fields(
            e["scheme"], seq=e["seq"], prev_hash=e["prev_hash"],
            subject_uid=proof["subject"]["id"], identity_hash=e["identity_hash"],
            purpose=e["purpose"] or "", kind=e["kind"], occurred_at=e["occurred_at"],
            date_unknown=e["date_unknown"], recorded_at=e["recorded_at"],
            channel=e["channel"], channel_detail=e["channel_detail"],
            notice_version=e["notice"]["version"] if e["notice"] else "",
            notice_sha256=e["notice"]["sha256"] if e["notice"] else "",
            evidence=e["evidence"], recorded_by=e["recorded_by"], source_sha256="",
            source_line=None)
        assert event_hash(fields, scheme=e["scheme"]) == e["hash"]
    assert proof["chain"]["head"] == head.hash


def test_dpv_export_has_one_record_per_person_and_purpose(demo_file: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "records.jsonld"
    with open_dossier(demo_file, read_only=True) as d:
        drive(export_dpv(d, target))
        expected = d.conn.execute("SELECT count(*) FROM consent_status").fetchone()[0]
    doc = json.loads(target.read_text("utf-8"))
    assert doc["@context"]["dpv"] == "https://w3id.org/dpv#"
    records = doc["@graph"]
    assert len(records) == expected
    statuses = {r["dpv:hasConsentStatus"]["@id"] for r in records}
    assert {"dpv:ConsentGiven", "dpv:ConsentWithdrawn", "dpv:ConsentExpired"} <= statuses
    first = records[0]
    assert first["@type"] == "dpv:ConsentRecord"
    assert first["dpv:hasLegalBasis"] == {"@id": "eu-gdpr:A6-1-a"}
    assert first["history"] and first["dpv:hasDataSubject"]["@id"].startswith("urn:")
    assert len({r["@id"] for r in records}) == len(records)
