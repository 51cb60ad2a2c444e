"""The rules that turn a dossier's gaps into actions (step 3 of the method).

A rule is a plain function ``(Snapshot) -> list[Gap]``, registered in :data:`RULES`. It
returns one gap per thing to fix, each with a stable :attr:`Gap.key` (``rule:<rule>`` or
``rule:<rule>:<scope>``, e.g. ``rule:missing_legal_basis:processing:12``) so that what the
owner decides about it (postponed, not applicable) and when it was first seen can be kept
while the gap itself is recomputed on every evaluation. Fixing the data makes the gap
disappear: actions close themselves.

The words and the legal source of each rule are content (``resources/content/<lang>/
rules.toml``, one table per rule code, checked by a test); ``params`` fill their
placeholders. Rules judge the register without archived entries.

The file is long because it is the table of rules: one short function each, in the order of
the method's steps, with its legal source listed below. A rule is found, read and changed in
one place.

Where each rule rests (the same sources are shown to the user):

- ``no_pilot``: CNIL, "RGPD : par où commencer", step 1; GDPR Art. 24 (accountability).
- ``dpo_unanswered``, ``dpo_required``: GDPR Art. 37(1); WP243 rev.01 (guidelines on DPOs).
- ``dpo_not_notified``: GDPR Art. 37(7) (DPO's contact details communicated to the authority).
- ``organisation_unnamed``, ``organisation_incomplete``: GDPR Art. 30(1)(a).
- ``no_processing``: GDPR Art. 30(1); CNIL step 2.
- ``missing_purpose``: Art. 5(1)(b), 30(1)(b). ``missing_legal_basis``: Art. 6(1).
  ``missing_basis_detail``: Art. 6(1)(c) and (f), Art. 6(3).
- ``missing_art9_condition``: Art. 9(1)-(2), Art. 10.
- ``missing_retention``: Art. 5(1)(e), 30(1)(f).
- ``cctv_retention_too_long``: French Internal Security Code Art. L252-5 (one month at most);
  CNIL guidance on CCTV in shops.
- ``transfer_without_safeguard``: Art. 44-46 and 49. ``transfer_privacy_shield``: CJEU
  C-311/18 (Schrems II, 16 July 2020) invalidated Decision 2016/1250; the EU-US Data Privacy
  Framework (Decision 2023/1795) is the current framework for certified US companies.
- ``missing_security_measures``: Art. 5(1)(f), 32, 30(1)(g).
- ``processor_not_identified``: Art. 28(1), 30(1)(d).
- ``register_incomplete``: Art. 30(1)(c); Art. 13-14 (source of the data).
- ``dpia_not_screened``, ``dpia_required``: Art. 35(1), (3), (4); WP248 rev.01; CNIL
  deliberations 2018-327 and 2019-118.
- ``processor_without_contract``, ``processor_contract_incomplete``: Art. 28(3); CNIL, "Guide
  du sous-traitant" (2017). Only processors that serve a processing of the register count.
- ``consent_without_purpose``, ``consent_without_wording``: Art. 6(1)(a), 7(1) (the shop must
  be able to show who agreed to what, in which words). ``consents_without_wording``: the same,
  for consents imported without the text people read.
- ``biometric_staff``: CNIL, SAN-2018-009 (a fingerprint time clock for staff is
  disproportionate; a DPIA does not make it acceptable).
- ``notice_contact_missing``, ``notice_items_missing``: Art. 12(2), 13 and 14 (what a notice
  needs that the other rules do not ask for). ``children_notice``: Art. 8, 12(1); loi
  Informatique et Libertés art. 45. ``notice_out_of_date``, ``notice_identity_changed``:
  Art. 12(1), 13 (a published notice must say what the shop does now).
- ``security_to_check``: Art. 5(2), 30(1)(g) (the register states measures as checked facts).
- ``request_overdue``: Art. 12(3). ``breach_not_notified``: Art. 33(1).
  ``breach_people_not_told``: Art. 34(1). ``breach_unassessed``: Art. 33(1) and 33(5) (the
  risk decides whether the authority is told within the 72 hours: an unassessed breach is
  an action now, even inside them).
- ``purpose_without_processing``: Art. 30(1)(b) and 7(1) (consents collected for a purpose
  the register does not show).

Legal clocks in the plan: what is merely *due soon* is a deadline (the Overview lists it,
:mod:`.deadlines`), not a gap: nothing is wrong yet. What is *overdue* (a request not answered
within its period, a breach not notified 72 hours after the shop became aware of it, people
not yet told of a high-risk breach) is a breach of the law now: a high-priority action that
closes itself once the answer or notification is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from assistant.domain.breach import BreachRisk
from assistant.domain.deadlines import ClockState, breach_clock, request_clock
from assistant.domain.findings import Severity
from assistant.domain.guide.dpia import outcome
from assistant.domain.guide.dpo import assess_dpo
from assistant.domain.guide.model import DpiaCriterion, Priority
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.notices.facts import OTHER_SOURCES, biometric_staff, concerns_children
from assistant.domain.organisation import check_organisation
from assistant.domain.processing import (
    CCTV_CATEGORY,
    CCTV_MAX_DAYS,
    INVALID_SAFEGUARDS,
    LegalBasis,
    Processing,
)
from assistant.domain.processor_contract import incomplete_processors, processing_by_processor

# Longest CCTV retention the French Internal Security Code allows (Art. L252-5: one month).

# Where a gap is fixed: a page key of the main window, or one of these actions.
TARGET_ORGANISATION = "organisation"  # the organisation dialog
TARGET_PROCESSING = "processing"  # the processing editor (with processing_id)
TARGET_DPIA = "dpia"  # the screening dialog of step 4 (with processing_id)
# Pages that show one record when given its id (Gap.record_id).
TARGET_PROCESSORS = "processors"
TARGET_REQUESTS = "requests"
TARGET_BREACHES = "breaches"
TARGET_CONSENTS = "consents"
RECORD_TARGETS = frozenset({TARGET_PROCESSORS, TARGET_REQUESTS, TARGET_BREACHES})


@dataclass(frozen=True)
class Gap:
    rule: str  # code of the rule; a table of rules.toml
    priority: Priority
    step: int  # the step of the method it belongs to
    target: str
    scope: str = ""  # what it is about: "pilot", "dpo", "organisation", "processing:<id>"
    processing_id: int | None = None
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    record_id: int | None = None  # the processor, request or breach the target page shows

    @property
    def key(self) -> str:
        return f"rule:{self.rule}:{self.scope}" if self.scope else f"rule:{self.rule}"

    @property
    def target_id(self) -> int | None:
        """What the target opens: the processing, else the record."""
        return self.processing_id if self.processing_id is not None else self.record_id


Rule = Callable[[Snapshot], list[Gap]]


def _about(p: Processing) -> dict[str, str]:
    return {"name": p.name, "reference": p.reference}


def _processing_gap(rule: str, priority: Priority, p: Processing, *, step: int = 2,
                    target: str = TARGET_PROCESSING, **params: str) -> Gap:
    return Gap(rule, priority, step, target, f"processing:{p.id}", p.id,
               MappingProxyType({**_about(p), **params}))


def _each(snapshot: Snapshot, rule: str, priority: Priority,
          test: Callable[[Processing], bool]) -> list[Gap]:
    return [_processing_gap(rule, priority, p) for p in snapshot.live_processings if test(p)]


# -- step 1 ---------------------------------------------------------------------------------
def no_pilot(s: Snapshot) -> list[Gap]:
    if s.pilot is not None and s.pilot.named:
        return []
    return [Gap("no_pilot", Priority.HIGH, 1, "step1", "pilot")]


def dpo_unanswered(s: Snapshot) -> list[Gap]:
    result = assess_dpo(s.dpo)
    if result.required is not None:
        return []
    return [Gap("dpo_unanswered", Priority.MEDIUM, 1, "step1", "dpo",
                params=MappingProxyType({"count": str(len(result.unanswered))}))]


def dpo_required(s: Snapshot) -> list[Gap]:
    if not assess_dpo(s.dpo).required or (s.dpo is not None and s.dpo.designated):
        return []
    return [Gap("dpo_required", Priority.HIGH, 1, "step1", "dpo")]


def dpo_not_notified(s: Snapshot) -> list[Gap]:
    if s.dpo is None or not s.dpo.designated or s.dpo.designation_number:
        return []
    return [Gap("dpo_not_notified", Priority.LOW, 1, "step1", "dpo")]


# -- the organisation -----------------------------------------------------------------------
def organisation_unnamed(s: Snapshot) -> list[Gap]:
    if s.organisation.legal_name.strip():
        return []
    return [Gap("organisation_unnamed", Priority.HIGH, 2, TARGET_ORGANISATION, "organisation")]


def organisation_incomplete(s: Snapshot) -> list[Gap]:
    if not s.organisation.legal_name.strip():
        return []  # organisation_unnamed says it first
    warnings = [f for f in check_organisation(s.organisation)
                if f.severity is Severity.WARNING]
    if not warnings:
        return []
    return [Gap("organisation_incomplete", Priority.LOW, 2, TARGET_ORGANISATION,
                "organisation", params=MappingProxyType({"count": str(len(warnings))}))]


# -- step 2: the register -------------------------------------------------------------------
def no_processing(s: Snapshot) -> list[Gap]:
    if s.live_processings:
        return []
    return [Gap("no_processing", Priority.HIGH, 2, "register", "register")]


def missing_purpose(s: Snapshot) -> list[Gap]:
    return _each(s, "missing_purpose", Priority.HIGH, lambda p: not p.purposes)


def missing_legal_basis(s: Snapshot) -> list[Gap]:
    return _each(s, "missing_legal_basis", Priority.HIGH, lambda p: p.legal_basis is None)


def missing_basis_detail(s: Snapshot) -> list[Gap]:
    needs = (LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.LEGAL_OBLIGATION)
    return _each(s, "missing_basis_detail", Priority.MEDIUM,
                 lambda p: p.legal_basis in needs and not p.legal_basis_detail.strip())


def missing_art9_condition(s: Snapshot) -> list[Gap]:
    return _each(s, "missing_art9_condition", Priority.HIGH,
                 lambda p: p.has_sensitive_data and not p.art9_condition)


def missing_retention(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        if p.data_categories:
            missing = [c for c in p.data_categories if not p.retention_for(c).is_set()]
            count = len(missing)
        else:
            count = 0 if p.retention.is_set() else 1
        if count:
            gaps.append(_processing_gap("missing_retention", Priority.MEDIUM, p,
                                        count=str(count)))
    return gaps


def cctv_retention_too_long(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        for c in p.data_categories:
            days = p.retention_for(c).approx_days()
            if c.category == CCTV_CATEGORY and days is not None and days > CCTV_MAX_DAYS:
                gaps.append(_processing_gap("cctv_retention_too_long", Priority.HIGH, p,
                                            days=str(days)))
                break
    return gaps


def _countries(transfers: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(t or "?" for t in transfers))


def transfer_without_safeguard(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        bare = [t.country for t in p.transfers if not t.safeguard]
        if bare:
            gaps.append(_processing_gap("transfer_without_safeguard", Priority.HIGH, p,
                                        countries=_countries(bare)))
    return gaps


def transfer_privacy_shield(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        invalid = [t.country for t in p.transfers if t.safeguard in INVALID_SAFEGUARDS]
        if invalid:
            gaps.append(_processing_gap("transfer_privacy_shield", Priority.HIGH, p,
                                        countries=_countries(invalid)))
    return gaps


def missing_security_measures(s: Snapshot) -> list[Gap]:
    return _each(s, "missing_security_measures", Priority.MEDIUM,
                 lambda p: not p.security_measures)


def processor_not_identified(s: Snapshot) -> list[Gap]:
    return _each(s, "processor_not_identified", Priority.LOW,
                 lambda p: any(r.type == "processor" for r in p.recipients)
                 and not p.processor_ids)


def register_incomplete(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        missing = sum((not p.data_subjects, not p.data_categories, not p.data_source))
        if missing:
            gaps.append(_processing_gap("register_incomplete", Priority.LOW, p,
                                        count=str(missing)))
    return gaps


# -- step 4: DPIA ---------------------------------------------------------------------------
def dpia_not_screened(s: Snapshot) -> list[Gap]:
    return [_processing_gap("dpia_not_screened", Priority.LOW, p, step=4, target=TARGET_DPIA)
            for p in s.live_processings if p.id not in s.screenings]


def dpia_required(s: Snapshot) -> list[Gap]:
    gaps = []
    for p in s.live_processings:
        screening = s.screenings.get(p.id or 0)
        if screening is None:
            continue
        result = outcome(screening)
        if result.required and not result.settled:
            gaps.append(_processing_gap(
                "dpia_required_listed" if result.mandatory else "dpia_required",
                Priority.HIGH, p, step=4, target=TARGET_DPIA, count=str(result.count)))
    return gaps


# -- step 5: internal processes -------------------------------------------------------------
def processor_without_contract(s: Snapshot) -> list[Gap]:
    """A processor serving a processing of the register whose Art. 28 contract is not
    recorded at all (``processor_without_contract``) or lacks items of Art. 28(3)
    (``processor_contract_incomplete``, naming them: ``missing`` holds the codes of
    ``art28_clauses``, which the UI turns into words). Transfer safeguards and a missing
    signature date are told on the processor's own page, not here."""
    serves = processing_by_processor((p.id, p.processor_ids) for p in s.live_processings
                                     if p.id is not None)
    gaps = []
    for g in incomplete_processors(s.processors, serves):
        if g.processor_id is None or not g.processing_ids or not (g.no_contract or g.missing):
            continue
        rule = "processor_without_contract" if g.no_contract else \
            "processor_contract_incomplete"
        params = {"name": g.name, "count": str(len(g.missing)), "missing": ",".join(g.missing)}
        gaps.append(Gap(rule, Priority.HIGH, 5, TARGET_PROCESSORS, f"processor:{g.processor_id}",
                        params=MappingProxyType(params), record_id=g.processor_id))
    return gaps


