"""Identity checks and filed answers of rights requests: recorded with the request, versioned,
never changed, and round-tripped by the JSON interchange."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.domain.findings import ValidationError
from assistant.domain.request_answer import (
    AnswerFile,
    AnswerKind,
    FiledAnswer,
    IdentityMethod,
    IdentityProof,
)
from assistant.domain.rights_request import IdentityCheck, Outcome, Right, RightsRequest

SHA = "ab" * 32


def make_request(dossier, right: Right = Right.ACCESS) -> RightsRequest:  # type: ignore[no-untyped-def]
    return dossier.requests.create(RightsRequest(right, "2026-03-02", "Jan Kowalski",
                                                 requester_contact="jan@poczta.example"))


def test_an_identity_check_is_recorded_and_undone(new_dossier) -> None:  # type: ignore[no-untyped-def]
    request = make_request(new_dossier)
    rid = int(request.id or 0)
    proof = new_dossier.request_answers.record_identity(IdentityProof(
        rid, IdentityMethod.EMAIL_ON_FILE, "2026-03-03", " jan@poczta.example ", "Zoé"))
    assert proof.detail == "jan@poczta.example"
    assert new_dossier.request_answers.identity(rid) == proof
    assert new_dossier.requests.get(rid).identity_check is IdentityCheck.VERIFIED
    new_dossier.undo.undo()
    assert new_dossier.request_answers.identity(rid) is None
    assert new_dossier.requests.get(rid).identity_check is IdentityCheck.PENDING


def test_an_id_document_needs_its_reason(new_dossier) -> None:  # type: ignore[no-untyped-def]
    rid = int(make_request(new_dossier).id or 0)
    with pytest.raises(ValidationError) as caught:
        new_dossier.request_answers.record_identity(IdentityProof(
            rid, IdentityMethod.ID_DOCUMENT, "2026-03-03"))
    assert [f.code for f in caught.value.findings] == ["answer_identity_detail"]
    assert new_dossier.request_answers.identity(rid) is None


def test_answers_are_versioned_and_never_changed(new_dossier) -> None:  # type: ignore[no-untyped-def]
    request = make_request(new_dossier)
    rid = int(request.id or 0)
    repo = new_dossier.request_answers
    assert repo.next_version(rid, AnswerKind.ACCESS) == 1
    first = FiledAnswer(rid, AnswerKind.ACCESS, 1, "2026-03-04T10:00:00.000000Z", "2026-03-04",
                        "email", "fr", (AnswerFile("D-001-access-v1.pdf", SHA, 1234),), "Zoé")
    answered = RightsRequest(**{**request.__dict__, "answered_on": "2026-03-04",
                                "answer_outcome": Outcome.FULFILLED,
                                "answer_evidence": "letter v1"})
    repo.file(first, request=answered)
    assert repo.answers(rid) == [first]
    assert new_dossier.requests.get(rid).answered_on == "2026-03-04"
    assert repo.next_version(rid, AnswerKind.ACCESS) == 2
    with pytest.raises(ValidationError):  # version 1 again
        repo.file(first)
    with pytest.raises(sqlite3.IntegrityError), new_dossier.transaction() as conn:
        conn.execute("UPDATE request_answer SET channel = 'x'")
    with pytest.raises(sqlite3.IntegrityError), new_dossier.transaction() as conn:
        conn.execute("DELETE FROM request_answer")
    assert repo.answers(rid) == [first]


def test_json_round_trip_keeps_identity_and_answers(new_dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.progress import drive
    from assistant.exchange.json_dossier import export_json, import_json
    from assistant.store.dossier import open_dossier

    rid = int(make_request(new_dossier).id or 0)
    repo = new_dossier.request_answers
    repo.record_identity(IdentityProof(rid, IdentityMethod.KNOWN_ANSWER, "2026-03-03",
                                       "date of the last order", "Zoé"))
    repo.file(FiledAnswer(rid, AnswerKind.ACKNOWLEDGMENT, 1, "2026-03-03T09:00:00.000000Z",
                          "2026-03-03", "email", "fr", (AnswerFile("a.pdf", SHA, 10),), ""))
    first = tmp_path / "one.json"
    drive(export_json(new_dossier, first))
    drive(import_json(first, tmp_path / "copy.rgpd"))
    with open_dossier(tmp_path / "copy.rgpd") as copy:
        assert copy.request_answers.identity(rid) == repo.identity(rid)
        assert copy.request_answers.answers(rid) == repo.answers(rid)
        second = tmp_path / "two.json"
        drive(export_json(copy, second))
    strip = lambda text: "\n".join(x for x in text.splitlines() if "exported_at" not in x)  # noqa: E731
    assert strip(first.read_text()) == strip(second.read_text())
