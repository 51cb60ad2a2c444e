"""The rules of internal processes in words, with their sources (``processes.toml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from assistant.content.catalog import Lang, read_toml


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    text: str
    source: str


@lru_cache(maxsize=4)
def load_rules(lang: Lang) -> dict[str, Rule]:
    data = read_toml(lang, "processes").get("rules", {})
    return {code: Rule(code, raw["title"], raw["text"], raw["source"])
            for code, raw in data.items()}


def rule(lang: Lang, code: str) -> Rule:
    return load_rules(lang)[code]
