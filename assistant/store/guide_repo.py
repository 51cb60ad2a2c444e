"""What the six-step guide stores: pilot and DPO, checklist states, DPIA screenings, the
owner's actions and decisions, and the history of the actions the rules raise.

Every change a user makes is one transaction and can be undone (:mod:`assistant.store.undo`).
The history of the action plan is bookkeeping: evaluating the plan
(:meth:`GuideRepository.assess`) computes what it should now say and shows it at once, but
writes nothing; the dossier writes it with the user's next real change, outside the undo
history (:meth:`assistant.store.dossier.Dossier.defer_write`). So opening a dossier and
looking at it leaves the file exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.domain.clock import now_text
from assistant.domain.findings import ValidationError, errors
from assistant.domain.guide.assess import Assessment, assess
from assistant.domain.guide.checklist import StepDef
from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Decision,
    DecisionState,
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    GuideState,
    HistoryEntry,
    Pilot,
    Priority,
    TaskState,
    TaskStatus,
    check_custom_action,
    check_decision,
    check_dpo,
    check_pilot,
    check_screening,
    check_task_state,
)
from assistant.domain.guide.plan import history_changes
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

T = TypeVar("T")

_PILOT_COLUMNS = ("name", "role", "email", "phone", "appointed_on", "notes")
_DPO_COLUMNS = ("public_body", "large_scale_monitoring", "large_scale_sensitive", "designated",
                "name", "organisation", "email", "phone", "designation_number",
                "designated_on", "address", "postcode", "city", "country")
_BOOL_DPO = ("public_body", "large_scale_monitoring", "large_scale_sensitive")
_SCREENING_COLUMNS = ("processing_id", "criteria", "listed", "exempt", "notes", "conclusion",
                      "concluded_on", "reference", "reason", "screened_on", "screened_by",
                      "updated_at")
_ACTION_COLUMNS = ("id", "title", "detail", "priority", "due_on", "owner", "state",
                   "done_on", "created_at", "updated_at")


def _valid(found: list[Any]) -> None:
    blocking = errors(found)
    if blocking:
        raise ValidationError(blocking)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _int(value: bool | None) -> int | None:
    return None if value is None else int(value)


class GuideRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier
        # history entries computed by the last evaluation and not written yet, by key
        self._pending: dict[str, HistoryEntry] = {}

    # -- reading ------------------------------------------------------------------------
    def pilot(self) -> tuple[Pilot, Dpo, str] | None:
        """The pilot, the DPO answers and when they were last saved; None if never saved."""
        cols = [*_PILOT_COLUMNS, *(f"dpo_{c}" for c in _DPO_COLUMNS), "updated_at"]
        row = self._d.conn.execute(
            f"SELECT {', '.join(cols)} FROM guide_pilot WHERE id = 1").fetchone()
        if row is None:
            return None
        values = dict(zip(cols, row, strict=True))
        pilot = Pilot(**{c: values[c] for c in _PILOT_COLUMNS})
        dpo_values: dict[str, Any] = {c: values[f"dpo_{c}"] for c in _DPO_COLUMNS}
        for c in _BOOL_DPO:
            dpo_values[c] = _bool(dpo_values[c])
        dpo_values["designated"] = bool(dpo_values["designated"])
        return pilot, Dpo(**dpo_values), values["updated_at"]

    def tasks(self) -> list[TaskState]:
        rows = self._d.conn.execute(
            "SELECT task_id, step, status, reason, done_on, done_by, updated_at "
            "FROM guide_task ORDER BY step, task_id")
        return [TaskState(t, s, TaskStatus(st), r, on, by, u)
                for t, s, st, r, on, by, u in rows]

    def task(self, task_id: str) -> TaskState | None:
        return next((t for t in self.tasks() if t.task_id == task_id), None)

    def screenings(self) -> list[DpiaScreening]:
        rows = self._d.conn.execute(
            f"SELECT {', '.join(_SCREENING_COLUMNS)} FROM guide_dpia_screening "
            "ORDER BY processing_id")
        return [self._screening(r) for r in rows]

    def screening(self, processing_id: int) -> DpiaScreening | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_SCREENING_COLUMNS)} FROM guide_dpia_screening "
            "WHERE processing_id = ?", (processing_id,)).fetchone()
        return self._screening(row) if row else None

    @staticmethod
    def _screening(row: Any) -> DpiaScreening:
        d = dict(zip(_SCREENING_COLUMNS, row, strict=True))
        return DpiaScreening(
            processing_id=d["processing_id"],
            criteria=tuple(DpiaCriterion(c) for c in json.loads(d["criteria"])),
            listed=d["listed"], exempt=d["exempt"], notes=d["notes"],
            conclusion=DpiaConclusion(d["conclusion"]) if d["conclusion"] else None,
            concluded_on=d["concluded_on"], reference=d["reference"], reason=d["reason"],
            screened_on=d["screened_on"], screened_by=d["screened_by"],
            updated_at=d["updated_at"])

    def actions(self) -> list[CustomAction]:
        rows = self._d.conn.execute(
            f"SELECT {', '.join(_ACTION_COLUMNS)} FROM guide_action ORDER BY id")
        return [self._action(r) for r in rows]

    def action(self, action_id: int) -> CustomAction | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_ACTION_COLUMNS)} FROM guide_action WHERE id = ?",
            (action_id,)).fetchone()
        return self._action(row) if row else None

    @staticmethod
    def _action(row: Any) -> CustomAction:
        d = dict(zip(_ACTION_COLUMNS, row, strict=True))
        return CustomAction(**{**d, "priority": Priority(d["priority"]),
                               "state": ActionState(d["state"])})

    def decisions(self) -> list[Decision]:
        rows = self._d.conn.execute(
            "SELECT key, state, reason, until, decided_by, decided_at "
            "FROM guide_action_decision ORDER BY key")
        return [Decision(k, DecisionState(s), r, u, b, a) for k, s, r, u, b, a in rows]

    def decision(self, key: str) -> Decision | None:
        return next((d for d in self.decisions() if d.key == key), None)

    def history(self) -> list[HistoryEntry]:
        rows = self._d.conn.execute(
            "SELECT key, first_seen, cleared_at FROM guide_action_history ORDER BY key")
        return [HistoryEntry(k, f, c) for k, f, c in rows]

    def state(self) -> GuideState:
        saved = self.pilot()
        return GuideState(
            pilot=saved[0] if saved else None,
            dpo=saved[1] if saved else None,
            tasks=tuple(self.tasks()),
            screenings=tuple(self.screenings()),
            actions=tuple(self.actions()),
            decisions=tuple(self.decisions()),
            history=tuple(self.history()),
        )

    # -- evaluating ---------------------------------------------------------------------
    def assess(self, steps: tuple[StepDef, ...], *, today: date | None = None,
               now: datetime | None = None) -> Assessment:
        """Evaluate the guide. In a writable dossier the plan's history is brought up to date
        in what is returned; the new entries are written with the next real change (never by
        this call). ``today`` and ``now`` fix when it is judged (tests, the demo)."""
        from dataclasses import replace as replace_snapshot
        from types import MappingProxyType

        from assistant.store.guide_snapshot import build_snapshot

        snapshot = build_snapshot(self._d, today=today, now=now)
        result = assess(snapshot, steps)
        if self._d.read_only:
            return result
        stored = dict(snapshot.history)
        seen = {**stored, **self._pending}
        changes = history_changes(result.gaps, seen, now_text())
        pending = {**self._pending, **{e.key: e for e in changes}}
        self._pending = {k: e for k, e in pending.items() if stored.get(k) != e}
        self._d.defer_write("guide_history", self._write_pending if self._pending else None)
        if not self._pending:
            return result
        projected = replace_snapshot(snapshot,
                                     history=MappingProxyType({**stored, **self._pending}))
        return assess(projected, steps)

    def _write_pending(self, conn: Any) -> None:
        entries, self._pending = list(self._pending.values()), {}
        self._write_history(entries)

    def _write_history(self, entries: Iterable[HistoryEntry]) -> None:
        with self._d.transaction() as conn:
            conn.executemany(
                "INSERT INTO guide_action_history (key, first_seen, cleared_at) "
                "VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "first_seen = excluded.first_seen, cleared_at = excluded.cleared_at",
                [(e.key, e.first_seen, e.cleared_at) for e in entries])

    # -- changing (each undoable) -------------------------------------------------------
    def _undoable(self, label: str, before: T | None, after: T | None,
                  write: Callable[[T], None], remove: Callable[[], None],
                  merge: str = "") -> None:
        def put(value: T | None) -> None:
            if value is None:
                remove()
            else:
                write(value)

        put(after)
        self._d.undo.push(UndoEntry(label, lambda: put(before), lambda: put(after), merge))

    def save_pilot(self, pilot: Pilot, dpo: Dpo, *, label: str = "pilot",
                   merge: str = "") -> None:
        """Save the pilot and the DPO answers; saves with the same ``merge`` key in a row
        are undone as one (a form that saves as the user types)."""
        pilot, dpo = pilot.normalised(), dpo.normalised()
        _valid(check_pilot(pilot) + check_dpo(dpo))
        before = self.pilot()
        after = (pilot, dpo, now_text())
        self._undoable(label, before, after, lambda v: self._write_pilot(*v),
                       self._remove_pilot, merge)

    def settle_task(self, state: TaskState, *, label: str = "task") -> TaskState:
        state = replace(state.normalised(), updated_at=now_text())
        _valid(check_task_state(state))
        before = self.task(state.task_id)
        self._undoable(label, before, state, self._write_task,
                       lambda: self._remove_task(state.task_id))
        return state

    def reset_task(self, task_id: str, *, label: str = "task") -> None:
        before = self.task(task_id)
        if before is None:
            return
        self._undoable(label, before, None, self._write_task,
                       lambda: self._remove_task(task_id))

    def save_screening(self, screening: DpiaScreening, *,
                       label: str = "screening") -> DpiaScreening:
        screening = replace(screening.normalised(), updated_at=now_text())
        _valid(check_screening(screening))
        pid = screening.processing_id
        if self._d.register.get(pid) is None:
            raise KeyError(pid)
        before = self.screening(pid)
        self._undoable(label, before, screening, self._write_screening,
                       lambda: self._remove_screening(pid))
        return screening

    def delete_screening(self, processing_id: int, *, label: str = "screening") -> None:
        before = self.screening(processing_id)
        if before is None:
            return
        self._undoable(label, before, None, self._write_screening,
                       lambda: self._remove_screening(processing_id))

    def save_action(self, action: CustomAction, *, label: str = "action") -> CustomAction:
        action = action.normalised()
        if action.state is ActionState.DONE and not action.done_on:
            action = replace(action, done_on=date.today().isoformat())
        elif action.state is not ActionState.DONE:
            action = replace(action, done_on="")
        _valid(check_custom_action(action))
        now = now_text()
        before = self.action(action.id) if action.id is not None else None
        after = replace(action, created_at=before.created_at if before else now,
                        updated_at=now)
        with self._d.transaction():  # one user action, one transaction
            if after.id is None:
                after = replace(after, id=self._write_action(after))
            action_id = int(after.id or 0)
            self._undoable(label, before, after, self._write_action_only,
                           lambda: self._remove_action(action_id))
        return after

    def add_actions(self, actions: Iterable[CustomAction], *,
                    label: str = "actions") -> list[CustomAction]:
        """Add several new actions at once: one transaction, and one undo step that takes
        them all back (a check that raised eight actions is undone in one Ctrl+Z)."""
        now = now_text()
        ready = []
        for action in actions:
            action = replace(action.normalised(), id=None, state=ActionState.OPEN,
                             done_on="", created_at=now, updated_at=now)
            _valid(check_custom_action(action))
            ready.append(action)
        if not ready:
            return []
        with self._d.transaction():
            added = [replace(a, id=self._write_action(a)) for a in ready]
        ids = [int(a.id or 0) for a in added]

        def remove() -> None:
            with self._d.transaction():
                for action_id in ids:
                    self._remove_action(action_id)

        def put_back() -> None:
            with self._d.transaction():
                for action in added:
                    self._write_action(action)

        self._d.undo.push(UndoEntry(label, remove, put_back))
        return added

    def delete_action(self, action_id: int, *, label: str = "action") -> None:
        before = self.action(action_id)
        if before is None:
            return
        self._undoable(label, before, None, self._write_action_only,
                       lambda: self._remove_action(action_id))

    def decide(self, decision: Decision, *, label: str = "decision") -> Decision:
        decision = replace(decision.normalised(), decided_at=now_text())
        if decision.state is not DecisionState.POSTPONED:
            decision = replace(decision, until="")
        _valid(check_decision(decision))
        before = self.decision(decision.key)
        self._undoable(label, before, decision, self._write_decision,
                       lambda: self._remove_decision(decision.key))
        return decision

    def withdraw_decision(self, key: str, *, label: str = "decision") -> None:
        before = self.decision(key)
        if before is None:
            return
        self._undoable(label, before, None, self._write_decision,
                       lambda: self._remove_decision(key))

    # -- import (as given, no undo) ----------------------------------------------------
    def put_pilot(self, pilot: Pilot, dpo: Dpo, updated_at: str) -> None:
        self._write_pilot(pilot, dpo, updated_at)

    def put_task(self, state: TaskState) -> None:
        self._write_task(state)

    def put_screening(self, screening: DpiaScreening) -> None:
        self._write_screening(screening)

    def put_action(self, action: CustomAction) -> None:
        self._write_action(action)

    def put_decision(self, decision: Decision) -> None:
        self._write_decision(decision)

    def put_history(self, entry: HistoryEntry) -> None:
        self._write_history([entry])

    # -- rows -------------------------------------------------------------------------
    def _write_pilot(self, pilot: Pilot, dpo: Dpo, updated_at: str) -> None:
        values: dict[str, Any] = {c: getattr(pilot, c) for c in _PILOT_COLUMNS}
        for c in _DPO_COLUMNS:
            value = getattr(dpo, c)
            values[f"dpo_{c}"] = _int(value) if c in _BOOL_DPO else (
                int(value) if c == "designated" else value)
        values["updated_at"] = updated_at
        cols = list(values)
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO guide_pilot (id, {', '.join(cols)}) "
                f"VALUES (1, {', '.join('?' * len(cols))}) ON CONFLICT (id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in cols),
                [values[c] for c in cols])

    def _remove_pilot(self) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM guide_pilot")

    def _write_task(self, t: TaskState) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                "INSERT INTO guide_task (task_id, step, status, reason, done_on, done_by, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET "
                "step = excluded.step, status = excluded.status, reason = excluded.reason, "
                "done_on = excluded.done_on, done_by = excluded.done_by, "
                "updated_at = excluded.updated_at",
                (t.task_id, t.step, t.status.value, t.reason, t.on, t.by, t.updated_at))

    def _remove_task(self, task_id: str) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM guide_task WHERE task_id = ?", (task_id,))

    def _write_screening(self, s: DpiaScreening) -> None:
        values = {
            "processing_id": s.processing_id,
            "criteria": json.dumps([c.value for c in s.criteria]),
            "listed": s.listed, "exempt": s.exempt, "notes": s.notes,
            "conclusion": s.conclusion.value if s.conclusion else None,
            "concluded_on": s.concluded_on, "reference": s.reference, "reason": s.reason,
            "screened_on": s.screened_on, "screened_by": s.screened_by,
            "updated_at": s.updated_at,
        }
        cols = list(values)
        with self._d.transaction() as conn:
            conn.execute(
                f"INSERT INTO guide_dpia_screening ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))}) ON CONFLICT (processing_id) DO UPDATE "
                "SET " + ", ".join(f"{c} = excluded.{c}" for c in cols[1:]),
                [values[c] for c in cols])

    def _remove_screening(self, processing_id: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM guide_dpia_screening WHERE processing_id = ?",
                         (processing_id,))

    def _write_action(self, a: CustomAction) -> int:
        values = {c: getattr(a, c) for c in _ACTION_COLUMNS}
        values["priority"] = a.priority.value
        values["state"] = a.state.value
        if a.id is None:
            del values["id"]
        cols = list(values)
        with self._d.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO guide_action ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))}) ON CONFLICT (id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id"),
                [values[c] for c in cols])
            return int(a.id if a.id is not None else cur.lastrowid or 0)

    def _write_action_only(self, a: CustomAction) -> None:
        self._write_action(a)

    def _remove_action(self, action_id: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM guide_action WHERE id = ?", (action_id,))

    def _write_decision(self, d: Decision) -> None:
        with self._d.transaction() as conn:
            conn.execute(
                "INSERT INTO guide_action_decision (key, state, reason, until, decided_by, "
                "decided_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "state = excluded.state, reason = excluded.reason, until = excluded.until, "
                "decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                (d.key, d.state.value, d.reason, d.until, d.decided_by, d.decided_at))

    def _remove_decision(self, key: str) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM guide_action_decision WHERE key = ?", (key,))
