"""``consent_signatures``, ``consent_forms`` and ``consent_form_entries``: what the till
keeps beside the ledger. A signature drawn on the customer's screen (its PNG in base64; the
events it signs quote its SHA-256), the numbered paper forms printed with the wordings each
range of numbers carries, and which events were recorded from which form.

Optional keys of the interchange (a file without them has none of this); their checks make
sure each signature still gives its SHA-256 and each reference points into the file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.store.consent_forms import FormBatch
from assistant.store.consent_repo import check_signature
from assistant.store.dossier import Dossier


class Signatures:
    KEY = "consent_signatures"

    @staticmethod
    def export(dossier: Dossier) -> Iterator[dict[str, Any]]:
        for sha, uid, png, created in dossier.consents.signatures():
            yield {"sha256": sha, "subject": uid, "png": base64.b64encode(png).decode("ascii"),
                   "created_at": created}

    @staticmethod
    def check(value: list[dict[str, Any]], doc: dict[str, Any]
              ) -> Iterator[tuple[str, Finding]]:
        subjects = {s["id"]: s for s in doc.get("subjects", ())}
        for i, item in enumerate(value):
            where = f"$.{Signatures.KEY}[{i}]"
            try:
                png = base64.b64decode(item["png"], validate=True)
            except (binascii.Error, ValueError):
                yield f"{where}.png", Finding("json_other", "", Severity.ERROR,
                                              {"detail": "not base64"})
                continue
            problem = check_signature(png)
            if problem:
                yield f"{where}.png", Finding(problem, "", Severity.ERROR)
            elif hashlib.sha256(png).hexdigest() != item["sha256"]:
                yield f"{where}.sha256", Finding("notice_sha_mismatch", "", Severity.ERROR)
            subject = subjects.get(item["subject"])
            if subject is None:
                yield f"{where}.subject", Finding("unknown_subject_uid", "", Severity.ERROR,
                                                  {"id": item["subject"]})
            elif subject["erased_at"] is not None:
                yield f"{where}.subject", Finding("json_other", "", Severity.ERROR, {
                    "detail": "an erased person keeps no signature"})

    @staticmethod
    def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
        for item in value:
            dossier.consents.put_signature(item["sha256"], item["subject"],
                                           base64.b64decode(item["png"]), item["created_at"])


class Forms:
    KEY = "consent_forms"

    @staticmethod
    def export(dossier: Dossier) -> list[dict[str, Any]]:
        codes = {p.id: p.code for p in dossier.consents.purposes()}
        return [{"id": b.id, "first": b.first, "last": b.last, "language": b.language,
                 "printed_at": b.printed_at, "printed_by": b.printed_by,
                 "wordings": [{"purpose": codes[pid], "notice": nid}
                              for pid, nid in b.wordings]}
                for b in dossier.consent_forms.batches()]

    @staticmethod
    def check(value: list[dict[str, Any]], doc: dict[str, Any]
              ) -> Iterator[tuple[str, Finding]]:
        notices = {n["id"]: n for n in doc.get("notice_versions", ())}
        ids: set[int] = set()
        for i, item in enumerate(value):
            where = f"$.{Forms.KEY}[{i}]"
            if item["id"] in ids:
                yield f"{where}.id", Finding("json_duplicate_id", "", Severity.ERROR,
                                             {"id": str(item["id"])})
            ids.add(item["id"])
            if item["last"] < item["first"]:
                yield f"{where}.last", Finding("form_numbers_order", "", Severity.ERROR, {
                    "value": f"{item['first']}-{item['last']}"})
            for j, wording in enumerate(item["wordings"]):
                notice = notices.get(wording["notice"])
                if notice is None or notice["purpose"] != wording["purpose"]:
                    yield f"{where}.wordings[{j}]", Finding(
                        "unknown_code", "", Severity.ERROR,
                        {"code": str(wording["notice"]), "section": "notice_versions"})

    @staticmethod
    def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
        ids = {p.code: int(p.id or 0) for p in dossier.consents.purposes()}
        for item in value:
            dossier.consent_forms.put_batch(FormBatch(
                item["id"], item["first"], item["last"], item["language"],
                item["printed_at"], item["printed_by"],
                tuple((ids[w["purpose"]], w["notice"]) for w in item["wordings"])))


class FormEntries:
    KEY = "consent_form_entries"

    @staticmethod
    def export(dossier: Dossier) -> list[dict[str, Any]]:
        return [{"number": number, "seq": seq}
                for number, seq in dossier.consents.all_form_entries()]

    @staticmethod
    def check(value: list[dict[str, Any]], doc: dict[str, Any]
              ) -> Iterator[tuple[str, Finding]]:
        events = len(doc.get("consent_events", ()))
        seen: set[tuple[int, int]] = set()
        for i, item in enumerate(value):
            where = f"$.{FormEntries.KEY}[{i}]"
            if not 1 <= item["seq"] <= events:
                yield f"{where}.seq", Finding("unknown_code", "", Severity.ERROR, {
                    "code": str(item["seq"]), "section": "consent_events"})
            key = (item["number"], item["seq"])
            if key in seen:
                yield where, Finding("json_duplicate_id", "", Severity.ERROR,
                                     {"id": f"{key[0]}/{key[1]}"})
            seen.add(key)

    @staticmethod
    def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
        for item in value:
            dossier.consents.put_form_entry(item["number"], item["seq"])
