"""Processors (sous-traitants) the register links to."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import now_text
from assistant.domain.findings import Finding, Severity, ValidationError, errors
from assistant.domain.processor import Processor, check_processor
from assistant.store.errors import InUse
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = [f.name for f in fields(Processor)]
_JSON_COLUMNS = frozenset({"contract_clauses"})  # tuples kept as JSON arrays


def _from_row(row: Sequence[Any]) -> Processor:
    values = dict(zip(_COLUMNS, row, strict=True))
    for c in _JSON_COLUMNS:
        values[c] = tuple(json.loads(values[c]))
    return Processor(**values)


def _to_row(p: Processor) -> dict[str, Any]:
    values = {c: getattr(p, c) for c in _COLUMNS}
    for c in _JSON_COLUMNS:
        values[c] = json.dumps(list(values[c]), ensure_ascii=False, separators=(",", ":"))
    return values


class ProcessorRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    def list(self) -> list[Processor]:
        rows = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM processor ORDER BY name COLLATE NOCASE, id"
        )
        return [_from_row(r) for r in rows]

    def get(self, processor_id: int) -> Processor | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM processor WHERE id = ?", (processor_id,)
        ).fetchone()
        return _from_row(row) if row else None

    def links(self) -> dict[int, tuple[int, ...]]:
        """``{processor id: ids of the processing it serves}`` for every linked processor."""
        out: dict[int, list[int]] = {}
        for processing_id, processor_id in self._d.conn.execute(
            "SELECT processing_id, processor_id FROM processing_processor "
            "ORDER BY processor_id, processing_id"
        ):
            out.setdefault(processor_id, []).append(processing_id)
        return {k: tuple(v) for k, v in out.items()}

    def processing_ids(self, processor_id: int) -> tuple[int, ...]:
        """The ids of the processing a processor serves."""
        return tuple(r[0] for r in self._d.conn.execute(
            "SELECT processing_id FROM processing_processor WHERE processor_id = ? "
            "ORDER BY processing_id", (processor_id,)))

    def save(self, p: Processor, *, label: str = "processor",
             processing_ids: Iterable[int] | None = None) -> Processor:
        """Create or update a processor, in one transaction and one undo step.

        With ``processing_ids``, the processor then serves exactly those processing (the
        links the processing editor also sets); the processing whose list changes get a new
        "last change" time.
        """
        p = p.normalised()
        blocking = errors(check_processor(p))
        wanted: tuple[int, ...] | None = None
        if processing_ids is not None:
            wanted = tuple(dict.fromkeys(processing_ids))
            known = {r[0] for r in self._d.conn.execute("SELECT id FROM processing")}
            for i, pid in enumerate(wanted):
                if pid not in known:
                    blocking.append(Finding("processor_unknown_processing",
                                            f"served_processing[{i}]", Severity.ERROR,
                                            {"id": str(pid)}))
        if blocking:
            raise ValidationError(blocking)
        now = now_text()
        before = self.get(p.id) if p.id is not None else None
        before_links = self.processing_ids(p.id) if before is not None and p.id else ()
        after = replace(p, created_at=before.created_at if before else now, updated_at=now)
        touched: dict[int, str] = {}
        with self._d.transaction():
            new_id = self._write(after)
            if wanted is not None:
                touched = self._set_links(new_id, wanted, now)
        after = replace(after, id=new_id)
        after_links = wanted if wanted is not None else before_links

        def undo() -> None:
            with self._d.transaction():
                if wanted is not None:
                    self._set_links(new_id, before_links, None, restore=touched)
                if before is not None:
                    self._write(before)
                else:
                    self._delete(new_id)

        def redo() -> None:
            with self._d.transaction():
                self._write(after)
                if wanted is not None:
                    self._set_links(new_id, after_links, now)

        self._d.undo.push(UndoEntry(label, undo, redo))
        return after

    def _set_links(self, processor_id: int, processing_ids: Iterable[int], now: str | None,
                   *, restore: dict[int, str] | None = None) -> dict[int, str]:
        """Make the processor serve exactly ``processing_ids``; the processing whose list
        changes get ``now`` as their last change (or, on undo, the time in ``restore``).
        Returns the previous last-change time of each processing changed."""
        conn = self._d.conn
        current = set(self.processing_ids(processor_id))
        wanted = set(processing_ids)
        changed = current ^ wanted
        previous = {pid: str(t) for pid, t in conn.execute(
            f"SELECT id, updated_at FROM processing WHERE id IN "
            f"({', '.join('?' * len(changed))})", sorted(changed))} if changed else {}
        conn.executemany("DELETE FROM processing_processor WHERE processing_id = ? "
                         "AND processor_id = ?", [(pid, processor_id)
                                                  for pid in sorted(current - wanted)])
        conn.executemany("INSERT INTO processing_processor (processing_id, processor_id) "
                         "VALUES (?, ?)", [(pid, processor_id)
                                           for pid in sorted(wanted - current)])
        for pid in sorted(changed):
            stamp = (restore or {}).get(pid) if now is None else now
            if stamp:
                conn.execute("UPDATE processing SET updated_at = ? WHERE id = ?", (stamp, pid))
        return previous

    def delete(self, processor_id: int, *, label: str = "delete processor") -> None:
        before = self.get(processor_id)
        if before is None:
            return
        self._delete(processor_id)
        self._d.undo.push(UndoEntry(label, lambda: self.put(before),
                                    lambda: self._delete(processor_id)))

    def put(self, p: Processor) -> None:
        """Store as given (same id, same timestamps), without undo (JSON import)."""
        self._write(p)

    def _write(self, p: Processor) -> int:
        with self._d.transaction() as conn:
            values = _to_row(p)
            if p.id is not None and conn.execute(
                "SELECT 1 FROM processor WHERE id = ?", (p.id,)
            ).fetchone():
                cols = [c for c in _COLUMNS if c != "id"]
                conn.execute(
                    f"UPDATE processor SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                    [*(values[c] for c in cols), p.id],
                )
                return p.id
            if p.id is None:
                del values["id"]
            cur = conn.execute(
                f"INSERT INTO processor ({', '.join(values)}) "
                f"VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )
            return int(cur.lastrowid or p.id or 0)

    def _delete(self, processor_id: int) -> None:
        try:
            with self._d.transaction() as conn:
                conn.execute("DELETE FROM processor WHERE id = ?", (processor_id,))
        except sqlite3.IntegrityError as exc:
            raise InUse(self._d.path, detail=str(exc)) from exc
