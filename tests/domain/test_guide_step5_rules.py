"""The rules and deadlines of step 5 (internal processes) on their own: processors' Art. 28
contracts, consent purposes and wordings, overdue requests and breaches, and the legal clocks
in the Overview's deadlines. Each: a case that raises it and one that does not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType

from assistant.domain.breach import Breach, BreachRisk, PeopleExemption
from assistant.domain.clock import format_utc
from assistant.domain.deadlines import local_date
from assistant.domain.guide import rules
from assistant.domain.guide.checklist import AUTO_CONDITIONS
from assistant.domain.guide.deadlines import (
    DEADLINE_SOURCES,
    breach_deadlines,
    request_deadlines,
    upcoming,
)
from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import action_plan
from assistant.domain.guide.rules import RULE_CODES, RULES, evaluate
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.processing import LegalBasis, ProcessingStatus, Recipient
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.rights_request import Outcome, Right, RightsRequest
from tests.domain.guide_helpers import complete, snap

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)


def full(pid: int, name: str = "Host") -> Processor:
    return Processor(name, id=pid, contract_reference="DPA v3", contract_date="2024-01-10",
                     contract_clauses=ART28_CLAUSES)


def with_processors(*processors: Processor, served_by: tuple[int, ...] = (7,),
                    status: ProcessingStatus = ProcessingStatus.ACTIVE) -> Snapshot:
    return replace(snap(complete(1, processor_ids=served_by, status=status)),
                   processors=processors)


# -- processors -----------------------------------------------------------------------------
def test_a_processor_with_no_contract_recorded() -> None:
    gaps = rules.processor_without_contract(with_processors(Processor("Emailing Co", id=7)))
    assert [g.key for g in gaps] == ["rule:processor_without_contract:processor:7"]
    gap = gaps[0]
    assert (gap.priority, gap.step, gap.target) == (Priority.HIGH, 5, "processors")
    assert gap.record_id == 7 and gap.target_id == 7 and gap.processing_id is None
    assert gap.params["name"] == "Emailing Co"
    assert gap.rule in RULE_CODES


def test_a_processor_contract_missing_items_names_them() -> None:
    partial = replace(full(7), contract_clauses=("subject_matter", "instructions",
                                                 "security"))
    gaps = rules.processor_without_contract(with_processors(partial))
    assert [g.key for g in gaps] == ["rule:processor_contract_incomplete:processor:7"]
    assert gaps[0].params["count"] == "6"
    assert gaps[0].params["missing"].split(",") == [
        "confidentiality", "sub_processors", "assist_rights", "assist_obligations",
        "end_of_contract", "audits"]


def test_no_processor_gap_when_complete_unused_or_serving_archived_entries() -> None:
    assert rules.processor_without_contract(with_processors(full(7))) == []
    # a contract without a date is told on the processor's page, not in the plan
    assert rules.processor_without_contract(
        with_processors(replace(full(7), contract_date=""))) == []
    bare = Processor("Old provider", id=7)
    assert rules.processor_without_contract(with_processors(bare, served_by=())) == []
    assert rules.processor_without_contract(
        with_processors(bare, status=ProcessingStatus.ARCHIVED)) == []
    assert rules.processor_without_contract(snap(complete(1))) == []


def test_the_processor_checklist_task_is_ticked_by_the_dossier() -> None:
    condition = AUTO_CONDITIONS["processor_contracts_complete"]

    def done(s: Snapshot) -> bool:
        return condition(s, action_plan(s, evaluate(s)))

    assert done(with_processors(full(7)))
    assert not done(with_processors(Processor("Emailing Co", id=7)))
    assert not done(snap(complete(1)))  # no processor serves the register: nothing to see
    # a processor the register mentions but does not name
    unnamed = complete(2, recipients=(Recipient("processor"),))
    assert not done(replace(snap(complete(1, processor_ids=(7,)), unnamed),
                            processors=(full(7),)))


# -- consent --------------------------------------------------------------------------------
def consent_snap(problem: str | None, **changes: object) -> Snapshot:
    p = complete(1, **{"legal_basis": LegalBasis.CONSENT, **changes})
    gaps = {} if problem is None else {1: problem}
    return replace(snap(p, complete(2)), consent_gaps=MappingProxyType(gaps))


def test_consent_without_a_purpose_or_a_wording() -> None:
    gaps = rules.consent_without_purpose(consent_snap("no_purpose"))
    assert [g.key for g in gaps] == ["rule:consent_without_purpose:processing:1"]
    assert (gaps[0].priority, gaps[0].step, gaps[0].target) == (Priority.HIGH, 5, "consents")
    assert gaps[0].processing_id == 1 and gaps[0].params["name"] == "Processing 1"
    gaps = rules.consent_without_purpose(consent_snap("no_notice"))
    assert [g.key for g in gaps] == ["rule:consent_without_wording:processing:1"]


def test_no_consent_gap_when_linked_unknown_or_not_on_consent() -> None:
    assert rules.consent_without_purpose(consent_snap(None)) == []
    assert rules.consent_without_purpose(replace(consent_snap("no_purpose"),
                                                 consent_gaps=None)) == []  # no ledger
    assert rules.consent_without_purpose(
        consent_snap("no_purpose", legal_basis=LegalBasis.CONTRACT)) == []
    assert rules.consent_without_purpose(
        consent_snap("no_purpose", status=ProcessingStatus.ARCHIVED)) == []


# -- requests and breaches ------------------------------------------------------------------
def clocks(requests: tuple[RightsRequest, ...] = (), breaches: tuple[Breach, ...] = ()
           ) -> Snapshot:
    return replace(snap(complete(1)), requests=requests, breaches=breaches, now=NOW,
                   today=date(2025, 6, 15))


def request(rid: int, received: str, **changes: object) -> RightsRequest:
    return RightsRequest(Right.ERASURE, received, "Karim Benali", id=rid,  # type: ignore[arg-type]
                         reference=f"R-{rid:03d}", **changes)


def breach(bid: int, hours_ago: float, **changes: object) -> Breach:
    aware = format_utc(NOW - timedelta(hours=hours_ago))
    values: dict[str, object] = {"risk_level": BreachRisk.RISK, **changes}
    return Breach("Lost laptop", aware, id=bid, reference=f"V-{bid:03d}",  # type: ignore[arg-type]
                  **values)


def test_an_overdue_request_is_an_action_until_answered() -> None:
    late = request(3, "2025-05-01")  # due 2025-06-01
    gaps = rules.request_overdue(clocks((late,)))
    assert [g.key for g in gaps] == ["rule:request_overdue:request:3"]
    late_by = (local_date(NOW) - date(2025, 6, 1)).days  # 14, in this computer's time zone
    assert gaps[0].params["days"] == str(late_by) and gaps[0].record_id == 3
    assert (gaps[0].priority, gaps[0].target) == (Priority.HIGH, "requests")
    answered = replace(late, answered_on="2025-06-10", answer_outcome=Outcome.FULFILLED)
    assert rules.request_overdue(clocks((answered,))) == []
    due_soon = request(4, "2025-05-20")  # due 2025-06-20: a deadline, not a gap
    assert rules.request_overdue(clocks((due_soon,))) == []
    assert rules.request_overdue(snap(complete(1))) == []  # no register of requests


def test_a_breach_past_72_hours_without_notification() -> None:
    gaps = rules.breach_not_notified(clocks(breaches=(breach(2, 80),)))
    assert [g.key for g in gaps] == ["rule:breach_not_notified:breach:2"]
    assert gaps[0].params["hours"] == "8" and gaps[0].target == "breaches"
    unassessed = breach(2, 80, risk_level=BreachRisk.UNASSESSED)  # not assessed: still late
    assert len(rules.breach_not_notified(clocks(breaches=(unassessed,)))) == 1
    for fine in (breach(2, 60),  # still within the 72 hours
                 breach(2, 80, risk_level=BreachRisk.UNLIKELY),  # no notification needed
                 breach(2, 80, authority_notified_at=format_utc(NOW))):  # notified late
        assert rules.breach_not_notified(clocks(breaches=(fine,))) == []


def test_people_of_a_high_risk_breach_still_to_tell() -> None:
    high = breach(5, 10, risk_level=BreachRisk.HIGH)
    assert [g.key for g in rules.breach_not_notified(clocks(breaches=(high,)))] == \
        ["rule:breach_people_not_told:breach:5"]
    for fine in (replace(high, people_notified_at=format_utc(NOW)),
                 replace(high, people_exemption=PeopleExemption.PROTECTED)):
        assert rules.breach_not_notified(clocks(breaches=(fine,))) == []


def test_the_legal_clocks_are_deadlines_of_the_overview() -> None:
    assert request_deadlines in DEADLINE_SOURCES and breach_deadlines in DEADLINE_SOURCES
    s = clocks((request(3, "2025-05-01"), request(4, "2025-06-01"),
                request(5, "2025-03-01", answered_on="2025-03-10")),
               (breach(2, 30), breach(6, 10, risk_level=BreachRisk.HIGH),
                breach(7, 30, risk_level=BreachRisk.UNLIKELY)))
    found = [(d.on.isoformat(), d.kind, d.target, d.record_id) for d in upcoming(s)]
    aware_2_deadline = (NOW - timedelta(hours=30) + timedelta(hours=72)).astimezone()
    assert [f[0] for f in found] == sorted(f[0] for f in found)  # soonest first
    assert set(found) == {
        ("2025-06-01", "request_due", "requests", 3),  # overdue, still listed
        ("2025-07-01", "request_due", "requests", 4),  # within 30 days
        (aware_2_deadline.date().isoformat(), "breach_notification", "breaches", 2),
        ((NOW + timedelta(hours=62)).astimezone().date().isoformat(),
         "breach_notification", "breaches", 6),
        ("2025-06-15", "breach_people", "breaches", 6),
    }  # not the answered request, nor the breach that needs no notification
    notification = next(d for d in upcoming(s) if d.record_id == 2)
    assert notification.params["time"] == aware_2_deadline.strftime("%H:%M")
    assert notification.params["reference"] == "V-002"
    assert request_deadlines(snap()) == [] and breach_deadlines(snap()) == []


def test_every_rule_speaks_with_a_code_when_every_area_has_data() -> None:
    s = replace(with_processors(Processor("Emailing Co", id=7),
                                replace(full(8), contract_clauses=())),
                consent_gaps=MappingProxyType({1: "no_purpose"}),
                requests=(request(3, "2025-05-01"),),
                breaches=(breach(2, 80, risk_level=BreachRisk.HIGH),), now=NOW)
    s = replace(s, processings=(complete(1, legal_basis=LegalBasis.CONSENT,
                                         processor_ids=(7, 8)),))
    raised = {g.rule for rule in RULES for g in rule(s)}
    assert {"processor_without_contract", "processor_contract_incomplete",
            "consent_without_purpose", "request_overdue", "breach_not_notified",
            "breach_people_not_told"} <= raised <= set(RULE_CODES)
    # all high priority, in step order after the register's and the DPIA's
    step5 = [g for g in evaluate(s) if g.step == 5]
    assert [g.rule for g in step5] == ["breach_not_notified", "breach_people_not_told",
                                      "request_overdue", "processor_without_contract",
                                      "processor_contract_incomplete",
                                      "consent_without_purpose"]


def test_a_legal_clock_comes_first_in_what_to_do_next() -> None:
    """An empty shop that records a breach must notify it within 72 hours: that is the next
    thing to do, before naming the company or the pilot; once late, the late notice."""
    from assistant.domain.guide.assess import assess
    from assistant.domain.organisation import Organisation
    from tests.domain.test_guide_assessment import STEPS

    running = replace(snap(org=Organisation()), breaches=(breach(2, 10),), now=NOW,
                      today=date(2025, 6, 15))
    upcoming_ = assess(running, STEPS).next
    assert (upcoming_.code, upcoming_.target, upcoming_.record_id) == ("breach_clock",
                                                                      "breaches", 2)
    assert upcoming_.params["when"] == format_utc(NOW + timedelta(hours=62))
    late = assess(replace(running, breaches=(breach(2, 80),)), STEPS).next
    assert late.code == "fix_gap" and late.item is not None
    assert late.item.rule == "breach_not_notified"
    settled = assess(replace(running, breaches=(breach(2, 10, risk_level=BreachRisk.UNLIKELY),)),
                     STEPS).next
    assert settled.code == "name_organisation"
