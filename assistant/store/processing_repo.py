"""The register of processing activities, with undo of every user change."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import now_text
from assistant.domain.findings import Finding, Severity, ValidationError, errors
from assistant.domain.processing import (
    Processing,
    ProcessingStatus,
    check_processing,
    duplicate_name,
)
from assistant.domain.serial import processing_from_dict, processing_to_dict
from assistant.store.errors import InUse
from assistant.store.undo_rows import snapshot_step, update_row

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_JSON_COLUMNS = (
    "purposes", "sub_purposes", "data_subjects", "data_categories", "retention",
    "recipients", "transfers", "security_measures", "data_subject_details",
)
_TEXT_COLUMNS = (
    "reference", "name", "status", "legal_basis", "legal_basis_detail", "art9_condition",
    "data_source", "data_source_detail", "joint_controller", "template_id", "notes",
    "created_at", "updated_at",
)
_FLAG_COLUMNS = ("no_transfer_confirmed",)
_COLUMNS = ("id", *_TEXT_COLUMNS, *_JSON_COLUMNS, *_FLAG_COLUMNS)


def _to_row(p: Processing) -> dict[str, Any]:
    d = processing_to_dict(p)
    row = {c: d[c] for c in ("id", *_TEXT_COLUMNS)}
    for c in _JSON_COLUMNS:
        row[c] = json.dumps(d[c], ensure_ascii=False, separators=(",", ":"))
    for c in _FLAG_COLUMNS:
        row[c] = int(bool(d[c]))
    return row


def _from_row(row: Sequence[Any], processor_ids: Iterable[int]) -> Processing:
    d = dict(zip(_COLUMNS, row, strict=True))
    for c in _JSON_COLUMNS:
        d[c] = json.loads(d[c])
    for c in _FLAG_COLUMNS:
        d[c] = bool(d[c])
    d["processors"] = list(processor_ids)
    return processing_from_dict(d)


class ProcessingRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    # -- reading ------------------------------------------------------------------------
    def list(self, *, include_archived: bool = True) -> list[Processing]:
        conn = self._d.conn
        links: dict[int, list[int]] = {}
        for pid, proc in conn.execute(
            "SELECT processing_id, processor_id FROM processing_processor "
            "ORDER BY processing_id, processor_id"
        ):
            links.setdefault(pid, []).append(proc)
        where = "" if include_archived else "WHERE status != 'archived'"
        rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM processing {where} ORDER BY id")
        return [_from_row(r, links.get(r[0], ())) for r in rows]

    def get(self, processing_id: int) -> Processing | None:
        conn = self._d.conn
        row = conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM processing WHERE id = ?", (processing_id,)
        ).fetchone()
        if row is None:
            return None
        procs = [r[0] for r in conn.execute(
            "SELECT processor_id FROM processing_processor WHERE processing_id = ? "
            "ORDER BY processor_id", (processing_id,))]
        return _from_row(row, procs)

    def count(self) -> dict[ProcessingStatus, int]:
        counts = dict.fromkeys(ProcessingStatus, 0)
        for status, n in self._d.conn.execute(
            "SELECT status, count(*) FROM processing GROUP BY status"
        ):
            counts[ProcessingStatus(status)] = n
        return counts

    # -- changing -----------------------------------------------------------------------
    def create(self, p: Processing, *, label: str = "create") -> Processing:
        p = self._validated(p)
        now = now_text()
        with self._d.transaction():
            new_id = self._insert(replace(p, id=None, created_at=now, updated_at=now))
            if not p.reference:
                self._d.conn.execute(
                    "UPDATE processing SET reference = ? WHERE id = ?",
                    (f"T-{new_id:03d}", new_id),
                )
        created = self.get(new_id)
        assert created is not None
        self._push(label, before=[], after=[created])
        return created

    def update(self, p: Processing, *, label: str = "edit") -> Processing:
        processing_id = p.id
        if processing_id is None:
            raise ValueError("update() needs a processing that has an id")
        p = self._validated(p)
        before = self.get(processing_id)
        if before is None:
            raise KeyError(processing_id)
        after = replace(p, created_at=before.created_at, updated_at=now_text())
        self._restore([after])
        self._push(label, before=[before], after=[after])
        return after

    def set_status(self, ids: Iterable[int], status: ProcessingStatus, *,
                   label: str = "status") -> None:
        befores = [p for p in (self.get(i) for i in ids) if p is not None]
        now = now_text()
        afters = [replace(p, status=status, updated_at=now) for p in befores]
        with self._d.transaction() as conn:
            if status is ProcessingStatus.ARCHIVED:  # remembered for unarchive()
                conn.executemany(
                    "INSERT OR REPLACE INTO processing_archived_from (processing_id, status) "
                    "VALUES (?, ?)", [(p.id, p.status.value) for p in befores
                                      if p.status is not ProcessingStatus.ARCHIVED])
            self._restore(afters)
        self._push(label, before=befores, after=afters)

    def unarchive(self, ids: Iterable[int], *, label: str = "restore") -> None:
        """Archived processing back to the status they had when archived (in progress if
        that is not known)."""
        befores = [p for p in (self.get(i) for i in ids) if p is not None]
        were = dict(self._d.conn.execute(
            "SELECT processing_id, status FROM processing_archived_from").fetchall())
        now = now_text()
        afters = [replace(p, status=ProcessingStatus(were.get(p.id, "active")), updated_at=now)
                  if p.status is ProcessingStatus.ARCHIVED else p for p in befores]
        self._restore(afters)
        self._push(label, before=befores, after=afters)

    def delete(self, ids: Iterable[int], *, label: str = "delete") -> None:
        befores = [p for p in (self.get(i) for i in ids) if p is not None]
        self._remove([p.id for p in befores if p.id is not None])
        self._push(label, before=befores, after=[])

    def duplicate(self, processing_id: int, *, suffix: str = "copy",
                  label: str = "duplicate") -> Processing:
        original = self.get(processing_id)
        if original is None:
            raise KeyError(processing_id)
        names = [p.name for p in self.list()]
        copy = replace(original, id=None, reference="", status=ProcessingStatus.DRAFT,
                       name=duplicate_name(original.name, names, suffix))
        return self.create(copy, label=label)

    def put(self, snapshots: Iterable[Processing]) -> None:
        """Store as given (same ids, same timestamps), without undo (JSON import)."""
        self._restore(snapshots)

    # -- internals ----------------------------------------------------------------------
    def _validated(self, p: Processing) -> Processing:
        p = p.normalised()
        found = errors(check_processing(p))
        known = {r[0] for r in self._d.conn.execute("SELECT id FROM processor")}
        for i, pid in enumerate(p.processor_ids):
            if pid not in known:
                found.append(Finding("unknown_processor", f"processors[{i}]", Severity.ERROR,
                                     {"id": str(pid)}))
        if found:
            raise ValidationError(found)
        return p

    def _insert(self, p: Processing) -> int:
        row = _to_row(p)
        if row["id"] is None:
            del row["id"]
        cols = list(row)
        cur = self._d.conn.execute(
            f"INSERT INTO processing ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        new_id = int(cur.lastrowid or row.get("id") or 0)
        self._d.conn.executemany(
            "INSERT INTO processing_processor (processing_id, processor_id) VALUES (?, ?)",
            [(new_id, pid) for pid in p.processor_ids],
        )
        return new_id

    def _restore(self, snapshots: Iterable[Processing]) -> None:
        """Write each snapshot as it was (same id), inserting or updating."""
        with self._d.transaction() as conn:
            for p in snapshots:
                if not update_row(conn, "processing", _to_row(p)):
                    self._insert(p)
                    continue
                conn.execute("DELETE FROM processing_processor WHERE processing_id = ?", (p.id,))
                conn.executemany(
                    "INSERT INTO processing_processor (processing_id, processor_id) "
                    "VALUES (?, ?)",
                    [(p.id, pid) for pid in p.processor_ids],
                )

    def _remove(self, ids: Iterable[int]) -> None:
        try:
            with self._d.transaction() as conn:
                conn.executemany("DELETE FROM processing WHERE id = ?", [(i,) for i in ids])
        except sqlite3.IntegrityError as exc:
            raise InUse(self._d.path, detail=str(exc)) from exc

    def _push(self, label: str, *, before: Sequence[Processing],
              after: Sequence[Processing]) -> None:
        self._d.undo.push(snapshot_step(label, before=before, after=after,
                                        transaction=self._d.transaction,
                                        remove=self._remove, restore=self._restore))
