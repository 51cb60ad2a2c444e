"""One undo step from the records before and after a change: undo puts back what was there
and removes what the change added; redo does the reverse; each runs in one transaction."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.store.undo_rows import snapshot_step, update_row


@dataclass(frozen=True)
class Row:
    id: int | None
    text: str


class Table:
    def __init__(self, rows: dict[int, str]) -> None:
        self.rows = dict(rows)
        self.transactions = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.transactions += 1
        yield

    def remove(self, ids: list[int]) -> None:
        for i in ids:
            del self.rows[i]

    def restore(self, records: Sequence[Row]) -> None:
        for r in records:
            assert r.id is not None
            self.rows[r.id] = r.text


def step(table: Table, before: list[Row], after: list[Row]):  # type: ignore[no-untyped-def]
    return snapshot_step("change", before=before, after=after, transaction=table.transaction,
                         remove=table.remove, restore=table.restore)


def test_a_creation_undone_and_redone() -> None:
    table = Table({1: "a", 2: "new"})
    entry = step(table, [], [Row(2, "new")])
    entry.undo()
    assert table.rows == {1: "a"}
    entry.redo()
    assert table.rows == {1: "a", 2: "new"}
    assert table.transactions == 2 and entry.label == "change"


def test_an_edit_and_a_deletion_undone_and_redone() -> None:
    table = Table({1: "b"})
    edit = step(table, [Row(1, "a")], [Row(1, "b")])
    edit.undo()
    assert table.rows == {1: "a"}
    edit.redo()
    assert table.rows == {1: "b"}
    table.rows.clear()
    deletion = step(table, [Row(1, "b"), Row(3, "c")], [])
    deletion.undo()
    assert table.rows == {1: "b", 3: "c"}
    deletion.redo()
    assert table.rows == {}


def test_update_row_writes_over_an_existing_row_only() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, "right" TEXT)')  # a keyword column
    conn.execute("INSERT INTO t VALUES (1, 'access')")
    assert update_row(conn, "t", {"id": 1, "right": "erasure"})
    assert not update_row(conn, "t", {"id": 2, "right": "access"})
    assert conn.execute("SELECT id, \"right\" FROM t").fetchall() == [(1, "erasure")]
