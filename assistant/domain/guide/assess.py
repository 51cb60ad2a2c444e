"""One evaluation of the guide: gaps, action plan, checklists, score, deadlines, next step.

Pages, the CLI and the PDF call :func:`assess` on a snapshot rather than each rule module, so
they all show the same figures for the same dossier.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.guide.checklist import StepDef, StepProgress, steps_progress
from assistant.domain.guide.deadlines import Deadline, upcoming
from assistant.domain.guide.plan import PlanItem, action_plan
from assistant.domain.guide.rules import Gap, evaluate
from assistant.domain.guide.score import ScoreBreakdown, compliance_score
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.overview import NextAction, next_action


@dataclass(frozen=True)
class Assessment:
    snapshot: Snapshot
    gaps: list[Gap]
    plan: list[PlanItem]
    steps: list[StepProgress]
    score: ScoreBreakdown
    deadlines: list[Deadline]
    next: NextAction

    def step(self, number: int) -> StepProgress | None:
        for progress in self.steps:
            if progress.step.number == number:
                return progress
        return None


def assess(snapshot: Snapshot, steps: tuple[StepDef, ...]) -> Assessment:
    gaps = evaluate(snapshot)
    plan = action_plan(snapshot, gaps)
    progress = steps_progress(steps, snapshot, plan)
    return Assessment(snapshot, gaps, plan, progress, compliance_score(snapshot, progress, plan),
                      upcoming(snapshot), next_action(snapshot, plan, progress))
