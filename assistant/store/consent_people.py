"""The person a choice is recorded for, found from what the shop knows: an email, a phone
number, a customer reference; a new person when none of them is known yet.

Used by the till dialog, the customer's screen, the paper forms and ``consents record``. Each
value given must designate the same person: an email of one person with another person's
phone is refused, naming both values, rather than recorded on either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.domain.consent import Event, Identity, Subject
from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.store.consent_repo import Choice, normalised_identity

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def find_by_phone(dossier: Dossier, phone: str) -> Subject | None:
    """The only person (not erased) whose phone is this number, however it is written; None
    when nobody has it, or several people share it (a shared number designates nobody)."""
    ids = dossier.consents.subjects_by_phone(phone, limit=2)
    return dossier.consents.subject(ids[0]) if len(ids) == 1 else None


@dataclass(frozen=True)
class Found:
    subject: Subject | None  # None: nobody yet, a new person is needed
    by: tuple[str, ...] = ()  # the fields that found them: email, phone, customer_ref


def designated(dossier: Dossier, identity: Identity) -> Found:
    """The person the identity's email, phone and customer reference designate; refused
    (``person_conflict``) when two of them designate two different people."""
    identity = normalised_identity(identity)
    hits: list[tuple[str, str, Subject]] = []
    consents = dossier.consents
    if identity.email:
        s = consents.find_subject(email=identity.email)
        if s is not None:
            hits.append(("email", identity.email, s))
    if identity.phone:
        s = find_by_phone(dossier, identity.phone)
        if s is not None:
            hits.append(("phone", identity.phone, s))
    if identity.customer_ref:
        s = consents.find_subject(customer_ref=identity.customer_ref)
        if s is not None:
            hits.append(("customer_ref", identity.customer_ref, s))
    for field, value, subject in hits[1:]:
        if subject.id != hits[0][2].id:
            raise ValidationError([Finding("person_conflict", field, Severity.ERROR, {
                "first": hits[0][1], "second": value})])
    if not hits:
        return Found(None)
    return Found(hits[0][2], tuple(h[0] for h in hits))


def find_or_add(dossier: Dossier, identity: Identity) -> tuple[Subject, bool]:
    """The designated person, or a new one with this identity; ``(person, created)``.

    A known person keeps their identity as recorded: a name typed at the till does not
    rename them (a correction is Correct identity's job); a value they had not given yet
    (a phone number for a person known by email) is added to it.
    """
    identity = normalised_identity(identity)
    if not (identity.email or identity.phone or identity.customer_ref):
        raise ValidationError([Finding("identity_required", "email", Severity.ERROR)])
    found = designated(dossier, identity)
    if found.subject is None:
        return dossier.consents.add_subject(identity), True
    known = found.subject.identity
    completed = Identity(known.email or identity.email,
                         known.customer_ref or identity.customer_ref,
                         known.first_name or identity.first_name,
                         known.last_name or identity.last_name, known.phone or identity.phone)
    if completed != known:
        return dossier.consents.update_identity(found.subject.id, completed), False
    return found.subject, False


def record_for(dossier: Dossier, identity: Identity, choices: Sequence[Choice],
               **options: Any) -> tuple[Subject, bool, list[Event]]:
    """Find or add the person and record their choices, all in one transaction: a refused
    choice leaves no new person behind. ``options`` are those of
    :meth:`~assistant.store.consent_repo.ConsentRepository.record_choices`;
    returns ``(person, created, events)``."""
    with dossier.transaction():
        subject, created = find_or_add(dossier, identity)
        events = dossier.consents.record_choices(subject.id, choices, **options)
    return subject, created, events
