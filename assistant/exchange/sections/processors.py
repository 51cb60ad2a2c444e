from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.processor import check_processor
from assistant.domain.serial import processor_from_dict, processor_to_dict
from assistant.store.dossier import Dossier

KEY = "processors"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [processor_to_dict(p) for p in sorted(dossier.processors.list(), key=_id)]


def _id(p: Any) -> int:
    return int(p.id or 0)


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    seen: set[int] = set()
    for i, item in enumerate(value):
        if item["id"] in seen:
            yield f"$.processors[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                                   {"id": str(item["id"])})
        seen.add(item["id"])
        for f in check_processor(processor_from_dict(item)):
            if f.severity is Severity.ERROR:
                yield f"$.processors[{i}].{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    for item in value:
        dossier.processors.put(processor_from_dict(item))
