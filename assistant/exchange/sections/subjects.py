"""``subjects``: the people of the consent ledger, by their random id, with their identity
(blank once erased) and the salt of their identity hash (null once erased)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.consent import Identity
from assistant.domain.consent_rules import check_identity
from assistant.domain.findings import Finding, Severity
from assistant.domain.identity import email_key, normalise_identity
from assistant.store.consent_repo import insert_subject
from assistant.store.dossier import Dossier

KEY = "subjects"
BATCH = 20_000


def export(dossier: Dossier) -> Iterator[dict[str, Any]]:
    last = 0
    conn = dossier.conn
    while True:
        rows = conn.execute(
            "SELECT id, uid, email, coalesce(customer_ref, ''), first_name, last_name, phone, "
            "salt, created_at, updated_at, erased_at FROM subject WHERE id > ? ORDER BY id "
            "LIMIT ?", (last, BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            yield {"id": r[1], "email": r[2], "customer_ref": r[3], "first_name": r[4],
                   "last_name": r[5], "phone": r[6], "salt": r[7].hex() if r[7] else None,
                   "created_at": r[8], "updated_at": r[9], "erased_at": r[10]}
        last = rows[-1][0]


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
    conn = dossier.conn
    for n, item in enumerate(value, start=1):
        insert_subject(conn, _identity(item), item["id"],
                       bytes.fromhex(item["salt"]) if item["salt"] else b"", item["created_at"],
                       subject_id=n, erased_at=item["erased_at"])
        conn.execute("UPDATE subject SET updated_at = ? WHERE id = ?", (item["updated_at"], n))
