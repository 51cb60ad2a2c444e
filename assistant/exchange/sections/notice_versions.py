"""``notice_versions``: each wording shown to people, word for word, with its SHA-256."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.consent import NoticeVersion, notice_sha256
from assistant.domain.consent_rules import check_notice
from assistant.domain.findings import Finding, Severity
from assistant.store.dossier import Dossier

KEY = "notice_versions"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    codes = {p.id: p.code for p in dossier.consents.purposes()}
    return [
        {"id": n.id, "purpose": codes[n.purpose_id], "version": n.version,
         "language": n.language, "effective_from": n.effective_from, "text": n.text,
         "sha256": n.sha256, "created_at": n.created_at}
        for n in sorted(dossier.consents.notices(), key=lambda n: int(n.id or 0))
    ]


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    codes = {p["code"] for p in doc.get("consent_purposes", ())}
    seen: set[tuple[str, str]] = set()
    ids: set[int] = set()
    for i, item in enumerate(value):
        where = f"$.{KEY}[{i}]"
        if item["id"] in ids:
            yield f"{where}.id", Finding("json_duplicate_id", "", Severity.ERROR,
                                         {"id": str(item["id"])})
        ids.add(item["id"])
        if item["purpose"] not in codes:
            yield f"{where}.purpose", Finding("unknown_code", "", Severity.ERROR,
                                              {"code": item["purpose"],
                                               "section": "consent_purposes"})
        key = (item["purpose"], item["version"])
        if key in seen:
            yield f"{where}.version", Finding("notice_version_taken", "", Severity.ERROR,
                                              {"version": item["version"]})
        seen.add(key)
        if notice_sha256(item["text"]) != item["sha256"]:
            yield f"{where}.sha256", Finding("notice_sha_mismatch", "", Severity.ERROR)
        notice = NoticeVersion(item["id"], 0, item["version"], item["text"], item["sha256"],
                               item["effective_from"], item["language"], item["created_at"])
        for f in check_notice(notice):
            if f.severity is Severity.ERROR:
                yield f"{where}.{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    ids = {p.code: int(p.id or 0) for p in dossier.consents.purposes()}
    for item in value:
        dossier.consents.put_notice(NoticeVersion(
            item["id"], ids[item["purpose"]], item["version"], item["text"], item["sha256"],
            item["effective_from"], item["language"], item["created_at"]))
