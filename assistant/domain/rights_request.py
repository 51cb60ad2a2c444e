"""A request from a person exercising a right over their data (GDPR Art. 15 to 22), and what
the shop did with it, against the one-month clock of Art. 12(3) (see :mod:`deadlines`).

Dates are ``YYYY-MM-DD`` text (a calendar day is what the rule counts), so that a record says
exactly what the user entered and a file round-trips unchanged; :func:`check_request` reports
one that is not a real date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from assistant.domain.deadlines import (
    extended_due,
    extension_in_time,
    parse_date,
    request_due,
)
from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise

REFERENCE_MAX = 50


class Right(StrEnum):
    """The right exercised (codes of the ``request_rights`` vocabulary)."""

    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)
    OTHER = "other"


class IdentityCheck(StrEnum):
    """Where the check of the requester's identity stands (Art. 12(2) and 12(6))."""

    PENDING = "pending"  # not checked yet
    INFORMATION_REQUESTED = "information_requested"  # more information asked (Art. 12(6))
    VERIFIED = "verified"
    NOT_NEEDED = "not_needed"  # the person is already known with certainty
    FAILED = "failed"  # could not be confirmed


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    REFUSED = "refused"  # with reasons and the right to complain (Art. 12(4))
    NO_DATA = "no_data"  # the shop holds no data about the person
    WITHDRAWN = "withdrawn"  # the person withdrew the request


@dataclass(frozen=True)
class RightsRequest:
    right: Right
    received_on: str  # YYYY-MM-DD, the day the request reached the shop
    requester: str  # who it is from
    id: int | None = None
    reference: str = ""  # given by the store (D-001...) when empty
    right_detail: str = ""  # what exactly, required in words for "other"
    requester_contact: str = ""
    subject_reference: str = ""  # the person in the consent ledger (customer ref., subject id)
    received_via: str = ""  # code of the request_channels vocabulary or free text
    request_text: str = ""  # what the person asked, in their words
    identity_check: IdentityCheck = IdentityCheck.PENDING
    extended: bool = False  # the two-month extension of Art. 12(3) was used
    extension_reason: str = ""
    extension_told_on: str | None = None  # YYYY-MM-DD: when the person was told
    answered_on: str | None = None  # YYYY-MM-DD
    answer_outcome: Outcome | None = None
    answer_summary: str = ""
    answer_evidence: str = ""  # where the proof of the answer is (sent email, letter no.)
    notes: str = ""
    created_at: str = ""  # canonical UTC text; set by the store
    updated_at: str = ""

    def normalised(self) -> RightsRequest:
        def n(value: str) -> str:
            return normalise(value)

        def nd(value: str | None) -> str | None:
            return n(value) or None if value is not None else None

        return replace(
            self,
            received_on=n(self.received_on),
            requester=n(self.requester),
            reference=n(self.reference),
            right_detail=n(self.right_detail),
            requester_contact=n(self.requester_contact),
            subject_reference=n(self.subject_reference),
            received_via=n(self.received_via),
            request_text=n(self.request_text),
            extension_reason=n(self.extension_reason),
            extension_told_on=nd(self.extension_told_on),
            answered_on=nd(self.answered_on),
            answer_summary=n(self.answer_summary),
            answer_evidence=n(self.answer_evidence),
            notes=n(self.notes),
        )


def _date_field(value: str | None, field: str, *, required: bool, today: date | None,
                found: list[Finding]) -> date | None:
    if not value:
        if required:
            found.append(Finding("required", field, Severity.ERROR))
        return None
    parsed = parse_date(value)
    if parsed is None:
        found.append(Finding("processes_invalid_date", field, Severity.ERROR,
                             {"value": value[:40]}))
        return None
    if today is not None and parsed > today:
        found.append(Finding("processes_date_in_future", field, Severity.ERROR,
                             {"value": value}))
    return parsed


