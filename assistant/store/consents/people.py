"""The people of the consent ledger: found by id, uid, email, reference or phone, their
identity corrected, listed a page at a time, searched by what is typed."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.domain.clock import now_text
from assistant.domain.consent import (
    Identity,
    Subject,
    search_terms,
)
from assistant.domain.consent_rules import check_identity
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.identity import email_key
from assistant.store.consents.records import (
    _SUBJECT_COLS,
    SubjectRow,
    _subject,
    normalised_identity,
)
from assistant.store.consents.status import StatusMixin
from assistant.store.ledger.people import write_identity
from assistant.store.ledger.subject_forms import lean_phone_key, lean_uid
from assistant.store.phones import phone_key


class PeopleMixin(StatusMixin):
    """People: look-ups, rectification, the people table and its search."""

    # -- people -----------------------------------------------------------------------------
    def subject(self, subject_id: int) -> Subject | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject_text WHERE id = ?",
            (subject_id,)).fetchone()
        return _subject(row) if row else None

    def subject_by_uid(self, uid: str) -> Subject | None:
        row = self.conn.execute(
            f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject_text WHERE id = "
            "(SELECT id FROM subject WHERE uid = ?)", (lean_uid(uid),)).fetchone()
        return _subject(row) if row else None

    def find_subject(self, *, email: str = "", customer_ref: str = "",
                     phone: str = "") -> Subject | None:
        """The person with this customer reference, else with this email, else the only
        person with this phone number (however it is written; see :mod:`.phones`)."""
        row = None
        if customer_ref:
            row = self.conn.execute(
                f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject_text WHERE customer_ref = ?",
                (customer_ref.strip(),)).fetchone()
        if row is None and email:
            row = self.conn.execute(
                f"SELECT {', '.join(_SUBJECT_COLS)} FROM subject_text WHERE email_key = ?",
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
            "SELECT id FROM subject WHERE phone_key = ? ORDER BY id LIMIT ?",
            (lean_phone_key(key), limit))]

    def subject_count(self) -> int:
        row = self.conn.execute("SELECT max(id) FROM subject").fetchone()
        # ids are dense (people are never deleted); count(*) would scan a million rows
        return int(row[0] or 0)

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
                f"phone, erased_at IS NOT NULL FROM subject_text WHERE id IN ({marks})", ids):
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

