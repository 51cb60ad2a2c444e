"""The ``steps`` and ``actions`` sections of the JSON interchange: exact round trip, and
refusals that name the JSON path and write nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from assistant.content.messages import messages
from assistant.domain.progress import drive
from assistant.exchange.json_dossier import import_json, schema
from tests.json_helpers import export, refused


@pytest.fixture
def doc(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export(demo_file, tmp_path_factory.mktemp("guide") / "g.json")


def step(doc: dict[str, Any], number: int) -> dict[str, Any]:
    return next(s for s in doc["steps"] if s["step"] == number)


def test_the_demo_exports_its_guide(doc: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert [s["step"] for s in doc["steps"]] == [1, 2, 3, 4]
    one = step(doc, 1)
    assert one["pilot"]["name"] == "Camille Martin"
    assert one["dpo"]["public_body"] is False and one["dpo"]["designated"] is False
    assert {t["id"] for t in one["tasks"]} >= {"pilot_trained"}
    assert len(step(doc, 4)["dpia_screenings"]) == 2
    origins = {a["origin"] for a in doc["actions"]}
    assert origins == {"rule", "custom"}
    custom = [a for a in doc["actions"] if a["origin"] == "custom"]
    assert custom[0]["due_on"] and custom[0]["key"] == f"custom:{custom[0]['id']}"


def test_round_trip_keeps_the_guide_exactly(doc: dict[str, Any], tmp_path: Path) -> None:
    # decisions and a cleared history entry too
    doc["actions"].insert(0, {"key": "rule:dpo_required:dpo", "origin": "rule",
                              "first_seen": "2024-01-01T10:00:00.000000Z",
                              "cleared_at": "2024-02-01T10:00:00.000000Z",
                              "decision": None})
    doc["actions"][1]["decision"] = {"state": "postponed", "reason": "Au printemps",
                                     "until": "2031-03-01", "decided_by": "Camille",
                                     "decided_at": "2025-01-01T00:00:00.000000Z"}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    drive(import_json(source, tmp_path / "b.rgpd"))
    again = export(tmp_path / "b.rgpd", tmp_path / "b.json")
    assert again["steps"] == doc["steps"]
    assert again["actions"] == sorted(doc["actions"][:-1], key=lambda a: a["key"]) + \
        doc["actions"][-1:]


def test_an_export_without_guide_imports(doc: dict[str, Any], tmp_path: Path) -> None:
    doc["steps"], doc["actions"] = [], []
    source = tmp_path / "old.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    drive(import_json(source, tmp_path / "old.rgpd"))
    again = export(tmp_path / "old.rgpd", tmp_path / "old-again.json")
    assert again["steps"] == [] and again["actions"] == []


def _first_custom(d: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in d["actions"] if a["origin"] == "custom")


def _first_rule(d: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in d["actions"] if a["origin"] == "rule")


@pytest.mark.parametrize("change,where,code", [
    (lambda d: step(d, 1)["tasks"][0].update(status="maybe"), "$.steps[0].tasks[0].status",
     "json_enum"),
    (lambda d: step(d, 1)["tasks"][0].update(status="not_applicable", reason=""),
     "$.steps[0].tasks[0].reason", "guide_reason_required"),
    (lambda d: step(d, 1)["tasks"][0].update(on="31/12/2024"), "$.steps[0].tasks[0].on",
     "guide_invalid_date"),
    (lambda d: step(d, 2)["tasks"][0].update(id="pilot_named"), "$.steps[1].tasks[0].id",
     "guide_json_task_step"),
    (lambda d: step(d, 2).update(pilot=step(d, 1)["pilot"], dpo=step(d, 1)["dpo"]),
     "$.steps[1].pilot", "guide_json_misplaced"),
    (lambda d: d["steps"].append({"step": 1, "tasks": []}), "$.steps[4].step",
     "guide_json_duplicate_step"),
    (lambda d: step(d, 1)["pilot"].update(email="nobody"), "$.steps[0].pilot.email",
     "invalid_email"),
    (lambda d: step(d, 1).pop("dpo"), "$.steps[0]", "json_required"),
    (lambda d: step(d, 4)["dpia_screenings"][0].update(processing_id=999),
     "$.steps[3].dpia_screenings[0].processing_id", "json_unknown_reference"),
    (lambda d: step(d, 4)["dpia_screenings"][0].update(listed="made_up"),
     "$.steps[3].dpia_screenings[0].listed", "json_enum"),
    (lambda d: step(d, 4)["dpia_screenings"][0].update(reason=""),
     "$.steps[3].dpia_screenings[0].reason", "guide_dpia_reason_required"),
    (lambda d: step(d, 4)["dpia_screenings"][0].update(criteria=["psychic"]),
     "$.steps[3].dpia_screenings[0].criteria[0]", "json_enum"),
    (lambda d: _first_custom(d).update(key="custom:77"), "$.actions[{custom}].key",
     "guide_json_key_mismatch"),
    (lambda d: _first_custom(d).update(title=""), "$.actions[{custom}].title", "required"),
    (lambda d: _first_custom(d).update(due_on="soon"), "$.actions[{custom}].due_on",
     "guide_invalid_date"),
    (lambda d: d["actions"].append(dict(d["actions"][0])), "$.actions[{last}].key",
     "guide_json_duplicate_key"),
    (lambda d: _first_rule(d).update(first_seen=None, cleared_at="2025-01-01T00:00:00Z"),
     "$.actions[0].cleared_at", "guide_json_cleared_unseen"),
    (lambda d: _first_rule(d).update(decision={"state": "postponed", "reason": " ",
                                               "until": "", "decided_by": "",
                                               "decided_at": "2025-01-01T00:00:00Z"}),
     "$.actions[0].decision.reason", "guide_reason_required"),
    (lambda d: _first_rule(d).update(key="rule:Bad Key"), "$.actions[0].key", "json_other"),
])
def test_refusals_name_the_json_path(tmp_path: Path, doc: dict[str, Any], change: Any,
                                     where: str, code: str) -> None:
    change(doc)
    custom = next(i for i, a in enumerate(doc["actions"]) if a["origin"] == "custom")
    exc = refused(tmp_path, doc)
    assert exc.where == where.format(custom=custom, last=len(doc["actions"]) - 1)
    assert exc.finding.code == code
    for lang in ("fr", "en"):
        text = messages(lang).exception(exc)
        assert exc.where in text and "{" not in text.replace("{" + "}", "")
