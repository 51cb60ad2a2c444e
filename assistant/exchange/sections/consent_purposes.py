"""``consent_purposes``: what people consent to, each tied to a processing of the register."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.consent import Purpose
from assistant.domain.consent_rules import check_purpose
from assistant.domain.findings import Finding, Severity
from assistant.store.dossier import Dossier

KEY = "consent_purposes"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [
        {"id": p.id, "code": p.code, "label": p.label, "description": p.description,
         "processing_id": p.processing_id, "validity_months": p.validity_months,
         "archived": p.archived, "created_at": p.created_at, "updated_at": p.updated_at}
        for p in dossier.consents.purposes()
    ]


def _purpose(item: dict[str, Any]) -> Purpose:
    return Purpose(**item)


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    processing_ids = {p["id"] for p in doc.get("processing", ())}
    ids: set[int] = set()
    codes: set[str] = set()
    for i, item in enumerate(value):
        if item["id"] in ids:
            yield f"$.{KEY}[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                              {"id": str(item["id"])})
        if item["code"] in codes:
            yield f"$.{KEY}[{i}].code", Finding("purpose_code_taken", "", Severity.ERROR,
                                                {"code": item["code"]})
        ids.add(item["id"])
        codes.add(item["code"])
        if item["processing_id"] is not None and item["processing_id"] not in processing_ids:
            yield (f"$.{KEY}[{i}].processing_id",
                   Finding("json_unknown_reference", "", Severity.ERROR,
                           {"id": str(item["processing_id"]), "section": "processing"}))
        for f in check_purpose(_purpose(item)):
            if f.severity is Severity.ERROR:
                yield f"$.{KEY}[{i}].{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    for item in value:
        dossier.consents.put_purpose(_purpose(item))
