"""The consent ledger's checks for ``verify``: the hash chain, event by event, and the
wordings' SHA-256. The first event that fails is named; a head printed earlier
(``verify --head HEX``) must still be in the chain."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Generator
from typing import Any

from assistant.domain.consent import (
    CANONICAL_FIELDS,
    FIELD_COUNTS,
    GENESIS,
    SCHEME_TAGS,
    SEPARATOR,
)
from assistant.domain.progress import Progress
from assistant.store.consents.status import statuses_hold_micros
from assistant.store.ledger.sql import (
    CANONICAL_SQL,
    LEAN_JOINS,
    UID_TEXT,
    canonical_printf,
    event_table,
)
from assistant.store.ledger.subject_forms import MICROS_END
from assistant.store.ledger.times import SQL_TIME_TEXT

BATCH = 20_000
HEAD_RE = re.compile(r"^[0-9a-f]{16,64}$")


def normalise_head(text: str) -> str:
    """A chain head as typed or pasted from a PDF: spaces and line breaks dropped, lower
    case. It is well formed when :data:`HEAD_RE` matches."""
    return "".join(text.split()).lower()


# Each event with its canonical form (assistant.domain.consent), made by SQLite in one
# printf() as UTF-8 bytes from the domain's field list: Python then only hashes them (a
# million events: 7.5 s when Python joined the fields, read as text and encoded again; 5 s
# so). Each event is hashed in the form of its own scheme.
def chain_select(conn: sqlite3.Connection) -> str:
    """The SELECT of ``(seq, prev_hash, hash, scheme, canonical bytes)`` of the events after
    ``?``, at most ``?`` of them, for this file. Of the rows as stored now, ``prev_hash`` is
    NULL (it is the hash of the row before), the hash is its 32 bytes, and the canonical
    form has nothing where the previous hash goes (:func:`check_chain` writes it in); of an
    older file's rows (verify reads a file without migrating it), the hashes are hex text
    and the form is whole."""
    if not _has_column(conn, "consent_event", "prev_hash"):
        return ("SELECT e.seq, NULL, e.hash, e.scheme, CAST(CASE e.scheme "
                + " ".join(f"WHEN {k} THEN {canonical_printf(k)}"
                           for k in sorted(CANONICAL_FIELDS))
                + " END AS BLOB) " + LEAN_JOINS + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?")
    absent = frozenset() if _has_column(conn, "consent_event", "date_unknown") \
        else frozenset({"date_unknown"})  # a file from before unknown dates
    return ("SELECT e.seq, e.prev_hash, e.hash, e.scheme, CAST(CASE e.scheme "
            + " ".join(f"WHEN {k} THEN {canonical_printf(k, absent, lean=False)}"
                       for k in sorted(CANONICAL_FIELDS))
            + " END AS BLOB) " + _OLD_JOINS + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?")


# The lean rows' canonical form whole, the previous hash written in by SQLite from the row
# before (the first row's is the genesis): Python then hashes each form and compares the
# digests of a whole batch at once (a million events: the Python part of the check from
# about 6.5 s to 2 s). It can only clear a batch: a batch it does not clear is judged again
# row by row (:func:`_lean_rows`), which names the first problem as it always did.
_PREVIOUS = f"CASE WHEN e0.seq IS NULL THEN '{GENESIS}' ELSE lower(hex(e0.hash)) END"


def _linked_printf(scheme: int) -> str:
    names = CANONICAL_FIELDS[scheme][1:]
    where = {**CANONICAL_SQL, "prev_hash": _PREVIOUS}
    return ("printf('" + SEPARATOR.join([SCHEME_TAGS[scheme], *("%s" for _ in names)])
            + "', " + ", ".join(where[name] for name in names) + ")")


LINKED_SELECT = (
    "SELECT e.seq, e.hash, e.scheme, CAST(CASE e.scheme "
    + " ".join(f"WHEN {k} THEN {_linked_printf(k)}" for k in sorted(CANONICAL_FIELDS))
    + " END AS BLOB) " + LEAN_JOINS + "LEFT JOIN consent_event e0 ON e0.seq = e.seq - 1 "
    "WHERE e.seq > ? ORDER BY e.seq LIMIT ?")


_OLD_JOINS = LEAN_JOINS.replace("JOIN consent_batch b ON b.id = e.batch_id ", "").replace(
    "b.import_id", "e.import_id")


_SEP = SEPARATOR.encode()


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
    select = chain_select(conn)
    lean = not _has_column(conn, "consent_event", "prev_hash")
    while not failed:
        rows = conn.execute(LINKED_SELECT if lean else select, (last, BATCH)).fetchall()
        if not rows:
            break
        cleared = _linked_rows(rows, expected, wanted, head_at) if lean else None
        if cleared is not None:
            prev, expected, head_at = cleared
            last = rows[-1][0]
            yield Progress(min(last, total), total, "chain")
            continue
        if lean:
            rows = conn.execute(select, (last, BATCH)).fetchall()
        step = _lean_rows if lean else _old_rows
        prev, expected, head_at, problem = step(rows, prev, expected, wanted, head_at)
        if problem is not None:
            report.problems.append(Problem(*problem))
            failed = True
            break
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


_SEPARATORS = {k: n - 1 for k, n in FIELD_COUNTS.items()}
_Found = tuple[str, int, int, tuple[str, dict[str, str]] | None]


def _lean_rows(rows: list[tuple[Any, ...]], prev: str, expected: int, wanted: str,
               head_at: int) -> _Found:
    """Check a batch of lean rows against the chain so far (``prev``: the last hash, hex):
    the new last hash, the seq expected next, where the head asked for was found, and the
    first problem."""
    sha256, separators, separator = hashlib.sha256, _SEPARATORS, _SEP
    prev_bytes = prev.encode()
    for seq, _, stored, scheme, text in rows:
        if seq != expected:
            return prev, expected, head_at, ("chain_gap", {
                "seq": str(seq), "expected": str(expected)})
        if scheme not in separators:
            return prev, expected, head_at, ("chain_scheme", {
                "seq": str(seq), "scheme": str(scheme)})
        at = text.index(separator, text.index(separator) + 1) + 1
        whole = text[:at] + prev_bytes + text[at:]
        if whole.count(separator) != separators[scheme] or sha256(whole).digest() != stored:
            return prev_bytes.decode(), expected, head_at, ("chain_hash", {"seq": str(seq)})
        prev_bytes = stored.hex().encode()
        if wanted and not head_at and prev_bytes.startswith(wanted.encode()):
            head_at = seq
        expected += 1
    return prev_bytes.decode(), expected, head_at, None


def _linked_rows(rows: list[tuple[Any, ...]], expected: int, wanted: str,
                 head_at: int) -> tuple[str, int, int] | None:
    """A batch of :data:`LINKED_SELECT`'s rows cleared at once: the new last hash, the seq
    expected next and where the head asked for was found; None when any row of the batch is
    not as :func:`_lean_rows` would clear it.

    The seqs are the rows' keys, in order: the first and the last tell that none is missing.
    A form has at least the separators its printf() writes (a field can only add some): the
    batch's total is the sum of what each scheme writes only when every form has exactly
    those."""
    if rows[0][0] != expected or rows[-1][0] != expected + len(rows) - 1:
        return None
    separators = _SEPARATORS
    schemes = [row[2] for row in rows]
    if not separators.keys() >= set(schemes):
        return None
    texts = [row[3] for row in rows]
    if b"".join(texts).count(_SEP) != sum(map(separators.__getitem__, schemes)):
        return None
    sha256 = hashlib.sha256
    stored = [row[1] for row in rows]
    if [sha256(text).digest() for text in texts] != stored:
        return None
    if wanted and not head_at:
        head_at = next((row[0] for row in rows if row[1].hex().startswith(wanted)), 0)
    return stored[-1].hex(), rows[-1][0] + 1, head_at


def _old_rows(rows: list[tuple[Any, ...]], prev: str, expected: int, wanted: str,
              head_at: int) -> _Found:
    """:func:`_lean_rows` for the rows of a file from before the lean rows (hashes as hex
    text, each row holding the hash before it)."""
    sha256, separators, separator = hashlib.sha256, _SEPARATORS, _SEP
    for seq, prev_hash, stored, scheme, text in rows:
        if seq != expected:
            return prev, expected, head_at, ("chain_gap", {
                "seq": str(seq), "expected": str(expected)})
        if scheme not in separators:
            return prev, expected, head_at, ("chain_scheme", {
                "seq": str(seq), "scheme": str(scheme)})
        if prev_hash != prev:
            return prev, expected, head_at, ("chain_link", {"seq": str(seq)})
        if text.count(separator) != separators[scheme] or \
                sha256(text).hexdigest() != stored:
            return prev, expected, head_at, ("chain_hash", {"seq": str(seq)})
        if wanted and not head_at and stored.startswith(wanted):
            head_at = seq
        prev, expected = stored, expected + 1
    return prev, expected, head_at, None


# People whose erasure and identity disagree: an erasure event and a kept identity, or a
# blanked identity and no erasure event (``s`` is the subject).
_ERASURE_MISMATCH = (
    "LEFT JOIN (SELECT DISTINCT subject_id FROM consent_event WHERE purpose_id IS NULL) x "
    "ON x.subject_id = s.id WHERE (x.subject_id IS NOT NULL) != (s.erased_at IS NOT NULL) "
    "OR (s.erased_at IS NOT NULL AND (s.email != '' OR s.customer_ref IS NOT NULL OR "
    "s.first_name != '' OR s.last_name != '' OR s.phone != '' OR s.salt IS NOT NULL))")


def erasure_mismatches(conn: sqlite3.Connection) -> set[int]:
    """The ids of the people :func:`check_derived` names for their erasure (so that another
    check does not name them a second time)."""
    return {sid for (sid,) in conn.execute(f"SELECT s.id FROM subject s {_ERASURE_MISMATCH}")}


# -- what is derived from the ledger -----------------------------------------------------
def check_derived(conn: sqlite3.Connection,
                  report) -> Generator[Progress, None, None]:  # type: ignore[no-untyped-def]
    """Rebuild from the ledger what the app keeps beside it for speed, and name every
    difference: a status changed or added outside the app (a withdrawn person shown as
    consenting), an erased identity put back, the count of an import's events."""
    from assistant.store.verify import Problem

    yield Progress(0, 3, "derived")
    first, count = _status_differences(conn)
    if first is not None:
        subject_id, purpose_id, stored, expected = first
        report.problems.append(Problem("status_unsupported", {
            "person": _uid(conn, subject_id), "purpose": _code(conn, purpose_id),
            "stored": stored or "—", "expected": expected or "—", "count": str(count)}))
    yield Progress(1, 3, "derived")
    # An erasure event and a kept identity, or a blanked identity and no erasure event.
    row = conn.execute(
        f"SELECT {UID_TEXT}, x.subject_id IS NOT NULL, count(*) OVER () FROM subject s "
        f"{_ERASURE_MISMATCH} ORDER BY s.id LIMIT 1").fetchone()
    if row is not None:
        uid, recorded, count = row
        report.problems.append(Problem(
            "erasure_identity_back" if recorded else "erasure_unrecorded",
            {"person": uid, "count": str(count)}))
    yield Progress(2, 3, "derived")
    row = conn.execute(
        "SELECT i.file_name, i.events_added, coalesce(n.count, 0), count(*) OVER () "
        "FROM consent_import i LEFT JOIN (SELECT import_id, count(*) AS count "
        f"FROM {event_table(conn)} WHERE import_id IS NOT NULL GROUP BY import_id) n "
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
    row = conn.execute(f"SELECT {UID_TEXT} FROM subject s WHERE s.id = ?",
                       (subject_id,)).fetchone()
    return str(row[0]) if row else f"#{subject_id}"


def _code(conn: sqlite3.Connection, purpose_id: int) -> str:
    row = conn.execute("SELECT code FROM consent_purpose WHERE id = ?",
                       (purpose_id,)).fetchone()
    return str(row[0]) if row else f"#{purpose_id}"


_Difference = tuple[int, int, str | None, str | None]  # subject, purpose, stored, derived


def _status_differences(conn: sqlite3.Connection) -> tuple[_Difference | None, int]:
    """consent_status against the statuses derived from the events: the first difference
    ``(subject, purpose, stored, derived)`` in person, purpose order, and how many there are.

    Most people have at most one event per purpose and no erasure: their status is that
    event, and one SQL statement finds whether any differs (100,000 people: 0.3 s instead
    of 1.2 s through Python). The others go through the ledger's own rule. Only when all
    agree is the answer the fast one: otherwise (a file changed outside the app) everyone
    goes through :func:`_reference_differences`, for the first difference, the count and
    any error exactly as it finds them."""
    try:
        if _all_statuses_match(conn):
            return None, 0
    except Exception:  # whatever the rule makes of it, it makes again below
        pass
    return _reference_differences(conn, None)


def _all_statuses_match(conn: sqlite3.Connection) -> bool:
    odd_keys = conn.execute(
        "SELECT 1 FROM consent_status WHERE typeof(subject_id) != 'integer' OR "
        "typeof(purpose_id) != 'integer' UNION ALL SELECT 1 FROM consent_event WHERE "
        "typeof(subject_id) != 'integer' OR (purpose_id IS NOT NULL AND "
        "typeof(purpose_id) != 'integer') LIMIT 1").fetchone()
    if odd_keys is not None:
        return False
    involved, differing = _simple_status_sql(conn)
    if conn.execute(differing).fetchone() is not None:
        return False
    ids = [sid for (sid,) in conn.execute(involved + " ORDER BY 1")]
    return all(_reference_differences(conn, ids[at:at + 500]) == (None, 0)
               for at in range(0, len(ids), 500))


def _simple_status_sql(conn: sqlite3.Connection) -> tuple[str, str]:
    """The SELECT of the people the rule must judge (an erasure, several events for one
    purpose, a value not as the app writes it), and the SELECT of any difference among
    everyone else: a status with no event or not the one event of its purpose, an event
    with no status. Everything the rule would read of those people as text is then
    ASCII (it cannot fail to read it)."""
    lean = event_table(conn) == "consent_event_text"
    # the event's time as the status holds it: the same integer, or as text (a file from
    # before the statuses' integer times, read without migrating it)
    when = "e.occurred_at" if not lean or statuses_hold_micros(conn) \
        else SQL_TIME_TEXT.format(x="e.occurred_at")
    when_ok = ("typeof(occurred_at) = 'integer' AND occurred_at >= 0 AND occurred_at < "
               f"{MICROS_END}" if lean else f"occurred_at GLOB '{_TIME_GLOB}'")
    event_unknown = "e.date_unknown" if _has_column(conn, "consent_event", "date_unknown") \
        else "0"
    status_unknown = "st.date_unknown" if _has_column(conn, "consent_status",
                                                      "date_unknown") else "0"
    involved = (
        "SELECT subject_id FROM consent_event WHERE purpose_id IS NULL UNION "
        "SELECT subject_id FROM consent_event WHERE purpose_id IS NOT NULL "
        "GROUP BY subject_id, purpose_id HAVING count(*) > 1 UNION "
        f"SELECT subject_id FROM consent_event e WHERE NOT ({when_ok} AND "
        "(kind = 'granted' OR kind = 'withdrawn' OR kind = 'refused' OR kind = 'erased') "
        f"AND typeof({event_unknown}) = 'integer')")
    # Each event of everyone else has the status of its own (the one event of its person and
    # purpose), with the event's values; and there are as many of those statuses as events:
    # so no status is left without its event. Read in the events' order, one look-up each
    # (a million people: 2.2 s; from the statuses, 3 s).
    differing = (
        f"WITH involved AS MATERIALIZED ({involved}) "
        "SELECT 1 FROM consent_event e LEFT JOIN consent_status st "
        "ON st.subject_id = e.subject_id AND st.purpose_id = e.purpose_id "
        "WHERE e.purpose_id IS NOT NULL AND e.subject_id NOT IN involved "
        "AND (st.subject_id IS NULL OR NOT ("
        f"st.kind IS e.kind AND st.occurred_at IS {when} AND "
        f"{status_unknown} IS {event_unknown} AND st.event_seq IS e.seq)) "
        "UNION ALL SELECT 1 WHERE (SELECT count(*) FROM consent_status "
        "WHERE subject_id NOT IN involved) != (SELECT count(*) FROM consent_event "
        "WHERE purpose_id IS NOT NULL AND subject_id NOT IN involved) LIMIT 1")
    return involved, differing


_TIME_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]." \
    "[0-9][0-9][0-9][0-9][0-9][0-9]Z"


