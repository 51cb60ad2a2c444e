"""The consent ledger of a dossier: purposes, wordings, people and hash-chained events.

Events are appended, never changed (the schema's triggers refuse it); a mistake is corrected
by recording the opposite event. Erasing a person blanks their identity and appends an
erasure event. Other areas use: :meth:`ConsentRepository.erase_subject` (rights requests),
:meth:`chain_head` and :meth:`purpose_summary` (PDF), :meth:`consent_processing_gaps` (guide).

This module holds the ledger's writes (a new person, recorded choices, an erasure) and its
events and history; :class:`ConsentRepository` is composed of the parts in
:mod:`assistant.store.consents` (purposes, people, statuses, forms, review), whose names are
imported from here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import format_utc, now_text, parse_utc, utc_now
from assistant.domain.consent import (
    GENESIS,
    Channel,
    Event,
    EventKind,
    Identity,
    NoticeVersion,
    Purpose,
    Subject,
    identity_hash,
)
from assistant.domain.consent_rules import check_identity
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.store.consents.forms import (
    PNG_MAGIC,
    SIGNATURE_MAX,
    FormEntry,
    FormsMixin,
    check_signature,
)
from assistant.store.consents.people import PeopleMixin
from assistant.store.consents.records import (
    ChainHead,
    Choice,
    ErasureReach,
    HistoryEntry,
    PurposeSummary,
    StatusEntry,
    SubjectRow,
    event_from_row,
    normalised_identity,
)
from assistant.store.consents.review import ReviewMixin
from assistant.store.consents.status import (
    STATUS_GUARDS,
    ledger_status_batches,
    ledger_statuses,
    status_source,
    subjects_by_id,
)
from assistant.store.ledger.append import Chain, NewEvent, append, erase
from assistant.store.ledger.people import (
    insert_subject,
    new_salt,
    new_uid,
)
from assistant.store.ledger.sql import EVENT_SELECT

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

__all__ = [
    "PNG_MAGIC",
    "SIGNATURE_MAX",
    "STATUS_GUARDS",
    "ChainHead",
    "Choice",
    "ConsentRepository",
    "ErasureReach",
    "FormEntry",
    "HistoryEntry",
    "PurposeSummary",
    "StatusEntry",
    "SubjectRow",
    "check_signature",
    "erasure_reach",
    "event_from_row",
    "ledger_status_batches",
    "ledger_statuses",
    "new_salt",
    "new_uid",
    "normalised_identity",
    "status_source",
    "subjects_by_id",
]


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


class ConsentRepository(PeopleMixin, FormsMixin, ReviewMixin):
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier
        self.last_reach: ErasureReach | None = None  # of the last erasure, for the window

    # -- people added to the ledger ---------------------------------------------------------
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


