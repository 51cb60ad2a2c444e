"""The website check's shipped content: the dated tracker list (``resources/website/
trackers.toml``, one file for every language) and the words of its rules
(``resources/content/<lang>/website.toml``): a finding's title, what it means, the action,
the fix and its legal source, in the report's language."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.content.catalog import Lang, read_toml
from assistant.domain.website.review import WebsiteFinding
from assistant.domain.website.trackers import (
    ConsentTool,
    NecessaryCookies,
    NecessaryReason,
    Tracker,
    TrackerCategory,
    TrackerList,
)
from assistant.domain.website.urls import path_of
from assistant.paths import resources_dir


def tracker_list_path() -> Path:
    return resources_dir() / "website" / "trackers.toml"


def parse_tracker_list(data: dict[str, Any]) -> TrackerList:
    """The list from its TOML form; ``ValueError`` (naming the entry) if an entry is wrong."""
    def tup(entry: dict[str, Any], key: str) -> tuple[str, ...]:
        return tuple(str(x) for x in entry.get(key, ()))

    trackers = []
    for n, t in enumerate(data.get("trackers", ())):
        try:
            category = TrackerCategory(t["category"])
            trackers.append(Tracker(
                id=t["id"], name=t["name"], company=t["company"], country=t["country"],
                category=category, domains=tup(t, "domains"), urls=tup(t, "urls"),
                code=tup(t, "code"), cookies=tup(t, "cookies"),
                exemption_possible=t.get("exemption", "") == "possible",
                source=t["source"]))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"trackers[{n}] ({t.get('id', '?')}): {exc!r}") from None
    tools = []
    for n, t in enumerate(data.get("consent_tools", ())):
        try:
            tools.append(ConsentTool(
                id=t["id"], name=t["name"], company=t["company"], country=t["country"],
                markers=tup(t, "markers"), gates=tup(t, "gates"), cookies=tup(t, "cookies"),
                source=t["source"]))
        except KeyError as exc:
            raise ValueError(f"consent_tools[{n}]: missing {exc}") from None
    necessary = []
    for n, t in enumerate(data.get("necessary", ())):
        try:
            necessary.append(NecessaryCookies(
                name=t["name"], reason=NecessaryReason(t["reason"]),
                cookies=tup(t, "cookies"), source=t["source"]))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"necessary[{n}]: {exc!r}") from None
    date = data["date"]
    if not isinstance(date, dt.date):
        raise ValueError("the list's date must be a TOML date (YYYY-MM-DD)")
    return TrackerList(date=date, version=int(data.get("version", 1)),
                       trackers=tuple(trackers), consent_tools=tuple(tools),
                       necessary=tuple(necessary))


@lru_cache(maxsize=1)
def load_tracker_list() -> TrackerList:
    with tracker_list_path().open("rb") as handle:
        return parse_tracker_list(tomllib.load(handle))


@dataclass(frozen=True)
class RuleWords:
    title: str  # what was found, in a few words
    detail: str  # what it means, with the finding's {values}
    action: str  # the action's title in the plan ("" for a note)
    fix: str  # what to do, for the owner or their web agency
    source: str  # the rule's legal source


def website_words(lang: Lang) -> dict[str, Any]:
    return read_toml(lang, "website")


def rule_words(lang: Lang, code: str) -> RuleWords:
    table = website_words(lang).get("rules", {}).get(code)
    if table is None:
        raise KeyError(f"no words for the website rule {code!r} ({lang})")
    return RuleWords(title=table["title"], detail=table["detail"],
                     action=table.get("action", ""), fix=table.get("fix", ""),
                     source=table.get("source", ""))


def word(lang: Lang, section: str, key: str) -> str:
    """One word of a section of ``website.toml`` (a category, a country...); the key itself
    when there is none (a country code the list does not name)."""
    value = website_words(lang).get(section, {}).get(key)
    return value if isinstance(value, str) else key


# Finding values that hold a code, and the section of website.toml that names it.
_CODED = {"category": "categories", "country": "countries", "reason": "notice_reasons",
          "status": "robots"}
MAX_PAGES_LISTED = 8


@dataclass(frozen=True)
class FindingWords:
    title: str
    detail: str
    action: str  # "" for a note
    fix: str
    source: str
    pages: str  # the pages it was seen on, listed briefly ("" if none)


class _Missing(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def values(lang: Lang, finding: WebsiteFinding) -> dict[str, str]:
    out = dict(finding.params)
    for key, section in _CODED.items():
        if key in out:
            out[key] = word(lang, section, out[key])
    return out


def fill(template: str, params: dict[str, Any]) -> str:
    return template.format_map(_Missing(params)) if template else ""


def pages_text(urls: tuple[str, ...], limit: int = MAX_PAGES_LISTED) -> str:
    paths = list(dict.fromkeys(path_of(u) for u in urls))
    shown = ", ".join(paths[:limit])
    return shown + (f", … (+{len(paths) - limit})" if len(paths) > limit else "")


def finding_words(lang: Lang, finding: WebsiteFinding) -> FindingWords:
    words = rule_words(lang, finding.code)
    params = values(lang, finding)
    return FindingWords(
        title=fill(words.title, params), detail=fill(words.detail, params),
        action=fill(words.action, params) if finding.is_action else "",
        fix=fill(words.fix, params), source=words.source,
        pages=pages_text(finding.pages))


def not_checked(lang: Lang) -> list[str]:
    return list(website_words(lang).get("not_checked", {}).get("items", ()))


def no_compliance_claim(lang: Lang) -> str:
    return str(website_words(lang).get("not_checked", {}).get("no_compliance_claim", ""))