def _reference_differences(conn: sqlite3.Connection, subject_ids: list[int] | None
                           ) -> tuple[_Difference | None, int]:
    """consent_status against :func:`ledger_statuses` (of these people, or of everyone),
    both in person, purpose order, read side by side."""
    from assistant.store.consents.status import ledger_statuses, ledger_statuses_stored

    unknown = "date_unknown" if _has_column(conn, "consent_status", "date_unknown") else "0"
    where = "" if subject_ids is None else \
        f"WHERE subject_id IN ({','.join('?' * len(subject_ids))}) "
    stored = conn.execute(
        f"SELECT subject_id, purpose_id, kind, occurred_at, {unknown}, event_seq "
        f"FROM consent_status {where}ORDER BY subject_id, purpose_id", subject_ids or ())
    # compared as the table holds the times: integers (this schema), or text
    derived: Any = (ledger_statuses_stored if statuses_hold_micros(conn)
                    else ledger_statuses)(conn, subject_ids)
    first: _Difference | None = None
    found: _Difference | None
    count = 0
    a: Any = next(stored, None)
    b: Any = next(derived, None)
    while a is not None or b is not None:
        if b is None or (a is not None and tuple(a[:2]) < tuple(b[:2])):  # no event for it
            found, a = (a[0], a[1], a[2], None), next(stored, None)
        elif a is None or tuple(b[:2]) < tuple(a[:2]):  # events, and no status
            found, b = (b[0], b[1], None, b[2]), next(derived, None)
        else:
            found = None if tuple(a) == tuple(b) else (a[0], a[1], a[2], b[2])
            a, b = next(stored, None), next(derived, None)
        if found is not None:
            count += 1
            first = first or found
    return first, count


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


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
