"""DPO, DPIA outcome, checklists, score, deadlines and the next thing to do."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from assistant.domain.findings import Severity
from assistant.domain.guide.assess import assess
from assistant.domain.guide.checklist import StepDef, TaskDef, TaskProgress, steps_progress
from assistant.domain.guide.deadlines import upcoming
from assistant.domain.guide.dpia import outcome
from assistant.domain.guide.dpo import assess_dpo
from assistant.domain.guide.model import (
    CustomAction,
    Decision,
    DecisionState,
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    DpoQuestion,
    GuideState,
    Pilot,
    TaskState,
    TaskStatus,
    check_custom_action,
    check_decision,
    check_dpo,
    check_pilot,
    check_screening,
    check_task_state,
)
from assistant.domain.guide.plan import action_plan
from assistant.domain.guide.rules import evaluate
from assistant.domain.guide.score import compliance_score
from assistant.domain.organisation import Organisation
from tests.domain.guide_helpers import complete, snap

NO = Dpo(public_body=False, large_scale_monitoring=False, large_scale_sensitive=False)
STEPS = (
    StepDef(1, "step1", "Pilot", "p", "w", "s", (
        TaskDef("pilot_named", 1, "Name the pilot", auto="pilot_named"),
        TaskDef("trained", 1, "Train"),
    )),
    StepDef(2, "step2", "Map", "p", "w", "s", (
        TaskDef("paper", 2, "Paper files", link="register"),
    )),
)


# -- DPO ------------------------------------------------------------------------------------
def test_dpo_is_mandatory_as_soon_as_one_case_applies() -> None:
    assert assess_dpo(None).required is None and len(assess_dpo(None).unanswered) == 3
    assert assess_dpo(NO).required is False
    partial = Dpo(public_body=False, large_scale_monitoring=False)
    assert assess_dpo(partial).required is None
    yes = replace(partial, large_scale_sensitive=True)
    result = assess_dpo(yes)
    assert result.required is True and result.reasons == (DpoQuestion.LARGE_SCALE_SENSITIVE,)
    assert assess_dpo(Dpo(public_body=True)).required is True  # others unanswered


def test_dpo_checks() -> None:
    assert check_dpo(Dpo(designated=True))[0].code == "guide_dpo_name_required"
    assert check_dpo(Dpo(designated=True, organisation="Cabinet X")) == []
    assert check_dpo(Dpo(email="not an email"))[0].code == "invalid_email"
    assert check_dpo(Dpo(designated_on="2025-02-30"))[0].code == "guide_invalid_date"
    assert check_pilot(Pilot(name="x" * 201))[0].code == "too_long"
    assert check_pilot(Pilot(name="Ana", appointed_on="31/12/2024"))[0].field == \
        "pilot.appointed_on"


# -- DPIA -----------------------------------------------------------------------------------
def test_two_criteria_require_a_dpia_in_principle() -> None:
    one = DpiaScreening(1, criteria=(DpiaCriterion.LARGE_SCALE,))
    assert not outcome(one).required and outcome(one).settled
    two = replace(one, criteria=(DpiaCriterion.LARGE_SCALE, DpiaCriterion.SENSITIVE_DATA))
    assert outcome(two).required and not outcome(two).mandatory and not outcome(two).settled
    assert outcome(two).criteria == (DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.LARGE_SCALE)
    exempt = replace(two, exempt="cnil_hr_small")
    assert not outcome(exempt).required and outcome(exempt).exempt
    listed = DpiaScreening(1, listed="cnil_large_scale_location")
    assert outcome(listed).required and outcome(listed).mandatory
    assert outcome(replace(listed, exempt="cnil_suppliers")).required  # the list prevails


def test_screening_checks() -> None:
    listed = DpiaScreening(1, listed="cnil_large_scale_location",
                           conclusion=DpiaConclusion.NOT_NEEDED, reason="tiny")
    codes = {f.code for f in check_screening(listed)}
    assert "guide_dpia_cannot_be_skipped" in codes
    two = DpiaScreening(1, criteria=(DpiaCriterion.LARGE_SCALE, DpiaCriterion.SENSITIVE_DATA),
                        conclusion=DpiaConclusion.NOT_NEEDED)
    assert [f.code for f in check_screening(two)] == ["guide_dpia_reason_required"]
    assert check_screening(replace(two, reason="Only twelve customers")) == []
    done = DpiaScreening(1, conclusion=DpiaConclusion.DPIA_DONE)
    assert [f.code for f in check_screening(done)] == ["guide_dpia_date_required"]
    both = DpiaScreening(1, listed="a", exempt="b")
    assert "guide_listed_and_exempt" in {f.code for f in check_screening(both)}
    # not needed without a reason is fine when the criteria do not call for a DPIA
    assert check_screening(DpiaScreening(1, conclusion=DpiaConclusion.NOT_NEEDED)) == []


# -- other checks ---------------------------------------------------------------------------
def test_task_action_and_decision_checks() -> None:
    na = TaskState("paper", 2, TaskStatus.NOT_APPLICABLE)
    assert [f.code for f in check_task_state(na)] == ["guide_reason_required"]
    assert check_task_state(replace(na, reason="No paper files")) == []
    assert check_task_state(TaskState("Bad Id", 9, TaskStatus.DONE))[0].code == \
        "guide_invalid_task"
    assert check_custom_action(CustomAction(""))[0].code == "required"
    assert check_custom_action(CustomAction("x", due_on="tomorrow"))[0].field == \
        "action.due_on"
    assert check_decision(Decision("rule:no_pilot:pilot", DecisionState.POSTPONED, " "))[0] \
        .code == "guide_reason_required"
    assert check_decision(Decision("nope", DecisionState.POSTPONED, "r"))[0].code == \
        "guide_invalid_action_key"
    assert all(f.severity is Severity.ERROR for f in check_task_state(na))


# -- checklists -----------------------------------------------------------------------------
def progress_of(state: GuideState, *processings):  # type: ignore[no-untyped-def]
    s = snap(*processings, state=state)
    return steps_progress(STEPS, s, action_plan(s, evaluate(s)))


def test_a_task_absent_from_the_dossier_is_to_do() -> None:
    steps = progress_of(GuideState(dpo=NO))
    assert [t.progress for t in steps[0].tasks] == [TaskProgress.TODO, TaskProgress.TODO]
    assert steps[1].tasks[0].progress is TaskProgress.TODO
    assert steps[0].settled == 0 and steps[0].total == 2


def test_tasks_checked_by_the_dossier_and_by_the_owner() -> None:
    state = GuideState(pilot=Pilot(name="Ana"), dpo=NO, tasks=(
        TaskState("trained", 1, TaskStatus.DONE, on="2025-01-01", by="Ana"),
        TaskState("paper", 2, TaskStatus.NOT_APPLICABLE, reason="No paper"),
        TaskState("removed_from_content", 3, TaskStatus.DONE),
    ))
    steps = progress_of(state)
    assert [t.progress for t in steps[0].tasks] == [TaskProgress.AUTO_DONE, TaskProgress.DONE]
    assert steps[1].tasks[0].progress is TaskProgress.NOT_APPLICABLE
    assert steps[0].complete and steps[1].fraction == 1.0
    # an automatic task cannot be ticked by hand: the dossier decides
    ticked = GuideState(dpo=NO, tasks=(TaskState("pilot_named", 1, TaskStatus.DONE),))
    assert progress_of(ticked)[0].tasks[0].progress is TaskProgress.TODO


# -- score ----------------------------------------------------------------------------------
def test_the_score_is_the_documented_sum() -> None:
    state = GuideState(pilot=Pilot(name="Ana"), dpo=NO,
                       tasks=(TaskState("trained", 1, TaskStatus.DONE),),
                       screenings=(DpiaScreening(1), DpiaScreening(2)))
    s = snap(complete(1), complete(2, legal_basis=None), state=state)
    plan = action_plan(s, evaluate(s))
    score = compliance_score(s, steps_progress(STEPS, s, plan), plan)
    assert (score.tasks_settled, score.tasks_total) == (2, 3)
    assert score.checklist == pytest.approx(40 * 2 / 3, abs=0.05)
    assert (score.processing_complete, score.processing_total) == (1, 2)
    assert score.register == 15.0
    assert score.plan == 30 - 6  # one open high-priority action
    assert score.total == round(score.checklist + score.register + score.plan)


def test_the_score_of_an_empty_dossier_and_the_floor() -> None:
    s = snap(org=Organisation(), state=GuideState())
    plan = action_plan(s, evaluate(s))
    score = compliance_score(s, steps_progress(STEPS, s, plan), plan)
    assert score.register == 0 and score.checklist == 0
    assert score.plan == 0 and score.total == 0  # nothing mapped: nothing to credit
    many = snap(*(complete(i, legal_basis=None, purposes=()) for i in range(1, 5)))
    plan = action_plan(many, evaluate(many))
    assert compliance_score(many, [], plan).plan == 0  # never below 0


def test_own_actions_and_not_applicable_ones_do_not_lower_the_score() -> None:
    key = "rule:missing_legal_basis:processing:1"
    state = GuideState(pilot=Pilot(name="Ana"), dpo=NO, screenings=(DpiaScreening(1),),
                       actions=(CustomAction("Mine", id=1),),
                       decisions=(Decision(key, DecisionState.NOT_APPLICABLE, "why"),))
    s = snap(complete(1, legal_basis=None), state=state)
    plan = action_plan(s, evaluate(s))
    assert compliance_score(s, [], plan).plan == 30


# -- deadlines and the next thing to do -----------------------------------------------------
def test_upcoming_deadlines() -> None:
    state = GuideState(
        actions=(CustomAction("Soon", id=1, due_on="2025-06-20"),
                 CustomAction("Late", id=2, due_on="2025-06-01"),
                 CustomAction("Far", id=3, due_on="2025-12-01"),
                 CustomAction("Undated", id=4)),
        decisions=(Decision("rule:no_pilot:pilot", DecisionState.POSTPONED, "r",
                            until="2025-06-30"),))
    s = snap(state=state, today=date(2025, 6, 15))
    found = upcoming(s)
    assert [(d.on.isoformat(), d.kind) for d in found] == [
        ("2025-06-01", "action_due"), ("2025-06-20", "action_due"),
        ("2025-06-30", "postponement_ends")]


def test_next_thing_to_do() -> None:
    empty = assess(snap(org=Organisation(), state=GuideState()), STEPS)
    assert empty.next.code == "name_organisation"
    no_pilot = assess(snap(complete(1), state=GuideState(dpo=NO)), STEPS)
    assert no_pilot.next.code == "fix_gap" and no_pilot.next.target == "step1"
    gap = assess(snap(complete(1, legal_basis=None),
                      state=GuideState(pilot=Pilot(name="A"), dpo=NO)), STEPS)
    assert gap.next.code == "fix_gap" and gap.next.processing_id == 1
    assert gap.next.item is not None and gap.next.item.rule == "missing_legal_basis"
    # no high or medium action left: the first checklist task to do
    tidy = snap(complete(1), state=GuideState(pilot=Pilot(name="A"), dpo=NO))
    result = assess(tidy, STEPS)
    assert result.next.code == "checklist_task" and result.next.task_id == "trained"
    # then the low ones (here: screening), then everything settled
    done = GuideState(pilot=Pilot(name="A"), dpo=NO, tasks=(
        TaskState("trained", 1, TaskStatus.DONE), TaskState("paper", 2, TaskStatus.DONE)))
    assert assess(snap(complete(1), state=done), STEPS).next.target == "dpia"
    screened = replace(done, screenings=(DpiaScreening(1),))
    assert assess(snap(complete(1), state=screened), STEPS).next.code == "all_settled"