def consent_without_purpose(s: Snapshot) -> list[Gap]:
    """A processing resting on consent that no consent purpose of the ledger belongs to
    (``consent_without_purpose``), or whose purpose has no wording recorded
    (``consent_without_wording``): the shop could not show what people agreed to."""
    if s.consent_gaps is None:
        return []
    gaps = []
    for p in s.live_processings:
        problem = s.consent_gaps.get(p.id or 0)
        if p.legal_basis is not LegalBasis.CONSENT or problem is None:
            continue
        rule = "consent_without_purpose" if problem == "no_purpose" else \
            "consent_without_wording"
        gaps.append(_processing_gap(rule, Priority.HIGH, p, step=5, target=TARGET_CONSENTS))
    return gaps


def purpose_without_processing(s: Snapshot) -> list[Gap]:
    """A consent purpose that people have consented to, linked to no processing of the
    register in use: the register does not show what those consents are used for."""
    if s.orphan_purposes is None:
        return []
    return [Gap("purpose_without_processing", Priority.MEDIUM, 2, TARGET_CONSENTS,
                f"purpose:{pid}", params=MappingProxyType({"name": label, "count": str(n)}))
            for pid, label, n in s.orphan_purposes]


def consents_without_wording(s: Snapshot) -> list[Gap]:
    """Consents recorded without the wording people read (an import from a source that did
    not give it): allowed, since the source is what it is, but they prove less; one action
    per purpose."""
    if s.unworded_consents is None:
        return []
    return [Gap("consents_without_wording", Priority.MEDIUM, 5, TARGET_CONSENTS,
                f"purpose:{purpose_id}", params=MappingProxyType({"name": label,
                                                                  "count": str(count)}))
            for purpose_id, (label, count) in sorted(s.unworded_consents.items()) if count]


