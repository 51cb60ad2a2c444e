"""The ``rights_requests`` section: the register of rights requests (GDPR Art. 12 to 22)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.processes_serial import request_from_dict, request_to_dict
from assistant.domain.rights_request import check_request
from assistant.store.dossier import Dossier

KEY = "rights_requests"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [request_to_dict(r) for r in dossier.requests.list()]


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    seen: set[int] = set()
    for i, item in enumerate(value):
        if item["id"] in seen:
            yield f"$.{KEY}[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                              {"id": str(item["id"])})
        seen.add(item["id"])
        # No "today": a file may come from a computer whose date is a day ahead.
        for f in check_request(request_from_dict(item)):
            if f.severity is Severity.ERROR:
                yield f"$.{KEY}[{i}].{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    dossier.requests.put([request_from_dict(item) for item in value])
