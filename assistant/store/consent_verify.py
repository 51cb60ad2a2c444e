"""The consent ledger's checks for ``verify``: the hash chain, event by event, and the
wordings' SHA-256. The first event that fails is named; a head printed earlier
(``verify --head HEX``) must still be in the chain."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Generator

from assistant.domain.consent import GENESIS, SCHEME, event_hash
from assistant.domain.progress import Progress
from assistant.store.consent_repo import EVENT_SELECT

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
    while not failed:
        rows = conn.execute(EVENT_SELECT + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                            (last, BATCH)).fetchall()
        if not rows:
            break
        for row in rows:
            seq, prev_hash, stored, scheme = row[0], row[1], row[16], row[17]
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
            if event_hash(row[:16]) != stored:
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