def request_overdue(s: Snapshot) -> list[Gap]:
    """A rights request not answered within its period (one month, three if extended)."""
    if s.requests is None:
        return []
    gaps = []
    for r in s.requests:
        clock = request_clock(r, s.moment)
        if r.id is None or clock is None or clock.state is not ClockState.OVERDUE:
            continue
        gaps.append(Gap("request_overdue", Priority.HIGH, 5, TARGET_REQUESTS,
                        f"request:{r.id}", params=MappingProxyType({
                            "reference": r.reference, "requester": r.requester,
                            "days": str(-clock.days_left)}), record_id=r.id))
    return gaps


def breach_not_notified(s: Snapshot) -> list[Gap]:
    """A breach whose 72 hours have passed with no notification to the authority recorded
    (and no assessment that it is unlikely to result in a risk), and a high-risk breach whose
    people are not yet told (``breach_people_not_told``)."""
    if s.breaches is None:
        return []
    gaps = []
    for b in s.breaches:
        clock = breach_clock(b, s.moment)
        if b.id is None or clock is None:
            continue
        about = {"reference": b.reference, "summary": b.summary}
        if clock.state is ClockState.OVERDUE:
            hours = int(-clock.remaining.total_seconds() // 3600)
            gaps.append(Gap("breach_not_notified", Priority.HIGH, 5, TARGET_BREACHES,
                            f"breach:{b.id}", params=MappingProxyType(
                                {**about, "hours": str(hours)}), record_id=b.id))
        elif (b.risk_level is BreachRisk.UNASSESSED and not b.authority_notified_at
              and clock.state is not ClockState.DONE):
            hours = max(0, int(clock.remaining.total_seconds() // 3600))
            gaps.append(Gap("breach_unassessed", Priority.HIGH, 5, TARGET_BREACHES,
                            f"breach:{b.id}", params=MappingProxyType(
                                {**about, "hours": str(hours)}), record_id=b.id))
        if clock.people_required and not b.people_notified_at:
            gaps.append(Gap("breach_people_not_told", Priority.HIGH, 5, TARGET_BREACHES,
                            f"breach:{b.id}", params=MappingProxyType(about),
                            record_id=b.id))
    return gaps


# -- information notices (Art. 12 to 14) --------------------------------------------------
# How a pre-filled security measure says it is still to be checked (templates' words, in
# either language): the owner removes the mark once they have checked it.
TO_CHECK_MARKS = ("À vérifier", "To check")
TARGET_NOTICES = "notices"


def security_to_check(s: Snapshot) -> list[Gap]:
    """Pre-filled security measures the owner has not confirmed yet: they must not print in
    the register as facts."""
    gaps = []
    for p in s.live_processings:
        count = sum(1 for m in p.security_measures
                    if m.description.startswith(TO_CHECK_MARKS))
        if count:
            gaps.append(_processing_gap("security_to_check", Priority.LOW, p, step=3,
                                        count=str(count)))
    return gaps


def biometric_staff_attendance(s: Snapshot) -> list[Gap]:
    """Biometric data of employees: the CNIL holds a fingerprint time clock
    disproportionate (SAN-2018-009); no DPIA makes it acceptable."""
    return _each(s, "biometric_staff", Priority.HIGH, biometric_staff)


def notice_items_missing(s: Snapshot) -> list[Gap]:
    """What a notice needs that no other rule asks for: who receives the data, the exact
    source of data from someone else (Art. 14(2)(f)), whether data leaves the EEA (the
    owner's answer, Art. 13(1)(f)), and the description of an automated decision
    (Art. 13(2)(f)). ``items`` holds their codes."""
    gaps = []
    for p in s.live_processings:
        items = []
        if not p.recipients and not p.processor_ids:
            items.append("recipients")
        if p.data_source in OTHER_SOURCES and not p.data_source_detail.strip():
            items.append("source_detail")
        if p.transfers_unchecked:  # an empty list is no answer (Art. 13(1)(f))
            items.append("transfers")
        screening = s.screenings.get(p.id or 0)
        if screening is not None and DpiaCriterion.AUTOMATED_DECISION in screening.criteria:
            items.append("automated_decision")
        if items:
            gaps.append(_processing_gap("notice_items_missing", Priority.MEDIUM, p, step=3,
                                        count=str(len(items)), items=",".join(items)))
    return gaps


def notice_contact_missing(s: Snapshot) -> list[Gap]:
    """No way to write to the shop about one's data (Art. 13(1)(a)-(b), 12(2)): no DPO's
    contact when one is designated, else no pilot's, organisation's email, phone or
    address."""
    o, dpo, pilot = s.organisation, s.dpo, s.pilot
    if dpo is not None and dpo.designated:
        missing = not (dpo.email or dpo.phone)
    else:
        missing = not ((pilot is not None and (pilot.email or pilot.phone)) or o.email
                       or o.phone or (o.address.strip() and o.city.strip()))
    if not missing or not o.legal_name.strip():
        return []
    return [Gap("notice_contact_missing", Priority.MEDIUM, 3, "step1", "contact")]


def notice_out_of_date(s: Snapshot) -> list[Gap]:
    """A published notice the dossier has moved on from: a processing it covers changed
    (``notice_out_of_date``, naming them) or the shop's identity or contact did
    (``notice_identity_changed``)."""
    if s.notices is None:
        return []
    gaps = []
    for status in s.notices:
        if not status.stale:
            continue
        v = status.version
        params = {"kind": v.kind.value, "language": v.language, "number": str(v.number),
                  "date": v.issued_on, "names": ", ".join(status.changed_names),
                  "count": str(len(status.changed))}
        processing_changed = any(k != "general" for k in status.changed)
        rule = "notice_out_of_date" if processing_changed else "notice_identity_changed"
        gaps.append(Gap(rule, Priority.MEDIUM, 3, TARGET_NOTICES,
                        f"notice_{v.kind.value}_{v.language}",
                        params=MappingProxyType(params)))
    return gaps


def children_notice(s: Snapshot) -> list[Gap]:
    """A processing of children: Art. 8 and loi Informatique et Libertés art. 45 (under 15,
    online consent from the child and a parent together), and a notice a child
    understands (Art. 12(1)). Closes once a notice covering it is published and current."""
    if s.notices is None:
        return []
    covered = {pid for status in s.notices for pid in status.version.processing_ids
               if str(pid) not in status.changed}
    return [_processing_gap("children_notice", Priority.MEDIUM, p, step=3)
            for p in s.live_processings if concerns_children(p) and p.id not in covered]


# The rules, in the order their actions are listed within a priority (step order).
RULES: list[Rule] = [
    no_pilot,
    dpo_unanswered,
    dpo_required,
    dpo_not_notified,
    organisation_unnamed,
    organisation_incomplete,
    no_processing,
    missing_purpose,
    missing_legal_basis,
    missing_art9_condition,
    transfer_privacy_shield,
    transfer_without_safeguard,
    cctv_retention_too_long,
    missing_basis_detail,
    missing_retention,
    missing_security_measures,
    processor_not_identified,
    register_incomplete,
    dpia_required,
    dpia_not_screened,
    # internal processes
    breach_not_notified,
    request_overdue,
    processor_without_contract,
    # consent ledger
    consent_without_purpose,
    # consent at the till
    consents_without_wording,
    # information notices
    biometric_staff_attendance,
    notice_contact_missing,
    notice_items_missing,
    children_notice,
    notice_out_of_date,
    security_to_check,
    # the register and the consent ledger
    purpose_without_processing,
]

# Codes of rules whose words are in rules.toml (dpia_required also raises the listed form).
RULE_CODES: tuple[str, ...] = (
    "no_pilot", "dpo_unanswered", "dpo_required", "dpo_not_notified", "organisation_unnamed",
    "organisation_incomplete", "no_processing", "missing_purpose", "missing_legal_basis",
    "missing_art9_condition", "transfer_privacy_shield", "transfer_without_safeguard",
    "cctv_retention_too_long", "missing_basis_detail", "missing_retention",
    "missing_security_measures", "processor_not_identified", "register_incomplete",
    "dpia_required_listed", "dpia_required", "dpia_not_screened",
    "breach_not_notified", "breach_unassessed", "breach_people_not_told", "request_overdue",
    "processor_without_contract", "processor_contract_incomplete",
    "consent_without_purpose", "consent_without_wording", "consents_without_wording",
    "purpose_without_processing",
    # information notices
    "biometric_staff", "notice_contact_missing", "notice_items_missing", "children_notice",
    "notice_out_of_date", "notice_identity_changed", "security_to_check",
)


def evaluate(snapshot: Snapshot, rules: Iterable[Rule] | None = None) -> list[Gap]:
    """Every gap of the dossier, most urgent first (priority, then rule order, then
    register order)."""
    order = {code: i for i, code in enumerate(RULE_CODES)}
    gaps: list[Gap] = []
    for rule in RULES if rules is None else rules:
        gaps.extend(rule(snapshot))
    return sorted(gaps, key=lambda g: (g.priority.rank, order.get(g.rule, len(order)),
                                       g.processing_id or 0))
