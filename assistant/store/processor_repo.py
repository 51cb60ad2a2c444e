"""Processors (sous-traitants) the register links to."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from assistant.domain.clock import now_text
from assistant.domain.findings import ValidationError, errors
from assistant.domain.processor import Processor, check_processor
from assistant.store.errors import InUse
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = [f.name for f in fields(Processor)]


class ProcessorRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    def list(self) -> list[Processor]:
        rows = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM processor ORDER BY name COLLATE NOCASE, id"
        )
        return [Processor(**dict(zip(_COLUMNS, r, strict=True))) for r in rows]

    def get(self, processor_id: int) -> Processor | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM processor WHERE id = ?", (processor_id,)
        ).fetchone()
        return Processor(**dict(zip(_COLUMNS, row, strict=True))) if row else None

    def save(self, p: Processor, *, label: str = "processor") -> Processor:
        p = p.normalised()
        blocking = errors(check_processor(p))
        if blocking:
            raise ValidationError(blocking)
        now = now_text()
        before = self.get(p.id) if p.id is not None else None
        after = replace(p, created_at=before.created_at if before else now, updated_at=now)
        with self._d.transaction():
            new_id = self._write(after)
        after = replace(after, id=new_id)
        self._d.undo.push(UndoEntry(
            label,
            (lambda: self._write(before)) if before else (lambda: self._delete(new_id)),
            lambda: self._write(after),
        ))
        return after

    def delete(self, processor_id: int, *, label: str = "delete processor") -> None:
        before = self.get(processor_id)
        if before is None:
            return
        self._delete(processor_id)
        self._d.undo.push(UndoEntry(label, lambda: self._write(before),
                                    lambda: self._delete(processor_id)))

    def put(self, p: Processor) -> None:
        """Store as given (same id, same timestamps), without undo (JSON import)."""
        self._write(p)

    def _write(self, p: Processor) -> int:
        with self._d.transaction() as conn:
            values = {c: getattr(p, c) for c in _COLUMNS}
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
