"""Find one person of the consent ledger from what a user types, for their consent proof.

People are identified by a random 32-hex subject id (shown on the Consents page). A user
usually knows an email or a customer reference instead, so one text is matched against all
three: the whole subject id (or its first 8 characters or more, as the page shows it), the
email (any case) and the customer reference (exact). Emails and references are unique, but
one person's reference may be another's email, and a short id prefix may fit several
people: then nobody is chosen, and the candidates are listed by their subject id and customer
reference only (never by name or email), so the user can pick with the full id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.consent import Subject
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.identity import email_key, nfc
from assistant.store.ledger.subject_forms import lean_uid

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

MIN_PREFIX = 8  # the Consents page and the JSON proof's file name show 8 characters
MAX_CANDIDATES = 10
_HEX = re.compile(r"[0-9a-f]+")
_COLUMNS = "id, uid, coalesce(customer_ref, ''), erased_at IS NOT NULL"


@dataclass(frozen=True)
class PersonMatch:
    id: int
    uid: str
    customer_ref: str
    erased: bool
    by: str  # what matched: "id", "id_prefix", "email" or "reference"

    def describe(self) -> str:
        """The person as a candidate may be shown: subject id and customer reference."""
        return f"{self.uid} ({self.customer_ref})" if self.customer_ref else self.uid


def find_people(dossier: Dossier, text: str) -> list[PersonMatch]:
    """Everyone ``text`` may designate, by subject id, id prefix, email or reference (at most
    ``MAX_CANDIDATES + 1``, so a caller can tell there are more)."""
    text = text.strip()
    if not text:
        return []
    conn = dossier.conn
    lowered = text.lower()
    found: dict[int, PersonMatch] = {}

    def add(rows: object, by: str) -> None:
        for sid, uid, ref, erased in rows:  # type: ignore[attr-defined]
            found.setdefault(sid, PersonMatch(sid, uid, ref, bool(erased), by))

    if len(lowered) == 32 and _HEX.fullmatch(lowered):
        add(conn.execute(f"SELECT {_COLUMNS} FROM subject_text WHERE id IN "
                         "(SELECT id FROM subject WHERE uid = ?)", (lean_uid(lowered),)), "id")
    elif MIN_PREFIX <= len(lowered) < 32 and _HEX.fullmatch(lowered):
        # the uids are kept as their bytes: those that start with the digits typed
        low = bytes.fromhex(lowered.ljust(32, "0"))
        high = bytes.fromhex(lowered.ljust(32, "f"))
        add(conn.execute(f"SELECT {_COLUMNS} FROM subject_text WHERE id IN (SELECT id FROM "
                         "subject WHERE uid BETWEEN ? AND ? ORDER BY uid LIMIT ?)",
                         (low, high, MAX_CANDIDATES + 1)), "id_prefix")
    if "@" in text:
        add(conn.execute(f"SELECT {_COLUMNS} FROM subject_text WHERE email_key = ?",
                         (email_key(text),)), "email")
    add(conn.execute(f"SELECT {_COLUMNS} FROM subject_text WHERE customer_ref = ?",
                     (nfc(text),)), "reference")
    return sorted(found.values(), key=lambda m: m.id)


def resolve_person(dossier: Dossier, text: str) -> Subject:
    """The one person ``text`` designates; :class:`ValidationError` when nobody or several
    people fit (the message lists the candidates by id and reference)."""
    matches = find_people(dossier, text)
    if not matches:
        code = "proof_person_missing" if text.strip() else "proof_person_required"
        short = text.strip().lower()
        if 0 < len(short) < MIN_PREFIX and _HEX.fullmatch(short):
            code = "proof_person_short_id"  # the start of an id, too short to be looked up
        raise ValidationError([Finding(code, "subject", Severity.ERROR,
                                       {"value": text.strip()[:100], "min": str(MIN_PREFIX)})])
    if len(matches) > 1:
        listed = "; ".join(m.describe() for m in matches[:MAX_CANDIDATES])
        count = str(len(matches))
        if len(matches) > MAX_CANDIDATES:
            listed, count = listed + "; …", f"{MAX_CANDIDATES}+"
        raise ValidationError([Finding("proof_person_ambiguous", "subject", Severity.ERROR,
                                       {"value": text.strip()[:100], "count": count,
                                        "candidates": listed})])
    subject = dossier.consents.subject(matches[0].id)
    assert subject is not None
    return subject
