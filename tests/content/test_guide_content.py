"""The guide's content: same codes, links and placeholders in French and English, a source
for every fact, and nothing the code relies on missing."""

from __future__ import annotations

import string

import pytest

from assistant.content.guide import load_dpia, load_dpo, load_rules, load_steps, rule_text
from assistant.domain.guide.checklist import AUTO_CONDITIONS
from assistant.domain.guide.model import TASK_ID, DpiaCriterion, DpoQuestion
from assistant.domain.guide.rules import RULE_CODES

PAGES = {"overview", "step1", "step2", "step3", "step4", "step5", "step6", "register",
         "consents", "requests", "breaches", "processors", "documents", "organisation",
         "notices"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_six_steps_with_the_same_tasks_in_both_languages() -> None:
    fr, en = load_steps("fr"), load_steps("en")
    assert [s.number for s in fr] == [1, 2, 3, 4, 5, 6] == [s.number for s in en]
    for a, b in zip(fr, en, strict=True):
        assert a.key == b.key == f"step{a.number}"
        assert a.links == b.links
        assert [(t.id, t.link, t.auto) for t in a.tasks] == \
            [(t.id, t.link, t.auto) for t in b.tasks]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_step_and_task_says_what_why_and_its_source(lang: str) -> None:
    ids = []
    for step in load_steps(lang):
        assert step.title and step.purpose and step.why and step.source
        assert set(step.links) <= PAGES
        assert step.tasks
        for task in step.tasks:
            ids.append(task.id)
            assert TASK_ID.match(task.id), task.id
            assert task.title and task.help and task.source, task.id
            assert task.step == step.number
            assert task.link in PAGES | {""}, task.id
            assert not task.auto or task.auto in AUTO_CONDITIONS, task.id
    assert len(ids) == len(set(ids)), "task ids are unique across the steps"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dpia_and_dpo_content(lang: str) -> None:
    dpia = load_dpia(lang)
    assert list(dpia.criteria) == [c.value for c in DpiaCriterion]
    for table in (dpia.criteria, dpia.required, dpia.exempt):
        assert all(e.label and e.help and e.source for e in table.values())
    assert {"art35_evaluation", "art35_sensitive_large_scale", "art35_public_monitoring",
            "cnil_employee_monitoring"} <= set(dpia.required)
    assert all("2018-327" in e.source for k, e in dpia.required.items() if k.startswith("cnil"))
    assert all("2019-118" in e.source for e in dpia.exempt.values())
    assert "WP248" in dpia.about["threshold_source"]
    dpo = load_dpo(lang)
    assert list(dpo.questions) == [q.value for q in DpoQuestion]
    assert all("37(1)" in e.source for e in dpo.questions.values())
    assert all(e.flag("short") for e in dpo.questions.values())  # said in the verdict
    assert placeholders(dpo.verdict["required"]) == {"reasons"}
    assert placeholders(dpo.verdict["unknown"]) == {"count"}


def test_same_codes_in_both_languages() -> None:
    for loader in (load_dpia, load_dpo):
        a, b = loader("fr"), loader("en")
        for name in ("criteria", "required", "exempt", "questions"):
            if hasattr(a, name):
                assert list(getattr(a, name)) == list(getattr(b, name))


def test_every_rule_has_words_and_a_source_with_the_same_placeholders() -> None:
    fr, en = load_rules("fr"), load_rules("en")
    assert list(fr) == list(en) == list(RULE_CODES)
    for code in RULE_CODES:
        for rule in (fr[code], en[code]):
            assert rule.title and rule.detail and rule.fix and rule.source, code
        assert placeholders(fr[code].detail) == placeholders(en[code].detail), code
        assert placeholders(fr[code].detail) <= {"name", "reference", "count", "countries",
                                                 "days", "hours", "summary", "requester",
                                                 "missing", "items", "kind", "language",
                                                 "number", "date", "names"}, code


def test_codes_in_a_rule_are_shown_in_words() -> None:
    from assistant.content.guide import gap_params, load_param_words
    from assistant.domain.processor import ART28_CLAUSES

    for lang in ("fr", "en"):
        assert list(load_param_words(lang)["missing"]) == list(ART28_CLAUSES)
    words = gap_params("en", {"name": "Host", "missing": "instructions,audits"})
    assert words == {"name": "Host", "missing": "(a) documented instructions, "
                                                "(h) information and audits"}
    assert gap_params("fr", {"missing": "confidentiality"})["missing"] == "b) confidentialité"
    assert gap_params("en", {"count": "2"}) == {"count": "2"}


def test_a_rule_without_words_shows_its_code() -> None:
    assert rule_text("en", "no_such_rule").title == "no_such_rule"
    assert rule_text("en", "no_pilot").render({}) == load_rules("en")["no_pilot"].detail
    # a missing placeholder leaves the text readable rather than failing
    assert "{name}" in rule_text("en", "missing_purpose").render({})


def test_cctv_rule_cites_the_security_code_article_on_retention() -> None:
    assert "L252-5" in load_rules("fr")["cctv_retention_too_long"].source
    assert "C-311/18" in load_rules("en")["transfer_privacy_shield"].source


def test_every_deadline_kind_has_words_in_both_languages() -> None:
    from assistant.content.messages import messages

    kinds = ("action_due", "postponement_ends", "request_due", "breach_notification",
             "breach_people")
    params = {"title": "T", "action": "A", "reference": "R-001", "requester": "Ana",
              "summary": "Lost laptop", "time": "14:30"}
    for lang in ("fr", "en"):
        for kind in kinds:
            text = messages(lang).get("deadlines", kind, params)
            assert not text.startswith("deadlines.") and "{" not in text, (lang, kind)
