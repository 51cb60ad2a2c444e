"""The guide's storage: every change one transaction, undoable, refused input changes
nothing, and the plan's history follows the dossier."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assistant.content.guide import load_steps
from assistant.domain.findings import ValidationError
from assistant.domain.guide.checklist import TaskProgress
from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Decision,
    DecisionState,
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    Pilot,
    Priority,
    TaskState,
    TaskStatus,
)
from assistant.domain.guide.plan import ItemStatus
from assistant.domain.processing import Processing
from assistant.store.dossier import Dossier, open_dossier
from tests.conftest import file_digest

STEPS = load_steps("en")


def test_pilot_and_dpo_round_trip_with_undo(new_dossier: Dossier) -> None:
    guide = new_dossier.guide
    assert guide.pilot() is None
    pilot = Pilot(name=" Ana Łukasiewicz ", role="Gérante", email="ana@shop.example")
    dpo = Dpo(public_body=False, large_scale_monitoring=None, large_scale_sensitive=True,
              designated=True, name="Cabinet Ω", designation_number="DPO-1")
    guide.save_pilot(pilot, dpo, label="pilot")
    saved = guide.pilot()
    assert saved is not None
    assert saved[0].name == "Ana Łukasiewicz" and saved[1] == dpo and saved[2]
    guide.save_pilot(replace(pilot, name="Bob"), Dpo())
    assert guide.pilot()[0].name == "Bob"  # type: ignore[index]
    new_dossier.undo.undo()
    assert guide.pilot()[0].name == "Ana Łukasiewicz"  # type: ignore[index]
    new_dossier.undo.undo()
    assert guide.pilot() is None
    new_dossier.undo.redo()
    assert guide.pilot()[1].large_scale_sensitive is True  # type: ignore[index]


def test_refused_input_changes_nothing(tmp_path: Path) -> None:
    from assistant.store.dossier import create_dossier

    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as dossier:
        before = dossier.guide.state()
        with pytest.raises(ValidationError) as caught:
            dossier.guide.save_pilot(Pilot(name="A", email="nope"), Dpo())
        assert caught.value.findings[0].field == "pilot.email"
        with pytest.raises(ValidationError):
            dossier.guide.settle_task(TaskState("paper_files", 2, TaskStatus.NOT_APPLICABLE))
        with pytest.raises(ValidationError):
            dossier.guide.save_action(CustomAction("x", due_on="2025-13-01"))
        with pytest.raises(ValidationError):
            dossier.guide.decide(Decision("rule:no_pilot:pilot", DecisionState.POSTPONED, ""))
        assert dossier.guide.state() == before
        assert not dossier.undo.can_undo


def test_checklist_states(new_dossier: Dossier) -> None:
    guide = new_dossier.guide
    guide.settle_task(TaskState("paper_files", 2, TaskStatus.DONE, on="2025-01-02", by="Ana"))
    guide.settle_task(TaskState("cookies_consent", 3, TaskStatus.NOT_APPLICABLE,
                                reason="No cookies on our site"))
    states = {t.task_id: t for t in guide.tasks()}
    assert states["paper_files"].by == "Ana" and states["paper_files"].updated_at
    result = guide.assess(STEPS)
    step3 = result.step(3)
    assert step3 is not None
    views = {v.task.id: v for v in step3.tasks}
    assert views["cookies_consent"].progress is TaskProgress.NOT_APPLICABLE
    # every content task without a state is to do
    assert views["notices_given"].progress is TaskProgress.TODO
    guide.reset_task("paper_files")
    assert "paper_files" not in {t.task_id for t in guide.tasks()}
    new_dossier.undo.undo()
    assert "paper_files" in {t.task_id for t in guide.tasks()}


def test_screenings_outlive_a_deleted_processing_so_undo_brings_them_back(
        new_dossier: Dossier) -> None:
    p = new_dossier.register.create(Processing(name="CCTV"))
    pid = int(p.id or 0)
    new_dossier.guide.save_screening(DpiaScreening(
        pid, criteria=(DpiaCriterion.SYSTEMATIC_MONITORING,
                       DpiaCriterion.VULNERABLE_SUBJECTS),
        conclusion=DpiaConclusion.DPIA_DONE, concluded_on="2025-03-01", reference="AIPD-1"))
    assert new_dossier.guide.screening(pid).reference == "AIPD-1"  # type: ignore[union-attr]
    new_dossier.register.delete([pid])
    assert new_dossier.guide.assess(STEPS).snapshot.screenings == {}
    new_dossier.undo.undo()
    assert pid in new_dossier.guide.assess(STEPS).snapshot.screenings
    with pytest.raises(KeyError):
        new_dossier.guide.save_screening(DpiaScreening(999))
    with pytest.raises(ValidationError):
        new_dossier.guide.save_screening(DpiaScreening(pid, listed="cnil_other",
                                                       conclusion=DpiaConclusion.NOT_NEEDED,
                                                       reason="no"))


def test_own_actions_and_decisions(new_dossier: Dossier) -> None:
    guide = new_dossier.guide
    action = guide.save_action(CustomAction("Put up the sign", priority=Priority.HIGH,
                                            due_on="2025-07-01"))
    assert action.id is not None and action.key == f"custom:{action.id}"
    done = guide.save_action(replace(action, state=ActionState.DONE))
    assert done.done_on  # dated when marked done
    assert done.created_at == action.created_at
    new_dossier.undo.undo()
    assert guide.action(int(action.id)).state is ActionState.OPEN  # type: ignore[union-attr]
    guide.delete_action(int(action.id))
    assert guide.actions() == []
    new_dossier.undo.undo()
    assert [a.title for a in guide.actions()] == ["Put up the sign"]

    key = "rule:no_pilot:pilot"
    guide.decide(Decision(key, DecisionState.NOT_APPLICABLE, "reason", until="2030-01-01"))
    assert guide.decision(key).until == ""  # type: ignore[union-attr]
    item = next(i for i in guide.assess(STEPS).plan if i.key == key)
    assert item.status is ItemStatus.NOT_APPLICABLE
    guide.withdraw_decision(key)
    item = next(i for i in guide.assess(STEPS).plan if i.key == key)
    assert item.status is ItemStatus.OPEN


def test_the_plan_history_follows_the_gaps(new_dossier: Dossier) -> None:
    guide = new_dossier.guide
    first = guide.assess(STEPS)
    keys = {i.key for i in first.plan}
    assert "rule:no_pilot:pilot" in keys
    assert all(i.first_seen for i in first.plan)
    undo_depth = new_dossier.undo.can_undo
    guide.save_pilot(Pilot(name="Ana"), Dpo())
    second = guide.assess(STEPS)
    cleared = next(i for i in second.plan if i.key == "rule:no_pilot:pilot")
    assert cleared.status is ItemStatus.CLEARED and cleared.cleared_at
    new_dossier.undo.undo()  # the pilot goes: the action is open again, first seen kept
    third = guide.assess(STEPS)
    again = next(i for i in third.plan if i.key == "rule:no_pilot:pilot")
    assert again.is_open and again.first_seen == cleared.first_seen
    assert new_dossier.undo.can_undo == undo_depth  # bookkeeping is not a user's change


def test_assessing_a_read_only_dossier_writes_nothing(demo_copy: Path) -> None:
    digest = file_digest(demo_copy)
    with open_dossier(demo_copy, read_only=True) as dossier:
        result = dossier.guide.assess(STEPS, today=date(2099, 1, 1))
        assert result.plan
    assert file_digest(demo_copy) == digest


def test_the_demo_has_a_guide(demo_file: Path) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        result = dossier.guide.assess(load_steps("fr"))
        snapshot = result.snapshot
        assert snapshot.pilot is not None and snapshot.pilot.name == "Camille Martin"
        assert snapshot.dpo is not None and snapshot.dpo.public_body is False
        assert len(snapshot.screenings) == 2
        assert any(a.due_on for a in snapshot.actions)
        assert sum(p.settled for p in result.steps) >= 6
        assert result.deadlines
        rules = {i.rule for i in result.plan if i.is_open}
        assert {"transfer_privacy_shield", "missing_art9_condition",
                "missing_retention"} <= rules


def test_looking_at_the_plan_writes_nothing_until_a_real_change(demo_copy: Path) -> None:
    digest = file_digest(demo_copy)
    with open_dossier(demo_copy) as dossier:
        shown = dossier.guide.assess(STEPS, today=date(2099, 1, 1))
        assert dossier.has_deferred_writes  # the history moved on, in what is shown
        assert dossier.guide.assess(STEPS, today=date(2099, 1, 1)).plan == shown.plan
    assert file_digest(demo_copy) == digest  # opened, looked at, closed: not one byte


def test_the_history_shown_is_written_with_the_next_change(new_dossier: Dossier) -> None:
    guide = new_dossier.guide
    shown = guide.assess(STEPS)
    first_seen = next(i.first_seen for i in shown.plan if i.key == "rule:no_pilot:pilot")
    assert guide.history() == []  # shown, not written
    guide.settle_task(TaskState("pilot_named", 1, TaskStatus.DONE))
    written = {h.key: h for h in guide.history()}
    assert written["rule:no_pilot:pilot"].first_seen == first_seen
    assert not new_dossier.has_deferred_writes
    new_dossier.undo.undo()  # the change goes; the bookkeeping stays (it is not undone)
    assert "rule:no_pilot:pilot" in {h.key for h in guide.history()}
