"""A repository for a register of flat records (rights requests, breaches): list, create,
update, delete with undo of every user change, and ``put`` for the JSON import.

A record's plain-dict form (from ``domain/processes_serial.py``) is its row: same keys, with
booleans as 0/1 and tuples as JSON arrays. Every change is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from assistant.domain.clock import now_text, utc_now
from assistant.domain.findings import Finding, ValidationError, errors
from assistant.store.undo_rows import snapshot_step, update_row

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


class _Record(Protocol):
    # Read-only: the records are frozen dataclasses, changed by dataclasses.replace.
    @property
    def id(self) -> int | None: ...

    @property
    def reference(self) -> str: ...

    @property
    def created_at(self) -> str: ...

    @property
    def updated_at(self) -> str: ...

    def normalised(self) -> Any: ...


T = TypeVar("T", bound=_Record)


def _q(column: str) -> str:
    """A quoted column name (``right`` is an SQL keyword)."""
    return f'"{column}"'


class RecordRepository(Generic[T]):
    table = ""
    keys: tuple[str, ...] = ()
    json_keys: frozenset[str] = frozenset()
    bool_keys: frozenset[str] = frozenset()
    prefixes: ClassVar[dict[str, str]] = {"fr": "X", "en": "X"}  # references of new records

    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier
        # What "now" is for the checks (a date in the future is refused); tests replace it.
        self.now: Callable[[], datetime] = utc_now

    # -- to implement -------------------------------------------------------------------
    def to_dict(self, record: T) -> dict[str, Any]:
        raise NotImplementedError

    def from_dict(self, d: dict[str, Any]) -> T:
        raise NotImplementedError

    def check(self, record: T) -> list[Finding]:
        raise NotImplementedError

    # -- reading ------------------------------------------------------------------------
    def _select(self) -> str:
        return f"SELECT {', '.join(_q(k) for k in self.keys)} FROM {self.table}"

    def _from_row(self, row: Iterable[Any]) -> T:
        d = dict(zip(self.keys, row, strict=True))
        for k in self.json_keys:
            d[k] = json.loads(d[k])
        for k in self.bool_keys:
            d[k] = bool(d[k])
        return self.from_dict(d)

    def _to_row(self, record: T) -> dict[str, Any]:
        d = self.to_dict(record)
        for k in self.json_keys:
            d[k] = json.dumps(list(d[k]), ensure_ascii=False, separators=(",", ":"))
        for k in self.bool_keys:
            d[k] = int(bool(d[k]))
        return d

    def list(self) -> list[T]:
        return [self._from_row(r) for r in self._d.conn.execute(f"{self._select()} ORDER BY id")]

    def get(self, record_id: int) -> T | None:
        row = self._d.conn.execute(f"{self._select()} WHERE id = ?", (record_id,)).fetchone()
        return self._from_row(row) if row else None

    def count(self) -> int:
        return int(self._d.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0])

    # -- changing -----------------------------------------------------------------------
    def validated(self, record: T) -> T:
        """The record normalised, or :class:`ValidationError` with every blocking finding."""
        record = record.normalised()
        blocking = errors(self.check(record))
        if blocking:
            raise ValidationError(blocking)
        return record

    def create(self, record: T, *, label: str = "create") -> T:
        record = self.validated(record)
        now = now_text()
        with self._d.transaction():
            new_id = self._insert(replace(record, id=None, created_at=now,  # type: ignore[type-var]
                                          updated_at=now))
            if not record.reference:
                prefix = self.prefixes.get(self._d.language, self.prefixes["fr"])
                self._d.conn.execute(f"UPDATE {self.table} SET reference = ? WHERE id = ?",
                                     (f"{prefix}-{new_id:03d}", new_id))
        created = self.get(new_id)
        assert created is not None
        self._push(label, before=[], after=[created])
        return created

    def update(self, record: T, *, label: str = "edit") -> T:
        record_id = record.id
        if record_id is None:
            raise ValueError("update() needs a record that has an id")
        record = self.validated(record)
        before = self.get(record_id)
        if before is None:
            raise KeyError(record_id)
        after = replace(record, created_at=before.created_at,  # type: ignore[type-var]
                        updated_at=now_text())
        self._restore([after])
        self._push(label, before=[before], after=[after])
        return after

    def delete(self, ids: Iterable[int], *, label: str = "delete") -> None:
        befores = [r for r in (self.get(i) for i in ids) if r is not None]
        self._remove([r.id for r in befores if r.id is not None])
        self._push(label, before=befores, after=[])

    def put(self, records: Iterable[T]) -> None:
        """Store as given (same ids, same timestamps), without undo (JSON import)."""
        self._restore(records)

    # -- internals ----------------------------------------------------------------------
    def _insert(self, record: T) -> int:
        row = self._to_row(record)
        if row["id"] is None:
            del row["id"]
        cols = list(row)
        quoted = ", ".join(_q(c) for c in cols)
        cur = self._d.conn.execute(
            f"INSERT INTO {self.table} ({quoted}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        return int(cur.lastrowid or row.get("id") or 0)

    def _restore(self, records: Iterable[T]) -> None:
        with self._d.transaction() as conn:
            for record in records:
                if not update_row(conn, self.table, self._to_row(record)):
                    self._insert(record)

    def _remove(self, ids: Iterable[int]) -> None:
        with self._d.transaction() as conn:
            conn.executemany(f"DELETE FROM {self.table} WHERE id = ?", [(i,) for i in ids])

    def _push(self, label: str, *, before: Sequence[T], after: Sequence[T]) -> None:
        self._d.undo.push(snapshot_step(label, before=before, after=after,
                                        transaction=self._d.transaction,
                                        remove=self._remove, restore=self._restore))
