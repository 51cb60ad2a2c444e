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
from assistant.store.consent_repo import CHAIN_STATUS, LATEST_EVENTS

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
# decimal, as canonical() does.
_CHAIN_FIELDS = (
    "e.seq", "e.prev_hash", "s.uid", "e.identity_hash", "coalesce(p.code, '')", "e.kind",
    "e.occurred_at", "e.recorded_at", "e.channel", "e.channel_detail",
    "coalesce(n.version, '')", "coalesce(n.sha256, '')", "e.evidence", "e.recorded_by",
    "coalesce(i.sha256, '')", "coalesce(e.source_line, '')")
_CHAIN_SELECT = (
    "SELECT e.seq, e.prev_hash, e.hash, e.scheme, CAST(printf('"
    + SEPARATOR.join([SCHEME_TAG, *("%s" for _ in _CHAIN_FIELDS)]) + "', "
    + ", ".join(_CHAIN_FIELDS) + ") AS BLOB) "
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
    separators = FIELD_COUNT - 1
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
            if scheme != SCHEME:
                report.problems.append(Problem("chain_scheme", {
                    "seq": str(seq), "scheme": str(scheme)}))
                failed = True
                break
            if prev_hash != prev:
                report.problems.append(Problem("chain_link", {"seq": str(seq)}))
                failed = True
                break
            if text.count(separator) != separators or \
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


# -- what is derived from the ledger -----------------------------------------------------
# consent_status compared with the state rebuilt from the events alone (CHAIN_STATUS), with
# the number of people and purposes the ledger knows.
_STATUS_DIFFERENCES = (
    "SELECT x.subject_id, x.purpose_id, s.kind, x.kind, count(*) OVER (), "
    f"(SELECT count(*) FROM ({LATEST_EVENTS})) "
    f"FROM {CHAIN_STATUS} x LEFT JOIN consent_status s ON s.subject_id = x.subject_id "
    "AND s.purpose_id = x.purpose_id WHERE s.kind IS NOT x.kind "
    "OR s.occurred_at IS NOT x.occurred_at OR s.event_seq IS NOT x.event_seq "
    "ORDER BY x.subject_id, x.purpose_id LIMIT 1")
_EXTRA_STATUS = (
    "SELECT s.subject_id, s.purpose_id, s.kind FROM consent_status s WHERE NOT EXISTS ("
    "SELECT 1 FROM consent_event e WHERE e.subject_id = s.subject_id "
    "AND e.purpose_id = s.purpose_id) ORDER BY s.subject_id, s.purpose_id")


def check_derived(conn: sqlite3.Connection,
                  report) -> Generator[Progress, None, None]:  # type: ignore[no-untyped-def]
    """Rebuild from the ledger what the app keeps beside it for speed, and name every
    difference: a status changed or added outside the app (a withdrawn person shown as
    consenting), an erased identity put back, the count of an import's events."""
    from assistant.store.verify import Problem

    yield Progress(0, 3, "derived")
    first: tuple[int, int, str | None, str | None] | None = None
    count = 0
    row = conn.execute(_STATUS_DIFFERENCES).fetchone()
    if row is not None:
        first, count = (row[0], row[1], row[2], row[3]), int(row[4])
    pairs = row[5] if row is not None else conn.execute(
        f"SELECT count(*) FROM ({LATEST_EVENTS})").fetchone()[0]
    # rows for a person and purpose with no event at all: only looked for when the counts
    # leave room for them (a sound file never pays for it)
    stored_rows = conn.execute("SELECT count(*) FROM consent_status").fetchone()[0]
    extra = conn.execute(_EXTRA_STATUS).fetchall() if stored_rows > pairs - count else []
    if extra:
        count += len(extra)
        if first is None or (extra[0][0], extra[0][1]) < (first[0], first[1]):
            first = (extra[0][0], extra[0][1], extra[0][2], None)
    if first is not None:
        subject_id, purpose_id, stored, expected = first
        report.problems.append(Problem("status_unsupported", {
            "person": _uid(conn, subject_id), "purpose": _code(conn, purpose_id),
            "stored": stored or "—", "expected": expected or "—", "count": str(count)}))
    yield Progress(1, 3, "derived")
    # An erasure event and a kept identity, or a blanked identity and no erasure event.
    row = conn.execute(
        "SELECT s.uid, x.subject_id IS NOT NULL, count(*) OVER () FROM subject s "
        "LEFT JOIN (SELECT DISTINCT subject_id FROM consent_event WHERE purpose_id IS NULL) x "
        "ON x.subject_id = s.id WHERE (x.subject_id IS NOT NULL) != (s.erased_at IS NOT NULL) "
        "OR (s.erased_at IS NOT NULL AND (s.email != '' OR s.customer_ref IS NOT NULL OR "
        "s.first_name != '' OR s.last_name != '' OR s.phone != '' OR s.salt IS NOT NULL)) "
        "ORDER BY s.id LIMIT 1").fetchone()
    if row is not None:
        uid, recorded, count = row
        report.problems.append(Problem(
            "erasure_identity_back" if recorded else "erasure_unrecorded",
            {"person": uid, "count": str(count)}))
    yield Progress(2, 3, "derived")
    row = conn.execute(
        "SELECT i.file_name, i.events_added, coalesce(n.count, 0), count(*) OVER () "
        "FROM consent_import i LEFT JOIN (SELECT import_id, count(*) AS count "
        "FROM consent_event WHERE import_id IS NOT NULL GROUP BY import_id) n "
        "ON n.import_id = i.id WHERE i.events_added != coalesce(n.count, 0) "
        "ORDER BY i.id LIMIT 1").fetchone()
    if row is not None:
        name, stored, counted, count = row
        report.problems.append(Problem("import_count", {
            "file": name, "stored": str(stored), "counted": str(counted),
            "count": str(count)}))
    report.checks.append("derived")
    yield Progress(3, 3, "derived")


def _uid(conn: sqlite3.Connection, subject_id: int) -> str:
    row = conn.execute("SELECT uid FROM subject WHERE id = ?", (subject_id,)).fetchone()
    return str(row[0]) if row else f"#{subject_id}"


def _code(conn: sqlite3.Connection, purpose_id: int) -> str:
    row = conn.execute("SELECT code FROM consent_purpose WHERE id = ?",
                       (purpose_id,)).fetchone()
    return str(row[0]) if row else f"#{purpose_id}"
