"""The consent ledger of a dossier: purposes, wordings, people and hash-chained events.

Events are appended, never changed (the schema's triggers refuse it); a mistake is corrected
by recording the opposite event. Erasing a person blanks their identity and appends an
erasure event. Other areas use: :meth:`ConsentRepository.erase_subject` (rights requests),
:meth:`chain_head` and :meth:`purpose_summary` (PDF), :meth:`consent_processing_gaps` (guide).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import format_utc, now_text, parse_utc, utc_now
from assistant.domain.consent import (
    GENESIS,
    SCHEME,
    Channel,
    Event,
    EventKind,
    Identity,
    NoticeVersion,
    Purpose,
    Subject,
    add_months,
    identity_hash,
    notice_sha256,
    search_terms,
    supersedes,
)
from assistant.domain.consent_rules import check_identity, check_notice, check_purpose
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.identity import email_key, normalise_identity
from assistant.store.errors import InUse
from assistant.store.ledger.append import Chain, NewEvent, append, erase
from assistant.store.ledger.people import (
    insert_subject,
    new_salt,
    new_uid,
    write_identity,
)
from assistant.store.ledger.sql import EVENT_SELECT, event_table
from assistant.store.ledger.times import micros_text
from assistant.store.phones import phone_key
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.domain.processing import Processing
    from assistant.store.dossier import Dossier

_PURPOSE_COLS = ("id", "code", "label", "description", "processing_id", "validity_months",
                 "archived", "created_at", "updated_at")
_NOTICE_COLS = ("id", "purpose_id", "version", "text", "sha256", "effective_from", "language",
                "created_at")
_SUBJECT_COLS = ("id", "uid", "email", "customer_ref", "first_name", "last_name", "phone",
                 "created_at", "erased_at")

STATUS_GUARDS = "consent_status_"  # the schema's triggers that keep the table to the ledger


def ledger_statuses(conn: sqlite3.Connection, subject_ids: Sequence[int] | None = None
                    ) -> Iterator[tuple[int, int, str, str, int, int]]:
    """Everyone's current state derived from the events alone, as consent_status should
    hold it: ``(subject_id, purpose_id, kind, occurred_at, date_unknown, event_seq)`` in
    person then purpose order. The rule is the table's own (STATUS_CONFLICT): each event, in
    the ledger's order, replaces the state if it is newer and
    :func:`~assistant.domain.consent.supersedes` lets it; an erasure ends every purpose.
    ``subject_ids``: only these people (a page of the list)."""
    where, args = "", tuple[int, ...]()
    if subject_ids is not None:
        where = f" AND subject_id IN ({','.join('?' * len(subject_ids))})"
        args = tuple(subject_ids)
    # the lean rows' times are integers, in the same order as their text: read as they are
    # stored, written as text once per status (a dossier read without migrating it holds
    # text, and may be older than unknown dates)
    lean = event_table(conn) == "consent_event_text"
    as_text: Callable[[Any], str] = micros_text if lean else str
    erased = {sid: (as_text(when), seq) for sid, seq, when in conn.execute(
        "SELECT subject_id, seq, occurred_at FROM consent_event WHERE purpose_id IS NULL"
        + where, args)}
    unknown_column = "date_unknown" if any(r[1] == "date_unknown" for r in conn.execute(
        "PRAGMA table_info(consent_event)")) else "0"
    cursor = conn.execute(
        f"SELECT subject_id, purpose_id, seq, kind, occurred_at, {unknown_column} FROM "
        "consent_event WHERE purpose_id IS NOT NULL" + where
        + " ORDER BY subject_id, purpose_id, seq", args)
    key: tuple[int, int] | None = None
    kind, unknown, last = "", 0, 0
    when: Any = 0  # as stored: integer microseconds, or text
    for sid, pid, seq, new_kind, new_when, new_unknown in cursor:
        if (sid, pid) != key:
            if key is not None:
                yield _settled(key, kind, as_text(when), unknown, last, erased)
            key, kind, when, unknown, last = (sid, pid), new_kind, new_when, new_unknown, seq
        elif (new_when > when or (new_when == when and seq > last)) and supersedes(
                kind, new_kind, new_date_unknown=bool(new_unknown)):
            kind, when, unknown, last = new_kind, new_when, new_unknown, seq
    if key is not None:
        yield _settled(key, kind, as_text(when), unknown, last, erased)


def ledger_status_batches(conn: sqlite3.Connection, size: int
                          ) -> Iterator[list[tuple[int, int, str, str, int, int]]]:
    """:func:`ledger_statuses` in lists of ``size`` (an export writes them batch by batch)."""
    import itertools

    statuses = ledger_statuses(conn)
    while batch := list(itertools.islice(statuses, size)):
        yield batch


def subjects_by_id(conn: sqlite3.Connection, ids: Sequence[int]
                   ) -> dict[int, tuple[str, str, str, str, str, str]]:
    """``{id: (email, customer_ref, first_name, last_name, phone, uid)}`` of these people."""
    out: dict[int, tuple[str, str, str, str, str, str]] = {}
    unique = sorted(set(ids))
    for at in range(0, len(unique), 500):
        part = unique[at:at + 500]
        for r in conn.execute(
                "SELECT id, email, coalesce(customer_ref, ''), first_name, last_name, phone, "
                f"uid FROM subject WHERE id IN ({','.join('?' * len(part))})", part):
            out[r[0]] = tuple(r[1:])  # type: ignore[assignment]
    return out


def _settled(key: tuple[int, int], kind: str, when: str, unknown: int, seq: int,
             erased: dict[int, tuple[str, int]]) -> tuple[int, int, str, str, int, int]:
    if key[0] in erased:
        at, erasure = erased[key[0]]
        return key[0], key[1], "erased", at, 0, erasure
    return key[0], key[1], kind, when, unknown, seq


def status_source(conn: sqlite3.Connection) -> str:
    """What to read the current statuses from, as ``FROM {status_source(conn)} AS cs``:
    the table while its guards are intact (they refuse a status no event supports);
    otherwise the statuses derived from the ledger, kept in a temporary table for as long
    as the ledger does not change. Either way no page, list or figure of the window shows
    a consent the chain does not hold. (Exports and printed documents always derive them:
    :func:`ledger_statuses`.)"""
    from assistant.store.migrations import intact_triggers

    if intact_triggers(conn, STATUS_GUARDS):
        return "consent_status"
    state = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM consent_event").fetchone()
    made = _DERIVED_TABLES.get(id(conn))
    # the id of a closed connection is given again to a new one: check the table is there
    if made != tuple(state) or conn.execute(
            "SELECT 1 FROM temp.sqlite_schema WHERE name = 'ledger_status'").fetchone() is None:
        query_only = conn.execute("PRAGMA query_only").fetchone()[0]
        conn.execute("PRAGMA query_only = OFF")  # a temporary table changes no file
        try:
            conn.execute("DROP TABLE IF EXISTS temp.ledger_status")
            conn.execute("CREATE TEMP TABLE ledger_status (subject_id INTEGER, "
                         "purpose_id INTEGER, kind TEXT, occurred_at TEXT, "
                         "date_unknown INTEGER, event_seq INTEGER, "
                         "PRIMARY KEY (subject_id, purpose_id)) WITHOUT ROWID")
            conn.executemany("INSERT INTO temp.ledger_status VALUES (?, ?, ?, ?, ?, ?)",
                             ledger_statuses(conn))
            conn.execute("CREATE INDEX temp.ledger_status_by_purpose ON ledger_status "
                         "(purpose_id, kind, occurred_at)")
        finally:
            conn.execute(f"PRAGMA query_only = {int(query_only)}")
        _DERIVED_TABLES[id(conn)] = tuple(state)
    return "temp.ledger_status"


_DERIVED_TABLES: dict[int, tuple[int, int]] = {}  # connection -> the ledger it was made of


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    purpose_code: str
    purpose_label: str
    kind: EventKind
    occurred_at: str
    recorded_at: str
    channel: str
    channel_detail: str
    notice_version: str
    notice_sha256: str
    notice_text: str
    evidence: str
    recorded_by: str
    source: str  # "file.csv:12" for an imported event
    hash: str
    prev_hash: str
    identity_hash: str
    date_unknown: bool = False  # the source did not say when: occurred_at is when recorded
    scheme: int = SCHEME  # the canonical form its hash was computed with


@dataclass(frozen=True)
class StatusEntry:
    purpose_id: int
    purpose_code: str
    purpose_label: str
    kind: EventKind | None  # None: never asked
    occurred_at: str
    expires_at: str  # when the consent should be renewed ('' if no validity)
    date_unknown: bool = False


@dataclass(frozen=True)
class PurposeSummary:
    purpose_id: int
    code: str
    label: str
    processing_id: int | None
    granted: int
    withdrawn: int
    erased: int
    people: int  # people who made a choice for this purpose
    first_event: str
    last_event: str
    to_renew: int  # granted longer ago than the purpose's validity
    notices: int
    refused: int = 0
    date_unknown: int = 0  # people whose current state has no known date


@dataclass(frozen=True)
class SubjectRow:
    """What the people table shows for one person."""

    id: int
    uid: str
    first_name: str
    last_name: str
    email: str
    customer_ref: str
    phone: str
    erased: bool
    granted: int
    withdrawn: int
    refused: int = 0


@dataclass(frozen=True)
class Choice:
    """One person's choice for one purpose, with the wording they were shown."""

    purpose_id: int
    kind: EventKind
    notice_id: int | None = None


