"""The dossier's sections of the other areas: six steps, action plan, DPIA screenings,
processors' contracts, rights requests, breaches and consents; read back with pdfminer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest

from assistant.content.guide import load_dpia, load_dpo, load_rules, load_steps
from assistant.content.loader import load_vocabularies
from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.consent import Purpose
from assistant.domain.deadlines import request_due
from assistant.domain.guide.model import (
    CustomAction,
    Decision,
    DecisionState,
    HistoryEntry,
    Pilot,
    Priority,
)
from assistant.domain.guide.snapshot import Snapshot as GuideSnapshot
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.domain.progress import drive
from assistant.domain.rights_request import Right, RightsRequest
from assistant.reports.area_data import ConsentData
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.context import ReportContext
from assistant.reports.snapshot import ChainHead, take_snapshot
from assistant.store.dossier import open_dossier
from tests.reports.conftest import flat, render, snapshot, stream_pages, stream_text

TODAY = dt.date.today()  # the demo's dates are relative to the day it is built


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> dict[str, object]:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier, day=TODAY)
        data = {
            "snap": snap,
            "requests": dossier.requests.list(),
            "breaches": dossier.breaches.list(),
            "processors": dossier.processors.list(),
            "screenings": dossier.guide.screenings(),
            "actions": dossier.guide.actions(),
            "summary": dossier.consents.purpose_summary(),
            "notices": dossier.consents.notices(),
            "head": dossier.consents.chain_head(),
            "pilot": dossier.guide.pilot(),
        }
    for lang in ("fr", "en"):
        data[lang] = stream_text(drive(render_pdf(
            snap, ExportOptions(lang=lang, date=TODAY))))  # type: ignore[arg-type]
    return data


def ctx(lang: str) -> ReportContext:
    return ReportContext(lang, TODAY)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_six_steps_show_every_task_with_its_state_date_and_author(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    c = ctx(lang)
    for step in load_steps(lang):  # type: ignore[arg-type]
        assert flat(c.t("step_title", number=step.number, title=step.title)) in text
        for task in step.tasks:
            assert flat(task.title) in text, task.title
    pilot, _dpo, _ = demo["pilot"]
    assert pilot.name in text and pilot.role in text
    done = {"en": "Done", "fr": "Faite"}[lang]
    assert f"{flat(load_steps(lang)[0].tasks[3].title)} {done} " in text  # type: ignore[arg-type]
    # the DPO's three answers and the conclusion they lead to (none of the cases applies)
    content = load_dpo(lang)  # type: ignore[arg-type]
    for question in content.questions.values():
        assert flat(question.label) in text
    assert flat(content.verdict["not_required"]) in text
    assert flat(c.t("dpo_not_mandatory")) in text  # the controller's DPO row
    total = sum(len(s.tasks) for s in load_steps(lang))  # type: ignore[arg-type]
    assert f" {total} " in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_action_plan_lists_open_actions_with_rule_fix_and_source(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    rules = load_rules(lang)  # type: ignore[arg-type]
    rule = rules["missing_art9_condition"]  # the children's workshop notes allergies
    assert flat(rule.title) in text and flat(rule.fix) in text and flat(rule.source) in text
    own = demo["actions"][0]
    assert flat(own.title) in text and ctx(lang).day_text(own.due_on) in text
    c = ctx(lang)
    assert flat(c.t("actions_decided_none")) in text
    assert flat(c.t("actions_cleared", days=365)) in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dpia_screenings_give_criteria_count_result_and_conclusion(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    c = ctx(lang)
    criteria = load_dpia(lang).criteria  # type: ignore[arg-type]
    cctv = next(s for s in demo["screenings"] if len(s.criteria) == 2)
    for criterion in cctv.criteria:
        assert flat(criteria[criterion.value].label) in text
    assert flat(c.t("dpia_required", count=2)) in text
    assert flat(c.t("dpia_not_needed", reason=cctv.reason))[:60] in text
    assert flat(c.t("dpia_not_required")) in text  # the audience measurement: one criterion
    assert flat(c.t("dpia_not_screened")) in text  # the other processing
    assert flat(load_dpia(lang).about["threshold_source"]) in text  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_processors_contracts_against_the_nine_items(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    c = ctx(lang)
    for entry in load_vocabularies(lang)["art28_clauses"]:  # type: ignore[arg-type]
        assert flat(entry.label) in text
    for p in demo["processors"]:
        assert flat(p.contract_reference) in text
        if len(p.contract_clauses) == 9:
            assert flat(c.t("contract_complete", total=9)) in text
    partial = next(p for p in demo["processors"] if 0 < len(p.contract_clauses) < 9)
    assert f"{len(partial.contract_clauses)} " in text
    assert "Privacy Shield" in text  # the audience tool's invalid safeguard is printed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_requests_register_with_due_dates_answers_and_outcomes(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    c = ctx(lang)
    assert flat(c.t("requests_intro", date=c.date_text(TODAY), zone="Europe/Paris")) in text
    for r in demo["requests"]:
        assert r.reference in text and flat(r.requester) in text
        assert c.day_text(r.received_on) in text
        if not r.extended:
            assert c.date_text(request_due(dt.date.fromisoformat(r.received_on))) in text
    extended = next(r for r in demo["requests"] if r.extended)
    assert flat(c.t("request_extended", date=c.day_text(extended.extension_told_on))) in text
    answered = next(r for r in demo["requests"] if r.answered_on)
    assert c.day_text(answered.answered_on) in text and flat(c.t("request_in_time")) in text
    assert flat(load_vocabularies(lang)["request_outcomes"].label("fulfilled")) in text  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_breach_register_shows_every_breach_notified_or_not(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    c = ctx(lang)
    assert flat(c.t("times_in_zone", zone="Europe/Paris")) in text
    for b in demo["breaches"]:
        assert b.reference in text and flat(b.summary)[:60] in text
        assert c.moment_text(b.aware_at) in text  # in Paris time, not UTC
        assert flat(b.what_happened)[:60] in text
    for label in ("breach_what", "breach_data", "breach_people", "breach_contact",
                  "breach_consequences", "breach_measures"):
        assert flat(c.t(label)) in text, label
    notified = next(b for b in demo["breaches"] if b.authority_notified_at)
    assert flat(c.t("breach_notified_in_time", moment=c.moment_text(
        notified.authority_notified_at))) in text
    assert notified.authority_reference in text
    unlikely = next(b for b in demo["breaches"] if b.risk_level is BreachRisk.UNLIKELY)
    assert flat(unlikely.risk_reasoning)[:60] in text
    assert flat(c.t("breach_unassessed_clock")) in text  # the breach of this morning


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_consents_per_purpose_with_wordings_and_the_chain_head(demo, lang) -> None:  # type: ignore[no-untyped-def]
    text = demo[lang]
    head = demo["head"]
    assert f"verify DOSSIER.rgpd --head {head.hash}" in text
    assert text.count(head.hash) >= 3  # cover, consents section, the command
    for s in demo["summary"]:
        assert f"{flat(s.label)} ({s.code})" in text
        assert f" {s.granted} {s.withdrawn} {s.erased} " in text
    for n in demo["notices"]:
        assert n.sha256 in text and flat(n.text)[:80] in text


def test_the_extract_holds_none_of_the_other_areas(demo) -> None:  # type: ignore[no-untyped-def]
    data = drive(render_pdf(demo["snap"], ExportOptions(kind="register-extract", lang="en",
                                                        date=TODAY)))
    text = stream_text(data)
    for title in ("The six steps of the method", "Action plan", "DPIA screenings",
                  "Register of rights requests", "Register of personal data breaches",
                  "Consent records", "Processors' contracts"):
        assert title not in text, title
    assert "Data protection officer (DPO) None designated: not mandatory" in text


def test_figures_are_taken_at_the_document_date_so_bytes_repeat(demo_file: Path) -> None:
    day = TODAY + dt.timedelta(days=3)
    with open_dossier(demo_file, read_only=True) as dossier:
        one = drive(render_pdf(take_snapshot(dossier, day=day), ExportOptions(date=day)))
        two = drive(render_pdf(take_snapshot(dossier, day=day), ExportOptions(date=day)))
    assert one == two


def test_times_follow_the_chosen_zone(demo) -> None:  # type: ignore[no-untyped-def]
    utc = stream_text(drive(render_pdf(demo["snap"], ExportOptions(
        lang="en", date=TODAY, zone="UTC", sections=("breaches",)))))
    breach = demo["breaches"][0]
    moment = dt.datetime.fromisoformat(breach.aware_at.replace("Z", "+00:00"))
    assert f"{moment:%H:%M}" in utc and "Times are given in the UTC time zone." in utc
    assert "UTC time zone" in utc  # the cover says which zone
    with pytest.raises(ValueError, match="Nowhere/Land"):
        ExportOptions(zone="Nowhere/Land").chosen()


def test_empty_areas_say_so() -> None:
    text = stream_text(render(snapshot(organisation=Organisation())))
    for key in ("requests_none", "breaches_none", "consents_none", "dpia_none",
                "actions_decided_none", "actions_own_none", "actions_cleared_none",
                "pilot_none"):
        assert flat(ctx("en").t(key)) in text, key
    assert "1–6 All steps 0 of 28 tasks settled" in text
    assert "Empty register" in text  # the open action that says the register is empty


def test_decisions_own_actions_and_fixed_ones_are_listed() -> None:
    p = Processing(name="Fichier clients", reference="T-1", id=7)
    guide = GuideSnapshot.of(Organisation(legal_name="Shop"), [p])
    guide = replace(
        guide, pilot=Pilot(name="Ana"),
        decisions=MappingProxyType({
            "rule:missing_security_measures:processing:7": Decision(
                "rule:missing_security_measures:processing:7", DecisionState.POSTPONED,
                "Waiting for the new till", until="2025-06-30", decided_by="Ana",
                decided_at="2025-03-01T10:00:00.000000Z"),
            "rule:missing_purpose:processing:7": Decision(
                "rule:missing_purpose:processing:7", DecisionState.NOT_APPLICABLE,
                "Purpose given in the notes", decided_by="Ana")}),
        history=MappingProxyType({"rule:no_pilot": HistoryEntry(
            "rule:no_pilot", "2024-12-01T09:00:00.000000Z", "2025-02-02T09:00:00.000000Z")}),
        actions=(CustomAction("Train the staff", id=1, priority=Priority.LOW,
                              due_on="2025-03-01"),))
    snap = replace(snapshot([p]), extra={"guide": guide})
    text = stream_text(render(snap, sections=("actions", "sources")))
    assert "Postponed until 30 June 2025 Waiting for the new till Ana, 1 March 2025" in text
    assert "Not applicable Purpose given in the notes" in text
    assert "Train the staff Low 1 March 2025 — Open, overdue" in text
    assert "No pilot named" in text and "1 December 2024 2 February 2025" in text
    assert "GDPR, Art. 24" in text  # the fixed rule's source reaches the annex


def test_a_notified_breach_late_gives_hours_and_reason() -> None:
    late = Breach("Stolen laptop", "2025-03-01T08:00:00.000000Z", id=1, reference="V-9",
                  risk_level=BreachRisk.HIGH, risk_reasoning="Unencrypted",
                  authority_notified_at="2025-03-05T10:00:00.000000Z",
                  delay_reason="The owner was abroad", people_notice="Letter to each")
    late_request = RightsRequest(Right.ACCESS, "2025-01-31", "Zoé", id=1, reference="R-1",
                                 answered_on="2025-03-03")
    snap = replace(snapshot(), extra={"breaches": (late,), "requests": (late_request,)})
    text = stream_text(render(snap, sections=("breaches", "requests")))
    assert "notified on 5 March 2025, 11:00, 26 hours after the deadline" in text
    assert "deadline (72 hours): 4 March 2025, 09:00" in text
    assert "The owner was abroad" in text
    assert "to tell without undue delay (high risk)" in text
    assert "28 February 2025" in text and "3 days late" in text  # 31 Jan -> 28 Feb


def test_a_purpose_to_renew_and_a_ledger_without_events() -> None:
    data = ConsentData(purposes=(Purpose(1, "newsletter", "Newsletter", validity_months=36),),
                       summary=(), notices=(), people=0)
    snap = replace(snapshot(), chain=ChainHead(0, "0" * 64), extra={"consents": data})
    text = stream_text(render(snap, sections=("consents",)))
    assert "the consent ledger holds no event yet" in text
    assert "No wording recorded." in text


def test_without_a_zone_database_the_default_zone_falls_back_to_utc(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.reports import context

    def missing(name: str) -> object:
        raise context.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(context, "ZoneInfo", missing)
    c = ReportContext("en", TODAY)
    assert c.zone == "UTC" and c.tz is dt.UTC
    assert c.zone_note == "Times are given in the UTC time zone."
    with pytest.raises(ValueError, match="America/Cayenne"):
        ExportOptions(zone="America/Cayenne").chosen()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_title_is_left_alone_at_the_foot_of_a_page(demo, lang) -> None:  # type: ignore[no-untyped-def]
    from assistant.reports.sections import SECTIONS

    c = ctx(lang)
    titles = [c.t(s.title) for s in SECTIONS] + [c.t(k) for k in (
        "actions_open", "actions_decided", "actions_own", "requests_details",
        "consents_wordings", "pilot_title", "dpo_questions", "contracts_title")]
    titles += [c.t("step_title", number=s.number, title=s.title) for s in load_steps(lang)]  # type: ignore[arg-type]
    whole = drive(render_pdf(demo["snap"], ExportOptions(lang=lang, date=TODAY)))  # type: ignore[arg-type]
    # two parts only: a layout where a title falls at the foot of a page in the later passes
    some = drive(render_pdf(demo["snap"], ExportOptions(  # type: ignore[arg-type]
        lang=lang, date=TODAY, sections=("steps", "consents"))))
    pages = [*stream_pages(whole), *stream_pages(some)]
    for n, page in enumerate(pages, start=1):
        if flat(c.t("col_cited_for")) in page:
            continue  # the annex, whose last cell may quote a title
        for title in titles:
            assert not page.endswith(flat(title)), (n, title)


def test_a_title_inside_a_section_keeps_with_its_table_on_every_layout(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Platypus clears keepWithNext as it lays a title out; the builder lays the document out
    again for the page numbers, and must give the titles their keepWithNext back each time.
    More and more filler lines push a titled table, whose first row is tall but too short to
    be split, down the page, through the place where the title fits but not the row."""
    from assistant.reports import builder
    from assistant.reports.sections import cover
    from assistant.reports.sections.base import Section
    from assistant.reports.sections.common import paragraph, subheading, table

    def part(lines: int):  # type: ignore[no-untyped-def]
        def build(snap, c):  # type: ignore[no-untyped-def]
            return [*(paragraph(f"filler {i}") for i in range(lines)),
                    *subheading("The titled table"),
                    *table(c, ["A", "B"], [["\n".join(["tall"] * 7), "x"]] * 3, (0.5, 0.5),
                           empty="")]
        return Section("gaps", "section_gaps", frozenset({"dossier"}), build)

    for lines in range(26, 40):
        monkeypatch.setattr(builder, "sections_for",
                            lambda kind, n=lines: [cover.SECTION, part(n)])
        pages = stream_pages(render(snapshot()))
        assert not any(page.endswith("The titled table") for page in pages), lines