def check_request(r: RightsRequest, today: date | None = None) -> list[Finding]:
    """Everything worth telling about a request, blocking errors first.

    Errors are what cannot be true or cannot be kept: impossible dates, an answer before the
    request arrived, an extension told after the first month (it is then not an extension),
    dates after ``today`` when given (the JSON import gives none: the file may come from a
    computer a day ahead). Warnings are what the shop should still do or record.
    """
    found = _text_problems(r)
    received = _date_field(r.received_on, "received_on", required=True, today=today,
                           found=found)
    answered = _date_field(r.answered_on, "answered_on", required=False, today=today,
                           found=found)
    told = _date_field(r.extension_told_on, "extension_told_on", required=False, today=today,
                       found=found)
    found += _date_problems(r, received, answered, told)
    found += _to_do(r)
    found += _late(r, received, answered, told)
    return sorted(found, key=lambda f: f.severity is not Severity.ERROR)


def _text_problems(r: RightsRequest) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(r.requester, "requester", max_length=NAME_MAX, required=True)
    found += check_text(r.reference, "reference", max_length=REFERENCE_MAX)
    for name in ("right_detail", "requester_contact", "subject_reference", "received_via",
                 "answer_evidence"):
        found += check_text(getattr(r, name), name, max_length=SHORT_MAX)
    for name in ("request_text", "extension_reason", "answer_summary", "notes"):
        found += check_text(getattr(r, name), name, max_length=LONG_MAX, multiline=True)
    return found


def _date_problems(r: RightsRequest, received: date | None, answered: date | None,
                   told: date | None) -> list[Finding]:
    """Dates that contradict each other, an extension without its reason or told too late,
    an outcome with no answer date (errors)."""
    found: list[Finding] = []
    if received is not None and answered is not None and answered < received:
        found.append(Finding("request_answer_before_receipt", "answered_on", Severity.ERROR,
                             {"answered": r.answered_on or "", "received": r.received_on}))
    if r.extended:
        if not r.extension_reason.strip():
            found.append(Finding("request_extension_reason", "extension_reason",
                                 Severity.ERROR))
        if not r.extension_told_on:
            found.append(Finding("request_extension_not_told", "extension_told_on",
                                 Severity.ERROR))
    if received is not None and told is not None:
        if told < received:
            found.append(Finding("request_told_before_receipt", "extension_told_on",
                                 Severity.ERROR, {"told": r.extension_told_on or "",
                                                  "received": r.received_on}))
        elif r.extended and not extension_in_time(received, told):
            found.append(Finding("request_extension_too_late", "extension_told_on",
                                 Severity.ERROR,
                                 {"told": r.extension_told_on or "",
                                  "due": request_due(received).isoformat()}))
    if r.answer_outcome is not None and not r.answered_on:
        found.append(Finding("request_outcome_without_date", "answered_on", Severity.ERROR))
    return found


def _to_do(r: RightsRequest) -> list[Finding]:
    """What is still to do or to record (warnings)."""
    found: list[Finding] = []
    if r.right is Right.OTHER and not r.right_detail:
        found.append(Finding("request_other_right", "right_detail"))
    if r.answered_on and r.answer_outcome is None:
        found.append(Finding("request_missing_outcome", "answer_outcome"))
    if r.answered_on and not r.answer_evidence:
        found.append(Finding("request_missing_evidence", "answer_evidence"))
    if r.answer_outcome is Outcome.REFUSED and not r.answer_summary:
        found.append(Finding("request_refusal_reasons", "answer_summary"))
    if not r.answered_on and r.identity_check is IdentityCheck.PENDING:
        found.append(Finding("request_identity_pending", "identity_check"))
    return found


def _late(r: RightsRequest, received: date | None, answered: date | None,
          told: date | None) -> list[Finding]:
    """An answer after the month (or the extended three months) the GDPR allows (a
    warning: it is recorded as it happened)."""
    if received is None or answered is None or answered < received:
        return []
    due = request_due(received)
    if r.extended and told is not None and told >= received \
            and extension_in_time(received, told):
        due = extended_due(received)
    if answered > due:
        return [Finding("request_answered_late", "answered_on", params={
            "days": str((answered - due).days), "due": due.isoformat()})]
    return []
