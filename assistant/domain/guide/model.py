"""What the owner records in the guide, with the checks that refuse unusable data.

Dates the owner types (done on, due on, designated on) are calendar dates ``YYYY-MM-DD``;
moments the app records (``updated_at``, ``decided_at``) are canonical UTC timestamps
(:mod:`assistant.domain.clock`). An empty string means "not given".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum

from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TASK_ID = re.compile(r"^[a-z][a-z0-9_]{0,79}$")
STEPS = (1, 2, 3, 4, 5, 6)


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


def parse_date(text: str) -> date | None:
    """A ``YYYY-MM-DD`` date, or None when empty or not a date."""
    if not text or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def check_date(value: str, field_name: str) -> list[Finding]:
    if value and parse_date(value) is None:
        return [Finding("guide_invalid_date", field_name, Severity.ERROR, {"value": value[:40]})]
    return []


def check_email(value: str, field_name: str) -> list[Finding]:
    if value and not _EMAIL.match(value):
        return [Finding("invalid_email", field_name, Severity.ERROR, {"value": value[:80]})]
    return []


def _normalised(obj: object, skip: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """The same dataclass with every text field in NFC and trimmed."""
    changes = {f.name: normalise(getattr(obj, f.name)) for f in fields(obj)  # type: ignore[arg-type]
               if type(getattr(obj, f.name)) is str and f.name not in skip}
    return replace(obj, **changes)  # type: ignore[type-var]


# -- step 1: the pilot and the DPO --------------------------------------------------------------
@dataclass(frozen=True)
class Pilot:
    """Who steers data protection in the shop (step 1 of the method)."""

    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    appointed_on: str = ""
    notes: str = ""

    @property
    def named(self) -> bool:
        return bool(self.name.strip())

    def normalised(self) -> Pilot:
        return _normalised(self)  # type: ignore[no-any-return]


class DpoQuestion(StrEnum):
    """The three cases of GDPR Art. 37(1) where a DPO is mandatory."""

    PUBLIC_BODY = "public_body"  # (a)
    LARGE_SCALE_MONITORING = "large_scale_monitoring"  # (b)
    LARGE_SCALE_SENSITIVE = "large_scale_sensitive"  # (c)


@dataclass(frozen=True)
class Dpo:
    """The answers to the three questions, and the DPO if one is designated."""

    public_body: bool | None = None
    large_scale_monitoring: bool | None = None
    large_scale_sensitive: bool | None = None
    designated: bool = False
    name: str = ""
    organisation: str = ""  # the firm, for an external DPO
    email: str = ""
    phone: str = ""
    designation_number: str = ""  # the receipt number the authority gives
    designated_on: str = ""
    # the DPO's postal address (the authority's register template asks for it)
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""

    def answer(self, question: DpoQuestion) -> bool | None:
        return getattr(self, question.value)  # type: ignore[no-any-return]

    def normalised(self) -> Dpo:
        return _normalised(self)  # type: ignore[no-any-return]


def check_pilot(pilot: Pilot) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(pilot.name, "pilot.name", max_length=NAME_MAX)
    found += check_text(pilot.role, "pilot.role", max_length=NAME_MAX)
    found += check_text(pilot.email, "pilot.email", max_length=SHORT_MAX)
    found += check_email(pilot.email, "pilot.email")
    found += check_text(pilot.phone, "pilot.phone", max_length=SHORT_MAX)
    found += check_date(pilot.appointed_on, "pilot.appointed_on")
    found += check_text(pilot.notes, "pilot.notes", max_length=LONG_MAX, multiline=True)
    return found


def check_dpo(dpo: Dpo) -> list[Finding]:
    found: list[Finding] = []
    for name in ("name", "organisation", "city", "country"):
        found += check_text(getattr(dpo, name), f"dpo.{name}", max_length=NAME_MAX)
    for name in ("email", "phone", "designation_number", "postcode"):
        found += check_text(getattr(dpo, name), f"dpo.{name}", max_length=SHORT_MAX)
    found += check_text(dpo.address, "dpo.address", max_length=LONG_MAX, multiline=True)
    found += check_email(dpo.email, "dpo.email")
    found += check_date(dpo.designated_on, "dpo.designated_on")
    if dpo.designated and not dpo.name.strip() and not dpo.organisation.strip():
        found.append(Finding("guide_dpo_name_required", "dpo.name", Severity.ERROR))
    return found


# -- checklists ---------------------------------------------------------------------------------
class TaskStatus(StrEnum):
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class TaskState:
    """What the owner said about one checklist task. A task with no state is to do."""

    task_id: str
    step: int
    status: TaskStatus
    reason: str = ""  # why it does not apply (required for not applicable)
    on: str = ""  # the date it was done or judged not applicable
    by: str = ""  # who
    updated_at: str = ""

    def normalised(self) -> TaskState:
        return _normalised(self, skip=("task_id", "updated_at"))  # type: ignore[no-any-return]


def check_task_state(state: TaskState) -> list[Finding]:
    found: list[Finding] = []
    if not TASK_ID.match(state.task_id):
        found.append(Finding("guide_invalid_task", "task.id", Severity.ERROR,
                             {"value": state.task_id[:80]}))
    if state.step not in STEPS:
        found.append(Finding("guide_invalid_step", "task.step", Severity.ERROR,
                             {"value": str(state.step)}))
    found += check_text(state.reason, "task.reason", max_length=LONG_MAX, multiline=True)
    found += check_text(state.by, "task.by", max_length=NAME_MAX)
    found += check_date(state.on, "task.on")
    if state.status is TaskStatus.NOT_APPLICABLE and not state.reason.strip():
        found.append(Finding("guide_reason_required", "task.reason", Severity.ERROR))
    return found


# -- step 4: DPIA screening ---------------------------------------------------------------------
class DpiaCriterion(StrEnum):
    """The nine criteria of the European guidelines on DPIA (WP248 rev.01, III.B.a)."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_DATASETS = "matching_datasets"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    PREVENTS_RIGHT = "prevents_right"


