"""The checklists of the six steps: content definitions, and where each task stands.

Tasks are content (``resources/content/<lang>/steps.toml``): adding one is a data change.
A task's state is what the owner recorded (:class:`TaskState`: done or not applicable, when,
who); a task with no recorded state is to do, so a task added to the content shows as to do
in every existing dossier.

Some tasks are checked **by the dossier itself** (``auto`` in the content, a key of
:data:`AUTO_CONDITIONS`): "name the pilot" is done when a pilot is named. Such a task cannot
be ticked by hand (ticking would say something the dossier contradicts); it can still be
marked not applicable, with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from assistant.domain.findings import Severity
from assistant.domain.guide.dpo import assess_dpo
from assistant.domain.guide.model import Priority, TaskState, TaskStatus
from assistant.domain.guide.plan import PlanItem
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.organisation import check_organisation


@dataclass(frozen=True)
class TaskDef:
    id: str
    step: int
    title: str
    help: str = ""
    source: str = ""
    link: str = ""  # page key (or "organisation") where the task is done
    auto: str = ""  # key of AUTO_CONDITIONS, or "" for a task the owner ticks


@dataclass(frozen=True)
class StepDef:
    number: int
    key: str  # page key: step1 ... step6
    title: str
    purpose: str
    why: str
    source: str
    tasks: tuple[TaskDef, ...]
    links: tuple[str, ...] = ()  # pages the step's work happens on


class TaskProgress(StrEnum):
    TODO = "todo"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    AUTO_DONE = "auto_done"  # the dossier shows it is done


@dataclass(frozen=True)
class TaskView:
    task: TaskDef
    progress: TaskProgress
    state: TaskState | None = None

    @property
    def settled(self) -> bool:
        return self.progress is not TaskProgress.TODO

    @property
    def manual(self) -> bool:
        return not self.task.auto


Condition = Callable[[Snapshot, list[PlanItem]], bool]


def _open_rules(items: list[PlanItem], *rules: str) -> bool:
    return any(i.is_open and i.rule in rules for i in items)


def _register_complete(s: Snapshot, items: list[PlanItem]) -> bool:
    step2 = {"missing_purpose", "missing_legal_basis", "missing_art9_condition",
             "missing_basis_detail", "missing_retention", "missing_security_measures",
             "register_incomplete"}
    return bool(s.live_processings) and not any(
        i.is_open and i.gap is not None and i.gap.rule in step2 for i in items)


def _organisation_complete(s: Snapshot, _items: list[PlanItem]) -> bool:
    return bool(s.organisation.legal_name.strip()) and not any(
        f.severity is Severity.WARNING for f in check_organisation(s.organisation))


def _dpo_settled(s: Snapshot, _items: list[PlanItem]) -> bool:
    required = assess_dpo(s.dpo).required
    return required is False or (required is True and s.dpo is not None and s.dpo.designated)


AUTO_CONDITIONS: dict[str, Condition] = {
    "pilot_named": lambda s, _i: s.pilot is not None and s.pilot.named,
    "dpo_assessed": _dpo_settled,
    "organisation_complete": _organisation_complete,
    "register_started": lambda s, _i: bool(s.live_processings),
    "register_complete": _register_complete,
    "transfers_framed": lambda s, i: bool(s.live_processings) and not _open_rules(
        i, "transfer_without_safeguard", "transfer_privacy_shield"),
    "retention_set": lambda s, i: bool(s.live_processings) and not _open_rules(
        i, "missing_retention", "cctv_retention_too_long"),
    "no_high_actions": lambda s, i: not any(
        x.is_open and x.priority is Priority.HIGH for x in i),
    "all_screened": lambda s, _i: bool(s.live_processings) and all(
        p.id in s.screenings for p in s.live_processings),
    "dpias_settled": lambda s, i: bool(s.screenings) and not _open_rules(
        i, "dpia_required", "dpia_required_listed"),
    # consent ledger
    # internal processes: every processor serving the register has its Art. 28 contract
    # with all the items of Art. 28(3) (and every processor the register mentions is named)
    "processor_contracts_complete": lambda s, i: any(
        p.processor_ids for p in s.live_processings) and not _open_rules(
        i, "processor_without_contract", "processor_contract_incomplete",
        "processor_not_identified"),
}


def task_view(task: TaskDef, snapshot: Snapshot, items: list[PlanItem]) -> TaskView:
    state = snapshot.tasks.get(task.id)
    if state is not None and state.status is TaskStatus.NOT_APPLICABLE:
        return TaskView(task, TaskProgress.NOT_APPLICABLE, state)
    condition = AUTO_CONDITIONS.get(task.auto) if task.auto else None
    if condition is not None:
        done = condition(snapshot, items)
        return TaskView(task, TaskProgress.AUTO_DONE if done else TaskProgress.TODO, state)
    if state is not None and state.status is TaskStatus.DONE:
        return TaskView(task, TaskProgress.DONE, state)
    return TaskView(task, TaskProgress.TODO, state)


@dataclass(frozen=True)
class StepProgress:
    step: StepDef
    tasks: tuple[TaskView, ...]

    @property
    def settled(self) -> int:
        return sum(1 for t in self.tasks if t.settled)

    @property
    def total(self) -> int:
        return len(self.tasks)

    @property
    def fraction(self) -> float:
        return self.settled / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.settled == self.total


def steps_progress(steps: tuple[StepDef, ...], snapshot: Snapshot,
                   items: list[PlanItem]) -> list[StepProgress]:
    return [StepProgress(step, tuple(task_view(t, snapshot, items) for t in step.tasks))
            for step in steps]
