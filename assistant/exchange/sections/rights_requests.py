"""The ``rights_requests`` section: the register of rights requests (GDPR Art. 12 to 22), each
with, when it is tied to a person of the consent records, its ``consent_link`` (that person by
the random id of ``subjects``, and what was done in the ledger for the request)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.processes_serial import request_from_dict, request_to_dict
from assistant.domain.request_link import RequestLink
from assistant.domain.rights_request import check_request
from assistant.store.dossier import Dossier

KEY = "rights_requests"
LINK = "consent_link"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    links = dossier.request_links.all()
    uids = dict(dossier.conn.execute(
        "SELECT s.id, s.uid FROM subject s JOIN request_subject r ON r.subject_id = s.id"))
    out = []
    for r in dossier.requests.list():
        item = request_to_dict(r)
        link = links.get(int(r.id or 0))
        if link is not None:
            item[LINK] = {"subject": uids[link.subject_id], "linked_at": link.linked_at,
                          "erased_at": link.erased_at, "erasure_event": link.erasure_seq,
                          "withdrawn_at": link.withdrawn_at, "withdrawals": link.withdrawals}
        out.append(item)
    return out


def _other(detail: str) -> Finding:
    return Finding("json_other", "", Severity.ERROR, {"detail": detail})


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    seen: set[int] = set()
    subjects = {s.get("id") for s in doc.get("subjects") or ()}
    erasures = {e.get("seq"): e.get("subject") for e in doc.get("consent_events") or ()
                if e.get("kind") == "erased"}
    for i, item in enumerate(value):
        if item["id"] in seen:
            yield f"$.{KEY}[{i}].id", Finding("json_duplicate_id", "", Severity.ERROR,
                                              {"id": str(item["id"])})
        seen.add(item["id"])
        # No "today": a file may come from a computer whose date is a day ahead.
        for f in check_request(request_from_dict(item)):
            if f.severity is Severity.ERROR:
                yield f"$.{KEY}[{i}].{f.field}", f
        link = item.get(LINK)
        if link is None:
            continue
        where = f"$.{KEY}[{i}].{LINK}"
        if link["subject"] not in subjects:
            yield f"{where}.subject", Finding("unknown_subject_uid", "", Severity.ERROR,
                                              {"id": link["subject"]})
        if (link["erased_at"] is None) != (link["erasure_event"] is None):
            yield where, _other("erased_at and erasure_event go together")
        elif link["erasure_event"] is not None and \
                erasures.get(link["erasure_event"]) != link["subject"]:
            yield f"{where}.erasure_event", _other(
                "not the erasure event of this person in consent_events")


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    dossier.requests.put([request_from_dict(item) for item in value])
    for item in value:
        link = item.get(LINK)
        if link is None:
            continue
        subject_id = dossier.conn.execute("SELECT id FROM subject WHERE uid = ?",
                                          (link["subject"],)).fetchone()[0]
        dossier.request_links.put(RequestLink(
            item["id"], subject_id, link["linked_at"], link["erased_at"],
            link["erasure_event"], link["withdrawn_at"], link["withdrawals"]))