class DpiaConclusion(StrEnum):
    DPIA_DONE = "dpia_done"  # a DPIA was carried out (date, reference)
    NOT_NEEDED = "not_needed"  # the owner concluded none is needed (reason)


@dataclass(frozen=True)
class DpiaScreening:
    """The screening of one processing against the criteria and the authority's lists."""

    processing_id: int
    criteria: tuple[DpiaCriterion, ...] = ()  # those met, in the order of the enum
    listed: str = ""  # code of an operation that always requires a DPIA (content dpia.toml)
    exempt: str = ""  # code of an operation the authority exempts (content dpia.toml)
    notes: str = ""
    conclusion: DpiaConclusion | None = None
    concluded_on: str = ""
    reference: str = ""  # where the DPIA is (file name, reference)
    reason: str = ""  # why no DPIA is needed
    screened_on: str = ""
    screened_by: str = ""
    updated_at: str = ""

    def normalised(self) -> DpiaScreening:
        ordered = tuple(c for c in DpiaCriterion if c in set(self.criteria))
        return replace(_normalised(self, skip=("updated_at",)), criteria=ordered)


def check_screening(s: DpiaScreening) -> list[Finding]:
    from assistant.domain.guide.dpia import outcome

    found: list[Finding] = []
    found += check_text(s.listed, "dpia.listed", max_length=100)
    found += check_text(s.exempt, "dpia.exempt", max_length=100)
    found += check_text(s.notes, "dpia.notes", max_length=LONG_MAX, multiline=True)
    found += check_text(s.reference, "dpia.reference", max_length=SHORT_MAX)
    found += check_text(s.reason, "dpia.reason", max_length=LONG_MAX, multiline=True)
    found += check_text(s.screened_by, "dpia.screened_by", max_length=NAME_MAX)
    found += check_date(s.concluded_on, "dpia.concluded_on")
    found += check_date(s.screened_on, "dpia.screened_on")
    if len(set(s.criteria)) != len(s.criteria):
        found.append(Finding("guide_duplicate_criterion", "dpia.criteria", Severity.ERROR))
    if s.listed and s.exempt:
        found.append(Finding("guide_listed_and_exempt", "dpia.exempt", Severity.ERROR))
    if s.conclusion is DpiaConclusion.DPIA_DONE and not s.concluded_on:
        found.append(Finding("guide_dpia_date_required", "dpia.concluded_on", Severity.ERROR))
    if s.conclusion is DpiaConclusion.NOT_NEEDED:
        result = outcome(s)
        if result.mandatory:
            found.append(Finding("guide_dpia_cannot_be_skipped", "dpia.conclusion", Severity.ERROR))
        elif result.required and not s.reason.strip():
            found.append(Finding("guide_dpia_reason_required", "dpia.reason", Severity.ERROR))
    return found


