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
from assistant.store.consent_repo import EVENT_SELECT, rebuild_status
from assistant.store.dossier import Dossier

KEY = "consent_events"
BATCH = 20_000


def export(dossier: Dossier) -> Iterator[dict[str, Any]]:
    conn = dossier.conn
    files = dict(conn.execute("SELECT id, file_name FROM consent_import").fetchall())
    last = 0
    while True:
        rows = conn.execute(
            EVENT_SELECT + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            yield {"seq": r[0], "scheme": r[17], "subject": r[2], "identity_hash": r[3],
                   "purpose": r[4] or None, "kind": r[5], "occurred_at": r[6],
                   "recorded_at": r[7], "channel": r[8], "channel_detail": r[9],
                   "notice_version": r[10] or None, "evidence": r[12], "recorded_by": r[13],
                   "source_sha256": r[14], "source_file": files.get(r[21], ""),
                   "source_line": r[15], "date_unknown": bool(r[22]), "prev_hash": r[1],
                   "hash": r[16]}
        last = rows[-1][0]


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


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    conn = dossier.conn
    subjects = dict(conn.execute("SELECT uid, id FROM subject").fetchall())
    purposes = {p.code: p.id for p in dossier.consents.purposes()}
    code_of = {i: c for c, i in purposes.items()}
    notices = {(code_of[n.purpose_id], n.version): n.id for n in dossier.consents.notices()}
    imports: dict[str, int] = {}
    rows = []
    for e in value:
        import_id = None
        if e["source_sha256"]:
            import_id = imports.get(e["source_sha256"])
            if import_id is None:
                cur = conn.execute(
                    "INSERT INTO consent_import (sha256, file_name, imported_at, recorded_by, "
                    "rows_read, events_added) VALUES (?, ?, ?, ?, 0, 0)",
                    (e["source_sha256"], e["source_file"], e["recorded_at"], e["recorded_by"]))
                import_id = imports[e["source_sha256"]] = int(cur.lastrowid or 0)
            conn.execute("UPDATE consent_import SET events_added = events_added + 1, "
                         "rows_read = max(rows_read, ?) WHERE id = ?",
                         (e["source_line"], import_id))
        rows.append((e["seq"], e["scheme"], subjects[e["subject"]], e["identity_hash"],
                     purposes.get(e["purpose"]) if e["purpose"] else None, e["kind"],
                     e["occurred_at"], e["recorded_at"], e["channel"], e["channel_detail"],
                     notices.get((e["purpose"], e["notice_version"]))
                     if e["notice_version"] else None,
                     e["evidence"], e["recorded_by"], import_id, e["source_line"],
                     e["prev_hash"], e["hash"], int(bool(e.get("date_unknown", False)))))
        if len(rows) >= BATCH:
            _insert(conn, rows)
    _insert(conn, rows)
    rebuild_status(conn)


def _insert(conn: Any, rows: list[tuple[Any, ...]]) -> None:
    from assistant.store.consent_repo import EVENT_INSERT

    if rows:
        conn.executemany(EVENT_INSERT, rows)
        rows.clear()
