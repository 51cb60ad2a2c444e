"""What the repositories of rows with ids (the register, requests, breaches) share for undo:
one undo step from the records as they were and as they are, and writing a record back over
its row.

A step puts back ``before`` and removes what ``after`` added (undo), or the other way round
(redo), each in one transaction. The repository says how to remove rows and how to write
records back: the register also rewrites each processing's links to its processors.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from assistant.store.undo import UndoEntry


class _WithId(Protocol):
    @property
    def id(self) -> int | None: ...


def snapshot_step(label: str, *, before: Sequence[_WithId], after: Sequence[_WithId],
                  transaction: Callable[[], AbstractContextManager[Any]],
                  remove: Callable[[list[int]], None],
                  restore: Callable[[Sequence[Any]], None]) -> UndoEntry:
    """The undo step of a change that turned the records ``before`` into ``after`` (a
    creation has nothing before, a deletion nothing after)."""
    before_ids = {r.id for r in before if r.id is not None}
    after_ids = {r.id for r in after if r.id is not None}

    def undo() -> None:
        with transaction():
            remove(sorted(after_ids - before_ids))
            restore(before)

    def redo() -> None:
        with transaction():
            remove(sorted(before_ids - after_ids))
            restore(after)

    return UndoEntry(label, undo, redo)


def update_row(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> bool:
    """Write ``row`` over the row of ``table`` with its id; False when there is no such row
    (the caller inserts it)."""
    if not conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row["id"],)).fetchone():
        return False
    cols = [c for c in row if c != "id"]
    conn.execute(f"UPDATE {table} SET {', '.join(f'{_quoted(c)} = ?' for c in cols)} "
                 "WHERE id = ?", [*(row[c] for c in cols), row["id"]])
    return True


def _quoted(column: str) -> str:
    """A quoted column name (``right`` is an SQL keyword)."""
    return f'"{column}"'
