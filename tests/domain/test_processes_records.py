"""Checks of rights requests, breaches and processors' contracts: what is refused, what is a
gap, and the words each finding gets in both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from assistant.content.loader import load_vocabularies
from assistant.content.messages import messages
from assistant.content.processes import load_rules
from assistant.domain.breach import (
    Breach,
    BreachRisk,
    BreachType,
    PeopleExemption,
    check_breach,
)
from assistant.domain.findings import Severity
from assistant.domain.processes_serial import (
    breach_from_dict,
    breach_to_dict,
    request_from_dict,
    request_to_dict,
)
from assistant.domain.processor import ART28_CLAUSES, Processor, check_processor
from assistant.domain.processor_contract import (
    contract_gaps,
    incomplete_processors,
    missing_clauses,
    processing_by_processor,
)
from assistant.domain.rights_request import (
    IdentityCheck,
    Outcome,
    Right,
    RightsRequest,
    check_request,
)
from assistant.domain.serial import processor_from_dict, processor_to_dict

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 12, tzinfo=UTC)


def codes(findings: list, severity: Severity | None = None) -> list[str]:
    return [f.code for f in findings if severity is None or f.severity is severity]


def req(**kw: object) -> RightsRequest:
    values: dict[str, object] = {"right": Right.ACCESS, "received_on": "2025-01-31",
                                 "requester": "Jeanne Martin",
                                 "identity_check": IdentityCheck.VERIFIED}
    values.update(kw)
    return RightsRequest(**values)  # type: ignore[arg-type]


def test_a_plain_request_has_no_error() -> None:
    assert codes(check_request(req(), TODAY), Severity.ERROR) == []


@pytest.mark.parametrize("changes,field,code", [
    ({"received_on": "2025-02-30"}, "received_on", "processes_invalid_date"),
    ({"received_on": "31/01/2025"}, "received_on", "processes_invalid_date"),
    ({"received_on": ""}, "received_on", "required"),
    ({"received_on": "2025-03-11"}, "received_on", "processes_date_in_future"),
    ({"answered_on": "2025-01-30"}, "answered_on", "request_answer_before_receipt"),
    ({"answered_on": "2025-02-29"}, "answered_on", "processes_invalid_date"),
    ({"requester": ""}, "requester", "required"),
    ({"requester": "x" * 500}, "requester", "too_long"),
    ({"requester_contact": "x" * 501}, "requester_contact", "too_long"),
    ({"requester": "Jean\u202eDupont"}, "requester", "forbidden_character"),
    ({"extended": True, "extension_told_on": "2025-02-10"}, "extension_reason",
     "request_extension_reason"),
    ({"extended": True, "extension_reason": "many"}, "extension_told_on",
     "request_extension_not_told"),
    ({"extended": True, "extension_reason": "many", "extension_told_on": "2025-03-01"},
     "extension_told_on", "request_extension_too_late"),
    ({"extension_told_on": "2025-01-30"}, "extension_told_on", "request_told_before_receipt"),
    ({"answer_outcome": Outcome.FULFILLED}, "answered_on", "request_outcome_without_date"),
])
def test_refused_requests_name_the_field(changes: dict, field: str, code: str) -> None:
    found = [f for f in check_request(req(**changes), TODAY) if f.severity is Severity.ERROR]
    assert (field, code) in [(f.field, f.code) for f in found]


def test_an_extension_too_late_says_why_in_words() -> None:
    r = req(extended=True, extension_reason="Archives", extension_told_on="2025-03-01")
    finding = next(f for f in check_request(r) if f.code == "request_extension_too_late")
    assert finding.params == {"told": "2025-03-01", "due": "2025-02-28"}
    text = messages("en").finding_with_field(finding)
    assert "2025-03-01" in text and "2025-02-28" in text and "Art. 12(3)" in text
    assert "premier mois" in messages("fr").finding(finding)


def test_told_on_the_last_day_of_the_first_month_is_in_time() -> None:
    r = req(extended=True, extension_reason="Archives", extension_told_on="2025-02-28")
    assert codes(check_request(r, TODAY), Severity.ERROR) == []


def test_request_warnings() -> None:
    gaps = codes(check_request(req(right=Right.OTHER, identity_check=IdentityCheck.PENDING)))
    assert "request_other_right" in gaps and "request_identity_pending" in gaps
    answered = req(answered_on="2025-03-05", answer_outcome=Outcome.REFUSED)
    gaps = codes(check_request(answered, TODAY))
    assert {"request_missing_evidence", "request_refusal_reasons",
            "request_answered_late"} <= set(gaps)
    late = next(f for f in check_request(answered) if f.code == "request_answered_late")
    assert late.params == {"days": "5", "due": "2025-02-28"}
    extended = req(extended=True, extension_reason="Archives", extension_told_on="2025-02-20",
                   answered_on="2025-03-05", answer_outcome=Outcome.FULFILLED,
                   answer_evidence="mail")
    assert codes(check_request(extended, TODAY)) == []


def test_no_today_no_future_check() -> None:
    assert codes(check_request(req(received_on="2099-01-01")), Severity.ERROR) == []


def test_normalised_trims_and_empties() -> None:
    r = req(requester="  Jeanne  ", answered_on="  ", extension_told_on="").normalised()
    assert r.requester == "Jeanne" and r.answered_on is None and r.extension_told_on is None


def br(**kw: object) -> Breach:
    values: dict[str, object] = {"summary": "Lost USB stick",
                                 "aware_at": "2025-03-08T09:00:00.000000Z",
                                 "breach_types": (BreachType.CONFIDENTIALITY,)}
    values.update(kw)
    return Breach(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("changes,field,code", [
    ({"aware_at": ""}, "aware_at", "required"),
    ({"aware_at": "2025-02-30T10:00:00Z"}, "aware_at", "processes_invalid_moment"),
    ({"aware_at": "2025-03-08 09:00"}, "aware_at", "processes_invalid_moment"),
    ({"aware_at": "2025-03-10T12:06:00Z"}, "aware_at", "processes_moment_in_future"),
    ({"occurred_at": "2025-03-08T09:00:01Z"}, "occurred_at", "breach_occurred_after_awareness"),
    ({"authority_notified_at": "2025-03-08T08:59:59Z"}, "authority_notified_at",
     "breach_notified_before_awareness"),
    ({"people_notified_at": "2025-03-01T00:00:00Z"}, "people_notified_at",
     "breach_notified_before_awareness"),
    ({"authority_notified_at": "2025-03-11T09:00:01Z"}, "authority_notified_at",
     "processes_moment_in_future"),
    ({"risk_level": BreachRisk.RISK, "authority_notified_at": "2025-03-11T09:00:01Z"},
     "delay_reason", "breach_delay_reason_required"),
    ({"summary": "s" * 500}, "summary", "too_long"),
    ({"people_count": -1}, "people_count", "processes_count_out_of_range"),
    ({"authority_reference": "r" * 501}, "authority_reference", "too_long"),
])
def test_refused_breaches_name_the_field(changes: dict, field: str, code: str) -> None:
    now = NOW if code != "breach_delay_reason_required" else None
    found = [f for f in check_breach(br(**changes), now) if f.severity is Severity.ERROR]
    assert (field, code) in [(f.field, f.code) for f in found]


def test_a_late_notification_with_its_reason_is_accepted() -> None:
    late = br(risk_level=BreachRisk.RISK, authority_notified_at="2025-03-12T10:00:00Z",
              delay_reason="The provider told us only on the 11th.")
    assert codes(check_breach(late), Severity.ERROR) == []
    exactly = br(risk_level=BreachRisk.RISK, authority_notified_at="2025-03-11T09:00:00Z")
    assert codes(check_breach(exactly), Severity.ERROR) == []
    finding = next(f for f in check_breach(br(risk_level=BreachRisk.RISK,
                                              authority_notified_at="2025-03-12T10:00:00Z"))
                   if f.code == "breach_delay_reason_required")
    assert finding.params == {"hours": "97"}


def test_breach_warnings_follow_the_risk() -> None:
    assert "breach_risk_unassessed" in codes(check_breach(br()))
    unlikely = codes(check_breach(br(risk_level=BreachRisk.UNLIKELY)))
    assert "breach_missing_reasoning" in unlikely
    assert "breach_authority_not_notified" not in unlikely
    assert "breach_needed_for_notification" not in unlikely
    risky = check_breach(br(risk_level=BreachRisk.HIGH, risk_reasoning="health data"))
    assert "breach_authority_not_notified" in codes(risky)
    assert "breach_people_not_told" in codes(risky)
    needed = {f.field for f in risky if f.code == "breach_needed_for_notification"}
    assert needed == {"what_happened", "data_concerned", "people_concerned", "people_count",
                      "likely_consequences", "measures_taken"}
    exempt = br(risk_level=BreachRisk.HIGH, people_exemption=PeopleExemption.PUBLIC_NOTICE)
    assert "breach_people_not_told" not in codes(check_breach(exempt))


def test_serial_round_trips() -> None:
    r = req(extended=True, extension_reason="x", extension_told_on="2025-02-01",
            answer_outcome=Outcome.NO_DATA, answered_on="2025-02-02", id=4)
    assert request_from_dict(request_to_dict(r)) == r
    b = br(id=2, people_count=3, risk_level=BreachRisk.HIGH,
           people_exemption=PeopleExemption.PROTECTED,
           breach_types=(BreachType.INTEGRITY, BreachType.AVAILABILITY))
    assert breach_from_dict(breach_to_dict(b)) == b
    assert breach_to_dict(b)["breach_types"] == ["integrity", "availability"]


def test_processor_contract_fields() -> None:
    p = Processor("Host", contract_reference="DPA", contract_date="2024-02-30",
                  contract_clauses=("audits", "made_up"))
    found = check_processor(p)
    assert ("contract_date", "processes_invalid_date") in [(f.field, f.code) for f in found]
    assert ("contract_clauses[1]", "processor_unknown_clause") in [(f.field, f.code)
                                                                    for f in found]
    assert processor_from_dict(processor_to_dict(p)) == p
    # An export written before the contract fields existed still reads.
    assert processor_from_dict({"id": 1, "name": "Old"}).contract_clauses == ()


def test_normalised_keeps_the_articles_order() -> None:
    p = Processor("Host", contract_clauses=("audits", "instructions", "audits")).normalised()
    assert p.contract_clauses == ("instructions", "audits")


def test_contract_gaps() -> None:
    none = contract_gaps(Processor("Host"))
    assert codes(none) == ["processor_missing_contract"]
    partial = Processor("Host", contract_reference="Terms", contract_clauses=("security",))
    gaps = contract_gaps(partial)
    assert codes(gaps).count("processor_missing_clause") == len(ART28_CLAUSES) - 1
    assert "processor_missing_contract_date" in codes(gaps)
    assert missing_clauses(partial)[0] == "subject_matter"
    complete = Processor("Host", contract_reference="DPA", contract_date="2024-01-01",
                         contract_clauses=ART28_CLAUSES)
    assert contract_gaps(complete) == []
    us = Processor("Stats", contract_reference="DPA", contract_date="2024-01-01",
                   contract_clauses=ART28_CLAUSES, transfer_countries="United States")
    assert codes(contract_gaps(us)) == ["processor_transfer_safeguard"]
    shield = Processor("Stats", contract_reference="DPA", contract_date="2024-01-01",
                       contract_clauses=ART28_CLAUSES, transfer_countries="United States",
                       transfer_safeguard="privacy_shield")
    assert codes(contract_gaps(shield)) == ["processor_invalid_safeguard"]
    text = messages("fr").finding(gaps[-1])
    assert "art. 28(3)" in text and "audits" in text  # the clause by its label, not its code


def test_incomplete_processors_for_the_action_plan() -> None:
    complete = Processor("A", id=1, contract_reference="DPA", contract_date="2024-01-01",
                         contract_clauses=ART28_CLAUSES)
    partial = Processor("B", id=2, contract_reference="Terms",
                        contract_clauses=ART28_CLAUSES[:-1])
    missing = Processor("C", id=3)
    serves = processing_by_processor([(10, (1, 2)), (11, (2,))])
    assert serves == {1: (10,), 2: (10, 11)}
    gaps = incomplete_processors([complete, partial, missing], serves)
    assert [g.name for g in gaps] == ["C", "B"]
    c, b = gaps
    assert c.no_contract and len(c.missing) == len(ART28_CLAUSES)
    assert b.missing == ("audits",) and b.processing_ids == (10, 11) and not b.no_contract


def test_every_code_has_words_in_the_vocabularies_and_rules_have_sources() -> None:
    for lang in ("fr", "en"):
        v = load_vocabularies(lang)  # type: ignore[arg-type]
        assert [e.code for e in v["request_rights"]] == [r.value for r in Right]
        assert [e.code for e in v["identity_checks"]] == [i.value for i in IdentityCheck]
        assert [e.code for e in v["request_outcomes"]] == [o.value for o in Outcome]
        assert [e.code for e in v["breach_types"]] == [t.value for t in BreachType]
        assert [e.code for e in v["breach_risks"]] == [r.value for r in BreachRisk]
        assert [e.code for e in v["art34_exemptions"]] == [e.value for e in PeopleExemption]
        assert [e.code for e in v["art28_clauses"]] == list(ART28_CLAUSES)
        assert all(e.source for e in v["art28_clauses"])
        rules = load_rules(lang)  # type: ignore[arg-type]
        assert {"request_due", "request_extension", "breach_authority", "breach_register",
                "processor_contract"} <= set(rules)
        assert all(r.title and r.text and r.source for r in rules.values())
    assert set(load_rules("fr")) == set(load_rules("en"))
    assert "1182/71" in load_rules("en")["request_due"].source
