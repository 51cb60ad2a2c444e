"""Plain-dict forms of the guide's records: the shape of the JSON interchange's ``steps`` and
``actions`` sections (see ``resources/schema/dossier.schema.json``)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Decision,
    DecisionState,
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    HistoryEntry,
    Pilot,
    Priority,
    TaskState,
    TaskStatus,
)


def pilot_to_dict(p: Pilot, updated_at: str) -> dict[str, Any]:
    return {**{f.name: getattr(p, f.name) for f in fields(p)}, "updated_at": updated_at}


def pilot_from_dict(d: dict[str, Any]) -> tuple[Pilot, str]:
    known = {f.name for f in fields(Pilot)}
    return Pilot(**{k: v for k, v in d.items() if k in known}), d.get("updated_at", "")


def dpo_to_dict(d: Dpo) -> dict[str, Any]:
    return {f.name: getattr(d, f.name) for f in fields(d)}


def dpo_from_dict(d: dict[str, Any]) -> Dpo:
    known = {f.name for f in fields(Dpo)}
    return Dpo(**{k: v for k, v in d.items() if k in known})


def task_to_dict(t: TaskState) -> dict[str, Any]:
    return {"id": t.task_id, "status": t.status.value, "reason": t.reason, "on": t.on,
            "by": t.by, "updated_at": t.updated_at}


def task_from_dict(d: dict[str, Any], step: int) -> TaskState:
    return TaskState(task_id=d["id"], step=step, status=TaskStatus(d["status"]),
                     reason=d.get("reason", ""), on=d.get("on", ""), by=d.get("by", ""),
                     updated_at=d.get("updated_at", ""))


def screening_to_dict(s: DpiaScreening) -> dict[str, Any]:
    return {
        "processing_id": s.processing_id,
        "criteria": [c.value for c in s.criteria],
        "listed": s.listed,
        "exempt": s.exempt,
        "notes": s.notes,
        "conclusion": s.conclusion.value if s.conclusion else None,
        "concluded_on": s.concluded_on,
        "reference": s.reference,
        "reason": s.reason,
        "screened_on": s.screened_on,
        "screened_by": s.screened_by,
        "updated_at": s.updated_at,
    }


def screening_from_dict(d: dict[str, Any]) -> DpiaScreening:
    conclusion = d.get("conclusion")
    return DpiaScreening(
        processing_id=int(d["processing_id"]),
        criteria=tuple(DpiaCriterion(c) for c in d.get("criteria", ())),
        listed=d.get("listed", ""),
        exempt=d.get("exempt", ""),
        notes=d.get("notes", ""),
        conclusion=DpiaConclusion(conclusion) if conclusion else None,
        concluded_on=d.get("concluded_on", ""),
        reference=d.get("reference", ""),
        reason=d.get("reason", ""),
        screened_on=d.get("screened_on", ""),
        screened_by=d.get("screened_by", ""),
        updated_at=d.get("updated_at", ""),
    )


def action_to_dict(a: CustomAction) -> dict[str, Any]:
    return {
        "key": a.key,
        "origin": "custom",
        "id": a.id,
        "title": a.title,
        "detail": a.detail,
        "priority": a.priority.value,
        "due_on": a.due_on,
        "owner": a.owner,
        "state": a.state.value,
        "done_on": a.done_on,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def action_from_dict(d: dict[str, Any]) -> CustomAction:
    return CustomAction(
        id=d.get("id"),
        title=d["title"],
        detail=d.get("detail", ""),
        priority=Priority(d.get("priority", "medium")),
        due_on=d.get("due_on", ""),
        owner=d.get("owner", ""),
        state=ActionState(d.get("state", "open")),
        done_on=d.get("done_on", ""),
        created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )


def decision_to_dict(d: Decision) -> dict[str, Any]:
    return {"state": d.state.value, "reason": d.reason, "until": d.until,
            "decided_by": d.decided_by, "decided_at": d.decided_at}


def decision_from_dict(key: str, d: dict[str, Any]) -> Decision:
    return Decision(key=key, state=DecisionState(d["state"]), reason=d.get("reason", ""),
                    until=d.get("until", ""), decided_by=d.get("decided_by", ""),
                    decided_at=d.get("decided_at", ""))


def rule_entry_to_dict(key: str, history: HistoryEntry | None,
                       decision: Decision | None) -> dict[str, Any]:
    return {
        "key": key,
        "origin": "rule",
        "first_seen": history.first_seen if history else None,
        "cleared_at": (history.cleared_at or None) if history else None,
        "decision": decision_to_dict(decision) if decision else None,
    }


def rule_entry_from_dict(d: dict[str, Any]) -> tuple[HistoryEntry | None, Decision | None]:
    key = d["key"]
    history = (HistoryEntry(key, d["first_seen"], d.get("cleared_at") or "")
               if d.get("first_seen") else None)
    decision = decision_from_dict(key, d["decision"]) if d.get("decision") else None
    return history, decision
