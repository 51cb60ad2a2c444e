"""The ``breaches`` section: the breach register (GDPR Art. 33(5))."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.breach import check_breach
from assistant.domain.findings import Finding, Severity
from assistant.domain.processes_serial import breach_from_dict, breach_to_dict
from assistant.store.dossier import Dossier

KEY = "breaches"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [breach_to_dict(b) for b in dossier.breaches.list()]


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    seen: set[int] = set()
    processor_ids = {p["id"] for p in doc.get("processors", ())}
    for i, item in enumerate(value):
        ref = item.get("processor_id")
        if ref is not None and ref not in processor_ids:
            yield f"$.{KEY}[{i}].processor_id", Finding(
                "json_unknown_reference", "", Severity.ERROR,
                {"id": str(ref), "section": "processors"})
        if item["id"] in seen:
            yield f"$.{KEY}[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                              {"id": str(item["id"])})
        seen.add(item["id"])
        for f in check_breach(breach_from_dict(item)):
            if f.severity is Severity.ERROR:
                yield f"$.{KEY}[{i}].{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    dossier.breaches.put([breach_from_dict(item) for item in value])
