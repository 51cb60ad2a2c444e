"""The action plan of step 3: derived, never stored as a copy that could go stale.

Design:

- The actions the rules raise are **derived** on every evaluation from the dossier
  (:func:`assistant.domain.guide.rules.evaluate`): fix the data and the action is gone. Each
  has a stable key (``rule:<rule>:<scope>``).
- What the **owner decides** about such an action is stored, keyed by that key: postponed
  (with a reason and, if they want, a date until which), or not applicable (with a reason).
  A postponement whose date has passed makes the action open again; a decision about a gap
  that has gone is kept (harmless) so that it applies again if the gap comes back.
- The owner's **own actions** (title, priority, due date, who, state) are stored as such.
- A small **history** records, per key, when the action was first seen open and when it last
  cleared (:func:`history_changes`; the store applies the changes when the plan is looked at
  in a writable dossier). Cleared actions are shown from it, so the plan also tells what was
  fixed and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Decision,
    DecisionState,
    HistoryEntry,
    Priority,
    parse_date,
)
from assistant.domain.guide.rules import RULE_CODES, Gap
from assistant.domain.guide.snapshot import Snapshot


class ItemStatus(StrEnum):
    OPEN = "open"
    POSTPONED = "postponed"
    NOT_APPLICABLE = "not_applicable"  # a rule's action the owner judged not to apply
    CLEARED = "cleared"  # a rule's action whose gap was fixed
    DONE = "done"  # the owner's own action, done
    CANCELLED = "cancelled"  # the owner's own action, dropped

    @property
    def is_open(self) -> bool:
        return self in (ItemStatus.OPEN, ItemStatus.POSTPONED)


_STATUS_ORDER = {ItemStatus.OPEN: 0, ItemStatus.POSTPONED: 0, ItemStatus.NOT_APPLICABLE: 1,
                 ItemStatus.DONE: 2, ItemStatus.CLEARED: 2, ItemStatus.CANCELLED: 3}


@dataclass(frozen=True)
class PlanItem:
    key: str
    status: ItemStatus
    priority: Priority | None  # None for a cleared rule action (the rule no longer speaks)
    rule: str = ""  # the rule that raised it ("" for the owner's own actions)
    gap: Gap | None = None  # the live gap (None once cleared, and for own actions)
    action: CustomAction | None = None
    decision: Decision | None = None
    processing_id: int | None = None
    first_seen: str = ""
    cleared_at: str = ""
    due: str = ""  # the due date of an own action, or the end of a postponement
    overdue: bool = False

    @property
    def origin(self) -> str:
        return "custom" if self.action is not None else "rule"

    @property
    def is_open(self) -> bool:
        return self.status.is_open


def parse_key(key: str) -> tuple[str, int | None]:
    """``rule:missing_legal_basis:processing:12`` -> (``missing_legal_basis``, 12)."""
    parts = key.split(":")
    rule = parts[1] if len(parts) > 1 and parts[0] == "rule" else ""
    pid = int(parts[3]) if len(parts) == 4 and parts[2] == "processing" and \
        parts[3].isdigit() else None
    return rule, pid


def _rule_item(gap: Gap, snapshot: Snapshot) -> PlanItem:
    decision = snapshot.decisions.get(gap.key)
    history = snapshot.history.get(gap.key)
    status, due, overdue = ItemStatus.OPEN, "", False
    if decision is not None and decision.state is DecisionState.NOT_APPLICABLE:
        status = ItemStatus.NOT_APPLICABLE
    elif decision is not None and decision.state is DecisionState.POSTPONED:
        until = parse_date(decision.until)
        due = decision.until
        if until is not None and until < snapshot.today:
            overdue = True  # the postponement ran out: open again
        else:
            status = ItemStatus.POSTPONED
    return PlanItem(gap.key, status, gap.priority, gap.rule, gap, None, decision,
                    gap.processing_id, history.first_seen if history else "", "", due,
                    overdue)


def _custom_item(action: CustomAction, snapshot: Snapshot) -> PlanItem:
    status = {ActionState.OPEN: ItemStatus.OPEN, ActionState.DONE: ItemStatus.DONE,
              ActionState.CANCELLED: ItemStatus.CANCELLED}[action.state]
    due = parse_date(action.due_on)
    overdue = status is ItemStatus.OPEN and due is not None and due < snapshot.today
    return PlanItem(action.key, status, action.priority, action=action, due=action.due_on,
                    overdue=overdue)


def action_plan(snapshot: Snapshot, gaps: list[Gap]) -> list[PlanItem]:
    """Every action: open ones first (by priority, overdue first, rules in their order, then
    the owner's), then those judged not applicable, then done and cleared ones."""
    items = [_rule_item(g, snapshot) for g in gaps]
    live = {g.key for g in gaps}
    for entry in snapshot.history.values():
        if entry.key in live:
            continue
        rule, pid = parse_key(entry.key)
        items.append(PlanItem(entry.key, ItemStatus.CLEARED, None, rule,
                              decision=snapshot.decisions.get(entry.key), processing_id=pid,
                              first_seen=entry.first_seen,
                              cleared_at=entry.cleared_at))
    items += [_custom_item(a, snapshot) for a in snapshot.actions]
    order = {code: i for i, code in enumerate(RULE_CODES)}

    def sort_key(item: PlanItem) -> tuple:  # type: ignore[type-arg]
        rank = item.priority.rank if item.priority is not None else 3
        return (_STATUS_ORDER[item.status], rank, not item.overdue, item.origin != "rule",
                order.get(item.rule, len(order)), item.due or "9999",
                item.processing_id or 0, item.cleared_at, item.key)

    return sorted(items, key=sort_key)


def open_counts(items: list[PlanItem]) -> dict[Priority, int]:
    counts = dict.fromkeys(Priority, 0)
    for item in items:
        if item.is_open and item.priority is not None:
            counts[item.priority] += 1
    return counts


def history_changes(gaps: list[Gap], history: dict[str, HistoryEntry] | None,
                    now: str) -> list[HistoryEntry]:
    """The history entries to write so that it matches the live gaps at ``now``: new keys
    first seen now, keys gone cleared now, keys back open again (first seen kept)."""
    history = history or {}
    live = {g.key for g in gaps}
    changes: list[HistoryEntry] = []
    for key in sorted(live):
        entry = history.get(key)
        if entry is None:
            changes.append(HistoryEntry(key, now))
        elif entry.cleared_at:
            changes.append(HistoryEntry(key, entry.first_seen))
    for key, entry in sorted(history.items()):
        if key not in live and not entry.cleared_at:
            changes.append(HistoryEntry(key, entry.first_seen, now))
    return changes
