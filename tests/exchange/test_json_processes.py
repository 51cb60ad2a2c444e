"""The rights_requests and breaches sections, and the processors' contract fields, in the JSON
interchange: exact round trip, and refusals by JSON path that write nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.content.messages import messages
from assistant.domain.progress import drive
from assistant.exchange.json_dossier import import_json
from assistant.store.dossier import open_dossier
from tests.json_helpers import export, refused


@pytest.fixture
def doc(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export(demo_file, tmp_path_factory.mktemp("doc") / "demo.json")


def test_the_demo_round_trips_its_registers_exactly(demo_file: Path, tmp_path: Path) -> None:
    first = export(demo_file, tmp_path / "a.json")
    assert len(first["rights_requests"]) == 4 and len(first["breaches"]) == 3
    assert {p["name"]: len(p["contract_clauses"]) for p in first["processors"]}[
        "StatsWeb Inc."] < 9
    drive(import_json(tmp_path / "a.json", tmp_path / "b.rgpd"))
    second = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    for key in ("rights_requests", "breaches", "processors"):
        assert first[key] == second[key], key
    with open_dossier(demo_file, read_only=True) as a, \
            open_dossier(tmp_path / "b.rgpd", read_only=True) as b:
        assert a.requests.list() == b.requests.list()
        assert a.breaches.list() == b.breaches.list()
        assert a.processors.list() == b.processors.list()
        assert a.processors.links() == b.processors.links()


def test_hand_written_timestamps_come_back_as_written(doc: dict[str, Any],
                                                      tmp_path: Path) -> None:
    doc["breaches"][0]["aware_at"] = "2024-05-01T08:00:00Z"
    doc["breaches"][0]["authority_notified_at"] = "2024-05-02T09:30:00.5Z"
    doc["breaches"][0]["occurred_at"] = None
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(tmp_path / "in.json", tmp_path / "out.rgpd"))
    back = export(tmp_path / "out.rgpd", tmp_path / "out.json")
    assert back["breaches"][0] == doc["breaches"][0]


def test_breaches_keep_their_end_and_processor_and_older_files_still_import(
        doc: dict[str, Any], tmp_path: Path) -> None:
    first = doc["breaches"][0]
    assert first["ended_at"] and first["processor_id"] in {p["id"] for p in doc["processors"]}
    for b in doc["breaches"]:  # a file written before the breach had these fields
        del b["ended_at"], b["processor_id"]
    (tmp_path / "old.json").write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(tmp_path / "old.json", tmp_path / "old.rgpd"))
    with open_dossier(tmp_path / "old.rgpd", read_only=True) as d:
        assert all(b.ended_at is None and b.processor_id is None for b in d.breaches.list())


def test_processors_written_before_the_contract_fields_still_import(
        doc: dict[str, Any], tmp_path: Path) -> None:
    for p in doc["processors"]:
        for key in ("contract_reference", "contract_date", "contract_clauses",
                    "transfer_countries", "transfer_safeguard"):
            del p[key]
    (tmp_path / "old.json").write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(tmp_path / "old.json", tmp_path / "old.rgpd"))
    with open_dossier(tmp_path / "old.rgpd", read_only=True) as d:
        assert all(p.contract_clauses == () for p in d.processors.list())


@pytest.mark.parametrize("change,where,code", [
    (lambda d: d["rights_requests"][1].update(received_on="2025-02-30"),
     "$.rights_requests[1].received_on", "processes_invalid_date"),
    (lambda d: d["rights_requests"][0].update(received_on="30/01/2025"),
     "$.rights_requests[0].received_on", "json_other"),
    (lambda d: d["rights_requests"][0].update(answered_on="2000-01-01"),
     "$.rights_requests[0].answered_on", "request_answer_before_receipt"),
    (lambda d: d["rights_requests"][3].update(extension_told_on="2099-01-01"),
     "$.rights_requests[3].extension_told_on", "request_extension_too_late"),
    (lambda d: d["rights_requests"][0].update(right="gossip"),
     "$.rights_requests[0].right", "json_enum"),
    (lambda d: d["rights_requests"][0].update(requester="x" * 500),
     "$.rights_requests[0].requester", "too_long"),
    (lambda d: d["rights_requests"][2].pop("identity_check"),
     "$.rights_requests[2]", "json_required"),
    (lambda d: d["rights_requests"].append(dict(d["rights_requests"][0])),
     "$.rights_requests[4].id", "json_duplicate_id"),
    (lambda d: d["breaches"][0].update(authority_notified_at="2000-01-01T00:00:00Z"),
     "$.breaches[0].authority_notified_at", "breach_notified_before_awareness"),
    (lambda d: d["breaches"][1].update(aware_at="2025-02-30T10:00:00Z"),
     "$.breaches[1].aware_at", "processes_invalid_moment"),
    (lambda d: d["breaches"][1].update(aware_at="2025-01-01 10:00"),
     "$.breaches[1].aware_at", "json_timestamp"),
    (lambda d: d["breaches"][0].update(risk_level="medium"),
     "$.breaches[0].risk_level", "json_enum"),
    (lambda d: d["breaches"][0].update(people_count=-3),
     "$.breaches[0].people_count", "json_out_of_range"),
    (lambda d: d["breaches"][2].update(summary="a\u202eb"),
     "$.breaches[2].summary", "forbidden_character"),
    (lambda d: d["processors"][0].update(contract_clauses=["audits", "lunch"]),
     "$.processors[0].contract_clauses[1]", "json_enum"),
    (lambda d: d["processors"][0].update(contract_date="2023-02-29"),
     "$.processors[0].contract_date", "processes_invalid_date"),
    (lambda d: d["breaches"][0].update(processor_id=999),
     "$.breaches[0].processor_id", "json_unknown_reference"),
    (lambda d: d["breaches"][0].update(ended_at="2000-01-01T00:00:00Z"),
     "$.breaches[0].ended_at", "breach_ended_before_it_happened"),
])
def test_refusals_name_the_json_path(tmp_path: Path, doc: dict[str, Any], change: Any,
                                     where: str, code: str) -> None:
    change(doc)
    exc = refused(tmp_path, doc)
    assert (exc.where, exc.finding.code) == (where, code)
    text = messages("en").exception(exc)
    assert where in text and "No file was written" in text
    assert where in messages("fr").exception(exc)


def test_a_late_notification_needs_its_reason_in_the_file_too(tmp_path: Path,
                                                              doc: dict[str, Any]) -> None:
    notified = doc["breaches"][0]
    notified["authority_notified_at"] = "2099-01-01T00:00:00Z"
    notified["delay_reason"] = ""
    exc = refused(tmp_path, doc)
    assert exc.where == "$.breaches[0].delay_reason"
    assert "72" in messages("fr").exception(exc)
