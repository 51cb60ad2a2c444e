"""The answers to rights requests: how the requester's identity was checked (GDPR Art. 12(6))
and every answer filed with its request (kind, version, files with their SHA-256, the day it
was sent and the channel).

Recording an identity check is a user change with undo; it also marks the request's identity
as confirmed. Filing an answer is not undoable (it is the proof of what was sent, like the
ledger's events); in the same transaction, the request gets what the answer says: the day it
was answered, the outcome and the proof for a final answer, the extension and its date for an
extension letter. That change of the request is itself an edit with undo.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.domain.findings import Finding, Severity, ValidationError, errors
from assistant.domain.request_answer import (
    AnswerFile,
    AnswerKind,
    FiledAnswer,
    IdentityMethod,
    IdentityProof,
    check_identity,
)
from assistant.domain.rights_request import IdentityCheck, RightsRequest
from assistant.domain.text import normalise
from assistant.store.undo import UndoEntry

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_IDENTITY = ("request_id", "method", "detail", "checked_on", "checked_by")
_ANSWER = ("request_id", "kind", "version", "written_at", "sent_on", "channel", "language",
           "files", "recorded_by")


def _proof(row: Iterable[Any]) -> IdentityProof:
    rid, method, detail, checked_on, by = row
    return IdentityProof(rid, IdentityMethod(method), checked_on, detail, by)


def _answer(row: Iterable[Any]) -> FiledAnswer:
    rid, kind, version, written, sent, channel, lang, files, by = row
    return FiledAnswer(rid, AnswerKind(kind), version, written, sent, channel, lang,
                       tuple(AnswerFile(f["name"], f["sha256"], f["size"])
                             for f in json.loads(files)), by)


def files_json(files: Iterable[AnswerFile]) -> str:
    return json.dumps([{"name": f.name, "sha256": f.sha256, "size": f.size} for f in files],
                      ensure_ascii=False, separators=(",", ":"))


class RequestAnswerRepository:
    def __init__(self, dossier: Dossier) -> None:
        self._d = dossier

    # -- identity checks ------------------------------------------------------------------
    def identity(self, request_id: int) -> IdentityProof | None:
        row = self._d.conn.execute(
            f"SELECT {', '.join(_IDENTITY)} FROM request_identity WHERE request_id = ?",
            (request_id,)).fetchone()
        return _proof(row) if row else None

    def identities(self) -> dict[int, IdentityProof]:
        return {r[0]: _proof(r) for r in self._d.conn.execute(
            f"SELECT {', '.join(_IDENTITY)} FROM request_identity ORDER BY request_id")}

    def record_identity(self, proof: IdentityProof, *, label: str = "identity") -> IdentityProof:
        """Record how the identity was checked and mark the request's identity confirmed."""
        proof = replace(proof, detail=normalise(proof.detail),
                        checked_by=normalise(proof.checked_by))
        request = self._d.requests.get(proof.request_id)
        found = check_identity(proof)
        if request is None:
            found.append(Finding("request_link_unknown_request", "", Severity.ERROR,
                                 {"id": str(proof.request_id)}))
        if errors(found):
            raise ValidationError(errors(found))
        assert request is not None
        before = (self.identity(proof.request_id), request.identity_check)

        def put(state: tuple[IdentityProof | None, IdentityCheck]) -> None:
            saved, check = state
            with self._d.transaction() as conn:
                if saved is None:
                    conn.execute("DELETE FROM request_identity WHERE request_id = ?",
                                 (proof.request_id,))
                else:
                    self._write_identity(saved)
                conn.execute("UPDATE rights_request SET identity_check = ? WHERE id = ?",
                             (check.value, proof.request_id))

        after = (proof, IdentityCheck.VERIFIED)
        put(after)
        self._d.undo.push(UndoEntry(label, lambda: put(before), lambda: put(after)))
        return proof

    def _write_identity(self, proof: IdentityProof) -> None:
        self._d.conn.execute(
            f"INSERT INTO request_identity ({', '.join(_IDENTITY)}) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (request_id) DO UPDATE SET method = excluded.method, "
            "detail = excluded.detail, checked_on = excluded.checked_on, "
            "checked_by = excluded.checked_by",
            (proof.request_id, proof.method.value, proof.detail, proof.checked_on,
             proof.checked_by))

    # -- filed answers --------------------------------------------------------------------
    def answers(self, request_id: int, kind: AnswerKind | None = None) -> list[FiledAnswer]:
        """The answers filed for a request (of one kind), oldest first."""
        sql = f"SELECT {', '.join(_ANSWER)} FROM request_answer WHERE request_id = ?"
        args: tuple[Any, ...] = (request_id,)
        if kind is not None:
            sql += " AND kind = ?"
            args += (kind.value,)
        return [_answer(r) for r in self._d.conn.execute(
            sql + " ORDER BY written_at, kind, version", args)]

    def all(self) -> dict[int, list[FiledAnswer]]:
        out: dict[int, list[FiledAnswer]] = {}
        for row in self._d.conn.execute(f"SELECT {', '.join(_ANSWER)} FROM request_answer "
                                        "ORDER BY request_id, written_at, kind, version"):
            answer = _answer(row)
            out.setdefault(answer.request_id, []).append(answer)
        return out

    def next_version(self, request_id: int, kind: AnswerKind) -> int:
        row = self._d.conn.execute(
            "SELECT coalesce(max(version), 0) FROM request_answer WHERE request_id = ? "
            "AND kind = ?", (request_id, kind.value)).fetchone()
        return int(row[0]) + 1

    def file(self, answer: FiledAnswer, *, request: RightsRequest | None = None,
             label: str = "answer") -> FiledAnswer:
        """File ``answer`` (its version must be the next one of its kind) and, in the same
        transaction, save ``request`` as the answer changed it (None: unchanged)."""
        with self._d.transaction():
            expected = self.next_version(answer.request_id, answer.kind)
            if answer.version != expected:
                raise ValidationError([Finding("answer_version_taken", "",
                                               Severity.ERROR,
                                               {"version": str(answer.version),
                                                "expected": str(expected)})])
            self._insert(answer)
            if request is not None:
                self._d.requests.update(request, label=label)
        return answer

    def put_identity(self, proof: IdentityProof) -> None:
        """Store as given, without undo (JSON import)."""
        with self._d.transaction():
            self._write_identity(proof)

    def put_answer(self, answer: FiledAnswer) -> None:
        """Store as given, without undo (JSON import)."""
        with self._d.transaction():
            self._insert(answer)

    def _insert(self, a: FiledAnswer) -> None:
        self._d.conn.execute(
            f"INSERT INTO request_answer ({', '.join(_ANSWER)}) "
            f"VALUES ({', '.join('?' * len(_ANSWER))})",
            (a.request_id, a.kind.value, a.version, a.written_at, a.sent_on, a.channel,
             a.language, files_json(a.files), a.recorded_by))
