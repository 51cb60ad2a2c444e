"""``information_notices``: every published version of the information notices, word for word
with its SHA-256 (not the consent wordings: ``notice_versions``). Optional in a file: one
written before notices were versioned has none."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.versions import NoticeVersion, check_version
from assistant.store.dossier import Dossier

KEY = "information_notices"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    return [
        {"id": v.id, "kind": v.kind.value, "language": v.language, "number": v.number,
         "processing_ids": list(v.processing_ids), "text": v.text, "sha256": v.sha256,
         "inputs": dict(sorted(v.inputs.items())), "issued_on": v.issued_on,
         "recorded_at": v.recorded_at}
        for v in sorted(dossier.info_notices.versions(), key=lambda v: int(v.id or 0))
    ]


def _version(item: dict[str, Any]) -> NoticeVersion:
    return NoticeVersion(
        kind=NoticeKind(item["kind"]), language=item["language"], number=item["number"],
        processing_ids=tuple(item["processing_ids"]), text=item["text"],
        sha256=item["sha256"], issued_on=item["issued_on"],
        inputs=MappingProxyType(dict(item["inputs"])), id=item["id"],
        recorded_at=item["recorded_at"])


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    ids: set[int] = set()
    numbers: set[tuple[str, str, int]] = set()
    for i, item in enumerate(value):
        where = f"$.{KEY}[{i}]"
        if item["id"] in ids:
            yield f"{where}.id", Finding("json_duplicate_id", "", Severity.ERROR,
                                         {"id": str(item["id"])})
        ids.add(item["id"])
        key = (item["kind"], item["language"], item["number"])
        if key in numbers:
            yield f"{where}.number", Finding("notice_number", "", Severity.ERROR,
                                             {"value": str(item["number"])})
        numbers.add(key)
        for f in check_version(_version(item)):
            yield f"{where}.{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    for item in value:
        dossier.info_notices.put(_version(item))
