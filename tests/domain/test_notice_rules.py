"""The plan's actions about information notices: out of date, children, staff biometrics,
what a notice lacks, and pre-filled security measures still to check."""

from __future__ import annotations

from dataclasses import replace

from assistant.domain.guide.model import DpiaCriterion, DpiaScreening, Dpo, GuideState, Pilot
from assistant.domain.guide.rules import evaluate
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.versions import NoticeStatus, NoticeVersion
from assistant.domain.organisation import Organisation
from assistant.domain.processing import DataCategory, SecurityMeasure
from tests.domain.guide_helpers import ORG, complete, snap


def keys(s) -> set[str]:  # type: ignore[no-untyped-def]
    return {g.key for g in evaluate(s)}


def version(*ids: int) -> NoticeVersion:
    return NoticeVersion(NoticeKind.WEBSITE, "fr", 2, ids, "text", "0" * 64, "2025-03-01")


def test_a_notice_out_of_date_names_what_changed() -> None:
    s = replace(snap(complete(1), complete(2)), notices=(
        NoticeStatus(version(1, 2), ("2",), ("Processing 2",)),))
    gap = next(g for g in evaluate(s) if g.rule == "notice_out_of_date")
    assert gap.key == "rule:notice_out_of_date:notice_website_fr"
    assert gap.target == "notices"
    assert dict(gap.params) == {"kind": "website", "language": "fr", "number": "2",
                                "date": "2025-03-01", "names": "Processing 2", "count": "1"}
    s = replace(s, notices=(NoticeStatus(version(1, 2), ("general",)),))
    assert "rule:notice_identity_changed:notice_website_fr" in keys(s)
    s = replace(s, notices=(NoticeStatus(version(1, 2)),))
    assert not {k for k in keys(s) if "notice_" in k and "website" in k}


def test_children_need_a_notice_that_covers_them() -> None:
    workshop = complete(3, data_subjects=("minors",))
    s = replace(snap(complete(1), workshop), notices=())
    assert "rule:children_notice:processing:3" in keys(s)
    covered = replace(s, notices=(NoticeStatus(version(1, 3)),))
    assert "rule:children_notice:processing:3" not in keys(covered)
    stale = replace(s, notices=(NoticeStatus(version(1, 3), ("3",), ("Processing 3",)),))
    assert "rule:children_notice:processing:3" in keys(stale)
    assert "rule:children_notice:processing:3" not in keys(snap(workshop))  # no data: None


def test_staff_biometrics_are_a_high_priority_action() -> None:
    clock = complete(4, data_subjects=("employees",), data_categories=(
        DataCategory("biometric", sensitive=True),), art9_condition="employment_law")
    gap = next(g for g in evaluate(snap(clock)) if g.rule == "biometric_staff")
    assert gap.priority.value == "high"
    customers = replace(clock, data_subjects=("customers",))
    assert "biometric_staff" not in {g.rule for g in evaluate(snap(customers))}


def test_what_a_notice_lacks_that_no_other_rule_asks() -> None:
    p = complete(5, recipients=(), data_source="third_party")
    state = GuideState(pilot=Pilot(name="Ana"), dpo=Dpo(False, False, False), screenings=(
        DpiaScreening(5, (DpiaCriterion.AUTOMATED_DECISION,)),))
    gap = next(g for g in evaluate(snap(p, state=state)) if g.rule == "notice_items_missing")
    assert gap.params["items"] == "recipients,source_detail,automated_decision"
    assert "notice_items_missing" not in {g.rule for g in evaluate(snap(complete(5)))}
    # whether data leaves the EEA is the owner's answer: until given, the plan asks
    unchecked = complete(5, no_transfer_confirmed=False)
    gap = next(g for g in evaluate(snap(unchecked)) if g.rule == "notice_items_missing")
    assert gap.params["items"] == "transfers"


def test_no_way_to_write_about_data() -> None:
    bare = Organisation(legal_name="Shop SARL")
    assert "rule:notice_contact_missing:contact" in keys(snap(complete(), org=bare))
    assert "rule:notice_contact_missing:contact" not in keys(snap(complete(), org=ORG))
    dpo = GuideState(pilot=Pilot(name="Ana", email="ana@x.example"),
                     dpo=Dpo(False, False, False, designated=True, name="DPO Firm"))
    assert "rule:notice_contact_missing:contact" in keys(snap(complete(), state=dpo))


def test_prefilled_measures_to_check_until_the_owner_confirms_them() -> None:
    p = complete(6, security_measures=(
        SecurityMeasure("backups", "À vérifier : sauvegarde chaque semaine"),
        SecurityMeasure("encryption", "To check: HTTPS"),
        SecurityMeasure("access_control", "Un compte par vendeur")))
    gap = next(g for g in evaluate(snap(p)) if g.rule == "security_to_check")
    assert gap.params["count"] == "2" and gap.priority.value == "low"
    confirmed = replace(p, security_measures=(SecurityMeasure("backups", "Sauvegarde"),))
    assert "security_to_check" not in {g.rule for g in evaluate(snap(confirmed))}


def test_rules_without_notice_data_raise_nothing() -> None:
    s = snap(complete(1, data_subjects=("minors",)))
    assert s.notices is None
    assert not {g.rule for g in evaluate(s)} & {"notice_out_of_date", "children_notice"}
