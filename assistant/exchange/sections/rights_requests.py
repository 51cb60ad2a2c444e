"""The ``rights_requests`` section: the register of rights requests (GDPR Art. 12 to 22), each
with, when it is tied to a person of the consent records, its ``consent_link`` (that person by
the random id of ``subjects``, and what was done in the ledger for the request), with its
``identity_proof`` when the check of the requester's identity was recorded, and with the
``answers`` filed for it (each version, its files' SHA-256, when and how it was sent)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.processes_serial import request_from_dict, request_to_dict
from assistant.domain.request_answer import (
    AnswerFile,
    AnswerKind,
    FiledAnswer,
    IdentityMethod,
    IdentityProof,
)
from assistant.domain.request_link import RequestLink
from assistant.domain.rights_request import check_request
from assistant.store.consent_repo import subjects_by_id
from assistant.store.dossier import Dossier

KEY = "rights_requests"
LINK = "consent_link"
IDENTITY = "identity_proof"
ANSWERS = "answers"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    links = dossier.request_links.all()
    proofs = dossier.request_answers.identities()
    answers = dossier.request_answers.all()
    people = subjects_by_id(dossier.conn, [link.subject_id for link in links.values()])
    out = []
    for r in dossier.requests.list():
        item = request_to_dict(r)
        link = links.get(int(r.id or 0))
        if link is not None:
            item[LINK] = {"subject": people[link.subject_id][5], "linked_at": link.linked_at,
                          "erased_at": link.erased_at, "erasure_event": link.erasure_seq,
                          "withdrawn_at": link.withdrawn_at, "withdrawals": link.withdrawals}
        proof = proofs.get(int(r.id or 0))
        if proof is not None:
            item[IDENTITY] = {"method": proof.method.value, "detail": proof.detail,
                              "checked_on": proof.checked_on, "checked_by": proof.checked_by}
        filed = answers.get(int(r.id or 0))
        if filed:
            item[ANSWERS] = [answer_to_dict(a) for a in filed]
        out.append(item)
    return out


def answer_to_dict(a: FiledAnswer) -> dict[str, Any]:
    return {"kind": a.kind.value, "version": a.version, "written_at": a.written_at,
            "sent_on": a.sent_on, "channel": a.channel, "language": a.language,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in a.files],
            "recorded_by": a.recorded_by}


def answer_from_dict(request_id: int, d: dict[str, Any]) -> FiledAnswer:
    return FiledAnswer(request_id, AnswerKind(d["kind"]), d["version"], d["written_at"],
                       d["sent_on"], d["channel"], d["language"],
                       tuple(AnswerFile(f["name"], f["sha256"], f["size"])
                             for f in d["files"]), d["recorded_by"])


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
        versions: set[tuple[str, int]] = set()
        for j, answer in enumerate(item.get(ANSWERS) or ()):
            key = (answer["kind"], answer["version"])
            if key in versions:
                yield f"$.{KEY}[{i}].{ANSWERS}[{j}].version", _other(
                    f"a second version {answer['version']} of the {answer['kind']} answer")
            versions.add(key)
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
        proof = item.get(IDENTITY)
        if proof is not None:
            dossier.request_answers.put_identity(IdentityProof(
                item["id"], IdentityMethod(proof["method"]), proof["checked_on"],
                proof["detail"], proof["checked_by"]))
        for answer in item.get(ANSWERS) or ():
            dossier.request_answers.put_answer(answer_from_dict(item["id"], answer))
        link = item.get(LINK)
        if link is None:
            continue
        person = dossier.consents.subject_by_uid(link["subject"])
        assert person is not None  # the check named every unknown person
        subject_id = person.id
        dossier.request_links.put(RequestLink(
            item["id"], subject_id, link["linked_at"], link["erased_at"],
            link["erasure_event"], link["withdrawn_at"], link["withdrawals"]))
