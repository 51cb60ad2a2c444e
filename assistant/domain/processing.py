"""A processing activity: one entry of the register (GDPR Art. 30(1)).

Fields follow Art. 30(1) and what the French authority's simplified register template adds
(reference, dates, sub-purposes, data by category each with its retention, a separate view of
sensitive data, recipients by type, security measures by type, transfers with safeguard),
plus the legal basis (Art. 6(1), and Art. 9(2) for sensitive data), which is not an Art. 30
field but which every reviewer asks for.

Coded lists (data subjects, data categories, recipient types...) hold either a code of a
shipped vocabulary (``resources/content/<lang>/vocabularies.toml``) or the user's free text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise


class LegalBasis(StrEnum):
    """Art. 6(1)(a)-(f)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class ProcessingStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class DurationUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


_UNIT_DAYS = {DurationUnit.DAYS: 1, DurationUnit.MONTHS: 30, DurationUnit.YEARS: 365}

# Transfer safeguards that no longer make a transfer lawful (vocabulary codes).
INVALID_SAFEGUARDS = frozenset({"privacy_shield"})
# Vocabulary code of the category that holds CCTV images (its retention is capped by law).
CCTV_CATEGORY = "cctv_images"
CCTV_MAX_DAYS = 31  # a month at most: Code de la sécurité intérieure, L252-5


@dataclass(frozen=True)
class Retention:
    """How long data is kept, or the criteria that set it (Art. 30(1)(f))."""

    value: int | None = None
    unit: DurationUnit | None = None
    trigger: str = ""  # from when the period runs: a vocabulary code or free text
    note: str = ""  # criteria, intermediate archiving, legal reference

    def is_set(self) -> bool:
        return (self.value is not None and self.unit is not None) or bool(self.note.strip())

    def approx_days(self) -> int | None:
        """Length in days (a month counts 30, a year 365) for comparisons, or None."""
        if self.value is None or self.unit is None:
            return None
        return self.value * _UNIT_DAYS[self.unit]


@dataclass(frozen=True)
class DataCategory:
    category: str  # vocabulary code (data_categories) or free text
    description: str = ""  # which data exactly
    sensitive: bool = False  # Art. 9(1) special category or Art. 10 criminal data
    retention: Retention = field(default_factory=Retention)


@dataclass(frozen=True)
class Recipient:
    type: str  # vocabulary code (recipient_types) or free text
    description: str = ""


@dataclass(frozen=True)
class SecurityMeasure:
    code: str  # vocabulary code (security_measures) or free text
    description: str = ""


@dataclass(frozen=True)
class Transfer:
    """A transfer of data outside the European Economic Area (Art. 30(1)(e), 44-49)."""

    recipient: str
    country: str
    safeguard: str = ""  # vocabulary code (transfer_safeguards) or free text
    documentation: str = ""  # where the safeguard's documents are (link, reference)


