"""The consent ledger's checks for ``verify``: the hash chain, event by event, and the
wordings' SHA-256. The first event that fails is named; a head printed earlier
(``verify --head HEX``) must still be in the chain."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Generator

from assistant.domain.consent import FIELD_COUNTS, GENESIS, SCHEME_TAGS, SEPARATOR
from assistant.domain.progress import Progress

BATCH = 20_000
HEAD_RE = re.compile(r"^[0-9a-f]{16,64}$")


def normalise_head(text: str) -> str:
    """A chain head as typed or pasted from a PDF: spaces and line breaks dropped, lower
    case. It is well formed when :data:`HEAD_RE` matches."""
    return "".join(text.split()).lower()


# Each event with its canonical form (assistant.domain.consent), made by SQLite in one
# printf() as UTF-8 bytes: Python then only hashes them (a million events: 7.5 s when Python
# joined the fields, read as text and encoded again; 5 s so). printf writes an absent value
# (no purpose for an erasure, no wording, typed in, no line) as nothing and an integer in
# decimal, as canonical() does. Each event is hashed in the form of its own scheme.
_CHAIN_FIELDS = {
    1: ("e.seq", "e.prev_hash", "s.uid", "e.identity_hash", "coalesce(p.code, '')", "e.kind",
        "e.occurred_at", "e.recorded_at", "e.channel", "e.channel_detail",
        "coalesce(n.version, '')", "coalesce(n.sha256, '')", "e.evidence", "e.recorded_by",
        "coalesce(i.sha256, '')", "coalesce(e.source_line, '')"),
    2: ("e.seq", "e.prev_hash", "s.uid", "e.identity_hash", "coalesce(p.code, '')", "e.kind",
        "e.occurred_at", "e.date_unknown", "e.recorded_at", "e.channel", "e.channel_detail",
        "coalesce(n.version, '')", "coalesce(n.sha256, '')", "e.evidence", "e.recorded_by",
        "coalesce(i.sha256, '')", "coalesce(e.source_line, '')"),
}
assert all(len(f) == FIELD_COUNTS[k] - 1 for k, f in _CHAIN_FIELDS.items())


def _printf(scheme: int) -> str:
    fields = _CHAIN_FIELDS[scheme]
    return ("printf('" + SEPARATOR.join([SCHEME_TAGS[scheme], *("%s" for _ in fields)])
            + "', " + ", ".join(fields) + ")")


_CHAIN_SELECT = (
    "SELECT e.seq, e.prev_hash, e.hash, e.scheme, CAST(CASE e.scheme "
    + " ".join(f"WHEN {k} THEN {_printf(k)}" for k in sorted(_CHAIN_FIELDS))
    + " END AS BLOB) "
    "FROM consent_event e JOIN subject s ON s.id = e.subject_id "
    "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
    "LEFT JOIN notice_version n ON n.id = e.notice_id "
    "LEFT JOIN consent_import i ON i.id = e.import_id "
    "WHERE e.seq > ? ORDER BY e.seq LIMIT ?")


def check_chain(conn: sqlite3.Connection, report) -> Generator[Progress, None, None]:  # type: ignore[no-untyped-def]
    from assistant.store.verify import Problem

    total = int(conn.execute("SELECT coalesce(max(seq), 0) FROM consent_event").fetchone()[0])
    wanted = (report.head or "").strip().lower()
    if wanted and not HEAD_RE.match(wanted):
        report.problems.append(Problem("head_malformed", {"head": wanted[:80]}))
        wanted = ""
    if wanted and GENESIS.startswith(wanted):
        # The head of a ledger that had no event yet (a PDF of an empty dossier prints it):
        # every chain starts from it, so it proves nothing and fails nothing.
        report.facts["head_empty"] = wanted
        wanted = ""
    head_at = 0
    yield Progress(0, total, "chain")
    prev, expected, last = GENESIS, 1, 0
    failed = False
    sha256 = hashlib.sha256
    separators = {k: n - 1 for k, n in FIELD_COUNTS.items()}
    separator = SEPARATOR.encode()
    while not failed:
        rows = conn.execute(_CHAIN_SELECT, (last, BATCH)).fetchall()
        if not rows:
            break
        for seq, prev_hash, stored, scheme, text in rows:
            if seq != expected:
                report.problems.append(Problem("chain_gap", {
                    "seq": str(seq), "expected": str(expected)}))
                failed = True
                break
            if scheme not in separators:
                report.problems.append(Problem("chain_scheme", {
                    "seq": str(seq), "scheme": str(scheme)}))
                failed = True
                break
            if prev_hash != prev:
                report.problems.append(Problem("chain_link", {"seq": str(seq)}))
                failed = True
                break
            if text.count(separator) != separators[scheme] or \
                    sha256(text).hexdigest() != stored:
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


def check_signatures(conn: sqlite3.Connection, report) -> Generator[Progress, None, None]:  # type: ignore[no-untyped-def]
    """Each signature drawn on the customer's screen must still give the SHA-256 its events
    quote, and a person not erased must still have the signature their events name."""
    from assistant.domain.consent_wording import SIGNATURE_PREFIX, signature_in
    from assistant.store.verify import Problem

    if conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND "
                    "name = 'consent_signature'").fetchone() is None:
        return  # a dossier from before signatures (verify reads it without migrating)
    yield Progress(0, 1, "signatures")
    count = 0
    for sha, png in conn.execute("SELECT sha256, png FROM consent_signature ORDER BY sha256"):
        count += 1
        if hashlib.sha256(png).hexdigest() != sha:
            report.problems.append(Problem("signature_altered", {"sha256": sha}))
            break
    for seq, evidence in conn.execute(
            "SELECT e.seq, e.evidence FROM consent_event e JOIN subject s ON s.id = e.subject_id "
            "WHERE s.erased_at IS NULL AND instr(e.evidence, ?) > 0 AND NOT EXISTS ("
            "SELECT 1 FROM consent_signature g WHERE instr(e.evidence, g.sha256) > 0) "
            "ORDER BY e.seq LIMIT 1", (SIGNATURE_PREFIX,)):
        report.problems.append(Problem("signature_missing", {
            "seq": str(seq), "sha256": signature_in(evidence)}))
    report.checks.append("signatures")
    if count:
        report.facts["signatures"] = str(count)
    yield Progress(1, 1, "signatures")
