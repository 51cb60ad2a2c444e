"""Writing many events at once (a CSV import): the ledger's bulk path.

:func:`bulk` opens it: one transaction, SQLite tuned for a large write (a bigger page cache,
a rollback journal when it can: :mod:`~assistant.store.ledger.large_write`), the indexes
nothing reads meanwhile dropped and built again, sorted, at the end; the new people's
search words written to the full-text index chunk by chunk (in the order of its row ids,
which it appends), its segments merged only when too many
(:func:`~assistant.store.ledger.large_write.search_merges_deferred`); the rows' references
checked all together before the commit (:func:`_check_references`), not row by row;
the statuses derived from the new events; the new people's seals, written here rather than
by the trigger (:func:`~assistant.store.history.sealing_new_rows`); the import's bookkeeping
(``consent_import``).
The caller feeds :meth:`BulkWriter.write` with checked rows (:class:`Row`) chunk by chunk,
then runs :meth:`BulkWriter.finish`. Each event is hashed in the canonical form of
:mod:`assistant.domain.consent`, from the template :func:`~assistant.domain.consent.
canonical_template` makes of its field list.

One file, about 650 lines: the chunk writer, its person cache and its index
rebuilds share one transaction's state, and the kill tests prove them together.
"""

from __future__ import annotations

import hashlib
import operator
import sqlite3
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant.domain.clock import format_utc
from assistant.domain.consent import (
    SCHEME,
    SEPARATOR,
    Identity,
    canonical_template,
    fold,
    identity_hash,
    identity_hash_of,
    search_keys_folded,
)
from assistant.domain.history import SUBJECT
from assistant.domain.identity import email_key as key_of_email
from assistant.domain.progress import Progress
from assistant.store.history import sealing_new_rows, write_seals
from assistant.store.ledger.append import Chain
from assistant.store.ledger.large_write import (
    cache_for_sorts,
    large_write,
    search_merges_deferred,
)
from assistant.store.ledger.people import ERASED_SORT, uids_and_salts, write_identity
from assistant.store.ledger.sql import (
    BATCH_INSERT,
    EVENT_INSERT,
    SEARCH_INSERT,
    SEARCH_TABLE,
    STATUS_FROM_EVENTS,
    SUBJECT_INSERT_NEW,
    SUBJECT_NEW_COLUMNS,
)
from assistant.store.ledger.subject_forms import lean_phone_key, lean_time
from assistant.store.ledger.times import utc_micros
from assistant.store.phones import phone_key

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

RECENT_MAX = 100_000  # keys of people kept in memory during an import (about 35 MB)
MICROS_KEPT = 16_384  # times kept converted (at most about 2.5 MB)


@dataclass(frozen=True)
class Conflict:
    """A row not written: its email and reference contradict the person they find (an
    event cannot be taken back from an append-only ledger). ``code`` is a key of [csv] in
    the messages."""

    line: int
    code: str
    params: dict[str, str] = field(default_factory=dict)
    part: str = ""


@dataclass(frozen=True)
class PreviousImport:
    id: int
    imported_at: str
    rows_refused: int


def previous_import(conn: sqlite3.Connection, sha256: str) -> PreviousImport | None:
    """The earlier import of the file of this SHA-256, if any."""
    row = conn.execute("SELECT id, imported_at, rows_refused FROM consent_import "
                       "WHERE sha256 = ?", (sha256,)).fetchone()
    return PreviousImport(int(row[0]), str(row[1]), int(row[2])) if row else None


@contextmanager
def bulk(dossier: Dossier, *, recorded_by: str, now: datetime, rows: int,
         source_ids: bool = False) -> Iterator[BulkWriter]:
    """A :class:`BulkWriter` for about ``rows`` events, in one transaction of ``dossier``:
    everything it wrote is committed when the block ends (after
    :meth:`BulkWriter.finish`), nothing if it raises. SQLite is tuned for the large write
    (:func:`~assistant.store.ledger.large_write.large_write`: a larger cache, a rollback
    journal when no other connection has the file open) and put back as it was."""
    conn = dossier.conn
    with large_write(conn):
        writer = BulkWriter(dossier, recorded_by, now, rows, source_ids=source_ids)
        with dossier.transaction(), sealing_new_rows(conn, SUBJECT,
                                                     SUBJECT_NEW_COLUMNS) as seal, \
                search_merges_deferred(conn, SEARCH_TABLE):
            writer.seal = seal
            writer.begin()
            yield writer
            if not writer.finished:
                raise RuntimeError("BulkWriter.finish() was not run")


