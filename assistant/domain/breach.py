"""A personal data breach (GDPR Art. 4(12)) as the register of Art. 33(5) keeps it: the facts,
what Art. 33(3) asks for, the risk assessment that decides notification of the authority
(Art. 33(1)) and of the people (Art. 34), and the notifications made.

Every breach stays in the register, notified or not. Moments are canonical UTC text
(``YYYY-MM-DDTHH:MM:SS.ffffffZ``); :func:`check_breach` reports one that is not valid.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from assistant.domain.deadlines import breach_deadline, parse_moment
from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise

REFERENCE_MAX = 50
COUNT_MAX = 10_000_000_000  # more people than live on Earth is a typing mistake
# A moment of awareness may be entered a little ahead of the computer's clock.
FUTURE_TOLERANCE = timedelta(minutes=5)


class BreachType(StrEnum):
    """The three kinds of breach of the European guidelines (codes of ``breach_types``)."""

    CONFIDENTIALITY = "confidentiality"  # disclosure or access without authorisation
    INTEGRITY = "integrity"  # alteration without authorisation
    AVAILABILITY = "availability"  # loss of access or destruction


class BreachRisk(StrEnum):
    UNASSESSED = "unassessed"
    UNLIKELY = "unlikely"  # unlikely to result in a risk: no notification (Art. 33(1))
    RISK = "risk"  # notify the authority
    HIGH = "high"  # notify the authority and tell the people (Art. 34(1))


class PeopleExemption(StrEnum):
    """Art. 34(3): when the people need not be told individually despite a high risk."""

    PROTECTED = "protected"  # (a) data unintelligible (encryption)
    RISK_REMOVED = "risk_removed"  # (b) later measures mean the high risk will not occur
    PUBLIC_NOTICE = "public_notice"  # (c) disproportionate effort: public communication


@dataclass(frozen=True)
class Breach:
    summary: str  # a short title
    aware_at: str  # UTC: when the shop became aware of it; starts the 72-hour clock
    id: int | None = None
    reference: str = ""  # given by the store (V-001...) when empty
    occurred_at: str | None = None  # UTC, when it happened, if known
    ended_at: str | None = None  # UTC, when it ended (the leak stopped, the data back)
    processor_id: int | None = None  # the processor it happened at, if one was involved
    breach_types: tuple[BreachType, ...] = ()
    what_happened: str = ""  # nature of the breach, Art. 33(3)(a)
    data_concerned: str = ""  # categories of data, Art. 33(3)(a)
    people_concerned: str = ""  # categories of people, Art. 33(3)(a)
    people_count: int | None = None  # approximate number of people
    records_count: int | None = None  # approximate number of records
    likely_consequences: str = ""  # Art. 33(3)(c)
    measures_taken: str = ""  # Art. 33(3)(d)
    risk_level: BreachRisk = BreachRisk.UNASSESSED
    risk_reasoning: str = ""
    authority_notified_at: str | None = None  # UTC
    authority_reference: str = ""  # the authority's notification number
    delay_reason: str = ""  # why after 72 hours (Art. 33(1))
    people_notified_at: str | None = None  # UTC
    people_notice: str = ""  # how and what the people were told (Art. 34(2))
    people_exemption: PeopleExemption | None = None
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def notification_required(self) -> bool | None:
        """Whether the authority must be notified; None while the risk is not assessed."""
        if self.risk_level is BreachRisk.UNASSESSED:
            return None
        return self.risk_level in (BreachRisk.RISK, BreachRisk.HIGH)

    @property
    def people_required(self) -> bool:
        return self.risk_level is BreachRisk.HIGH and self.people_exemption is None

    def normalised(self) -> Breach:
        def n(value: str) -> str:
            return normalise(value)

        def nm(value: str | None) -> str | None:
            return n(value) or None if value is not None else None

        return replace(
            self,
            summary=n(self.summary),
            aware_at=n(self.aware_at),
            reference=n(self.reference),
            occurred_at=nm(self.occurred_at),
            ended_at=nm(self.ended_at),
            breach_types=tuple(dict.fromkeys(self.breach_types)),
            what_happened=n(self.what_happened),
            data_concerned=n(self.data_concerned),
            people_concerned=n(self.people_concerned),
            likely_consequences=n(self.likely_consequences),
            measures_taken=n(self.measures_taken),
            risk_reasoning=n(self.risk_reasoning),
            authority_notified_at=nm(self.authority_notified_at),
            authority_reference=n(self.authority_reference),
            delay_reason=n(self.delay_reason),
            people_notified_at=nm(self.people_notified_at),
            people_notice=n(self.people_notice),
            notes=n(self.notes),
        )


# The fields Art. 33(3) asks a notification to describe.
NOTIFICATION_FIELDS = ("what_happened", "data_concerned", "people_concerned", "people_count",
                       "likely_consequences", "measures_taken")


def _moment_field(value: str | None, field: str, *, required: bool, now: datetime | None,
                  found: list[Finding]) -> datetime | None:
    if not value:
        if required:
            found.append(Finding("required", field, Severity.ERROR))
        return None
    parsed = parse_moment(value)
    if parsed is None:
        found.append(Finding("processes_invalid_moment", field, Severity.ERROR,
                             {"value": value[:40]}))
        return None
    if now is not None and parsed > now + FUTURE_TOLERANCE:
        found.append(Finding("processes_moment_in_future", field, Severity.ERROR))
    return parsed


def check_breach(b: Breach, now: datetime | None = None) -> list[Finding]:
    """Everything worth telling about a breach, blocking errors first.

    Errors: what cannot be true (a notification before the shop knew, a breach that happened
    after it was discovered, moments after ``now`` when given) or kept (over-long text), and a
    notification sent after 72 hours with no reason for the delay (Art. 33(1) requires it).
    Warnings: what the register or a notification still lacks.
    """
    found = _field_problems(b) + _moment_problems(b, now) + _gaps(b)
    return sorted(found, key=lambda f: f.severity is not Severity.ERROR)


def _field_problems(b: Breach) -> list[Finding]:
    """Text too long or missing, counts out of range (errors)."""
    found: list[Finding] = []
    found += check_text(b.summary, "summary", max_length=NAME_MAX, required=True)
    found += check_text(b.reference, "reference", max_length=REFERENCE_MAX)
    found += check_text(b.authority_reference, "authority_reference", max_length=SHORT_MAX)
    for name in ("what_happened", "data_concerned", "people_concerned", "likely_consequences",
                 "measures_taken", "risk_reasoning", "delay_reason", "people_notice", "notes"):
        found += check_text(getattr(b, name), name, max_length=LONG_MAX, multiline=True)
    for name in ("people_count", "records_count"):
        value = getattr(b, name)
        if value is not None and not 0 <= value <= COUNT_MAX:
            found.append(Finding("processes_count_out_of_range", name, Severity.ERROR,
                                 {"value": str(value)}))
    return found


def _moment_problems(b: Breach, now: datetime | None) -> list[Finding]:
    """Moments that cannot be read, lie in the future or contradict each other, and a late
    notification with no reason for the delay (errors)."""
    found: list[Finding] = []
    aware = _moment_field(b.aware_at, "aware_at", required=True, now=now, found=found)
    occurred = _moment_field(b.occurred_at, "occurred_at", required=False, now=now,
                             found=found)
    ended = _moment_field(b.ended_at, "ended_at", required=False, now=now, found=found)
    if ended is not None and occurred is not None and ended < occurred:
        found.append(Finding("breach_ended_before_it_happened", "ended_at", Severity.ERROR))
    authority = _moment_field(b.authority_notified_at, "authority_notified_at",
                              required=False, now=now, found=found)
    people = _moment_field(b.people_notified_at, "people_notified_at", required=False,
                           now=now, found=found)
    if aware is None:
        return found
    if occurred is not None and occurred > aware:
        found.append(Finding("breach_occurred_after_awareness", "occurred_at", Severity.ERROR))
    for moment, name in ((authority, "authority_notified_at"),
                         (people, "people_notified_at")):
        if moment is not None and moment < aware:
            found.append(Finding("breach_notified_before_awareness", name, Severity.ERROR))
    if authority is not None and authority > breach_deadline(aware) \
            and not b.delay_reason.strip():
        hours = int((authority - aware).total_seconds() // 3600)
        found.append(Finding("breach_delay_reason_required", "delay_reason",
                             Severity.ERROR, {"hours": str(hours)}))
    return found


def _gaps(b: Breach) -> list[Finding]:
    """What the register or the notification still lacks (warnings)."""
    found: list[Finding] = []
    if not b.breach_types:
        found.append(Finding("breach_missing_type", "breach_types"))
    if b.risk_level is BreachRisk.UNASSESSED:
        found.append(Finding("breach_risk_unassessed", "risk_level"))
    elif not b.risk_reasoning:
        found.append(Finding("breach_missing_reasoning", "risk_level"))
    if b.notification_required or b.authority_notified_at:
        for name in NOTIFICATION_FIELDS:
            value = getattr(b, name)
            if value is None or value == "":
                found.append(Finding("breach_needed_for_notification", name))
    # a need (left) not yet met (right): what the finding asks for
    for need, done, code, name in (
            (b.notification_required, b.authority_notified_at,
             "breach_authority_not_notified", "authority_notified_at"),
            (b.authority_notified_at, b.authority_reference,
             "breach_missing_authority_reference", "authority_reference"),
            (b.people_required, b.people_notified_at,
             "breach_people_not_told", "people_notified_at"),
            (b.people_notified_at, b.people_notice,
             "breach_missing_people_notice", "people_notice")):
        if need and not done:
            found.append(Finding(code, name))
    if not b.measures_taken and not (b.notification_required or b.authority_notified_at):
        found.append(Finding("breach_missing_measures", "measures_taken"))
    return found
