"""The consent ledger's checks for ``verify``: the hash chain, event by event, and the
wordings' SHA-256. The first event that fails is named; a head printed earlier
(``verify --head HEX``) must still be in the chain."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Generator

from assistant.domain.consent import FIELD_COUNT, GENESIS, SCHEME, SCHEME_TAG, SEPARATOR
from assistant.domain.progress import Progress

BATCH = 20_000
HEAD_RE = re.compile(r"^[0-9a-f]{16,64}$")


def check_chain(conn: sqlite3.Connection, report) -> Generator[Progress, None, None]:  # type: ignore[no-untyped-def]
    from assistant.store.verify import Problem

    total = int(conn.execute("SELECT coalesce(max(seq), 0) FROM consent_event").fetchone()[0])
    wanted = (report.head or "").strip().lower()
    if wanted and not HEAD_RE.match(wanted):
        report.problems.append(Problem("head_malformed", {"head": wanted[:80]}))
        wanted = ""
    head_at = 0
    yield Progress(0, total, "chain")
    prev, expected, last = GENESIS, 1, 0
    failed = False
    # The small tables are read once; only the people are joined, event by event.
    codes = dict(conn.execute("SELECT id, code FROM consent_purpose").fetchall())
    notices = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT id, version, sha256 FROM notice_version")}
    imports = dict(conn.execute("SELECT id, sha256 FROM consent_import").fetchall())
    sha256 = hashlib.sha256
    while not failed:
        rows = conn.execute(
            "SELECT e.seq, e.prev_hash, s.uid, e.identity_hash, e.purpose_id, e.kind, "
            "e.occurred_at, e.recorded_at, e.channel, e.channel_detail, e.notice_id, "
            "e.evidence, e.recorded_by, e.import_id, e.source_line, e.hash, e.scheme "
            "FROM consent_event e JOIN subject s ON s.id = e.subject_id "
            "WHERE e.seq > ? ORDER BY e.seq LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            break
        for (seq, prev_hash, uid, ihash, purpose_id, kind, occurred, recorded, channel,
             detail, notice_id, evidence, recorded_by, import_id, line, stored,
             scheme) in rows:
            if seq != expected:
                report.problems.append(Problem("chain_gap", {
                    "seq": str(seq), "expected": str(expected)}))
                failed = True
                break
            if scheme != SCHEME:
                report.problems.append(Problem("chain_scheme", {
                    "seq": str(seq), "scheme": str(scheme)}))
                failed = True
                break
            if prev_hash != prev:
                report.problems.append(Problem("chain_link", {"seq": str(seq)}))
                failed = True
                break
            version, notice_sha = notices.get(notice_id, ("", "")) if notice_id else ("", "")
            text = SEPARATOR.join((
                SCHEME_TAG, str(seq), prev_hash, uid, ihash,
                codes.get(purpose_id, "") if purpose_id else "", kind, occurred, recorded,
                channel, detail, version, notice_sha, evidence, recorded_by,
                imports.get(import_id, "") if import_id else "",
                "" if line is None else str(line)))
            if text.count(SEPARATOR) != FIELD_COUNT - 1 or \
                    sha256(text.encode("utf-8")).hexdigest() != stored:
                report.problems.append(Problem("chain_hash", {"seq": str(seq)}))
                failed = True
                break
            if wanted and not head_at and stored.startswith(wanted):
                head_at = seq
            prev, expected = stored, expected + 1
        last = rows[-1][0]
        yield Progress(min(last, total), total, "chain")
    report.checks.append("chain")
    report.facts["consent_events"] = str(total)
    if total and not failed:
        report.facts["chain_head"] = prev
    if wanted and not failed:
        if head_at:
            report.facts["head_found"] = str(head_at)
        else:
            report.problems.append(Problem("head_not_found", {"head": wanted,
                                                              "count": str(total)}))
    # The wordings: each kept text must still give the SHA-256 the events cite.
    for nid, version, text, sha in conn.execute(
            "SELECT id, version, text, sha256 FROM notice_version ORDER BY id"):
        digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
        if digest != sha:
            report.problems.append(Problem("notice_altered", {"id": str(nid),
                                                              "version": version}))
            break
    report.checks.append("notices")
    yield Progress(total, total, "chain")