# -- step 3: the owner's actions and decisions --------------------------------------------------
class ActionState(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CustomAction:
    """An action the owner adds to the plan, with a due date if they want one."""

    title: str
    id: int | None = None
    detail: str = ""
    priority: Priority = Priority.MEDIUM
    due_on: str = ""
    owner: str = ""  # who is in charge
    state: ActionState = ActionState.OPEN
    done_on: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def key(self) -> str:
        return f"custom:{self.id}"

    def normalised(self) -> CustomAction:
        return _normalised(self, skip=("created_at", "updated_at"))  # type: ignore[no-any-return]


def check_custom_action(a: CustomAction) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(a.title, "action.title", max_length=NAME_MAX, required=True)
    found += check_text(a.detail, "action.detail", max_length=LONG_MAX, multiline=True)
    found += check_text(a.owner, "action.owner", max_length=NAME_MAX)
    found += check_date(a.due_on, "action.due_on")
    found += check_date(a.done_on, "action.done_on")
    return found


class DecisionState(StrEnum):
    POSTPONED = "postponed"  # known, to be done later (until a date, if given)
    NOT_APPLICABLE = "not_applicable"  # the owner judged the rule does not apply here


@dataclass(frozen=True)
class Decision:
    """What the owner decided about an action a rule raised, keyed by the action's key."""

    key: str
    state: DecisionState
    reason: str
    until: str = ""
    decided_by: str = ""
    decided_at: str = ""

    def normalised(self) -> Decision:
        return _normalised(self, skip=("key", "decided_at"))  # type: ignore[no-any-return]


ACTION_KEY = re.compile(r"^rule:[a-z0-9_]+(:[a-z_]+(:[0-9]+)?)?$")


def check_decision(d: Decision) -> list[Finding]:
    found: list[Finding] = []
    if not ACTION_KEY.match(d.key):
        found.append(Finding("guide_invalid_action_key", "decision.key", Severity.ERROR,
                             {"value": d.key[:80]}))
    found += check_text(d.reason, "decision.reason", max_length=LONG_MAX, multiline=True)
    found += check_text(d.decided_by, "decision.decided_by", max_length=NAME_MAX)
    found += check_date(d.until, "decision.until")
    if not d.reason.strip():
        found.append(Finding("guide_reason_required", "decision.reason", Severity.ERROR))
    return found


@dataclass(frozen=True)
class HistoryEntry:
    """When the action a rule raised was first seen open, and when it last cleared."""

    key: str
    first_seen: str
    cleared_at: str = ""


@dataclass(frozen=True)
class GuideState:
    """Everything the guide stores, as one value (for the snapshot and the interchange)."""

    pilot: Pilot | None = None
    dpo: Dpo | None = None
    tasks: tuple[TaskState, ...] = ()
    screenings: tuple[DpiaScreening, ...] = ()
    actions: tuple[CustomAction, ...] = ()
    decisions: tuple[Decision, ...] = ()
    history: tuple[HistoryEntry, ...] = field(default=())
