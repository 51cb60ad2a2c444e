"""Vocabularies and register templates, read from the content TOML files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.content.catalog import Lang, read_toml
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
)


@dataclass(frozen=True)
class VocabEntry:
    code: str
    label: str
    help: str = ""
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def flag(self, name: str, default: Any = None) -> Any:
        return self.extra.get(name, default)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    entries: dict[str, VocabEntry]

    def __iter__(self) -> Iterator[VocabEntry]:
        return iter(self.entries.values())

    def __contains__(self, code: object) -> bool:
        return code in self.entries

    def label(self, code: str) -> str:
        """The label of a code; free text (not a code) is shown as typed."""
        entry = self.entries.get(code)
        return entry.label if entry else code

    def code_for(self, text: str) -> str:
        """The code whose code or label is ``text`` (case-insensitive), else ``text``."""
        wanted = text.strip().casefold()
        for entry in self.entries.values():
            if wanted in (entry.code.casefold(), entry.label.casefold()):
                return entry.code
        return text.strip()


@lru_cache(maxsize=4)
def load_vocabularies(lang: Lang) -> dict[str, Vocabulary]:
    data = read_toml(lang, "vocabularies")
    vocabularies: dict[str, Vocabulary] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            continue
        entries = {}
        for code, raw in table.items():
            raw = dict(raw)
            entries[code] = VocabEntry(
                code=code,
                label=raw.pop("label"),
                help=raw.pop("help", ""),
                source=raw.pop("source", ""),
                extra=raw,
            )
        vocabularies[name] = Vocabulary(name, entries)
    return vocabularies


def _retention(raw: dict[str, Any] | None) -> Retention:
    if not raw:
        return Retention()
    unit = raw.get("unit")
    return Retention(
        value=raw.get("value"),
        unit=DurationUnit(unit) if unit else None,
        trigger=raw.get("trigger", ""),
        note=raw.get("note", ""),
    )


@dataclass(frozen=True)
class Template:
    """A typical shop processing, shipped pre-filled with its sources."""

    id: str
    name: str
    summary: str
    sources: tuple[str, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def to_processing(self) -> Processing:
        r = self.raw
        basis = r.get("legal_basis")
        return Processing(
            name=self.name,
            status=ProcessingStatus.DRAFT,
            purposes=tuple(r.get("purposes", ())),
            sub_purposes=tuple(r.get("sub_purposes", ())),
            legal_basis=LegalBasis(basis) if basis else None,
            legal_basis_detail=r.get("legal_basis_detail", ""),
            art9_condition=r.get("art9_condition", ""),
            data_subjects=tuple(r.get("data_subjects", ())),
            data_categories=tuple(
                DataCategory(
                    category=c["category"],
                    description=c.get("description", ""),
                    sensitive=bool(c.get("sensitive", False)),
                    retention=_retention(c.get("retention")),
                )
                for c in r.get("data_categories", ())
            ),
            retention=_retention(r.get("retention")),
            recipients=tuple(
                Recipient(x["type"], x.get("description", "")) for x in r.get("recipients", ())
            ),
            transfers=tuple(
                Transfer(
                    x["recipient"], x["country"], x.get("safeguard", ""),
                    x.get("documentation", ""),
                )
                for x in r.get("transfers", ())
            ),
            security_measures=tuple(
                SecurityMeasure(x["code"], x.get("description", ""))
                for x in r.get("security_measures", ())
            ),
            data_source=r.get("data_source", ""),
            data_source_detail=r.get("data_source_detail", ""),
            template_id=self.id,
            notes=r.get("notes", ""),
        )


@lru_cache(maxsize=4)
def load_templates(lang: Lang) -> tuple[Template, ...]:
    data = read_toml(lang, "templates")
    return tuple(
        Template(
            id=t["id"],
            name=t["name"],
            summary=t.get("summary", ""),
            sources=tuple(t.get("sources", ())),
            raw=t,
        )
        for t in data.get("templates", ())
    )


def template_by_id(lang: Lang, template_id: str) -> Template:
    for template in load_templates(lang):
        if template.id == template_id:
            return template
    raise KeyError(template_id)
