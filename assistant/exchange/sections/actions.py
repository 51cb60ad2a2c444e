"""The ``actions`` section: what the action plan stores, never the plan itself.

The plan is derived from the dossier on every evaluation (``assistant/domain/guide/plan.py``),
so an import rebuilds it from the imported data. Stored, and exchanged here:

- the owner's own actions: ``{"key": "custom:<id>", "origin": "custom", "id", "title",
  "detail", "priority", "due_on", "owner", "state", "done_on", "created_at", "updated_at"}``;
- for the actions the rules raise (key ``rule:<rule>:<scope>``), their history and the owner's
  decision: ``{"key", "origin": "rule", "first_seen", "cleared_at", "decision"}`` where
  ``decision`` is null or ``{"state": "postponed"|"not_applicable", "reason", "until",
  "decided_by", "decided_at"}``.

Rule entries come first (by key), then the owner's actions (by id).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.guide.model import check_custom_action, check_decision
from assistant.domain.guide.serial import (
    action_from_dict,
    action_to_dict,
    decision_from_dict,
    rule_entry_from_dict,
    rule_entry_to_dict,
)
from assistant.store.dossier import Dossier

KEY = "actions"


def export(dossier: Dossier) -> list[dict[str, Any]]:
    guide = dossier.guide
    history = {h.key: h for h in guide.history()}
    decisions = {d.key: d for d in guide.decisions()}
    out = [rule_entry_to_dict(key, history.get(key), decisions.get(key))
           for key in sorted(set(history) | set(decisions))]
    out += [action_to_dict(a) for a in guide.actions()]
    return out


def _field(name: str) -> str:
    head, _, tail = name.partition(".")
    return tail if head in ("action", "decision") and tail else name


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"$.actions[{i}]"
        key = item["key"]
        if key in seen:
            yield f"{where}.key", Finding("guide_json_duplicate_key", "", Severity.ERROR,
                                          {"key": key})
        seen.add(key)
        if item["origin"] == "custom":
            expected = f"custom:{item['id']}"
            if key != expected:
                yield f"{where}.key", Finding("guide_json_key_mismatch", "", Severity.ERROR,
                                              {"key": expected})
            for f in check_custom_action(action_from_dict(item)):
                if f.severity is Severity.ERROR:
                    yield f"{where}.{_field(f.field)}", f
            continue
        if item["cleared_at"] and not item["first_seen"]:
            yield f"{where}.cleared_at", Finding("guide_json_cleared_unseen", "",
                                                 Severity.ERROR)
        if item["decision"] is not None:
            for f in check_decision(decision_from_dict(key, item["decision"])):
                if f.severity is Severity.ERROR:
                    yield f"{where}.decision.{_field(f.field)}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    guide = dossier.guide
    for item in value:
        if item["origin"] == "custom":
            guide.put_action(action_from_dict(item))
            continue
        history, decision = rule_entry_from_dict(item)
        if history is not None:
            guide.put_history(history)
        if decision is not None:
            guide.put_decision(decision)
