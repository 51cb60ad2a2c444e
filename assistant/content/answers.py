"""The words of the answers to rights requests (``answers.toml``): the letters' sentences, the
checklist of what each kind of letter must name (with sources), the means of checking an
identity, what may be kept after an erasure, and the usual reasons of a refusal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.content.catalog import Lang, read_toml
from assistant.content.notices import typography


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str
    source: str


@dataclass(frozen=True)
class Checklist:
    kind: str
    title: str
    source: str
    items: tuple[ChecklistItem, ...]

    def codes(self) -> set[str]:
        return {i.code for i in self.items}


@dataclass(frozen=True)
class Choice:
    """An entry of a list the owner picks from (identity means, kept data, refusal
    reasons): its label, the letter's text, its source, help and any warning."""

    code: str
    label: str
    text: str = ""
    source: str = ""
    help: str = ""
    warning: str = ""


class AnswerWords:
    """Every word of ``answers.toml`` in one language, French typography applied."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self._data = read_toml(lang, "answers")

    def t(self, section: str, key: str, **params: Any) -> str:
        template = self._data.get(section, {}).get(key)
        if not isinstance(template, str):
            return f"[{section}.{key}]"  # a missing text is a bug the content tests catch
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            text = template
        return typography(text, self.lang)

    def w(self, key: str, **params: Any) -> str:
        return self.t("words", key, **params)

    def has(self, section: str, key: str) -> bool:
        return isinstance(self._data.get(section, {}).get(key), str)

    def checklist(self, kind: str) -> Checklist:
        data = self._data["checklists"][kind]
        return Checklist(kind, data["title"], data["source"], tuple(
            ChecklistItem(i["code"], i["label"], i["source"]) for i in data["items"]))

    def choices(self, section: str) -> list[Choice]:
        return [Choice(code, typography(v.get("label", code), self.lang),
                       v.get("text", ""), v.get("source", ""),
                       typography(v.get("help", ""), self.lang),
                       typography(v.get("warning", ""), self.lang))
                for code, v in self._data.get(section, {}).items()]

    def choice(self, section: str, code: str) -> Choice:
        for c in self.choices(section):
            if c.code == code:
                return c
        raise KeyError(f"{section}.{code}")

    def choice_text(self, section: str, code: str, **params: Any) -> str:
        template = self._data[section][code]["text"]
        try:
            return typography(template.format(**params), self.lang)
        except (KeyError, IndexError):
            return typography(template, self.lang)

    def date(self, day: dt.date) -> str:
        """A date in words: "3 March 2026", "1er mars 2026"."""
        months = [m.strip() for m in self._data["words"]["months"].split(",")]
        first = "1er" if self.lang == "fr" and day.day == 1 else str(day.day)
        return self.w("date_format", day=first, month=months[day.month - 1], year=day.year)

    def day(self, iso: str | None) -> str:
        """A stored ``YYYY-MM-DD`` in words ("" when empty, as stored when not a date)."""
        if not iso:
            return ""
        try:
            return self.date(dt.date.fromisoformat(iso[:10]))
        except ValueError:
            return iso


@lru_cache(maxsize=4)
def answer_words(lang: Lang) -> AnswerWords:
    return AnswerWords(lang)
