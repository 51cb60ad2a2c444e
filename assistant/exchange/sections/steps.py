"""The ``steps`` section: one object per step of the method that holds something.

``{"step": n, "tasks": [...]}`` lists the checklist tasks the owner settled (a task absent is
to do); step 1 adds ``pilot`` and ``dpo`` once they were saved; step 4 adds
``dpia_screenings`` (one per processing screened, referring to ``processing`` ids). Steps with
nothing recorded are left out, so a new dossier exports ``"steps": []``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from assistant.content.guide import load_dpia, task_by_id
from assistant.domain.findings import Finding, Severity
from assistant.domain.guide.model import (
    STEPS,
    check_dpo,
    check_pilot,
    check_screening,
    check_task_state,
)
from assistant.domain.guide.serial import (
    dpo_from_dict,
    dpo_to_dict,
    pilot_from_dict,
    pilot_to_dict,
    screening_from_dict,
    screening_to_dict,
    task_from_dict,
    task_to_dict,
)
from assistant.store.dossier import Dossier

KEY = "steps"
_ONLY_IN = {"pilot": 1, "dpo": 1, "dpia_screenings": 4}


def export(dossier: Dossier) -> list[dict[str, Any]]:
    guide = dossier.guide
    tasks = guide.tasks()
    saved = guide.pilot()
    live = {p.id for p in dossier.register.list()}
    screenings = [s for s in guide.screenings() if s.processing_id in live]
    out = []
    for number in STEPS:
        item: dict[str, Any] = {
            "step": number,
            "tasks": [task_to_dict(t) for t in sorted(tasks, key=lambda t: t.task_id)
                      if t.step == number],
        }
        if number == 1 and saved is not None:
            item["pilot"] = pilot_to_dict(saved[0], saved[2])
            item["dpo"] = dpo_to_dict(saved[1])
        if number == 4 and screenings:
            item["dpia_screenings"] = [screening_to_dict(s) for s in screenings]
        if item["tasks"] or len(item) > 2:
            out.append(item)
    return out


def _field(name: str) -> str:
    """``task.reason`` -> ``reason`` (a finding's field as a JSON member name)."""
    head, _, tail = name.partition(".")
    return tail if head in ("task", "dpia") and tail else name


def check(value: list[dict[str, Any]], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    processing_ids = {p["id"] for p in doc.get("processing", ())}
    steps_seen: set[int] = set()
    tasks_seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"$.steps[{i}]"
        number = item["step"]
        if number in steps_seen:
            yield f"{where}.step", Finding("guide_json_duplicate_step", "", Severity.ERROR,
                                           {"step": str(number)})
        steps_seen.add(number)
        for name, only in _ONLY_IN.items():
            if name in item and number != only:
                yield f"{where}.{name}", Finding("guide_json_misplaced", "", Severity.ERROR,
                                                 {"name": name, "step": str(only)})
        yield from _check_tasks(where, number, item["tasks"], tasks_seen)
        pair = [name for name in ("pilot", "dpo") if name in item]
        if len(pair) == 1:
            missing = "dpo" if pair == ["pilot"] else "pilot"
            yield where, Finding("json_required", "", Severity.ERROR, {"name": missing})
            continue
        if pair:
            pilot, _updated = pilot_from_dict(item["pilot"])
            for f in check_pilot(pilot) + check_dpo(dpo_from_dict(item["dpo"])):
                if f.severity is Severity.ERROR:
                    yield f"{where}.{f.field}", f
        yield from _check_screenings(where, item.get("dpia_screenings", ()), processing_ids)


def _check_tasks(where: str, number: int, tasks: list[dict[str, Any]],
                 tasks_seen: set[str]) -> Iterator[tuple[str, Finding]]:
    """A step's tasks: each once in the file, in its own step, and a state that holds."""
    for j, raw in enumerate(tasks):
        at = f"{where}.tasks[{j}]"
        if raw["id"] in tasks_seen:
            yield f"{at}.id", Finding("json_duplicate_id", "", Severity.ERROR,
                                      {"id": raw["id"]})
        tasks_seen.add(raw["id"])
        known = task_by_id("en", raw["id"])
        if known is not None and known.step != number:
            yield f"{at}.id", Finding("guide_json_task_step", "", Severity.ERROR,
                                      {"task": raw["id"], "step": str(known.step)})
        for f in check_task_state(task_from_dict(raw, number)):
            if f.severity is Severity.ERROR:
                yield f"{at}.{_field(f.field)}", f


def _check_screenings(where: str, screenings: Iterable[dict[str, Any]],
                      processing_ids: set[int]) -> Iterator[tuple[str, Finding]]:
    """Step 4's screenings: one per processing of the file, with known criteria."""
    dpia = load_dpia("en")
    screened: set[int] = set()
    for k, raw in enumerate(screenings):
        at = f"{where}.dpia_screenings[{k}]"
        pid = raw["processing_id"]
        if pid not in processing_ids:
            yield f"{at}.processing_id", Finding(
                "json_unknown_reference", "", Severity.ERROR,
                {"id": str(pid), "section": "processing"})
        if pid in screened:
            yield f"{at}.processing_id", Finding("json_duplicate_id", "", Severity.ERROR,
                                                 {"id": str(pid)})
        screened.add(pid)
        for name, codes in (("listed", dpia.required), ("exempt", dpia.exempt)):
            if raw[name] and raw[name] not in codes:
                yield f"{at}.{name}", Finding(
                    "json_enum", "", Severity.ERROR,
                    {"value": f'"{raw[name][:60]}"',
                     "options": ", ".join(f'"{c}"' for c in codes)})
        for f in check_screening(screening_from_dict(raw)):
            if f.severity is Severity.ERROR:
                yield f"{at}.{_field(f.field)}", f


def load(dossier: Dossier, value: list[dict[str, Any]]) -> None:
    guide = dossier.guide
    for item in value:
        number = item["step"]
        for raw in item["tasks"]:
            guide.put_task(task_from_dict(raw, number))
        if "pilot" in item:
            pilot, updated_at = pilot_from_dict(item["pilot"])
            guide.put_pilot(pilot, dpo_from_dict(item["dpo"]), updated_at)
        for raw in item.get("dpia_screenings", ()):
            guide.put_screening(screening_from_dict(raw))
