"""The compliance score: a documented sum of three parts, never a magic number.

    score = checklist + register + action plan                          (0 to 100)

- **Checklist** (up to 40 points): 40 × the share of the six steps' checklist tasks that are
  done, checked by the dossier, or judged not applicable with a reason.
- **Register** (up to 30 points): 30 × the share of the processing in the register (archived
  ones left out) that the register shows complete: nothing left to complete in their entry
  (:func:`~assistant.domain.processing.is_complete`, the same check as the register's "To
  complete" column and the Overview). No processing: 0 points.
- **Action plan** (up to 30 points): 30 minus 6 per open high-priority action, 2 per open
  medium-priority one and 0.5 per open low-priority one that the rules raise (postponed ones
  count as open; those judged not applicable do not), never below 0. The owner's own actions
  do not count: planning work must not lower the score. No processing in the register: 0
  points (the rules judge the processing; with none mapped there is nothing to credit, and a
  brand-new dossier must not read as a third of the way there).

The score measures how far the documentation is, not whether the shop is compliant: a high
score says the file is complete and the known gaps are handled. The UI shows this breakdown
with the figures that went into it ("How is this computed?").
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.guide.checklist import StepProgress
from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import PlanItem
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.processing import is_complete

CHECKLIST_POINTS = 40
REGISTER_POINTS = 30
PLAN_POINTS = 30
PENALTY = {Priority.HIGH: 6.0, Priority.MEDIUM: 2.0, Priority.LOW: 0.5}


@dataclass(frozen=True)
class ScoreBreakdown:
    tasks_settled: int
    tasks_total: int
    processing_complete: int
    processing_total: int
    open_rule_actions: dict[Priority, int]
    checklist: float
    register: float
    plan: float

    @property
    def total(self) -> int:
        return round(self.checklist + self.register + self.plan)

    @property
    def penalty(self) -> float:
        return sum(PENALTY[p] * n for p, n in self.open_rule_actions.items())


def compliance_score(snapshot: Snapshot, progress: list[StepProgress],
                     items: list[PlanItem]) -> ScoreBreakdown:
    settled = sum(p.settled for p in progress)
    total = sum(p.total for p in progress)
    checklist = CHECKLIST_POINTS * settled / total if total else 0.0

    live = snapshot.live_processings
    complete = sum(1 for p in live if is_complete(p))
    register = REGISTER_POINTS * complete / len(live) if live else 0.0

    open_rules = dict.fromkeys(Priority, 0)
    for item in items:
        if item.is_open and item.origin == "rule" and item.priority is not None:
            open_rules[item.priority] += 1
    penalty = sum(PENALTY[p] * n for p, n in open_rules.items())
    plan = max(0.0, PLAN_POINTS - penalty) if live else 0.0
    return ScoreBreakdown(settled, total, complete, len(live), open_rules,
                          round(checklist, 1), round(register, 1), round(plan, 1))
