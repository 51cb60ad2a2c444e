"""The guide sees the registers of step 5 through the dossier: each action of processors,
consents, requests and breaches appears from the stored data and closes itself when the data
is fixed (the plan's history records when)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from assistant.content.guide import load_steps
from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import Purpose
from assistant.domain.guide.plan import ItemStatus
from assistant.domain.processing import LegalBasis, Processing
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.rights_request import Outcome, Right, RightsRequest
from assistant.store.dossier import Dossier
from assistant.store.guide_snapshot import build_snapshot

STEPS = load_steps("en")


def status_of(dossier: Dossier, key: str) -> ItemStatus | None:
    for item in dossier.guide.assess(STEPS).plan:
        if item.key == key:
            return item.status
    return None


def test_the_snapshot_carries_the_registers_of_step_5(new_dossier: Dossier) -> None:
    d = new_dossier
    d.requests.create(RightsRequest(Right.ACCESS, "2025-01-10", "Ana"))
    s = build_snapshot(d)
    assert s.requests is not None and [r.requester for r in s.requests] == ["Ana"]
    assert s.breaches == () and s.consent_gaps == {}
    assert s.now is not None and abs(s.now - utc_now()) < timedelta(minutes=1)
    moment = datetime(2025, 3, 1, 12, tzinfo=UTC)
    assert build_snapshot(d, now=moment).moment == moment


def test_a_processor_contract_action_closes_itself_once_complete(new_dossier: Dossier) -> None:
    d = new_dossier
    host = d.processors.save(Processor("Hosting Co"))
    d.register.create(Processing(name="Web shop", purposes=("Sell online",),
                                 processor_ids=(int(host.id or 0),)))
    key = f"rule:processor_without_contract:processor:{host.id}"
    assert status_of(d, key) is ItemStatus.OPEN
    d.processors.save(replace(host, contract_reference="DPA", contract_clauses=("security",)))
    assert status_of(d, key) is ItemStatus.CLEARED
    partial = f"rule:processor_contract_incomplete:processor:{host.id}"
    assert status_of(d, partial) is ItemStatus.OPEN
    d.processors.save(replace(host, contract_reference="DPA", contract_date="2025-01-01",
                              contract_clauses=ART28_CLAUSES))
    assert status_of(d, partial) is ItemStatus.CLEARED
    progress = d.guide.assess(STEPS).step(5)
    assert progress is not None
    task = next(t for t in progress.tasks if t.task.id == "processor_contracts")
    assert task.settled  # ticked by the dossier itself


def test_a_consent_processing_needs_a_purpose_and_its_wording(new_dossier: Dossier) -> None:
    d = new_dossier
    p = d.register.create(Processing(name="Newsletter", purposes=("News by email",),
                                     legal_basis=LegalBasis.CONSENT))
    no_purpose = f"rule:consent_without_purpose:processing:{p.id}"
    no_wording = f"rule:consent_without_wording:processing:{p.id}"
    assert status_of(d, no_purpose) is ItemStatus.OPEN
    purpose = d.consents.save_purpose(Purpose(None, "news2", "Monthly news",
                                              processing_id=p.id))
    assert status_of(d, no_purpose) is ItemStatus.CLEARED
    assert status_of(d, no_wording) is ItemStatus.OPEN
    d.consents.add_notice(int(purpose.id or 0), "v1", "I agree to receive the news.",
                          "2025-01-01")
    assert status_of(d, no_wording) is ItemStatus.CLEARED


def test_overdue_requests_and_breaches_until_answered_or_notified(new_dossier: Dossier) -> None:
    d = new_dossier
    late = d.requests.create(RightsRequest(Right.ERASURE, "2024-01-10", "Ana"))
    key = f"rule:request_overdue:request:{late.id}"
    assert status_of(d, key) is ItemStatus.OPEN
    d.requests.update(replace(late, answered_on="2024-02-01",
                              answer_outcome=Outcome.FULFILLED, answer_evidence="email"))
    assert status_of(d, key) is ItemStatus.CLEARED

    aware = format_utc(utc_now() - timedelta(hours=100))
    breach = d.breaches.create(Breach("Lost laptop", aware, risk_level=BreachRisk.RISK))
    key = f"rule:breach_not_notified:breach:{breach.id}"
    assert status_of(d, key) is ItemStatus.OPEN
    d.breaches.update(replace(breach, authority_notified_at=format_utc(utc_now()),
                              delay_reason="Found late"))
    assert status_of(d, key) is ItemStatus.CLEARED