@dataclass(frozen=True)
class FormEntry:
    """An event recorded from a numbered paper form."""

    number: int
    seq: int
    subject_id: int
    recorded_at: str
    occurred_at: str
    purpose_label: str
    kind: EventKind


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SIGNATURE_MAX = 2_000_000  # bytes: a drawn signature is a few kilobytes


def check_signature(png: bytes) -> str:
    """The finding code a signature image is refused with, or ""."""
    if not png:
        return "signature_empty"
    if not png.startswith(PNG_MAGIC):
        return "signature_not_png"
    if len(png) > SIGNATURE_MAX:
        return "signature_too_large"
    return ""


@dataclass(frozen=True)
class ChainHead:
    count: int
    hash: str  # GENESIS when the ledger is empty


@dataclass(frozen=True)
class ErasureReach:
    """Where an erased person's data was removed besides the dossier, and where it remains:
    the automatic backups taken before the erasure keep it until they are pruned."""

    drafts_removed: int
    leftovers_removed: int
    backups: tuple[Any, ...]  # BackupFile, newest first


def erasure_reach(dossier: Dossier, identity: Identity) -> ErasureReach:
    """After an erasure: remove the editor drafts that name the person, and the temporary
    files killed processes left beside the dossier; list the backups that still hold them."""
    from assistant.store.backup import list_backups
    from assistant.store.drafts import purge_mentions
    from assistant.store.leftovers import sweep

    needles = [identity.email, identity.customer_ref, identity.phone]
    if identity.first_name and identity.last_name:
        needles.append(f"{identity.first_name} {identity.last_name}")
    needles += [n for n in (identity.first_name, identity.last_name) if len(n) >= 4]
    drafts = purge_mentions(dossier.uuid, [n for n in needles if n])
    leftovers = len(sweep(dossier.path.parent))
    return ErasureReach(drafts, leftovers, tuple(list_backups(dossier.uuid)))


class ConsentRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier
        self.last_reach: ErasureReach | None = None  # of the last erasure, for the window

    @property
    def conn(self) -> sqlite3.Connection:
        return self._d.conn

    # -- purposes ---------------------------------------------------------------------------
    def purposes(self, *, include_archived: bool = True) -> list[Purpose]:
        where = "" if include_archived else "WHERE archived = 0"
        rows = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose {where} ORDER BY id")
        return [_purpose(r) for r in rows]

    def purpose(self, purpose_id: int) -> Purpose | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose WHERE id = ?",
            (purpose_id,)).fetchone()
        return _purpose(row) if row else None

    def purpose_by_code(self, code: str) -> Purpose | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_PURPOSE_COLS)} FROM consent_purpose WHERE code = ?",
            (code,)).fetchone()
        return _purpose(row) if row else None

    def save_purpose(self, p: Purpose, *, label: str = "purpose",
                     undoable: bool = True) -> Purpose:
        """Create (``id`` None) or update a purpose; its code never changes once saved."""
        p = _normalised_purpose(p)
        known = {r[0]: r[1] for r in self.conn.execute("SELECT id, code FROM consent_purpose")}
        found = check_purpose(p)
        if p.code in known.values() and known.get(p.id or -1) != p.code:
            found.append(Finding("purpose_code_taken", "code", Severity.ERROR,
                                 {"code": p.code}))
        if p.id is not None and p.id in known and known[p.id] != p.code:
            found.append(Finding("purpose_code_fixed", "code", Severity.ERROR,
                                 {"code": known[p.id]}))
        if p.processing_id is not None and self._d.register.get(p.processing_id) is None:
            found.append(Finding("unknown_processing", "processing_id", Severity.ERROR,
                                 {"id": str(p.processing_id)}))
        if found:
            raise ValidationError(found)
        now = now_text()
        before = self.purpose(p.id) if p.id is not None else None
        if before is None:
            with self._d.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO consent_purpose (code, label, description, processing_id, "
                    "validity_months, archived, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (p.code, p.label, p.description, p.processing_id, p.validity_months,
                     int(p.archived), now, now))
                new_id = int(cur.lastrowid or 0)
            after = self.purpose(new_id)
        else:
            after = replace(p, created_at=before.created_at, updated_at=now)
            self._write_purpose(after)
        assert after is not None
        if undoable:
            created = before is None

            def undo() -> None:
                if created:
                    self._delete_purpose(int(after.id or 0))
                else:
                    assert before is not None
                    self._write_purpose(before)

            def redo() -> None:
                if created:
                    self.put_purpose(after)
                else:
                    self._write_purpose(after)

            self._d.undo.push(UndoEntry(label, undo, redo))
        return after

    def put_purpose(self, p: Purpose) -> None:
        """Store as given (same id and timestamps), without undo (JSON import, redo)."""
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO consent_purpose ({', '.join(_PURPOSE_COLS)}) "
                f"VALUES ({', '.join('?' * len(_PURPOSE_COLS))})",
                (p.id, p.code, p.label, p.description, p.processing_id, p.validity_months,
                 int(p.archived), p.created_at, p.updated_at))

    def _write_purpose(self, p: Purpose) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                "UPDATE consent_purpose SET label = ?, description = ?, processing_id = ?, "
                "validity_months = ?, archived = ?, updated_at = ? WHERE id = ?",
                (p.label, p.description, p.processing_id, p.validity_months, int(p.archived),
                 p.updated_at, p.id))

    def _delete_purpose(self, purpose_id: int) -> None:
        try:
            with self._d.transaction() as conn:
                conn.execute("DELETE FROM consent_purpose WHERE id = ?", (purpose_id,))
        except sqlite3.IntegrityError as exc:
            raise InUse(self._d.path, detail=str(exc)) from exc

    def delete_purpose(self, purpose_id: int, *, label: str = "delete purpose") -> None:
        """Delete a purpose nobody has consented to yet (otherwise archive it)."""
        before = self.purpose(purpose_id)
        if before is None:
            return
        used = self.conn.execute(
            "SELECT 1 FROM consent_event WHERE purpose_id = ? UNION ALL "
            "SELECT 1 FROM consent_form_wording WHERE purpose_id = ? LIMIT 1",
            (purpose_id, purpose_id)).fetchone()  # consents given, or forms printed
        if used:
            raise InUse(self._d.path, detail=before.code)
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM notice_version WHERE purpose_id = ?", (purpose_id,))
            conn.execute("DELETE FROM consent_purpose WHERE id = ?", (purpose_id,))
        self._d.undo.push(UndoEntry(label, lambda: self.put_purpose(before),
                                    lambda: self._delete_purpose(purpose_id)))

    # -- wordings ---------------------------------------------------------------------------
    def notices(self, purpose_id: int | None = None) -> list[NoticeVersion]:
        where, args = ("WHERE purpose_id = ?", (purpose_id,)) if purpose_id else ("", ())
        rows = self.conn.execute(
            f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version {where} "
            "ORDER BY purpose_id, effective_from, id", args)
        return [NoticeVersion(*r) for r in rows]

    def notice(self, notice_id: int) -> NoticeVersion | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version WHERE id = ?",
            (notice_id,)).fetchone()
        return NoticeVersion(*row) if row else None

    def current_notice(self, purpose_id: int, at: str | None = None, *,
                       language: str = "") -> NoticeVersion | None:
        """The wording in effect for a purpose on a date (ISO; today by default); with
        ``language``, the one in that language if there is one, else in any."""
        day = (at or now_text())[:10]
        for only in ((language, "") if language else ("",)):
            row = self.conn.execute(
                f"SELECT {', '.join(_NOTICE_COLS)} FROM notice_version WHERE purpose_id = ? "
                "AND effective_from <= ? AND (? = '' OR language = ?) "
                "ORDER BY effective_from DESC, id DESC LIMIT 1",
                (purpose_id, day, only, only)).fetchone()
            if row:
                return NoticeVersion(*row)
        return None

    def add_notice(self, purpose_id: int, version: str, text: str, effective_from: str,
                   *, language: str = "fr") -> NoticeVersion:
        """Keep a new wording, word for word, with its SHA-256 (never changed afterwards)."""
        notice = NoticeVersion(None, purpose_id, version.strip(), text.strip(),
                               notice_sha256(text.strip()), effective_from.strip(),
                               language, now_text())
        found = check_notice(notice)
        if self.purpose(purpose_id) is None:
            found.append(Finding("unknown_purpose_id", "purpose_id", Severity.ERROR,
                                 {"id": str(purpose_id)}))
        elif any(n.version == notice.version for n in self.notices(purpose_id)):
            found.append(Finding("notice_version_taken", "version", Severity.ERROR,
                                 {"version": notice.version}))
        if found:
            raise ValidationError(found)
        with self._d.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO notice_version (purpose_id, version, text, sha256, "
                "effective_from, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (purpose_id, notice.version, notice.text, notice.sha256,
                 notice.effective_from, language, notice.created_at))
        return replace(notice, id=int(cur.lastrowid or 0))

    def put_notice(self, n: NoticeVersion) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO notice_version ({', '.join(_NOTICE_COLS)}) "
                f"VALUES ({', '.join('?' * len(_NOTICE_COLS))})",
                (n.id, n.purpose_id, n.version, n.text, n.sha256, n.effective_from,
                 n.language, n.created_at))

    # -- people -----------------------------------------------------------------------------
    def subject(self, subject_id: int) -> Subject | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject WHERE id = ?",
            (subject_id,)).fetchone()
        return _subject(row) if row else None

    def subject_by_uid(self, uid: str) -> Subject | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject WHERE uid = ?", (uid,)).fetchone()
        return _subject(row) if row else None

    def find_subject(self, *, email: str = "", customer_ref: str = "",
                     phone: str = "") -> Subject | None:
        """The person with this customer reference, else with this email, else the only
        person with this phone number (however it is written; see :mod:`.phones`)."""
        row = None
        if customer_ref:
            row = self.conn.execute(
                f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject WHERE customer_ref = ?",
                (customer_ref.strip(),)).fetchone()
        if row is None and email:
            row = self.conn.execute(
                f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject WHERE email_key = ?",
                (email_key(email),)).fetchone()
        if row is None and phone:
            ids = self.subjects_by_phone(phone)
            if len(ids) == 1:
                return self.subject(ids[0])
        return _subject(row) if row else None

    def subjects_by_phone(self, phone: str, *, limit: int = 10) -> list[int]:
        """The people (not erased) whose phone is this number, however it is written."""
        key = phone_key(phone)
        if key is None:
            return []
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM subject WHERE phone_key = ? ORDER BY id LIMIT ?", (key, limit))]

    def subject_count(self) -> int:
        row = self.conn.execute("SELECT max(id) FROM subject").fetchone()
        # ids are dense (people are never deleted); count(*) would scan a million rows
        return int(row[0] or 0)

    def add_subject(self, identity: Identity, *, uid: str | None = None) -> Subject:
        identity = normalised_identity(identity)
        found = check_identity(identity)
        found += self._identity_clashes(identity, None)
        if found:
            raise ValidationError(found)
        with self._d.transaction() as conn:
            subject_id = insert_subject(conn, identity, uid or new_uid(), new_salt(),
                                        now_text())
        subject = self.subject(subject_id)
        assert subject is not None
        return subject

    def update_identity(self, subject_id: int, identity: Identity) -> Subject:
        """Correct a person's identity (right to rectification); later events hash it."""
        identity = normalised_identity(identity)
        current = self.subject(subject_id)
        if current is None:
            raise KeyError(subject_id)
        found = check_identity(identity) + self._identity_clashes(identity, subject_id)
        if current.erased:
            found.append(Finding("subject_erased", "", Severity.ERROR))
        if found:
            raise ValidationError(found)
        with self._d.transaction() as conn:
            write_identity(conn, subject_id, identity, now_text())
        subject = self.subject(subject_id)
        assert subject is not None
        return subject

    def _identity_clashes(self, identity: Identity, subject_id: int | None) -> list[Finding]:
        found = []
        if identity.email:
            other = self.find_subject(email=identity.email)
            if other is not None and other.id != subject_id:
                found.append(Finding("email_taken", "email", Severity.ERROR,
                                     {"value": identity.email}))
        if identity.customer_ref:
            other = self.find_subject(customer_ref=identity.customer_ref)
            if other is not None and other.id != subject_id:
                found.append(Finding("ref_taken", "customer_ref", Severity.ERROR,
                                     {"value": identity.customer_ref}))
        return found

    def subject_rows(self, offset: int, limit: int) -> list[SubjectRow]:
        """A window of the people list in name order (the table model's page).

        SQLite steps over the rows an OFFSET skips: a window past the middle is read from
        the end of the index instead, so the last window costs what the first one does."""
        total = self.subject_count()
        if offset <= total // 2:
            rows = self.conn.execute(
                "SELECT id FROM subject ORDER BY sort_key, id LIMIT ? OFFSET ?",
                (limit, offset))
            return self.rows_for([r[0] for r in rows])
        count = min(limit, total - offset)
        if count <= 0:
            return []
        rows = self.conn.execute(
            "SELECT id FROM subject ORDER BY sort_key DESC, id DESC LIMIT ? OFFSET ?",
            (count, total - offset - count))
        return self.rows_for([r[0] for r in rows][::-1])

    def rows_for(self, ids: Sequence[int]) -> list[SubjectRow]:
        """The table rows of these people, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        counts: dict[int, tuple[int, int, int]] = {}
        for sid, current in self.current_states(ids).items():  # as the ledger holds them
            kinds = [state[0] for state in current.values()]
            counts[sid] = (kinds.count("granted"), kinds.count("withdrawn"),
                           kinds.count("refused"))
        by_id = {}
        for r in self.conn.execute(
                "SELECT id, uid, first_name, last_name, email, coalesce(customer_ref, ''), "
                f"phone, erased_at IS NOT NULL FROM subject WHERE id IN ({marks})", ids):
            g, w, n = counts.get(r[0], (0, 0, 0))
            by_id[r[0]] = SubjectRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), g, w,
                                     n)
        return [by_id[i] for i in ids if i in by_id]

    def search(self, query: str, *, limit: int = 1000) -> list[int]:
        """People whose name words, email, reference or phone start with every word typed
        (case- and accent-insensitive: ``lukasz`` finds ``Łukasz``), up to ``limit``, in the
        order they were added.

        The words are looked up in the full-text index of the folded words (prefixes of 2 to
        4 characters are indexed whole): each word one prefix query, all of them at once."""
        terms = search_terms(query)
        if not terms:
            return []
        match = " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms)
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM subject_search WHERE subject_search MATCH ? LIMIT ?",
            (match, limit))]

    # -- events -----------------------------------------------------------------------------
    def record(self, subject_id: int, purpose_id: int, kind: EventKind, *,
               occurred_at: str | None = None, channel: str = Channel.IN_STORE.value,
               channel_detail: str = "", notice_id: int | None = None, evidence: str = "",
               recorded_by: str = "", recorded_at: str | None = None,
               date_unknown: bool = False, require_notice: bool = False) -> Event:
        """Append one consent, refusal or withdrawal (one transaction). ``recorded_at`` is
        now, unless given (the demo dossier's history). ``date_unknown``: the source does
        not say when the choice was made; the event carries the date it is recorded
        (``occurred_at`` must then be left out) and says so. ``require_notice``: a consent
        without the wording that was shown is refused (the window and ``consents record``
        ask it)."""
        return self.record_choices(
            subject_id, [Choice(purpose_id, kind, notice_id)], occurred_at=occurred_at,
            channel=channel, channel_detail=channel_detail, evidence=evidence,
            recorded_by=recorded_by, recorded_at=recorded_at, date_unknown=date_unknown,
            require_notice=require_notice)[0]

    def record_choices(self, subject_id: int, choices: Sequence[Choice], *,
                       occurred_at: str | None = None, channel: str = Channel.IN_STORE.value,
                       channel_detail: str = "", evidence: str = "", recorded_by: str = "",
                       recorded_at: str | None = None, date_unknown: bool = False,
                       require_notice: bool = False, signature_png: bytes | None = None,
                       form_number: int | None = None) -> list[Event]:
        """Append one person's choices for several purposes at once (the till, a paper
        form, the customer's screen): all of them or none, in one transaction.

        ``signature_png``: a signature drawn by the person, kept beside the ledger; the
        evidence of each event then names it by its SHA-256 (inside the hashed event).
        ``form_number``: the paper form the choices were read from (a number recorded twice
        is flagged by :meth:`form_entries`).
        """
        from assistant.domain.consent_rules import check_event_input
        from assistant.domain.consent_wording import signature_evidence

        subject = self.subject(subject_id)
        now = utc_now()
        if date_unknown and occurred_at:
            raise ValueError("an event whose date is unknown takes the date it is recorded")
        if date_unknown and recorded_at:
            occurred_at = recorded_at
        when = occurred_at or format_utc(now)
        signature_sha = ""
        if signature_png is not None:
            problem = check_signature(signature_png)
            if problem:
                raise ValidationError([Finding(problem, "signature", Severity.ERROR)])
            signature_sha = hashlib.sha256(signature_png).hexdigest()
            evidence = " · ".join(x for x in (evidence.strip(),
                                              signature_evidence(signature_sha)) if x)
        found = check_event_input(when, now=now, channel=channel, channel_detail=channel_detail,
                                  evidence=evidence, recorded_by=recorded_by)
        found += _subject_and_choices_findings(subject, subject_id, choices)
        try:
            day = format_utc(parse_utc(when))[:10]
        except ValueError:
            day = ""  # check_event_input said so
        resolved = []
        for choice in choices:
            purpose, notice = self._resolve_choice(choice, day, require_notice, found)
            resolved.append((choice, purpose, notice))
        if found:
            raise ValidationError(found)
        assert subject is not None
        when = format_utc(parse_utc(when))
        seqs = []
        with self._d.transaction() as conn:
            ihash = self._identity_hash(subject_id)
            chain = Chain(conn)
            recorded_at = recorded_at or (when if date_unknown else format_utc(utc_now()))
            if signature_png is not None:
                conn.execute(
                    "INSERT INTO consent_signature (sha256, subject_id, png, created_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                    (signature_sha, subject_id, signature_png, recorded_at))
            for choice, purpose, notice in resolved:
                assert purpose is not None
                seq = append(conn, NewEvent(
                    subject_id, subject.uid, ihash, choice.purpose_id, purpose.code,
                    choice.kind.value, when, recorded_at, channel, channel_detail.strip(),
                    choice.notice_id, notice.version if notice else "",
                    notice.sha256 if notice else "", evidence.strip(), recorded_by.strip(),
                    date_unknown), chain=chain)
                if form_number is not None:
                    conn.execute("INSERT INTO consent_form_entry (number, event_seq) "
                                 "VALUES (?, ?)", (form_number, seq))
                seqs.append(seq)
        events = [self.event(seq) for seq in seqs]
        assert all(e is not None for e in events)
        return events  # type: ignore[return-value]

    def _resolve_choice(self, choice: Choice, day: str, require_notice: bool,
                        found: list[Finding]) -> tuple[Purpose | None, NoticeVersion | None]:
        """A choice's purpose and wording, with what is wrong with them added to ``found``
        (``day``: when it was made, ``""`` if that could not be read)."""
        if choice.kind is EventKind.ERASED:
            raise ValueError("use erase_subject() to erase a person")
        purpose = self.purpose(choice.purpose_id)
        notice = self.notice(choice.notice_id) if choice.notice_id is not None else None
        if purpose is None:
            found.append(Finding("unknown_purpose_id", "purpose", Severity.ERROR,
                                 {"id": str(choice.purpose_id)}))
        if choice.notice_id is not None and (
                notice is None or notice.purpose_id != choice.purpose_id):
            found.append(Finding("notice_not_of_purpose", "notice", Severity.ERROR))
        elif notice is not None and day and day < notice.effective_from:
            # a consent given before a wording existed cannot have been given on it
            found.append(Finding("notice_not_yet_in_effect", "notice", Severity.ERROR, {
                "version": notice.version, "from": notice.effective_from, "date": day}))
        elif notice is None and require_notice and choice.kind is EventKind.GRANTED \
                and purpose is not None:
            kept = self.notices(choice.purpose_id)
            if kept and day:  # it has wordings, none in effect yet on that day
                found.append(Finding("notice_none_on_date", "notice", Severity.ERROR, {
                    "purpose": purpose.label, "date": day,
                    "first": min(n.effective_from for n in kept)}))
            else:
                found.append(Finding("notice_required", "notice", Severity.ERROR,
                                     {"purpose": purpose.label}))
        return purpose, notice

    def form_entries(self, number: int) -> list[FormEntry]:
        """What was recorded from the paper form ``number`` (empty if nothing yet)."""
        rows = self.conn.execute(
            "SELECT e.seq, e.subject_id, e.recorded_at, e.occurred_at, "
            "coalesce(p.label, ''), e.kind FROM consent_form_entry f "
            "JOIN consent_event_text e ON e.seq = f.event_seq "
            "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
            "WHERE f.number = ? ORDER BY e.seq", (number,))
        return [FormEntry(number, r[0], r[1], r[2], r[3], r[4], EventKind(r[5])) for r in rows]

    def signature(self, sha256: str) -> bytes | None:
        """The PNG of a signature named by an event's evidence (None once erased)."""
        row = self.conn.execute("SELECT png FROM consent_signature WHERE sha256 = ?",
                                (sha256,)).fetchone()
        return bytes(row[0]) if row else None

    def signatures(self) -> Iterator[tuple[str, str, bytes, str]]:
        """Every signature kept: ``(sha256, subject uid, png, created_at)`` (JSON export)."""
        for sha, uid, png, created in self.conn.execute(
                "SELECT g.sha256, s.uid, g.png, g.created_at FROM consent_signature g "
                "JOIN subject s ON s.id = g.subject_id ORDER BY g.created_at, g.sha256"):
            yield sha, uid, bytes(png), created

    def put_signature(self, sha256: str, subject_uid: str, png: bytes, created_at: str) -> None:
        """Store a signature as given (JSON import)."""
        with self._d.transaction() as conn:
            conn.execute(
                "INSERT INTO consent_signature (sha256, subject_id, png, created_at) "
                "SELECT ?, id, ?, ? FROM subject WHERE uid = ?",
                (sha256, png, created_at, subject_uid))

    def all_form_entries(self) -> list[tuple[int, int]]:
        """``(form number, event seq)`` of every event recorded from a paper form."""
        return [(int(r[0]), int(r[1])) for r in self.conn.execute(
            "SELECT number, event_seq FROM consent_form_entry ORDER BY event_seq, number")]

    def put_form_entry(self, number: int, seq: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("INSERT INTO consent_form_entry (number, event_seq) VALUES (?, ?)",
                         (number, seq))

    def unworded_consents(self) -> dict[int, int]:
        """Purpose id -> consents recorded without the wording shown (imported from a
        source that had none): they prove less than the others."""
        return {int(r[0]): int(r[1]) for r in self.conn.execute(
            "SELECT purpose_id, count(*) FROM consent_event INDEXED BY consent_event_unworded "
            "WHERE kind = 'granted' AND notice_id IS NULL GROUP BY purpose_id")}

    def _identity_hash(self, subject_id: int) -> str:
        row = self.conn.execute(
            "SELECT salt, email, coalesce(customer_ref, ''), first_name, last_name, phone "
            "FROM subject WHERE id = ?", (subject_id,)).fetchone()
        if row is None or row[0] is None:
            return "0" * 64
        return identity_hash(row[0], Identity(row[1], row[2], row[3], row[4], row[5]))

    def erase_subject(self, subject_id: int, *, reason: str = "",
                      recorded_by: str = "") -> Event:
        """Erase a person (right to erasure, end of retention): their identity and salt are
        blanked, their search keys removed (overwritten on disk), and an erasure event is
        appended. Their events stay, and the chain still verifies. Not undoable."""
        subject = self.subject(subject_id)
        found = []
        if subject is None:
            found.append(Finding("unknown_subject", "subject", Severity.ERROR,
                                 {"id": str(subject_id)}))
        elif subject.erased:
            found.append(Finding("subject_erased", "subject", Severity.ERROR))
        from assistant.domain.text import SHORT_MAX, check_text

        found += check_text(reason, "evidence", max_length=SHORT_MAX)
        found += check_text(recorded_by, "recorded_by", max_length=200)
        if found:
            raise ValidationError(found)
        assert subject is not None
        # the connection overwrites what is deleted (dossier._connect): no old copy stays
        with self._d.transaction() as conn:
            now = format_utc(utc_now())
            # what the sending tools need to unsubscribe them, until they are told (read
            # before the erasure event ends every purpose)
            from assistant.store.owed_withdrawals import keep_for_erasure

            keep_for_erasure(self._d, subject_id, now)
            seq = erase(conn, subject_id=subject_id, subject_uid=subject.uid,
                        identity_hash=self._identity_hash(subject_id),
                        when=now, reason=reason.strip(),
                        recorded_by=recorded_by.strip())
        # push the overwritten pages out of the WAL into the file, and empty the WAL (owed
        # until done when a reader holds an older snapshot, or inside a caller's transaction)
        self._d.checkpoint_due = True
        self._d.checkpoint(wait=True)
        self.last_reach = erasure_reach(self._d, subject.identity)
        event = self.event(seq)
        assert event is not None
        return event

    def event(self, seq: int) -> Event | None:
        row = self.conn.execute(EVENT_SELECT + "WHERE e.seq = ?", (seq,)).fetchone()
        return event_from_row(row) if row else None

    def events(self, *, start: int = 1, batch: int = 5000) -> Iterator[tuple[Any, ...]]:
        """Raw rows of :data:`EVENT_SELECT` in chain order, read in batches."""
        seq = start - 1
        while True:
            rows = self.conn.execute(EVENT_SELECT + "WHERE e.seq > ? ORDER BY e.seq LIMIT ?",
                                     (seq, batch)).fetchall()
            if not rows:
                return
            yield from rows
            seq = rows[-1][0]

    def event_count(self) -> int:
        row = self.conn.execute("SELECT max(seq) FROM consent_event").fetchone()
        return int(row[0] or 0)

    def chain_head(self) -> ChainHead:
        """How many events the ledger holds and the hash of the newest (print it: a copy of
        it outside the PC is what proves later that no newest event was removed)."""
        row = self.conn.execute(
            "SELECT seq, hash FROM consent_event ORDER BY seq DESC LIMIT 1").fetchone()
        return ChainHead(int(row[0]), bytes(row[1]).hex()) if row else ChainHead(0, GENESIS)

    def history(self, subject_id: int) -> list[HistoryEntry]:
        """Every event of a person, oldest first, with the wording shown."""
        rows = self.conn.execute(
            "SELECT e.seq, coalesce(p.code, ''), coalesce(p.label, ''), e.kind, e.occurred_at, "
            "e.recorded_at, e.channel, e.channel_detail, coalesce(n.version, ''), "
            "coalesce(n.sha256, ''), coalesce(n.text, ''), e.evidence, e.recorded_by, "
            "coalesce(i.file_name || ':' || e.source_line, ''), e.hash, e.prev_hash, "
            "e.identity_hash, e.date_unknown, e.scheme FROM consent_event_text e "
            "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
            "LEFT JOIN notice_version n ON n.id = e.notice_id "
            "LEFT JOIN consent_import i ON i.id = e.import_id "
            "WHERE e.subject_id = ? ORDER BY e.occurred_at, e.seq", (subject_id,))
        return [HistoryEntry(r[0], r[1], r[2], EventKind(r[3]), r[4], r[5], r[6], r[7], r[8],
                             r[9], r[10], r[11], r[12], r[13], r[14], r[15], r[16],
                             bool(r[17]), r[18]) for r in rows]

    def current_states(self, subject_ids: Sequence[int]
                       ) -> dict[int, dict[int, tuple[str, str, int]]]:
        """``{subject_id: {purpose_id: (kind, occurred_at, date_unknown)}}`` derived from
        the events (:func:`ledger_statuses`), not from consent_status: what a person's page
        and the people list show is what the chain holds. For a page of people."""
        out: dict[int, dict[int, tuple[str, str, int]]] = {}
        for at in range(0, len(subject_ids), 500):
            for sid, pid, kind, when, unknown, _seq in ledger_statuses(
                    self.conn, list(subject_ids[at:at + 500])):
                out.setdefault(sid, {})[pid] = (kind, when, unknown)
        return out

    def statuses(self, subject_id: int) -> list[StatusEntry]:
        """The current state of a person for every purpose (``kind`` None: never asked),
        as the ledger holds it."""
        current = {pid: (kind, when, bool(unknown)) for pid, (kind, when, unknown)
                   in self.current_states([subject_id]).get(subject_id, {}).items()}
        out = []
        for p in self.purposes():
            kind, when, unknown = current.get(p.id or 0, (None, "", False))
            if kind is None and p.archived:
                continue
            expires = ""
            # a consent whose date the source did not give has no renewal date either: one
            # counted from the import would pass the import's date off as the consent's
            if kind == "granted" and p.validity_months and not unknown:
                moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
                expires = format_utc(add_months(moment, p.validity_months))
            out.append(StatusEntry(int(p.id or 0), p.code, p.label,
                                   EventKind(kind) if kind else None, when, expires, unknown))
        return out

    def purpose_summary(self, *, now: datetime | None = None,
                        from_ledger: bool = False) -> list[PurposeSummary]:
        """Per purpose: how many people's latest choice is consent / refusal / withdrawal /
        erased, the dates of the first and last events, and the consents due for renewal at
        ``now`` (the clock by default; the PDF gives its own date so its figures do not move).

        ``from_ledger``: derived from the events themselves (what a printed document
        carries) rather than from the status table the window reads (:func:`status_source`).
        """
        now = now or utc_now()
        purposes = self.purposes()
        cutoffs = {int(p.id or 0): format_utc(add_months(now, -p.validity_months))
                   for p in purposes if p.validity_months}
        # (purpose, kind) -> [people, first, last, of unknown date, due for renewal]
        figures: dict[tuple[int, str], list[Any]] = {}
        if from_ledger:
            for _sid, pid, kind, when, unknown, _seq in ledger_statuses(self.conn):
                f = figures.setdefault((pid, kind), [0, when, when, 0, 0])
                f[0] += 1
                f[1], f[2] = min(f[1], when), max(f[2], when)
                f[3] += unknown
                f[4] += kind == "granted" and pid in cutoffs and when < cutoffs[pid]
        else:
            renew, args = "0", []
            if cutoffs:
                renew = ("sum(kind = 'granted' AND occurred_at < CASE purpose_id "
                         + " ".join("WHEN ? THEN ?" for _ in cutoffs) + " END)")
                args = [x for pair in cutoffs.items() for x in pair]
            for pid, kind, n, first, last, unknown, due in self.conn.execute(
                    f"SELECT purpose_id, kind, count(*), min(occurred_at), max(occurred_at), "
                    f"sum(date_unknown), {renew} FROM {status_source(self.conn)} AS cs "
                    "GROUP BY purpose_id, kind", args):
                figures[(pid, kind)] = [n, first or "", last or "", int(unknown or 0),
                                        int(due or 0)]
        notices = dict(self.conn.execute(
            "SELECT purpose_id, count(*) FROM notice_version GROUP BY 1").fetchall())
        out = []
        for p in purposes:
            pid = int(p.id or 0)
            by_kind = {kind: f for (fp, kind), f in figures.items() if fp == pid}
            dated = [by_kind[k] for k in ("granted", "refused", "withdrawn", "erased")
                     if k in by_kind]
            starts, stops = [f[1] for f in dated if f[1]], [f[2] for f in dated if f[2]]

            def count(kind: str, by_kind: dict[str, list[Any]] = by_kind) -> int:
                return int(by_kind[kind][0]) if kind in by_kind else 0

            out.append(PurposeSummary(pid, p.code, p.label, p.processing_id,
                                      count("granted"), count("withdrawn"), count("erased"),
                                      sum(int(f[0]) for f in by_kind.values()),
                                      min(starts) if starts else "",
                                      max(stops) if stops else "",
                                      sum(int(f[4]) for f in by_kind.values()),
                                      notices.get(pid, 0), count("refused"),
                                      sum(int(f[3]) for f in by_kind.values())))
        return out

    def purpose_timeline(self, purpose_id: int) -> list[tuple[str, int, int]]:
        """``(YYYY-MM, consents, withdrawals)`` recorded per month for a purpose."""
        rows = self.conn.execute(
            "SELECT substr(occurred_at, 1, 7), sum(kind = 'granted'), sum(kind = 'withdrawn') "
            "FROM consent_event_text WHERE purpose_id = ? GROUP BY 1 ORDER BY 1", (purpose_id,))
        return [(r[0], int(r[1]), int(r[2])) for r in rows]

    # -- what to review ---------------------------------------------------------------------
    def consents_to_renew(self, *, limit: int = 1000) -> list[tuple[int, int, str]]:
        """``(subject_id, purpose_id, granted_at)`` of consents older than their purpose's
        validity (the owner should ask again or stop using them)."""
        out: list[tuple[int, int, str]] = []
        now = utc_now()
        for p in self.purposes():
            if not p.validity_months:
                continue
            cutoff = format_utc(add_months(now, -p.validity_months))
            out += [(r[0], r[1], r[2]) for r in self.conn.execute(
                f"SELECT subject_id, purpose_id, occurred_at FROM {status_source(self.conn)} "
                "AS cs WHERE purpose_id = ? AND kind = 'granted' AND occurred_at < ? "
                "ORDER BY occurred_at LIMIT ?", (p.id, cutoff, limit - len(out)))]
            if len(out) >= limit:
                break
        return out

    def retention_days(self) -> dict[int, int]:
        """Purpose id -> retention in days of the processing it belongs to (when set)."""
        out = {}
        for p in self.purposes():
            if p.processing_id is None:
                continue
            processing = self._d.register.get(p.processing_id)
            days = processing.retention.approx_days() if processing else None
            if days:
                out[int(p.id or 0)] = days
        return out

    def past_retention(self, *, limit: int = 1000) -> list[tuple[int, str]]:
        """``(subject_id, last_event_at)`` of people whose every record is older than the
        retention of the processing it belongs to: their data should be erased (or the
        relationship renewed). A purpose with no linked retention keeps a person."""
        days = self.retention_days()
        if not days:
            return []
        now = utc_now()
        cases = " ".join(f"WHEN {pid} THEN {d}" for pid, d in days.items())
        rows = self.conn.execute(
            f"SELECT subject_id, max(occurred_at) FROM {status_source(self.conn)} AS cs "
            "WHERE kind != 'erased' GROUP BY subject_id "
            f"HAVING max(julianday(occurred_at) + (CASE purpose_id {cases} ELSE 1e9 END)) "
            "< julianday(?) ORDER BY 2 LIMIT ?", (format_utc(now), limit))
        return [(r[0], r[1]) for r in rows]

    def consent_processing_gaps(self, processings: Iterable[Processing] | None = None
                                ) -> list[tuple[int, str, str]]:
        """Processing whose legal basis is consent but that no purpose belongs to, or whose
        purposes have no wording: ``(processing_id, name, 'no_purpose'|'no_notice')``.

        ``processings``: the register without archived entries when the caller has it
        already (the guide's snapshot), so it is not read twice. One query for the purposes.
        """
        if processings is None:
            processings = self._d.register.list(include_archived=False)
        worded: dict[int, list[bool]] = {}
        for pid, has_notice in self.conn.execute(
                "SELECT p.processing_id, EXISTS (SELECT 1 FROM notice_version n "
                "WHERE n.purpose_id = p.id) FROM consent_purpose p "
                "WHERE p.archived = 0 AND p.processing_id IS NOT NULL ORDER BY p.id"):
            worded.setdefault(pid, []).append(bool(has_notice))
        out = []
        for p in processings:
            if p.legal_basis is None or p.legal_basis.value != "consent":
                continue
            notices = worded.get(p.id or 0)
            if not notices:
                out.append((int(p.id or 0), p.name, "no_purpose"))
            elif not all(notices):
                out.append((int(p.id or 0), p.name, "no_notice"))
        return out


# -- helpers shared with the CSV and JSON import ----------------------------------------------
def _subject_and_choices_findings(subject: Subject | None, subject_id: int,
                                  choices: Sequence[Choice]) -> list[Finding]:
    """What is wrong with recording these choices for this person, before their purposes
    are looked at."""
    found = []
    if subject is None:
        found.append(Finding("unknown_subject", "subject", Severity.ERROR,
                             {"id": str(subject_id)}))
    elif subject.erased:
        found.append(Finding("subject_erased", "subject", Severity.ERROR))
    if not choices:
        found.append(Finding("no_choice", "purpose", Severity.ERROR))
    if len({c.purpose_id for c in choices}) != len(choices):
        found.append(Finding("purpose_twice", "purpose", Severity.ERROR))
    return found


def normalised_identity(identity: Identity) -> Identity:
    """:func:`assistant.domain.identity.normalise_identity` (kept for the callers of this
    name)."""
    return normalise_identity(identity)


def event_from_row(row: Sequence[Any]) -> Event:
    return Event(seq=row[0], prev_hash=row[1], subject_uid=row[2], identity_hash=row[3],
                 purpose=row[4], kind=EventKind(row[5]), occurred_at=row[6],
                 recorded_at=row[7], channel=row[8], channel_detail=row[9],
                 notice_version=row[10], notice_sha256=row[11], evidence=row[12],
                 recorded_by=row[13], source_sha256=row[14], source_line=row[15],
                 hash=row[16], scheme=row[17], date_unknown=bool(row[22]))


def _purpose(row: Sequence[Any]) -> Purpose:
    d = dict(zip(_PURPOSE_COLS, row, strict=True))
    d["archived"] = bool(d["archived"])
    return Purpose(**d)


def _subject(row: Sequence[Any]) -> Subject:
    d = dict(zip(_SUBJECT_COLS, row, strict=True))
    identity = Identity(d["email"], d["customer_ref"] or "", d["first_name"], d["last_name"],
                        d["phone"])
    return Subject(d["id"], d["uid"], identity, d["created_at"], d["erased_at"] or "")


def _normalised_purpose(p: Purpose) -> Purpose:
    from assistant.domain.text import normalise

    return replace(p, code=normalise(p.code), label=normalise(p.label),
                   description=normalise(p.description))

