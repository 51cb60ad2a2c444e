from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.processing import check_processing
from assistant.domain.serial import processing_from_dict, processing_to_dict
from assistant.store.dossier import Dossier

KEY = "processing"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [processing_to_dict(p) for p in dossier.register.list()]


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    processor_ids = {p["id"] for p in doc.get("processors", ())}
    seen: set[int] = set()
    for i, item in enumerate(value):
        if item["id"] in seen:
            yield f"$.processing[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                                   {"id": str(item["id"])})
        seen.add(item["id"])
        for j, ref in enumerate(item["processors"]):
            if ref not in processor_ids:
                yield (f"$.processing[{i}].processors[{j}]",
                       Finding("json_unknown_reference", "", Severity.ERROR,
                               {"id": str(ref), "section": "processors"}))
        for f in check_processing(processing_from_dict(item)):
            if f.severity is Severity.ERROR:
                yield f"$.processing[{i}].{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    dossier.register.put([processing_from_dict(item) for item in value])
