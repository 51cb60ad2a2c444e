"""The versions of the information notices a shop has published (table
``info_notice_version``): recorded word for word, never changed, undone only by the undo of
the action that recorded them. Where each kind's newest version stands against the dossier
(out of date when a processing it covers changed) is :meth:`InfoNoticeRepository.statuses`.

Not the consent wordings (``notice_version``, :mod:`assistant.store.consent_repo`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import now_text
from assistant.domain.findings import Finding, Severity, ValidationError, errors
from assistant.domain.notices.digests import input_digests
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.versions import (
    NoticeStatus,
    NoticeVersion,
    changed_parts,
    check_version,
    latest,
    text_sha256,
)
from assistant.domain.processing import ProcessingStatus
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_COLUMNS = ("id", "kind", "language", "number", "processing_ids", "text", "sha256", "inputs",
            "issued_on", "recorded_at")


def _from_row(row: Sequence[Any]) -> NoticeVersion:
    d = dict(zip(_COLUMNS, row, strict=True))
    return NoticeVersion(
        kind=NoticeKind(d["kind"]), language=d["language"], number=d["number"],
        processing_ids=tuple(json.loads(d["processing_ids"])), text=d["text"],
        sha256=d["sha256"], issued_on=d["issued_on"],
        inputs=MappingProxyType(json.loads(d["inputs"])), id=d["id"],
        recorded_at=d["recorded_at"])


class InfoNoticeRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    # -- reading ----------------------------------------------------------------------------
    def versions(self) -> list[NoticeVersion]:
        """Every version, by kind, language and number."""
        rows = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM info_notice_version "
            "ORDER BY kind, language, number")
        return [_from_row(r) for r in rows]

    def latest(self, kind: NoticeKind, language: str) -> NoticeVersion | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM info_notice_version WHERE kind = ? AND "
            "language = ? ORDER BY number DESC LIMIT 1", (kind.value, language)).fetchone()
        return _from_row(row) if row else None

    def statuses(self) -> list[NoticeStatus]:
        """The newest version of each kind and language, with what changed since in the
        dossier: the general part (organisation, contact) or processing it covers."""
        from assistant.store.notice_source import read_notice_source

        newest = latest(self.versions())
        if not newest:
            return []
        register = {p.id: p for p in self._d.register.list()}
        out = []
        for version in sorted(newest.values(), key=lambda v: (v.kind.value, v.language)):
            live = [i for i in version.processing_ids if i in register
                    and register[i].status is not ProcessingStatus.ARCHIVED]
            current = input_digests(read_notice_source(self._d, live))
            changed = changed_parts(version.inputs, current)
            names = tuple(register[int(k)].name for k in changed
                          if k.isdigit() and int(k) in register)
            out.append(NoticeStatus(version, changed, names))
        return out

    # -- writing ----------------------------------------------------------------------------
    def record(self, kind: NoticeKind, language: str, processing_ids: Iterable[int],
               text: str, inputs: dict[str, str], issued_on: dt.date, *,
               label: str = "record notice") -> NoticeVersion:
        """Record ``text`` as the version of ``kind`` in force from ``issued_on``, unless it
        is word for word the newest version already (then that one is returned)."""
        sha = text_sha256(text)
        current = self.latest(kind, language)
        if current is not None and current.sha256 == sha:
            return current
        version = NoticeVersion(
            kind=kind, language=language, number=(current.number + 1) if current else 1,
            processing_ids=tuple(processing_ids), text=text, sha256=sha,
            issued_on=issued_on.isoformat(), inputs=MappingProxyType(dict(inputs)),
            recorded_at=now_text())
        blocking = errors(check_version(version))
        if current is not None and version.issued_on < current.issued_on:
            blocking.append(Finding("notice_before_previous", "issued_on", Severity.ERROR,
                                    {"number": str(current.number),
                                     "date": current.issued_on}))
        if blocking:
            raise ValidationError(blocking)
        new_id = self._write(version)
        version = replace(version, id=new_id)

        def undo() -> None:
            self._delete(new_id)

        def redo() -> None:
            self._write(version)

        self._d.undo.push(UndoEntry(label, undo, redo))
        return version

    def put(self, version: NoticeVersion) -> None:
        """Store as given (same id, same times), without undo (JSON import)."""
        self._write(version)

    def _write(self, v: NoticeVersion) -> int:
        values = {
            "kind": v.kind.value, "language": v.language, "number": v.number,
            "processing_ids": json.dumps(list(v.processing_ids)), "text": v.text,
            "sha256": v.sha256,
            "inputs": json.dumps(dict(v.inputs), sort_keys=True, separators=(",", ":")),
            "issued_on": v.issued_on, "recorded_at": v.recorded_at,
        }
        if v.id is not None:
            values = {"id": v.id, **values}
        with self._d.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO info_notice_version ({', '.join(values)}) "
                f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
            return int(cur.lastrowid or v.id or 0)

    def _delete(self, version_id: int) -> None:
        with self._d.transaction() as conn:
            conn.execute("DELETE FROM info_notice_version WHERE id = ?", (version_id,))
