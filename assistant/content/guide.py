"""The six-step guide's content: steps and their checklists (``steps.toml``), the DPO
questions (``dpo.toml``), the DPIA criteria and lists (``dpia.toml``) and the words of the
action plan's rules (``rules.toml``), each fact with its source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.content.catalog import Lang, is_singular, read_toml
from assistant.content.loader import VocabEntry
from assistant.domain.guide.checklist import StepDef, TaskDef


@lru_cache(maxsize=4)
def load_steps(lang: Lang) -> tuple[StepDef, ...]:
    data = read_toml(lang, "steps")
    steps = []
    for raw in data.get("steps", ()):
        number = int(raw["number"])
        tasks = tuple(
            TaskDef(id=t["id"], step=number, title=t["title"], help=t.get("help", ""),
                    source=t.get("source", ""), link=t.get("link", ""),
                    auto=t.get("auto", ""))
            for t in raw.get("tasks", ()))
        steps.append(StepDef(number=number, key=raw["key"], title=raw["title"],
                             purpose=raw["purpose"], why=raw["why"], source=raw["source"],
                             tasks=tasks, links=tuple(raw.get("links", ()))))
    return tuple(sorted(steps, key=lambda s: s.number))


def step_by_number(lang: Lang, number: int) -> StepDef:
    for step in load_steps(lang):
        if step.number == number:
            return step
    raise KeyError(number)


def task_by_id(lang: Lang, task_id: str) -> TaskDef | None:
    for step in load_steps(lang):
        for task in step.tasks:
            if task.id == task_id:
                return task
    return None


def _entries(table: Mapping[str, Any]) -> dict[str, VocabEntry]:
    out = {}
    for code, raw in table.items():
        raw = dict(raw)
        out[code] = VocabEntry(code=code, label=raw.pop("label"), help=raw.pop("help", ""),
                               source=raw.pop("source", ""), extra=raw)
    return out


@dataclass(frozen=True)
class DpiaContent:
    criteria: dict[str, VocabEntry]
    required: dict[str, VocabEntry]  # operations that always require a DPIA
    exempt: dict[str, VocabEntry]  # operations the authority exempts
    about: dict[str, str]


@lru_cache(maxsize=4)
def load_dpia(lang: Lang) -> DpiaContent:
    data = read_toml(lang, "dpia")
    return DpiaContent(criteria=_entries(data["criteria"]),
                       required=_entries(data["required_list"]),
                       exempt=_entries(data["exempt_list"]), about=dict(data["about"]))


@dataclass(frozen=True)
class DpoContent:
    questions: dict[str, VocabEntry]
    verdict: dict[str, str]


@lru_cache(maxsize=4)
def load_dpo(lang: Lang) -> DpoContent:
    data = read_toml(lang, "dpo")
    return DpoContent(questions=_entries(data["questions"]), verdict=dict(data["verdict"]))


@dataclass(frozen=True)
class RuleText:
    code: str
    title: str
    detail: str
    fix: str
    source: str
    detail_one: str = ""  # the detail when its number is singular (``detail`` if none)
    lang: Lang = "en"

    def render(self, params: Mapping[str, object]) -> str:
        """The detail with its placeholders filled (a missing one is left visible), in the
        singular when the rule's number (``count``, ``days`` or ``hours``) is one (zero or
        one in French)."""
        detail = self.detail_one if self.detail_one and is_singular(params, self.lang) \
            else self.detail
        try:
            return detail.format(**params)
        except (KeyError, IndexError):
            return detail


@lru_cache(maxsize=4)
def load_rules(lang: Lang) -> dict[str, RuleText]:
    data = read_toml(lang, "rules")
    return {code: RuleText(code, raw["title"], raw["detail"], raw["fix"], raw["source"],
                           raw.get("detail_one", ""), lang)
            for code, raw in data["rules"].items()}


def rule_text(lang: Lang, code: str) -> RuleText:
    rules = load_rules(lang)
    if code in rules:
        return rules[code]
    # A rule whose words are missing is a bug caught by tests; never hide it from the user.
    return RuleText(code, code, code, "", "")



@lru_cache(maxsize=4)
def load_param_words(lang: Lang) -> dict[str, dict[str, str]]:
    """``{parameter: {code: words}}`` for the gap parameters that hold codes (``[params]``
    of ``rules.toml``)."""
    return {name: dict(table) for name, table in read_toml(lang, "rules").get("params",
                                                                               {}).items()}


def gap_params(lang: Lang, params: Mapping[str, str]) -> dict[str, str]:
    """A gap's parameters ready for its rule's words in ``lang``: a parameter that holds
    codes (comma-separated) is given as their words."""
    out = dict(params)
    for name, words in load_param_words(lang).items():
        if name in out:
            out[name] = ", ".join(words.get(code, code)
                                  for code in out[name].split(",") if code)
    return out
