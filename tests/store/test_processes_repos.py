"""Rights requests, breaches and processors' contracts in the dossier: round trips, undo, and
refusals that leave the file as it was."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.domain.breach import Breach, BreachRisk, BreachType, PeopleExemption
from assistant.domain.clock import format_utc
from assistant.domain.findings import ValidationError
from assistant.domain.processing import Processing
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.rights_request import IdentityCheck, Outcome, Right, RightsRequest
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.errors import InUse


def dump(dossier: Dossier) -> list[tuple]:
    """Every row of the area's tables (to show a refusal changed nothing)."""
    conn = dossier.conn
    return [*conn.execute("SELECT * FROM rights_request ORDER BY id"),
            *conn.execute("SELECT * FROM breach ORDER BY id"),
            *conn.execute("SELECT * FROM processor ORDER BY id"),
            *conn.execute("SELECT * FROM processing_processor ORDER BY 1, 2"),
            *conn.execute("SELECT id, updated_at FROM processing ORDER BY id")]


FULL_REQUEST = RightsRequest(
    Right.ERASURE, "2024-01-31", "Łukasz Ødegaard", requester_contact="l.o@mail.example",
    subject_reference="C-1042", received_via="email", request_text="Delete my account.\nNow.",
    identity_check=IdentityCheck.VERIFIED, extended=True, extension_reason="Many files",
    extension_told_on="2024-02-29", answered_on="2024-04-02",
    answer_outcome=Outcome.PARTIALLY_FULFILLED, answer_summary="Invoices kept (10 years).",
    answer_evidence="Registered letter 1A 234", notes="Ελληνικά, кириллица")

FULL_BREACH = Breach(
    "Ransomware on the till PC", "2025-03-29T22:30:00.000000Z",
    occurred_at="2025-03-29T03:00:00.000000Z",
    breach_types=(BreachType.AVAILABILITY, BreachType.CONFIDENTIALITY),
    what_happened="Files encrypted", data_concerned="Names, phones", people_concerned="Customers",
    people_count=420, records_count=1300, likely_consequences="Phishing",
    measures_taken="Restored from backup", risk_level=BreachRisk.HIGH, risk_reasoning="Phones",
    authority_notified_at="2025-04-02T08:00:00.000000Z", authority_reference="CNIL-1",
    delay_reason="Technician only on Wednesday", people_notified_at="2025-04-02T10:00:00.000000Z",
    people_notice="Email to each customer", people_exemption=PeopleExemption.PUBLIC_NOTICE,
    notes="…")


def test_requests_round_trip_with_references_and_undo(new_dossier: Dossier) -> None:
    d = new_dossier
    created = d.requests.create(FULL_REQUEST, label="new request")
    assert created.reference == "D-001" and created.id is not None
    assert created.created_at.endswith("Z")
    assert replace(created, id=None, reference="", created_at="", updated_at="") \
        == FULL_REQUEST
    again = d.requests.get(created.id)
    assert again == created
    edited = d.requests.update(replace(created, answer_outcome=Outcome.FULFILLED),
                               label="edit")
    assert d.requests.get(created.id) == edited
    assert d.undo.undo() == "edit"
    assert d.requests.get(created.id) == created
    assert d.undo.undo() == "new request"
    assert d.requests.list() == []
    d.undo.redo()
    d.undo.redo()
    assert d.requests.list() == [edited]
    d.requests.delete([created.id], label="delete")
    assert d.requests.count() == 0
    d.undo.undo()
    assert d.requests.list() == [edited]


def test_english_dossiers_number_in_english(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "en.rgpd", language="en") as d:
        assert d.requests.create(FULL_REQUEST).reference == "R-001"
        assert d.breaches.create(FULL_BREACH).reference == "B-001"


def test_breaches_round_trip_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        created = d.breaches.create(FULL_BREACH, label="new breach")
        assert created.reference == "V-001"
    with open_dossier(path, read_only=True) as d:
        assert d.breaches.list() == [created]
        assert d.breaches.get(created.id or 0) == created


@pytest.mark.parametrize("bad", [
    replace(FULL_REQUEST, received_on="2025-02-30"),
    replace(FULL_REQUEST, answered_on="2024-01-30"),
    replace(FULL_REQUEST, extension_told_on="2024-03-01"),
    replace(FULL_REQUEST, requester="x" * 500),
    replace(FULL_REQUEST, answer_evidence="e" * 501),
    replace(FULL_REQUEST, received_on="2999-01-01", answered_on=None),
])
def test_refused_requests_write_nothing(new_dossier: Dossier, bad: RightsRequest) -> None:
    d = new_dossier
    d.requests.create(FULL_REQUEST)
    before, undo = dump(d), d.undo.undo_label
    with pytest.raises(ValidationError) as caught:
        d.requests.create(bad)
    assert caught.value.findings
    with pytest.raises(ValidationError):
        d.requests.update(replace(bad, id=1))
    assert dump(d) == before and d.undo.undo_label == undo