@dataclass(frozen=True)
class Processing:
    name: str
    id: int | None = None
    reference: str = ""
    status: ProcessingStatus = ProcessingStatus.DRAFT
    purposes: tuple[str, ...] = ()
    sub_purposes: tuple[str, ...] = ()
    legal_basis: LegalBasis | None = None
    legal_basis_detail: str = ""  # the legitimate interest pursued, the law, the contract
    art9_condition: str = ""  # Art. 9(2) condition code when sensitive data is processed
    data_subjects: tuple[str, ...] = ()
    # words about a category of people ("précisions" of the authority's template), by category
    data_subject_details: tuple[tuple[str, str], ...] = ()
    data_categories: tuple[DataCategory, ...] = ()
    retention: Retention = field(default_factory=Retention)  # default for every category
    recipients: tuple[Recipient, ...] = ()
    processor_ids: tuple[int, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    # The owner checked that nothing of this processing leaves the EEA. An empty transfers
    # list alone says nothing (a template starts empty); only this lets a notice say so.
    no_transfer_confirmed: bool = False
    security_measures: tuple[SecurityMeasure, ...] = ()
    data_source: str = ""  # vocabulary code (data_sources) or free text
    data_source_detail: str = ""
    joint_controller: str = ""
    template_id: str = ""
    notes: str = ""
    created_at: str = ""  # canonical UTC text; set by the store
    updated_at: str = ""

    @property
    def transfers_unchecked(self) -> bool:
        """Whether the register does not say yet whether data leaves the EEA: no transfer
        listed and none confirmed absent."""
        return not self.transfers and not self.no_transfer_confirmed

    @property
    def has_sensitive_data(self) -> bool:
        return any(c.sensitive for c in self.data_categories)

    def subject_detail(self, subject: str) -> str:
        """The words about one category of people ("" when none)."""
        return next((text for key, text in self.data_subject_details if key == subject), "")

    def retention_for(self, category: DataCategory) -> Retention:
        """The category's own retention, else the processing's general one."""
        return category.retention if category.retention.is_set() else self.retention

    def normalised(self) -> Processing:
        """The same processing with every text in NFC, trimmed, and empty list items dropped."""

        def n(value: str) -> str:
            return normalise(value)

        def ns(values: Iterable[str]) -> tuple[str, ...]:
            return tuple(v for v in (n(x) for x in values) if v)

        def nr(r: Retention) -> Retention:
            return replace(r, trigger=n(r.trigger), note=n(r.note))

        return replace(
            self,
            name=n(self.name),
            reference=n(self.reference),
            purposes=ns(self.purposes),
            sub_purposes=ns(self.sub_purposes),
            legal_basis_detail=n(self.legal_basis_detail),
            art9_condition=n(self.art9_condition),
            data_subjects=ns(self.data_subjects),
            # kept only for a category still listed, and only when there are words
            data_subject_details=tuple(
                (k, v) for k, v in dict((n(k), n(v)) for k, v in self.data_subject_details
                                        ).items()
                if v and k in ns(self.data_subjects)),
            data_categories=tuple(
                replace(c, category=n(c.category), description=n(c.description),
                        retention=nr(c.retention))
                for c in self.data_categories
                if n(c.category)
            ),
            retention=nr(self.retention),
            recipients=tuple(
                Recipient(n(r.type), n(r.description)) for r in self.recipients if n(r.type)
            ),
            transfers=tuple(
                Transfer(n(t.recipient), n(t.country), n(t.safeguard), n(t.documentation))
                for t in self.transfers
                if n(t.recipient) or n(t.country)
            ),
            security_measures=tuple(
                SecurityMeasure(n(m.code), n(m.description))
                for m in self.security_measures
                if n(m.code)
            ),
            processor_ids=tuple(dict.fromkeys(self.processor_ids)),
            # a listed transfer answers the question; the confirmation is for an empty list
            no_transfer_confirmed=self.no_transfer_confirmed and not any(
                n(t.recipient) or n(t.country) for t in self.transfers),
            data_source=n(self.data_source),
            data_source_detail=n(self.data_source_detail),
            joint_controller=n(self.joint_controller),
            template_id=n(self.template_id),
            notes=n(self.notes),
        )


def check_processing(p: Processing) -> list[Finding]:
    """Everything worth telling about a processing, blocking errors first.

    Errors are what the dossier cannot hold (no name, a name over 200 characters, control
    characters). Warnings are what Art. 30 or a reviewer expects and a draft may lack.
    """
    found = (_text_problems(p) + _register_gaps(p) + _data_gaps(p) + _recipient_gaps(p))
    errors_first = sorted(found, key=lambda f: f.severity is not Severity.ERROR)
    return errors_first


def _text_problems(p: Processing) -> list[Finding]:
    """What the dossier cannot hold: text missing, too long or with control characters, a
    negative duration (errors)."""
    found: list[Finding] = []
    found += check_text(p.name, "name", max_length=NAME_MAX, required=True)
    found += check_text(p.reference, "reference", max_length=50)
    for key, values, limit in (
        ("purposes", p.purposes, LONG_MAX),
        ("sub_purposes", p.sub_purposes, SHORT_MAX),
        ("data_subjects", p.data_subjects, SHORT_MAX),
    ):
        for i, value in enumerate(values):
            found += check_text(value, f"{key}[{i}]", max_length=limit, multiline=True)
    for i, (_subject, detail) in enumerate(p.data_subject_details):
        found += check_text(detail, f"data_subject_details[{i}]", max_length=LONG_MAX,
                            multiline=True)
    for i, c in enumerate(p.data_categories):
        found += check_text(c.category, f"data_categories[{i}].category", max_length=SHORT_MAX)
        found += check_text(
            c.description, f"data_categories[{i}].description", max_length=LONG_MAX,
            multiline=True,
        )
        if c.retention.value is not None and c.retention.value < 0:
            found.append(Finding("negative_duration", f"data_categories[{i}].retention",
                                 Severity.ERROR))
    if p.retention.value is not None and p.retention.value < 0:
        found.append(Finding("negative_duration", "retention", Severity.ERROR))
    for key in ("legal_basis_detail", "notes", "data_source_detail", "joint_controller"):
        found += check_text(getattr(p, key), key, max_length=LONG_MAX, multiline=True)
    for i, t in enumerate(p.transfers):
        found += check_text(t.recipient, f"transfers[{i}].recipient", max_length=SHORT_MAX)
        found += check_text(t.country, f"transfers[{i}].country", max_length=SHORT_MAX)
    for i, r in enumerate(p.recipients):
        found += check_text(r.description, f"recipients[{i}].description", max_length=LONG_MAX,
                            multiline=True)
    return found


# (code, field) of the legal bases whose detail the register needs
_BASIS_DETAIL = {
    LegalBasis.LEGITIMATE_INTERESTS: "missing_legitimate_interest",
    LegalBasis.LEGAL_OBLIGATION: "missing_legal_obligation_reference",
}


def _register_gaps(p: Processing) -> list[Finding]:
    """What the register needs of the purposes, basis and people (warnings: a draft may be
    saved without them)."""
    found: list[Finding] = []
    if not p.purposes:
        found.append(Finding("missing_purpose", "purposes"))
    if p.legal_basis is None:
        found.append(Finding("missing_legal_basis", "legal_basis"))
    elif p.legal_basis in _BASIS_DETAIL and not p.legal_basis_detail:
        found.append(Finding(_BASIS_DETAIL[p.legal_basis], "legal_basis_detail"))
    if p.has_sensitive_data and not p.art9_condition:
        found.append(Finding("missing_art9_condition", "art9_condition"))
    if not p.data_subjects:
        found.append(Finding("missing_data_subjects", "data_subjects"))
    return found


def _data_gaps(p: Processing) -> list[Finding]:
    """What the register needs of the data: categories and how long each is kept
    (warnings)."""
    found: list[Finding] = []
    if not p.data_categories:
        found.append(Finding("missing_data_categories", "data_categories"))
    for i, c in enumerate(p.data_categories):
        if not p.retention_for(c).is_set():
            found.append(
                Finding("missing_retention", f"data_categories[{i}].retention",
                        params={"category": c.category})
            )
    if not p.data_categories and not p.retention.is_set():
        found.append(Finding("missing_retention_general", "retention"))
    if not p.security_measures:
        found.append(Finding("missing_security_measures", "security_measures"))
    return found


def _recipient_gaps(p: Processing) -> list[Finding]:
    """What the register needs of who receives the data and where it goes (warnings)."""
    found: list[Finding] = []
    if not p.recipients:  # the shop's own staff receive the data at least
        found.append(Finding("missing_recipients", "recipients"))
    if p.transfers_unchecked:
        found.append(Finding("transfers_unchecked", "transfers"))
    for i, t in enumerate(p.transfers):
        if not t.safeguard:
            found.append(Finding("missing_transfer_safeguard", f"transfers[{i}].safeguard",
                                 params={"country": t.country or "?"}))
        elif t.safeguard in INVALID_SAFEGUARDS:
            found.append(Finding("invalid_transfer_safeguard", f"transfers[{i}].safeguard",
                                 params={"country": t.country or "?"}))
    if not p.data_source:
        found.append(Finding("missing_data_source", "data_source"))
    for i, c in enumerate(p.data_categories):
        days = p.retention_for(c).approx_days()
        if c.category == CCTV_CATEGORY and days is not None and days > CCTV_MAX_DAYS:
            found.append(Finding("cctv_retention_too_long", f"data_categories[{i}].retention",
                                 params={"days": str(days)}))
    if any(r.type == "processor" for r in p.recipients) and not p.processor_ids:
        found.append(Finding("missing_processor_name", "processors"))
    return found


def is_complete(p: Processing) -> bool:
    """Whether the register entry has nothing left to complete: the one truth the register's
    "To complete" column, the Overview and the score's register part all say."""
    return not check_processing(p)


def duplicate_name(name: str, existing: Iterable[str], suffix: str) -> str:
    """A name for a copy that no other processing has: ``Name (copy)``, ``Name (copy 2)``."""
    taken = set(existing)
    base = f"{name} ({suffix})"
    if len(base) > NAME_MAX:
        base = f"{name[: NAME_MAX - len(suffix) - 8]}… ({suffix})"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:-1]} {n})"
        n += 1
    return candidate
