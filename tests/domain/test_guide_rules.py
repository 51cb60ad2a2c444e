"""Each rule of the action plan on its own: a case that raises it and one that does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.domain.guide import rules
from assistant.domain.guide.model import (
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    GuideState,
    Pilot,
)
from assistant.domain.guide.rules import RULE_CODES, RULES, evaluate
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    LegalBasis,
    ProcessingStatus,
    Recipient,
    Retention,
    Transfer,
)
from assistant.domain.processing import DurationUnit as U
from tests.domain.guide_helpers import ORG, complete, snap

NO = dict(public_body=False, large_scale_monitoring=False, large_scale_sensitive=False)


def state(**changes: object) -> GuideState:
    base = GuideState(pilot=Pilot(name="Ana"), dpo=Dpo(**NO))  # type: ignore[arg-type]
    return replace(base, **changes)  # type: ignore[arg-type]


def keys(gaps: list[rules.Gap]) -> list[str]:
    return [g.key for g in gaps]


def test_a_complete_dossier_raises_nothing_but_the_screening() -> None:
    s = snap(complete(1), complete(2), state=state(screenings=(
        DpiaScreening(1), DpiaScreening(2))))
    assert evaluate(s) == []


def test_no_pilot() -> None:
    assert keys(rules.no_pilot(snap(state=state(pilot=None)))) == ["rule:no_pilot:pilot"]
    assert keys(rules.no_pilot(snap(state=state(pilot=Pilot(name="  "))))) == \
        ["rule:no_pilot:pilot"]
    assert rules.no_pilot(snap(state=state(pilot=Pilot(name="Ana")))) == []


def test_dpo_unanswered() -> None:
    gaps = rules.dpo_unanswered(snap(state=state(dpo=Dpo(public_body=False))))
    assert keys(gaps) == ["rule:dpo_unanswered:dpo"] and gaps[0].params["count"] == "2"
    assert rules.dpo_unanswered(snap(state=state(dpo=None)))[0].params["count"] == "3"
    assert rules.dpo_unanswered(snap(state=state(dpo=Dpo(**NO)))) == []  # type: ignore[arg-type]
    # one "yes" decides it, whatever the other answers
    assert rules.dpo_unanswered(snap(state=state(dpo=Dpo(large_scale_sensitive=True)))) == []


def test_dpo_required_until_designated() -> None:
    required = Dpo(public_body=False, large_scale_monitoring=True, large_scale_sensitive=False)
    assert keys(rules.dpo_required(snap(state=state(dpo=required)))) == \
        ["rule:dpo_required:dpo"]
    designated = replace(required, designated=True, name="Cabinet X")
    assert rules.dpo_required(snap(state=state(dpo=designated))) == []
    assert rules.dpo_required(snap()) == []


def test_dpo_not_notified() -> None:
    designated = Dpo(**NO, designated=True, name="Cabinet X")  # type: ignore[arg-type]
    assert keys(rules.dpo_not_notified(snap(state=state(dpo=designated)))) == \
        ["rule:dpo_not_notified:dpo"]
    notified = replace(designated, designation_number="DPO-12345")
    assert rules.dpo_not_notified(snap(state=state(dpo=notified))) == []


def test_organisation_unnamed_and_incomplete() -> None:
    assert keys(rules.organisation_unnamed(snap(org=Organisation()))) == \
        ["rule:organisation_unnamed:organisation"]
    assert rules.organisation_incomplete(snap(org=Organisation())) == []  # said once
    assert rules.organisation_unnamed(snap()) == []
    partial = Organisation(legal_name="Shop")
    gaps = rules.organisation_incomplete(snap(org=partial))
    assert keys(gaps) == ["rule:organisation_incomplete:organisation"]
    assert int(gaps[0].params["count"]) >= 3
    assert rules.organisation_incomplete(snap(org=ORG)) == []


def test_no_processing_ignores_archived_ones() -> None:
    assert keys(rules.no_processing(snap())) == ["rule:no_processing:register"]
    archived = complete(1, status=ProcessingStatus.ARCHIVED)
    assert keys(rules.no_processing(snap(archived))) == ["rule:no_processing:register"]
    assert rules.no_processing(snap(complete(1, status=ProcessingStatus.DRAFT))) == []


@pytest.mark.parametrize("rule,broken", [
    (rules.missing_purpose, dict(purposes=())),
    (rules.missing_legal_basis, dict(legal_basis=None)),
    (rules.missing_basis_detail, dict(legal_basis=LegalBasis.LEGITIMATE_INTERESTS)),
    (rules.missing_basis_detail, dict(legal_basis=LegalBasis.LEGAL_OBLIGATION)),
    (rules.missing_art9_condition,
     dict(data_categories=(DataCategory("health", sensitive=True,
                                        retention=Retention(1, U.YEARS)),))),
    (rules.missing_retention, dict(data_categories=(DataCategory("identity"),))),
    (rules.missing_retention, dict(data_categories=())),
    (rules.missing_security_measures, dict(security_measures=())),
    (rules.processor_not_identified, dict(recipients=(Recipient("processor"),))),
    (rules.register_incomplete, dict(data_source="")),
])
def test_processing_rules_raise_on_the_gap_only(rule: rules.Rule, broken: dict) -> None:
    good, bad = complete(1), complete(2, **broken)
    gaps = rule(snap(good, bad))
    assert [g.processing_id for g in gaps] == [2]
    assert gaps[0].key == f"rule:{gaps[0].rule}:processing:2"
    assert gaps[0].params["name"] == "Processing 2"
    assert gaps[0].rule in RULE_CODES
    # archived entries are not judged
    assert rule(snap(good, replace(bad, status=ProcessingStatus.ARCHIVED))) == []


def test_the_fixed_version_of_each_gap_raises_nothing() -> None:
    fixed = [
        complete(1, legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
                 legal_basis_detail="Preventing theft"),
        complete(2, data_categories=(DataCategory("health", sensitive=True,
                                                  retention=Retention(1, U.YEARS)),),
                 art9_condition="explicit_consent"),
        complete(3, data_categories=(DataCategory("identity"),),
                 retention=Retention(note="End of the contract + 5 years")),
        complete(4, recipients=(Recipient("processor"),), processor_ids=(7,)),
    ]
    s = snap(*fixed)
    for rule in (rules.missing_basis_detail, rules.missing_art9_condition,
                 rules.missing_retention, rules.processor_not_identified):
        assert rule(s) == [], rule.__name__


def test_missing_retention_counts_the_categories_without_one() -> None:
    p = complete(1, data_categories=(DataCategory("identity"), DataCategory("contact"),
                                     DataCategory("x", retention=Retention(1, U.YEARS))))
    assert rules.missing_retention(snap(p))[0].params["count"] == "2"


def test_cctv_retention_over_one_month() -> None:
    def cctv(value: int, unit: U) -> object:
        return complete(1, data_categories=(
            DataCategory("cctv_images", retention=Retention(value, unit)),))

    gaps = rules.cctv_retention_too_long(snap(cctv(3, U.MONTHS)))  # type: ignore[arg-type]
    assert keys(gaps) == ["rule:cctv_retention_too_long:processing:1"]
    assert gaps[0].params["days"] == "90"
    assert rules.cctv_retention_too_long(snap(cctv(45, U.DAYS))) != []  # type: ignore[arg-type]
    assert rules.cctv_retention_too_long(snap(cctv(1, U.MONTHS))) == []  # type: ignore[arg-type]
    assert rules.cctv_retention_too_long(snap(cctv(30, U.DAYS))) == []  # type: ignore[arg-type]
    # the processing's general retention applies when the category has none
    general = complete(1, data_categories=(DataCategory("cctv_images"),),
                       retention=Retention(1, U.YEARS))
    assert rules.cctv_retention_too_long(snap(general)) != []
    # other categories may be kept longer
    assert rules.cctv_retention_too_long(snap(complete(1))) == []


def test_transfers_without_safeguard_and_under_the_privacy_shield() -> None:
    bare = complete(1, transfers=(Transfer("Host", "United States"),
                                  Transfer("CDN", "United States")))
    gaps = rules.transfer_without_safeguard(snap(bare))
    assert keys(gaps) == ["rule:transfer_without_safeguard:processing:1"]
    assert gaps[0].params["countries"] == "United States"
    shield = complete(2, transfers=(Transfer("Stats", "United States", "privacy_shield"),))
    assert keys(rules.transfer_privacy_shield(snap(shield))) == \
        ["rule:transfer_privacy_shield:processing:2"]
    assert rules.transfer_without_safeguard(snap(shield)) == []
    framed = complete(3, transfers=(Transfer("Stats", "United States", "eu_us_dpf"),))
    assert rules.transfer_privacy_shield(snap(framed)) == []
    assert rules.transfer_without_safeguard(snap(framed)) == []


def test_dpia_not_screened() -> None:
    s = snap(complete(1), complete(2), state=state(screenings=(DpiaScreening(1),)))
    assert keys(rules.dpia_not_screened(s)) == ["rule:dpia_not_screened:processing:2"]
    assert rules.dpia_not_screened(s)[0].target == rules.TARGET_DPIA


def test_dpia_required_until_settled() -> None:
    two = (DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.VULNERABLE_SUBJECTS)
    screening = DpiaScreening(1, criteria=two)
    s = snap(complete(1), state=state(screenings=(screening,)))
    gaps = rules.dpia_required(s)
    assert keys(gaps) == ["rule:dpia_required:processing:1"] and gaps[0].params["count"] == "2"
    done = replace(screening, conclusion=DpiaConclusion.DPIA_DONE, concluded_on="2025-01-10")
    assert rules.dpia_required(snap(complete(1), state=state(screenings=(done,)))) == []
    justified = replace(screening, conclusion=DpiaConclusion.NOT_NEEDED, reason="Two cameras")
    assert rules.dpia_required(snap(complete(1), state=state(screenings=(justified,)))) == []
    one = DpiaScreening(1, criteria=two[:1])
    assert rules.dpia_required(snap(complete(1), state=state(screenings=(one,)))) == []


def test_a_listed_operation_needs_a_dpia_whatever_the_count() -> None:
    listed = DpiaScreening(1, listed="cnil_employee_monitoring",
                           conclusion=DpiaConclusion.NOT_NEEDED, reason="small shop")
    gaps = rules.dpia_required(snap(complete(1), state=state(screenings=(listed,))))
    assert keys(gaps) == ["rule:dpia_required_listed:processing:1"]
    done = replace(listed, conclusion=DpiaConclusion.DPIA_DONE, concluded_on="2025-02-01",
                   reason="")
    assert rules.dpia_required(snap(complete(1), state=state(screenings=(done,)))) == []


def test_evaluate_orders_by_priority_then_rule_then_register() -> None:
    s = snap(complete(2, security_measures=()), complete(1, legal_basis=None, purposes=()),
             state=state(pilot=None, screenings=(DpiaScreening(1), DpiaScreening(2))))
    assert [g.key for g in evaluate(s)] == [
        "rule:no_pilot:pilot",
        "rule:missing_purpose:processing:1",
        "rule:missing_legal_basis:processing:1",
        "rule:missing_security_measures:processing:2",
    ]


def test_every_registered_rule_has_a_code_in_order() -> None:
    assert len(RULES) == len({r.__name__ for r in RULES})
    raised = set()
    s = snap(complete(1, legal_basis=None), org=Organisation(), state=GuideState())
    for rule in RULES:
        raised |= {g.rule for g in rule(s)}
    assert raised <= set(RULE_CODES)