class Row(NamedTuple):
    """The layout of a checked row, ready to be written. Rows are made as plain tuples in this
    order (a million of them are made: a tuple costs half as much to build)."""

    line: int
    email: str
    customer_ref: str
    first_name: str
    last_name: str
    phone: str
    purpose_id: int
    kind: str  # an EventKind value
    occurred_at: str
    channel: str
    channel_detail: str
    notice_id: int | None
    person_key: str  # "r:" + customer reference, else "e:" + the email's key
    evidence: str
    date_unknown: int  # 1: the source did not say when; occurred_at is the import's time




# Indexes nothing reads while an import writes: dropped when the import at least doubles the
# ledger, and built again (sorted, far fewer page writes than a million random inserts)
# before the commit. The people's email and reference indexes stay: the import looks people
# up by them. The events' index by person stays unless the ledger has nobody in it yet: the
# import reads it to skip the events already recorded. (The events' index of the consents
# given with no wording: 0.2 s less at 100,000 rows, for 0.03 s to build it again.)
_BULK_INDEXES = ("subject_by_uid", "subject_by_sort_key", "consent_status_by_purpose",
                 "consent_event_unworded")
_EVENT_INDEX = "consent_event_by_subject"
# The values of an event BulkWriter.write() hashes, by the names of the canonical form.
_EVENT_VALUES = ("seq", "prev_hash", "subject", "identity_hash", "purpose", "kind",
                 "occurred_at", "date_unknown", "channel", "channel_detail", "notice_version",
                 "notice_sha256", "evidence", "source_line")


