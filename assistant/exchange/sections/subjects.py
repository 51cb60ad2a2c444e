"""``subjects``: the people of the consent ledger, by their random id, with their identity
(blank once erased) and the salt of their identity hash (null once erased)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.consent import Identity
from assistant.domain.consent_rules import check_identity
from assistant.domain.findings import Finding, Severity
from assistant.domain.identity import email_key, normalise_identity
from assistant.store.dossier import Dossier
from assistant.store.ledger.restore import KeptPerson, kept_people, restore_people

KEY = "subjects"


def export(dossier: Dossier) -> Iterator[dict[str, Any]]:
    for p in kept_people(dossier.conn):
        yield {"id": p.uid, "email": p.identity.email, "customer_ref": p.identity.customer_ref,
               "first_name": p.identity.first_name, "last_name": p.identity.last_name,
               "phone": p.identity.phone, "salt": p.salt.hex() if p.salt else None,
               "created_at": p.created_at, "updated_at": p.updated_at,
               "erased_at": p.erased_at}


def _identity(item: dict[str, Any]) -> Identity:
    """The identity as the dossier stores it (NFC, trimmed), whatever the file's form."""
    return normalise_identity(Identity(item["email"], item["customer_ref"],
                                       item["first_name"], item["last_name"], item["phone"]))


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    uids: set[str] = set()
    emails: set[str] = set()
    refs: set[str] = set()
    for i, item in enumerate(value):
        where = f"$.{KEY}[{i}]"
        if item["id"] in uids:
            yield f"{where}.id", Finding("json_duplicate_id", "", Severity.ERROR,
                                         {"id": item["id"]})
        uids.add(item["id"])
        if item["erased_at"] is not None:
            if any(item[k] for k in ("email", "customer_ref", "first_name", "last_name",
                                     "phone")) or item["salt"] is not None:
                yield where, Finding("json_other", "", Severity.ERROR,
                                     {"detail": "an erased person keeps no identity"})
            continue
        if item["salt"] is None:
            yield f"{where}.salt", Finding("json_required", "", Severity.ERROR,
                                           {"name": "salt"})
        identity = _identity(item)
        email, ref = email_key(identity.email), identity.customer_ref
        if email and email in emails:
            yield f"{where}.email", Finding("email_taken", "", Severity.ERROR,
                                            {"value": item["email"]})
        if ref and ref in refs:
            yield f"{where}.customer_ref", Finding("ref_taken", "", Severity.ERROR,
                                                   {"value": ref})
        emails.add(email)
        refs.add(ref)
        for f in check_identity(identity):
            if f.severity is Severity.ERROR:
                yield f"{where}.{f.field}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    restore_people(dossier.conn, (KeptPerson(
        item["id"], _identity(item), bytes.fromhex(item["salt"]) if item["salt"] else b"",
        item["created_at"], item["updated_at"], item["erased_at"]) for item in value))
