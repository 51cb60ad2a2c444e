"""A rights request carried out in the consent ledger: link the person (undoable), erase them
for an erasure request or record the withdrawal of their consents, in one transaction each;
the ledger still verifies, the person is gone from search, the request shows what was done,
and refusals change nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.domain.consent import Channel, EventKind
from assistant.domain.findings import ValidationError
from assistant.domain.progress import drive
from assistant.domain.rights_request import Right, RightsRequest
from assistant.store.dossier import Dossier, open_dossier
from assistant.store.errors import DossierError
from assistant.store.verify import verify_dossier
from tests.conftest import file_digest


def erasure_request(d: Dossier) -> RightsRequest:
    return next(r for r in d.requests.list() if r.right is Right.ERASURE)


def person_with_consents(d: Dossier) -> int:
    row = d.conn.execute(
        "SELECT s.subject_id FROM consent_status s JOIN subject p ON p.id = s.subject_id "
        "WHERE s.kind = 'granted' AND p.erased_at IS NULL AND p.first_name != '' "
        "GROUP BY s.subject_id HAVING count(*) >= 2 ORDER BY s.subject_id LIMIT 1").fetchone()
    return int(row[0])


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [f.code for f in exc.value.findings]


def test_link_and_unlink_with_undo(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        request = erasure_request(d)
        rid = int(request.id or 0)
        person = d.consents.find_subject(customer_ref=request.subject_reference)
        assert person is not None
        link = d.request_links.link(rid, person.id, label="link")
        assert d.request_links.get(rid) == link and not link.acted
        d.undo.undo()
        assert d.request_links.get(rid) is None
        d.undo.redo()
        assert d.request_links.get(rid) == link
        d.request_links.unlink(rid)
        assert d.request_links.all() == {}
        d.undo.undo()
        assert d.request_links.all() == {rid: link}


def test_erasure_from_a_request(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        request = erasure_request(d)
        rid = int(request.id or 0)
        person = d.consents.find_subject(customer_ref=request.subject_reference)
        assert person is not None
        name = f"{person.identity.first_name} {person.identity.last_name}"
        assert person.id in d.consents.search(name)
        d.request_links.link(rid, person.id)
        events_before = d.consents.event_count()
        done = d.request_links.erase(rid, recorded_by="Camille Martin")

        assert done.erased_at and done.erasure_seq == events_before + 1
        assert d.request_links.get(rid) == done
        erased = d.consents.subject(person.id)
        assert erased is not None and erased.erased and not erased.identity.email
        assert person.id not in d.consents.search(name)
        assert d.consents.find_subject(customer_ref=request.subject_reference) is None
        event = d.consents.event(events_before + 1)
        assert event is not None and event.kind is EventKind.ERASED
        assert request.reference in event.evidence and "17" in event.evidence
        assert event.recorded_by == "Camille Martin"
        # nothing more can be done for it, and the link is fixed
        with pytest.raises(ValidationError) as refused:
            d.request_links.erase(rid)
        assert codes(refused) == ["request_link_already_erased"]
        with pytest.raises(ValidationError) as refused:
            d.request_links.unlink(rid)
        assert codes(refused) == ["request_link_fixed"]
        # undoing earlier changes never undoes the record of the erasure
        while d.undo.can_undo:
            d.undo.undo()
        assert d.request_links.get(rid) == done
    report = drive(verify_dossier(demo_copy))
    assert report.sound, report.problems


def test_withdrawal_from_a_request(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        sid = person_with_consents(d)
        granted = d.request_links.current_consents(sid)
        request = d.requests.create(RightsRequest(
            Right.CONSENT_WITHDRAWAL, "2025-01-06", "Someone", received_via="email"))
        rid = int(request.id or 0)
        d.request_links.link(rid, sid)
        before = d.consents.event_count()
        done = d.request_links.withdraw(rid, recorded_by="Ana")
        assert done.withdrawals == len(granted) >= 2 and done.withdrawn_at
        assert d.request_links.current_consents(sid) == []
        events = [d.consents.event(seq) for seq in range(before + 1, d.consents.event_count()
                                                          + 1)]
        assert all(e is not None and e.kind is EventKind.WITHDRAWN
                   and e.channel == Channel.EMAIL.value and request.reference in e.evidence
                   for e in events)
        assert len(events) == len(granted)
        with pytest.raises(ValidationError) as refused:
            d.request_links.withdraw(rid)
        assert codes(refused) == ["request_link_nothing_to_withdraw"]
    report = drive(verify_dossier(demo_copy))
    assert report.sound, report.problems


def test_refusals_leave_the_dossier_as_it_was(demo_copy: Path) -> None:
    with open_dossier(demo_copy) as d:
        request = erasure_request(d)
        rid = int(request.id or 0)
        access = next(r for r in d.requests.list() if r.right is Right.ACCESS)
        erased = d.conn.execute("SELECT id FROM subject WHERE erased_at IS NOT NULL "
                                "LIMIT 1").fetchone()[0]
        d.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = file_digest(demo_copy)
    with open_dossier(demo_copy) as d:
        with pytest.raises(ValidationError) as refused:
            d.request_links.erase(rid)  # not linked yet
        assert codes(refused) == ["request_link_missing"]
        with pytest.raises(ValidationError) as refused:
            d.request_links.link(rid, erased)
        assert codes(refused) == ["request_link_erased_subject"]
        with pytest.raises(ValidationError) as refused:
            d.request_links.link(rid, 10**9)
        assert codes(refused) == ["unknown_subject"]
        with pytest.raises(ValidationError) as refused:
            d.request_links.link(10**9, 1)
        assert codes(refused) == ["request_link_unknown_request"]
        with pytest.raises(ValidationError) as refused:
            d.request_links.withdraw(int(access.id or 0))
        assert codes(refused) == ["request_link_not_withdrawal", "request_link_missing"]
        assert not d.undo.can_undo
    assert file_digest(demo_copy) == digest


def test_the_erasure_and_its_record_are_one_transaction(demo_copy: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    with open_dossier(demo_copy) as d:
        request = erasure_request(d)
        rid = int(request.id or 0)
        person = d.consents.find_subject(customer_ref=request.subject_reference)
        assert person is not None
        link = d.request_links.link(rid, person.id)
        count = d.consents.event_count()

        def broken(_link: object) -> None:
            failure = sqlite3.OperationalError("disk I/O error")
            failure.sqlite_errorcode = 778  # type: ignore[attr-defined]  # SQLITE_IOERR_WRITE
            raise failure

        monkeypatch.setattr(d.request_links, "_write", broken)
        with pytest.raises(DossierError):  # said to the user as a storage error
            d.request_links.erase(rid)
        monkeypatch.undo()
        assert d.consents.event_count() == count
        assert not d.consents.subject(person.id).erased  # type: ignore[union-attr]
        assert d.request_links.get(rid) == link
        # and a request whose record changes later keeps its link
        d.requests.update(replace(request, notes="Called back"))
        assert d.request_links.get(rid) == link