class BulkWriter:
    """Appends checked rows to the ledger inside the import's transaction, chunk by chunk.

    People are found by the row's key in ``recent`` (the people of the last chunks, by both
    their keys), else in the dossier. A person created by this import and no longer in
    ``recent`` is found in the dossier too (each chunk is written before the next one is
    read), and is treated exactly as if it were still in ``recent``. ``seen`` is a Bloom
    filter of the keys of the people this import created: on a ledger that had nobody, a key
    it does not hold belongs to a new person, without looking the dossier up (a million
    people: 8 MB instead of 300 MB of keys in memory).

    A row that gives both an email and a customer reference must not contradict the person
    they find: a reference recorded with another email, an email recorded with another
    reference, or an email that belongs to someone else than the reference's person. Such a
    row is not written (an event cannot be taken back from an append-only ledger, and it
    would prove the consent of the wrong person); it goes to ``conflicts``, with its line.

    Rows of another tool's export (``source_ids``) find people by email, then phone, then
    the tool's own customer id, which is a weaker key: a person found by email keeps the
    reference they have (two tools number their customers each their own way).
    """

    def __init__(self, dossier: Dossier, recorded_by: str, now: datetime, rows: int, *,
                 source_ids: bool = False) -> None:
        self.d = dossier
        self.conn = dossier.conn
        self.source_ids = source_ids
        self.part_added: dict[int, int] = {}
        self.part = ""
        self.recorded_by = recorded_by
        self.recorded_at = format_utc(now)
        self.recorded_micros = lean_time(self.recorded_at)  # a new person's created_at
        # key -> id, uid, identity hash, made by this import, email key, reference
        self.recent: dict[str, tuple[int, str, str, bool, str, str]] = {}
        self.seen = _Seen(rows)
        self.events: list[tuple[Any, ...]] = []
        self.subjects: list[tuple[Any, ...]] = []
        self.keys: list[tuple[int, str]] = []
        self.pending_known: set[tuple[int, int, int, str]] = set()
        # the times of the events as stored, by their text (a file's times repeat: a day, a
        # minute, the import's time for the dates unknown)
        self.micros: dict[str, int] = {}
        self.conflicts: list[Conflict] = []
        self.added = 0
        self.unchanged = 0
        self.new_subjects = 0
        self.rows = rows
        self.import_id = 0
        self.batch_id = 0
        self.batch_ids: list[int] = []
        self.ids = uids_and_salts()  # the next people's ids and salts
        self.rebuild: list[str] = []  # SQL of the indexes dropped for the bulk write
        self.finished = False
        self.template = ""
        self.in_order: Any = None
        # the seal of a new person's row, written here (None: the trigger seals them)
        self.seal: Callable[[Sequence[Any]], str] | None = None
        self.purpose_codes = {int(p.id or 0): p.code for p in dossier.consents.purposes()}
        self.notice_info = {int(n.id or 0): (n.version, n.sha256)
                            for n in dossier.consents.notices()}

    def start_part(self, sha256: str, file_name: str, import_id: int | None,
                   rows_read: int) -> None:
        """The rows that follow are of this file (``import_id``: its earlier import, which
        left rows out; ``None``: a new one)."""
        self._flush()
        if import_id is None:
            cur = self.conn.execute(
                "INSERT INTO consent_import (sha256, file_name, imported_at, recorded_by, "
                "rows_read, events_added) VALUES (?, ?, ?, ?, ?, 0)",
                (sha256, file_name, self.recorded_at, self.recorded_by, rows_read))
            import_id = int(cur.lastrowid or 0)
        self.import_id = import_id
        self.batch_id = int(self.conn.execute(
            BATCH_INSERT, (self.recorded_at, self.recorded_by, import_id)).lastrowid or 0)
        self.batch_ids.append(self.batch_id)
        self.part_added.setdefault(import_id, 0)
        self.part = file_name
        # The canonical form with the values every event of the file shares written in;
        # the others taken from each event's values (_EVENT_VALUES) in the form's order.
        self.template, names = canonical_template(SCHEME, {
            "recorded_at": self.recorded_at, "recorded_by": self.recorded_by,
            "source_sha256": sha256})
        self.in_order = None if names == _EVENT_VALUES else operator.itemgetter(
            *(_EVENT_VALUES.index(name) for name in names))

    def begin(self) -> None:
        conn = self.conn
        chain = Chain(conn)
        self.seq, self.head = chain.seq, chain.head
        self.first_seq = self.seq + 1
        row = conn.execute("SELECT coalesce(max(id), 0) FROM subject").fetchone()
        self.next_subject = self.first_new = int(row[0]) + 1
        self.had_people = self.first_new > 1
        bulk = list(_BULK_INDEXES) if self.rows >= self.first_new - 1 else []
        if not self.had_people:
            bulk.append(_EVENT_INDEX)
        if bulk:
            marks = ", ".join("?" * len(bulk))
            for name, sql in conn.execute(
                    f"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                    f"name IN ({marks})", bulk).fetchall():
                conn.execute(f"DROP INDEX {name}")
                self.rebuild.append(sql)
        # A value typed by someone may hold no separator (the checks refuse control
        # characters); the few that come from elsewhere are checked here, once.
        for text in (v for v, _ in self.notice_info.values()):
            if SEPARATOR in text:
                raise ValueError("an event field holds the separator U+001F")

    def _person(self, row: tuple[Any, ...]) -> tuple[int, str, str, bool, str, str] | None:
        """The person of a row not in ``recent``: found in the dossier, or new; ``None`` when
        the row's email and reference contradict the person (see ``conflicts``)."""
        _, email, ref, first, last, phone = row[:6]
        key = row[12]
        email_key = key_of_email(email)
        ref_key, mail_key = "r:" + ref, "e:" + email_key
        seen = self.seen
        conn = self.conn
        found = None
        if ref and (self.had_people or seen.may_hold(ref_key)):
            found = conn.execute(
                "SELECT id, uid, salt, email, customer_ref, first_name, last_name, phone "
                "FROM subject_text WHERE customer_ref = ?", (ref,)).fetchone()
        found_by_ref = found is not None
        if found is None and email and (
                self.had_people or seen.may_hold(mail_key)):
            found = conn.execute(
                "SELECT id, uid, salt, email, coalesce(customer_ref, ''), first_name, "
                "last_name, phone FROM subject_text WHERE email_key = ?", (email_key,)
            ).fetchone()
        if found is None and ref and email:
            # the same person may be known in this file by the other key
            hit = self.recent.get(mail_key)
            if hit is not None:
                if hit[5] and hit[5] != ref:
                    return self._conflict(row, "email_has_other_ref", hit[5])
                self.recent[key] = hit
                return hit
        if found is None:
            return self._new_subject(email, email_key, ref, first, last, phone,
                                     keys=(ref_key if ref else "", mail_key if email else ""))
        subject_id, uid, salt, *current = found
        current_identity = Identity(*(x or "" for x in current))
        if email and ref:
            if found_by_ref and current_identity.email and \
                    key_of_email(current_identity.email) != email_key:
                return self._conflict(row, "ref_has_other_email", current_identity.email)
            if not found_by_ref and current_identity.customer_ref and \
                    current_identity.customer_ref != ref:
                return self._conflict(row, "email_has_other_ref",
                                      current_identity.customer_ref)
        if subject_id >= self.first_new:
            # made by this import, and gone from ``recent``: as if it were still there
            value = (subject_id, uid, identity_hash(salt, current_identity), True,
                     key_of_email(current_identity.email), current_identity.customer_ref)
        else:
            merged = Identity(*(old or new for old, new in zip(
                (current_identity.email, current_identity.customer_ref,
                 current_identity.first_name, current_identity.last_name,
                 current_identity.phone),
                (email, ref, first, last, phone), strict=True)))
            if merged != current_identity:
                if not self._can_merge(subject_id, merged):
                    # the email (or reference) the row adds is someone else's
                    return self._conflict(row, "email_of_other_person", "")
                self._flush()
                write_identity(conn, subject_id, merged, self.recorded_at)
                current_identity = merged
            ihash = identity_hash(salt, current_identity) if salt else "0" * 64
            value = (subject_id, uid, ihash, False, key_of_email(current_identity.email),
                     current_identity.customer_ref)
        self.recent[key] = value
        return value

    def _new_subject(self, email: str, email_key: str, ref: str, first: str, last: str,
                     phone: str, pkey: str | bool | None = False,
                     keys: tuple[str, str] | None = None
                     ) -> tuple[int, str, str, bool, str, str]:
        """A person this import makes, found again in ``recent`` by each of their keys
        (``keys``: their ``r:`` and ``e:`` keys when the caller has made them, "" for
        none)."""
        subject_id = self.next_subject
        self.next_subject += 1
        uid, salt = next(self.ids)
        value = (subject_id, uid, identity_hash_of(salt, email, ref, first, last, phone), True,
                 email_key, ref)
        email_folded, ref_folded = fold(email), fold(ref)
        # in no order: a search finds a word anywhere
        words = " ".join(search_keys_folded(email_folded, ref_folded, first, last, phone))
        # ledger.people.sort_key, with the texts folded once
        if last or first:
            sort_key = (f"{fold(last)} {fold(first)}" if last and first
                        else fold(last or first))[:300]
        else:
            sort_key = (email_folded or ref_folded)[:300]
        if pkey is False:
            pkey = phone_key(phone) if phone else None
        self.subjects.append((
            subject_id, uid, email, email_key or None, ref or None, first, last, phone,
            pkey, salt, sort_key or ERASED_SORT, self.recorded_at, self.recorded_at))
        if words:
            self.keys.append((subject_id, words))
        self.new_subjects += 1
        # found again by any key (the row's own key is one of them)
        ref_key, mail_key = keys if keys is not None else (
            "r:" + ref if ref else "", "e:" + email_key if email else "")
        phone_found_by = f"p:{pkey}" if pkey else ""
        recent = self.recent
        for found_by in (ref_key, mail_key, phone_found_by):
            if found_by:
                recent[found_by] = value
        self.seen.add(ref_key, mail_key, phone_found_by)
        return value

    def _maybe(self, key: str) -> bool:
        """Can a person with this key be in the dossier (not if it had nobody and this
        import made nobody with it)?"""
        return self.had_people or self.seen.may_hold(key)

    def _person_by_source(self, row: tuple[Any, ...]
                          ) -> tuple[int, str, str, bool, str, str] | None:
        """The person of a row of another tool's export, not in ``recent``: found by email,
        else by phone (only when one person has that number, and has no other email), else
        by the tool's customer id (unless that person has another email); or new."""
        _, email, ref, first, last, phone = row[:6]
        email_key = key_of_email(email)
        pkey = phone_key(phone) if phone else None
        conn, recent = self.conn, self.recent
        columns = ("SELECT id, uid, salt, email, coalesce(customer_ref, ''), first_name, "
                   "last_name, phone FROM subject_text ")
        for key in (f"p:{pkey}" if pkey else "", f"r:{ref}" if ref else ""):
            hit = recent.get(key) if key else None
            if hit is not None and (not email or not hit[4] or hit[4] == email_key):
                recent[row[12]] = hit
                return hit
        found = None
        if not self.had_people:
            # a ledger that had nobody: only the people this import made can be found
            seen = self.seen
            if not any(seen.may_hold(key) for key in (
                    f"e:{email_key}" if email else "", f"p:{pkey}" if pkey else "",
                    f"r:{ref}" if ref else "") if key):
                value = self._new_subject(email, email_key, ref, first, last, phone, pkey)
                recent[row[12]] = value
                return value
        if email and self._maybe("e:" + email_key):
            found = conn.execute(columns + "WHERE email_key = ?", (email_key,)).fetchone()
        if found is None and pkey and self._maybe("p:" + pkey):
            people = conn.execute(columns + "WHERE id IN (SELECT id FROM subject WHERE "
                                  "phone_key = ? LIMIT 2)", (lean_phone_key(pkey),)).fetchall()
            if len(people) == 1 and not (email and people[0][3]
                                         and key_of_email(people[0][3]) != email_key):
                found = people[0]
            elif len(people) > 1 and not email:
                return self._conflict(row, "phone_of_several", pkey)
        if found is None and ref and self._maybe("r:" + ref):
            other = conn.execute(columns + "WHERE customer_ref = ?", (ref,)).fetchone()
            if other is not None:
                if email and other[3] and key_of_email(other[3]) != email_key:
                    return self._conflict(row, "ref_has_other_email", other[3])
                found = other
        if found is None:
            taken = ref and self._maybe("r:" + ref) and conn.execute(
                "SELECT 1 FROM subject WHERE customer_ref = ?", (ref,)).fetchone()
            value = self._new_subject(email, email_key, "" if taken else ref, first, last,
                                      phone, pkey)
            recent[row[12]] = value
            return value
        value = self._found_by_source(found, email, ref, first, last, phone)
        recent[row[12]] = value
        return value

    def _found_by_source(self, found: tuple[Any, ...], email: str, ref: str, first: str,
                         last: str, phone: str) -> tuple[int, str, str, bool, str, str]:
        """A person of the dossier a row of another tool's export found, with what the row
        adds to their identity (a value of ``recent``): the tool's id or email is kept
        only when it is nobody else's."""
        subject_id, uid, salt, *current = found
        current_identity = Identity(*(x or "" for x in current))
        if subject_id >= self.first_new:
            return (subject_id, uid, identity_hash(salt, current_identity), True,
                    key_of_email(current_identity.email), current_identity.customer_ref)
        merged = Identity(*(old or new for old, new in zip(
            (current_identity.email, current_identity.customer_ref,
             current_identity.first_name, current_identity.last_name,
             current_identity.phone),
            (email, ref, first, last, phone), strict=True)))
        if merged != current_identity and not self._can_merge(subject_id, merged):
            # the tool's id (or email) is already another person's: keep theirs
            merged = replace(merged, customer_ref=current_identity.customer_ref,
                             email=current_identity.email or (
                                 "" if merged.email != email else email))
            if not self._can_merge(subject_id, merged):
                merged = current_identity
        if merged != current_identity:
            self._flush()
            write_identity(self.conn, subject_id, merged, self.recorded_at)
            current_identity = merged
        ihash = identity_hash(salt, current_identity) if salt else "0" * 64
        return (subject_id, uid, ihash, False, key_of_email(current_identity.email),
                current_identity.customer_ref)

    def _conflict(self, row: tuple[Any, ...], code: str, other: str
                  ) -> tuple[int, str, str, bool, str, str] | None:
        """Set the row aside (see ``conflicts``): it has no person, always ``None``."""
        self.conflicts.append(Conflict(row[0], code, {
            "email": row[1], "ref": row[2], "phone": row[5], "other": other}, self.part))
        return None

    def _can_merge(self, subject_id: int, merged: Identity) -> bool:
        if merged.email:
            other = self.conn.execute("SELECT id FROM subject_text WHERE email_key = ?",
                                      (key_of_email(merged.email),)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        if merged.customer_ref:
            other = self.conn.execute("SELECT id FROM subject WHERE customer_ref = ?",
                                      (merged.customer_ref,)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        return True

    def _known(self, subject_id: int, row: tuple[Any, ...]) -> bool:
        """Is this event of a person already in the dossier recorded already? A choice
        whose date is unknown is, when it is the person's current state already (the same
        web shop export imported again a month later adds nothing)."""
        event = (subject_id, row[6], utc_micros(row[8]), row[7])
        if event in self.pending_known:
            return True
        self.pending_known.add(event)
        if row[14]:
            current = self.conn.execute(
                "SELECT kind FROM consent_status WHERE subject_id = ? AND purpose_id = ?",
                (subject_id, row[6])).fetchone()
            if current is not None and current[0] == row[7]:
                return True
        return self.conn.execute(
            "SELECT 1 FROM consent_event WHERE subject_id = ? AND purpose_id = ? AND "
            "occurred_at = ? AND kind = ? LIMIT 1", event).fetchone() is not None

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        """Append these checked rows (:class:`Row`), in order."""
        recent, events, codes = self.recent, self.events, self.purpose_codes
        notice_info, sha256 = self.notice_info, hashlib.sha256
        template, in_order = self.template, self.in_order
        batch_id, import_id = self.batch_id, self.import_id
        unhex, micros = bytes.fromhex, utc_micros
        seq, head = self.seq, self.head
        source_ids = self.source_ids
        known_micros = self.micros
        for row in rows:
            person = recent.get(row[12])
            if person is None:
                person = (self._person_by_source(row) if source_ids or row[12][:2] == "p:"
                          else self._person(row))
                if person is None:
                    continue
            elif source_ids:
                pass
            elif row[1] and row[2] and person[4] and person[4] != key_of_email(row[1]):
                # found by its reference (a row's key), recorded with another email
                self._conflict(row, "ref_has_other_email", person[4])
                continue
            subject_id, uid, ihash, new = person[:4]
            if not new and self._known(subject_id, row):
                self.unchanged += 1
                continue
            (line, _, _, _, _, _, purpose_id, kind, occurred_at, channel, detail,
             notice_id, _, evidence, unknown) = row
            version, notice_sha = notice_info[notice_id] if notice_id else ("", "")
            seq += 1
            values = (seq, head, uid, ihash, codes[purpose_id], kind, occurred_at, unknown,
                      channel, detail, version, notice_sha, evidence, line)
            digest = sha256((template % (values if in_order is None else in_order(values))
                             ).encode()).digest()
            occurred = known_micros.get(occurred_at)
            if occurred is None:
                occurred = micros(occurred_at)
                if len(known_micros) < MICROS_KEPT:
                    known_micros[occurred_at] = occurred
            events.append((seq, SCHEME, subject_id, unhex(ihash), purpose_id, kind,
                           occurred, unknown, channel, detail, notice_id, evidence,
                           batch_id, line, digest))
            head = digest.hex()
        self.added += seq - self.seq
        self.part_added[import_id] += seq - self.seq
        self.seq, self.head = seq, head
        self._flush()
        if len(recent) > RECENT_MAX:
            recent.clear()  # every person made so far is in the dossier now

    def _flush(self) -> None:
        if self.subjects:
            # the rows in their text form (what a seal covers), stored in their lean one
            if self.seal is not None:
                seal = self.seal
                write_seals(self.conn, SUBJECT, [(row[0], seal(row)) for row in self.subjects])
            created = self.recorded_micros
            unhex = bytes.fromhex
            self.conn.executemany(SUBJECT_INSERT_NEW, [
                (sid, unhex(uid), email, None if key == email else key, ref, first, last, phone,
                 lean_phone_key(pkey), salt, sort_key, created, None)
                for sid, uid, email, key, ref, first, last, phone, pkey, salt, sort_key, _, _
                in self.subjects])
            self.conn.executemany(SEARCH_INSERT, self.keys)
            self.subjects.clear()
            self.keys.clear()
        if self.events:
            self.conn.executemany(EVENT_INSERT, self.events)
            self.events.clear()
        self.pending_known.clear()

    def finish(self, rows_refused: int) -> Generator[Progress, None, None]:
        """Write what is pending, the search keys, the statuses and the indexes dropped, and
        the import's counts (``rows_refused``: the rows of the file left out)."""
        conn = self.conn
        self._flush()
        # Every row is written: the people kept for lookups are no longer needed.
        self.recent.clear()
        self.seen = _Seen(0)
        # busy: SQLite sorts and builds, with no progress
        cache_for_sorts(conn)
        yield Progress(0, 0, "index")
        last = self.seq
        _check_references(conn, self.first_seq, last, self.batch_ids)
        if last >= self.first_seq:
            # The current state of each person: the newest event wins (time, then order),
            # as assistant.domain.consent.supersedes() allows.
            conn.execute(STATUS_FROM_EVENTS, (self.first_seq, last))
        for sql in self.rebuild:
            yield Progress(0, 0, "index")
            conn.execute(sql)
        for import_id, added in self.part_added.items():
            conn.execute("UPDATE consent_import SET events_added = events_added + ?, "
                         "rows_refused = ? WHERE id = ?",
                         (added, rows_refused, import_id))
        self.finished = True




def _check_references(conn: sqlite3.Connection, first: int, last: int,
                      batches: list[int]) -> None:
    """Raise as SQLite would have, had it checked each row's references as it was written
    (the import writes with ``foreign_keys`` off: :func:`~.large_write.large_write`), if
    an event ``first``..``last`` or one of the ``batches`` refers to a row that is not
    there: all the import's rows checked in two statements instead of a look-up per row
    and reference."""
    dangling = conn.execute(
        "SELECT e.seq FROM consent_event e "
        "LEFT JOIN subject s ON s.id = e.subject_id "
        "LEFT JOIN consent_batch b ON b.id = e.batch_id "
        "LEFT JOIN consent_purpose p ON p.id = e.purpose_id "
        "LEFT JOIN notice_version n ON n.id = e.notice_id "
        "WHERE e.seq BETWEEN ? AND ? AND (s.id IS NULL OR b.id IS NULL "
        "OR (e.purpose_id IS NOT NULL AND p.id IS NULL) "
        "OR (e.notice_id IS NOT NULL AND n.id IS NULL)) LIMIT 1", (first, last)).fetchone()
    if dangling is None and batches:
        dangling = conn.execute(
            f"SELECT b.id FROM consent_batch b LEFT JOIN consent_import i ON i.id = b.import_id "
            f"WHERE b.id IN ({', '.join('?' * len(batches))}) AND b.import_id IS NOT NULL "
            f"AND i.id IS NULL LIMIT 1", batches).fetchone()
    if dangling is not None:
        raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")


class _Seen:
    """A Bloom filter of keys (the people an import made): :meth:`may_hold` is false for a
    key never added. Two bits per key (from the two halves of its hash) in a table of at
    least 64 bits a row, which has up to 3 keys: at most one other key in a hundred is
    taken for one added, and looked up in the dossier for nothing (one in twenty with one
    bit a key)."""

    def __init__(self, rows: int) -> None:
        bits = 1 << max(16, (rows * 64).bit_length()) if rows else 8
        self.bits = bytearray(bits >> 3)
        self.mask = bits - 1

    def add(self, *keys: str) -> None:
        """Add these keys ("" for none: a person has up to three, one call for all)."""
        mask, bits = self.mask, self.bits
        for key in keys:
            if key:
                h = hash(key)
                low, high = h & mask, (h >> 32) & mask
                bits[low >> 3] |= 1 << (low & 7)
                bits[high >> 3] |= 1 << (high & 7)

    def may_hold(self, key: str) -> bool:
        h, mask, bits = hash(key), self.mask, self.bits
        low, high = h & mask, (h >> 32) & mask
        return bool(bits[low >> 3] & (1 << (low & 7)) and bits[high >> 3] & (1 << (high & 7)))
