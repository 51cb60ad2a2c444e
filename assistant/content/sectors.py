"""The processing a shop of each sector nearly always carries out (``sectors.toml``): the
templates the app suggests once it knows the shop is a florist, a bakery, a web shop..."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from assistant.content.catalog import Lang, read_toml
from assistant.content.loader import Template, load_templates, load_vocabularies


@dataclass(frozen=True)
class Suggestion:
    template: Template
    why: str  # why a shop of the sector keeps it, in the trade's words


@dataclass(frozen=True)
class SectorSuggestions:
    sector: str  # the vocabulary code
    label: str  # "Fleuriste"
    items: tuple[Suggestion, ...]


@lru_cache(maxsize=32)
def sector_suggestions(lang: Lang, sector: str) -> SectorSuggestions | None:
    """What the app suggests for ``sector`` (a code of the sectors vocabulary); None for a
    sector typed by hand or without suggestions."""
    table = read_toml(lang, "sectors").get("sectors", {}).get(sector)
    if not table:
        return None
    templates = {t.id: t for t in load_templates(lang)}
    why = table.get("why", {})
    items = tuple(Suggestion(templates[tid], why.get(tid, "")) for tid in table["templates"]
                  if tid in templates)
    label = load_vocabularies(lang)["sectors"].label(sector)
    return SectorSuggestions(sector, label, items)