@pytest.mark.parametrize("bad", [
    replace(FULL_BREACH, authority_notified_at="2025-03-29T22:29:59.000000Z"),
    replace(FULL_BREACH, occurred_at="2025-03-30T00:00:00.000000Z"),
    replace(FULL_BREACH, aware_at="2025-02-30T10:00:00Z"),
    replace(FULL_BREACH, delay_reason=""),
    replace(FULL_BREACH, summary="s" * 500),
    replace(FULL_BREACH, aware_at=format_utc(datetime.now(UTC) + timedelta(days=1)),
            occurred_at=None, authority_notified_at=None, people_notified_at=None),
])
def test_refused_breaches_write_nothing(new_dossier: Dossier, bad: Breach) -> None:
    d = new_dossier
    d.breaches.create(FULL_BREACH)
    before = dump(d)
    with pytest.raises(ValidationError):
        d.breaches.create(bad)
    assert dump(d) == before


def test_the_schema_refuses_what_the_domain_refuses(new_dossier: Dossier) -> None:
    conn = new_dossier.conn
    now = "2025-01-01T00:00:00.000000Z"
    for sql, values in (
        ("INSERT INTO rights_request (\"right\", requester, received_on, created_at, "
         "updated_at) VALUES (?, ?, ?, ?, ?)", ("access", "A", "31/01/2025", now, now)),
        ("INSERT INTO rights_request (\"right\", requester, received_on, answered_on, "
         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
         ("access", "A", "2025-01-31", "2025-01-30", now, now)),
        ("INSERT INTO rights_request (\"right\", requester, received_on, created_at, "
         "updated_at) VALUES (?, ?, ?, ?, ?)", ("gossip", "A", "2025-01-31", now, now)),
        ("INSERT INTO breach (summary, aware_at, risk_level, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, ?)", ("B", now, "medium", now, now)),
        ("INSERT INTO processor (name, contract_date, created_at, updated_at) "
         "VALUES (?, ?, ?, ?)", ("P", "soon", now, now)),
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, values)


def test_processor_contract_round_trip_and_links_with_one_undo(new_dossier: Dossier) -> None:
    d = new_dossier
    a = d.register.create(Processing(name="Customers"))
    b = d.register.create(Processing(name="Newsletter"))
    stamp_b = b.updated_at
    p = d.processors.save(Processor("Host", contract_reference="DPA v3",
                                    contract_date="2024-02-29",
                                    contract_clauses=("audits", "instructions"),
                                    transfer_countries="United States",
                                    transfer_safeguard="eu_us_dpf"),
                          label="new processor", processing_ids=[a.id or 0])
    assert p.contract_clauses == ("instructions", "audits")
    assert d.processors.get(p.id or 0) == p
    assert d.processors.links() == {p.id: (a.id,)}
    assert d.register.get(a.id or 0).processor_ids == (p.id,)  # type: ignore[union-attr]

    before = dump(d)
    changed = d.processors.save(replace(p, contract_clauses=ART28_CLAUSES), label="edit",
                                processing_ids=[b.id or 0])
    assert d.processors.processing_ids(p.id or 0) == (b.id,)
    assert d.register.get(b.id or 0).updated_at != stamp_b  # type: ignore[union-attr]
    assert d.processors.get(p.id or 0) == changed
    assert d.undo.undo() == "edit"
    assert dump(d) == before  # contract, links and the processing's last change all back
    d.undo.redo()
    assert d.processors.processing_ids(p.id or 0) == (b.id,)
    d.undo.undo()
    assert d.undo.undo() == "new processor"
    assert d.processors.list() == [] and d.processors.links() == {}


def test_saving_without_processing_ids_keeps_the_links(new_dossier: Dossier) -> None:
    d = new_dossier
    a = d.register.create(Processing(name="Customers"))
    p = d.processors.save(Processor("Host"), processing_ids=[a.id or 0])
    d.processors.save(replace(p, notes="renamed"))
    assert d.processors.links() == {p.id: (a.id,)}


def test_unknown_processing_is_refused(new_dossier: Dossier) -> None:
    d = new_dossier
    before = dump(d)
    with pytest.raises(ValidationError) as caught:
        d.processors.save(Processor("Host"), processing_ids=[999])
    assert caught.value.findings[0].code == "processor_unknown_processing"
    assert dump(d) == before


def test_deleting_a_processor_in_use_is_refused(new_dossier: Dossier) -> None:
    d = new_dossier
    p = d.processors.save(Processor("Host"))
    d.register.create(Processing(name="Customers", processor_ids=(p.id or 0,)))
    before = dump(d)
    with pytest.raises(InUse):
        d.processors.delete(p.id or 0)
    assert dump(d) == before
