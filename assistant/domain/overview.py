"""Where a dossier stands, and the single most important thing to do next.

:func:`next_action` picks, in this order: name the organisation (nothing else makes sense
before); the first open action of high priority, then of medium priority (the action plan's
order: step 1 before the register before the DPIAs); the first checklist task still to do,
in step order; the first open action of low priority; a postponed action; and when nothing is
left, a reminder to keep the file up to date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import ItemStatus, PlanItem
from assistant.domain.processing import Processing, ProcessingStatus, check_processing

if TYPE_CHECKING:
    from assistant.domain.guide.checklist import StepProgress
    from assistant.domain.guide.snapshot import Snapshot


@dataclass(frozen=True)
class NextAction:
    code: str  # key of [next] in messages.toml / messages-guide.toml
    target: str  # page key where it is done, or "organisation", "processing", "dpia"
    params: dict[str, str] = field(default_factory=dict)
    processing_id: int | None = None
    item: PlanItem | None = None  # the plan's action, when it is one
    task_id: str = ""  # the checklist task, when it is one
    record_id: int | None = None  # the processor, request or breach the target page shows


@dataclass(frozen=True)
class RegisterSummary:
    by_status: dict[ProcessingStatus, int]
    incomplete: int  # processing (not archived) with at least one point to complete
    points: int  # total points to complete over those


def register_summary(processings: Iterable[Processing]) -> RegisterSummary:
    by_status = dict.fromkeys(ProcessingStatus, 0)
    incomplete = points = 0
    for p in processings:
        by_status[p.status] += 1
        if p.status is ProcessingStatus.ARCHIVED:
            continue
        gaps = check_processing(p)
        if gaps:
            incomplete += 1
            points += len(gaps)
    return RegisterSummary(by_status, incomplete, points)


def _from_item(item: PlanItem) -> NextAction:
    if item.action is not None:
        return NextAction("own_action", "step3", {"title": item.action.title}, item=item)
    assert item.gap is not None
    return NextAction("fix_gap", item.gap.target, dict(item.gap.params),
                      processing_id=item.gap.processing_id, item=item,
                      record_id=item.gap.record_id)


# The plan's actions with a legal clock that has run out: before anything else.
_OVERDUE_CLOCKS = ("breach_not_notified", "breach_people_not_told", "request_overdue")


def _running_breach_clock(snapshot: Snapshot) -> NextAction | None:
    """The breach whose 72 hours (Art. 33(1)) run out first, while they still run."""
    from assistant.domain.clock import format_utc
    from assistant.domain.deadlines import ClockState, DueKind, due_items

    if not snapshot.breaches:
        return None
    for item in due_items([], list(snapshot.breaches), snapshot.moment):
        if item.kind is DueKind.BREACH_AUTHORITY and item.due_at is not None and \
                item.state is not ClockState.OVERDUE:
            return NextAction("breach_clock", "breaches", {
                "reference": item.reference, "summary": item.title,
                "when": format_utc(item.due_at)}, record_id=item.record_id)
    return None


def next_action(snapshot: Snapshot, plan: list[PlanItem],
                progress: list[StepProgress]) -> NextAction:
    open_items = [i for i in plan if i.status is ItemStatus.OPEN]
    # a legal clock that has run out, then one that is running, come before everything
    for item in open_items:
        if item.gap is not None and item.gap.rule in _OVERDUE_CLOCKS:
            return _from_item(item)
    running = _running_breach_clock(snapshot)
    if running is not None:
        return running
    if not snapshot.organisation.legal_name.strip():
        return NextAction("name_organisation", "organisation")
    for priority in (Priority.HIGH, Priority.MEDIUM):
        for item in open_items:
            if item.priority is priority:
                return _from_item(item)
    for step in progress:
        for task in step.tasks:
            if not task.settled:
                return NextAction("checklist_task", task.task.link or step.step.key,
                                  {"title": task.task.title, "step": str(step.step.number)},
                                  task_id=task.task.id)
    if open_items:
        return _from_item(open_items[0])
    postponed = [i for i in plan if i.status is ItemStatus.POSTPONED]
    if postponed:
        return _from_item(postponed[0])
    return NextAction("all_settled", "step6")
