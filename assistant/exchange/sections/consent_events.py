"""``consent_events``: the ledger, in chain order, with each event's hashes.

Import recomputes the whole chain from the JSON (the same canonical form as ``verify``) and
refuses the file at the first event that does not verify, naming its JSON path; the events
are then written as they were, so the imported dossier has the same chain head. Each event
keeps the canonical scheme it was hashed with; ``date_unknown`` (format version 2) is false
when absent (a format version 1 file).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.consent import FIELD_COUNTS, GENESIS, event_fields, event_hash
from assistant.domain.findings import Finding, Severity
from assistant.store.dossier import Dossier
from assistant.store.ledger.restore import KeptEvent, kept_events, restore_events
from assistant.store.ledger.times import NotCanonical, hash_blob, utc_micros

KEY = "consent_events"


def export(dossier: Dossier) -> Iterator[dict[str, Any]]:
    for e in kept_events(dossier.conn):
        yield {"seq": e.seq, "scheme": e.scheme, "subject": e.subject_uid,
               "identity_hash": e.identity_hash, "purpose": e.purpose, "kind": e.kind,
               "occurred_at": e.occurred_at, "recorded_at": e.recorded_at,
               "channel": e.channel, "channel_detail": e.channel_detail,
               "notice_version": e.notice_version, "evidence": e.evidence,
               "recorded_by": e.recorded_by, "source_sha256": e.source_sha256,
               "source_file": e.source_file, "source_line": e.source_line,
               "date_unknown": e.date_unknown, "prev_hash": e.prev_hash, "hash": e.hash}


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    subjects = {s["id"] for s in doc.get("subjects", ())}
    purposes = {p["code"] for p in doc.get("consent_purposes", ())}
    notices = {(n["purpose"], n["version"]): n["sha256"] for n in doc.get("notice_versions", ())}
    prev = GENESIS
    for i, e in enumerate(value):
        where = f"$.{KEY}[{i}]"
        if e["seq"] != i + 1:
            yield f"{where}.seq", Finding("chain_order", "", Severity.ERROR,
                                          {"expected": str(i + 1)})
            return
        if e["subject"] not in subjects:
            yield f"{where}.subject", Finding("unknown_subject_uid", "", Severity.ERROR,
                                              {"id": e["subject"]})
            return
        if (e["kind"] == "erased") != (e["purpose"] is None):
            yield f"{where}.purpose", Finding("json_other", "", Severity.ERROR,
                                              {"detail": "an erasure has no purpose; every "
                                               "other event has one"})
            return
        if e["purpose"] is not None and e["purpose"] not in purposes:
            yield f"{where}.purpose", Finding("unknown_code", "", Severity.ERROR,
                                              {"code": e["purpose"],
                                               "section": "consent_purposes"})
            return
        sha = ""
        if e["notice_version"] is not None:
            found = notices.get((e["purpose"], e["notice_version"]))
            if found is None:
                yield f"{where}.notice_version", Finding(
                    "unknown_code", "", Severity.ERROR,
                    {"code": e["notice_version"], "section": "notice_versions"})
                return
            sha = found
        if bool(e["source_sha256"]) != (e["source_line"] is not None):
            yield f"{where}.source_line", Finding("json_other", "", Severity.ERROR, {
                "detail": "source_sha256 and source_line go together"})
            return
        unstorable = _unstorable(e)
        if unstorable is not None:
            yield f"{where}.{unstorable[0]}", unstorable[1]
            return
        unknown = bool(e.get("date_unknown", False))
        if e["scheme"] == 1 and (unknown or e["kind"] == "refused"):
            yield f"{where}.scheme", Finding("json_other", "", Severity.ERROR, {
                "detail": "scheme 1 has no refusal and no unknown date"})
            return
        digest = event_hash(event_fields(
            e["scheme"], seq=e["seq"], prev_hash=e["prev_hash"], subject_uid=e["subject"],
            identity_hash=e["identity_hash"], purpose=e["purpose"] or "", kind=e["kind"],
            occurred_at=e["occurred_at"], date_unknown=unknown, recorded_at=e["recorded_at"],
            channel=e["channel"], channel_detail=e["channel_detail"],
            notice_version=e["notice_version"] or "", notice_sha256=sha,
            evidence=e["evidence"], recorded_by=e["recorded_by"],
            source_sha256=e["source_sha256"], source_line=e["source_line"]),
            scheme=e["scheme"])
        if e["scheme"] not in FIELD_COUNTS or e["prev_hash"] != prev or digest != e["hash"]:
            yield where, Finding("chain_broken", "", Severity.ERROR)
            return
        prev = e["hash"]


def _unstorable(e: dict[str, Any]) -> tuple[str, Finding] | None:
    """The first field the ledger could not store as the very text its hash covers (a time
    without its six digits of fraction or before 1970, a hash in capitals), refused here with
    its path rather than failing while the dossier is written."""
    for field in ("occurred_at", "recorded_at"):
        try:
            utc_micros(e[field])
        except NotCanonical:
            return field, Finding("json_timestamp", "", Severity.ERROR,
                                  {"value": str(e[field])[:80]})
    for field in ("identity_hash", "hash"):
        try:
            hash_blob(e[field])
        except NotCanonical:
            return field, Finding("json_other", "", Severity.ERROR, {
                "detail": "a SHA-256 is written as 64 lower-case hexadecimal digits"})
    return None


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    restore_events(dossier.conn, (KeptEvent(
        e["seq"], e["scheme"], e["subject"], e["identity_hash"], e["purpose"], e["kind"],
        e["occurred_at"], e["recorded_at"], e["channel"], e["channel_detail"],
        e["notice_version"], e["evidence"], e["recorded_by"], e["source_sha256"],
        e["source_file"], e["source_line"], e["prev_hash"], e["hash"],
        bool(e.get("date_unknown", False))) for e in value))
