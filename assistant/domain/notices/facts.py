"""Every information item a person must be given (GDPR Art. 13(1)-(2) and 14), gathered from
the register for one or more processing: each item filled, not applicable, or a named gap.

The register already holds almost every fact a notice needs; this module says, item by item,
what it holds and what it lacks. It never invents: an item the register cannot fill is a
:class:`FactGap` that names what is missing and where to fix it.

The items are built from the register in :mod:`.gather` (:func:`~.gather.gather_facts`);
what a recorded notice rests on, to tell when it goes out of date, in :mod:`.digests`.

Use (the words come from the content files: :func:`assistant.content.notices.notice_facts`
loads them and calls :func:`~.gather.gather_facts`)::

    source = read_notice_source(dossier, [12, 14])   # assistant.store.notice_source
    facts = notice_facts(source, "fr")               # assistant.content.notices
    facts.get("controller").text                     # general items
    facts.get("retention", 12).lines                 # items of one processing
    facts.gaps                                       # what the register lacks
    facts.short_items()                              # (label, fact) pairs of a short notice

Items and their articles (Art. 13 when the data comes from the person or from observing them,
Art. 14 when it comes from someone else):

=====================  =================  ===========  =====================================
key                    Art. 13            Art. 14      filled from
=====================  =================  ===========  =====================================
controller             13(1)(a)           14(1)(a)     the organisation (+ joint controllers)
contact                13(1)(b)           14(1)(b)     the DPO if designated, else the pilot,
                                                       else the organisation's contact
purposes               13(1)(c)           14(1)(c)     purposes and sub-purposes
legal_basis            13(1)(c)           14(1)(c)     legal basis, its detail, Art. 9(2)
legitimate_interest    13(1)(d)           14(2)(b)     the interest pursued (basis (f) only)
categories             --                 14(1)(d)     data categories (also for Art. 15)
recipients             13(1)(e)           14(1)(e)     recipients and linked processors
transfers              13(1)(f)           14(1)(f)     transfers, processors' transfers, or
                                                       the owner's "no transfer" (confirmed)
retention              13(2)(a)           14(2)(a)     retention of each data category
rights                 13(2)(b)           14(2)(c)     the rights the bases open, and how
withdrawal             13(2)(c)           14(2)(d)     consent-based processing only
complaint              13(2)(d)           14(2)(e)     the CNIL (always)
requirement            13(2)(e)           --           derived from the legal basis
source                 --                 14(2)(f)     origin of the data
automated_decisions    13(2)(f)           14(2)(g)     the DPIA screening (criterion 2)
=====================  =================  ===========  =====================================

Two items are answers the owner gives, never defaults the app assumes:

- **transfers**: an empty list is what every template starts with, so it is a gap ("to
  check", naming the tools the dossier shows the shop uses) until the owner either lists the
  transfers or confirms that none leaves the EEA (``Processing.no_transfer_confirmed``, held
  by the register and shown as missing there too).
- **automated decisions** (Art. 22): the dossier's one question about them is criterion 2 of
  the step-4 screening (WP248: "automated decision with legal or similar effect"), which is
  Art. 22(1)'s own test. A processing without it reads as "no automated decision"; one with
  it is a gap, since only the owner can describe the logic and its consequences. No second
  field in the register asks the same thing.

``controller``, ``contact``, ``rights`` and ``complaint`` are general (one for the notice);
the others are given for each processing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from assistant.domain.findings import Finding
from assistant.domain.guide.model import DpiaScreening, Dpo, Pilot
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DurationUnit,
    Processing,
)
from assistant.domain.processor import Processor

# The order a full notice gives them in (the order of Art. 13).
ITEM_ORDER: tuple[str, ...] = (
    "controller", "contact", "purposes", "legal_basis", "legitimate_interest", "categories",
    "source", "recipients", "transfers", "retention", "rights", "withdrawal", "complaint",
    "requirement", "automated_decisions",
)
ARTICLES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "controller": ("13(1)(a)", "14(1)(a)"),
    "contact": ("13(1)(b)", "14(1)(b)"),
    "purposes": ("13(1)(c)", "14(1)(c)"),
    "legal_basis": ("13(1)(c)", "14(1)(c)"),
    "legitimate_interest": ("13(1)(d)", "14(2)(b)"),
    "categories": ("14(1)(d)",),
    "recipients": ("13(1)(e)", "14(1)(e)"),
    "transfers": ("13(1)(f)", "14(1)(f)"),
    "retention": ("13(2)(a)", "14(2)(a)"),
    "rights": ("13(2)(b)", "14(2)(c)"),
    "withdrawal": ("13(2)(c)", "14(2)(d)"),
    "complaint": ("13(2)(d)", "14(2)(e)"),
    "requirement": ("13(2)(e)",),
    "source": ("14(2)(f)",),
    "automated_decisions": ("13(2)(f)", "14(2)(g)"),
})
# Every point of Art. 13(1) and 13(2): what a notice must give or say is missing.
ART13_POINTS: tuple[str, ...] = (
    "13(1)(a)", "13(1)(b)", "13(1)(c)", "13(1)(d)", "13(1)(e)", "13(1)(f)",
    "13(2)(a)", "13(2)(b)", "13(2)(c)", "13(2)(d)", "13(2)(e)", "13(2)(f)",
)

# Codes of the ``data_sources`` vocabulary: data obtained from someone other than the person
# (Art. 14), and data the shop produces by observing them (Art. 13, EDPB WP260 rev.01 §26).
OTHER_SOURCES = frozenset({"third_party", "public_sources"})
OBSERVED_SOURCE = "observed"
MINORS = "minors"  # code of data_subjects: children
EMPLOYEES = "employees"
BIOMETRIC = "biometric"  # code of data_categories


class FactStatus(StrEnum):
    FILLED = "filled"
    GAP = "gap"  # the register lacks something this item needs (some lines may be filled)
    NOT_APPLICABLE = "not_applicable"  # e.g. no legitimate interest when the basis is consent


@dataclass(frozen=True)
class FactGap:
    """Something the register lacks for a notice: what, and where to fix it."""

    code: str  # a table of ``[gaps]`` in notices.toml
    text: str  # what is missing, in words
    fix: str  # where to fix it, in words
    target: str  # "organisation", "processing", "step1", "dpia" (what the window opens)
    processing_id: int | None = None
    where: str = ""  # where to answer it, in words ("dans le registre")


@dataclass(frozen=True)
class Fact:
    key: str  # one of ITEM_ORDER
    label: str  # the item's heading in the notice's language
    articles: tuple[str, ...]  # the points of Art. 13/14 it answers
    source: str  # the legal source of the obligation, in words
    status: FactStatus
    lines: tuple[str, ...] = ()  # what the notice says (may be partial when there are gaps)
    gaps: tuple[FactGap, ...] = ()
    processing_id: int | None = None  # None for the general items
    short: str = ""  # the same in one line, for short notices and forms
    gap_marker: str = ""  # the gaps in the notice's words: "[à compléter : ...]"

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def is_gap(self) -> bool:
        return self.status is FactStatus.GAP

    @property
    def applies(self) -> bool:
        return self.status is not FactStatus.NOT_APPLICABLE


@dataclass(frozen=True)
class ProcessingFacts:
    processing_id: int | None
    name: str
    facts: tuple[Fact, ...]
    article: int  # 13 (data from the person or observed) or 14 (data from someone else)
    children: bool  # the processing concerns minors (Art. 8, 12(1); loi I&L art. 45)
    biometric_staff: bool  # biometrics of employees: see :func:`biometric_staff`
    # the data in plain words (each category's description, else its label): for children
    plain_data: tuple[str, ...] = ()

    def get(self, key: str) -> Fact | None:
        return next((f for f in self.facts if f.key == key), None)


@dataclass(frozen=True)
class NoticeFacts:
    """The facts of one notice: general items, then each processing's."""

    lang: str
    general: tuple[Fact, ...]
    processings: tuple[ProcessingFacts, ...]
    contact_means: str = ""  # how to write about one's data ("" if the dossier has none)

    def get(self, key: str, processing_id: int | None = None) -> Fact | None:
        """A general item (``processing_id`` None) or one processing's item."""
        if processing_id is None:
            return next((f for f in self.general if f.key == key), None)
        for p in self.processings:
            if p.processing_id == processing_id:
                return p.get(key)
        return None

    def __iter__(self) -> Iterator[Fact]:
        yield from self.general
        for p in self.processings:
            yield from p.facts

    @property
    def gaps(self) -> tuple[FactGap, ...]:
        """Every gap once (a gap shared by several items is listed once)."""
        seen: dict[tuple[str, int | None], FactGap] = {}
        for fact in self:
            for gap in fact.gaps:
                seen.setdefault((gap.code, gap.processing_id), gap)
        return tuple(seen.values())

    @property
    def complete(self) -> bool:
        return not any(f.is_gap for f in self)

    @property
    def children(self) -> tuple[ProcessingFacts, ...]:
        return tuple(p for p in self.processings if p.children)

    @property
    def biometric_staff(self) -> tuple[ProcessingFacts, ...]:
        return tuple(p for p in self.processings if p.biometric_staff)

    def points(self) -> dict[str, FactStatus]:
        """For each point of Art. 13(1)-(2): filled if every fact answering it is filled,
        a gap if any is, not applicable if none applies."""
        result: dict[str, FactStatus] = {}
        for point in ART13_POINTS:
            facts = [f for f in self if point in f.articles]
            if any(f.is_gap for f in facts):
                result[point] = FactStatus.GAP
            elif any(f.applies for f in facts):
                result[point] = FactStatus.FILLED
            else:
                result[point] = FactStatus.NOT_APPLICABLE
        return result

    def short_items(self) -> tuple[tuple[str, Fact], ...]:
        """(label, fact) for a short notice: every item that applies, general ones first, a
        processing's items prefixed by its name when there are several."""
        several = len(self.processings) > 1
        out = [(f.label, f) for f in self.general if f.key in ("controller", "contact")]
        for p in self.processings:
            out += [(f"{p.name} — {f.label}" if several else f.label, f)
                    for f in p.facts if f.applies]
        out += [(f.label, f) for f in self.general if f.key in ("rights", "complaint")]
        return tuple(out)

@dataclass(frozen=True)
class NoticeSource:
    """What the facts are drawn from: the dossier's data, read by the store."""

    organisation: Organisation
    processings: tuple[Processing, ...]
    processors: tuple[Processor, ...] = ()  # every processor; linked by processor_ids
    pilot: Pilot | None = None
    dpo: Dpo | None = None
    screenings: Mapping[int, DpiaScreening] = field(
        default_factory=lambda: MappingProxyType({}))  # by processing id
    # tools the dossier shows the shop uses for a processing (withdrawals sent to Mailchimp,
    # customers imported from Shopify), by processing id: named where transfers are asked
    tools: Mapping[int, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class NoticeWords:
    """The words of one language: ``[items]``, ``[gaps]`` and ``[text]`` of notices.toml,
    and the labels of the vocabularies (code -> label)."""

    lang: str
    items: Mapping[str, Mapping[str, str]]
    gaps: Mapping[str, Mapping[str, str]]
    texts: Mapping[str, str]
    vocab: Mapping[str, Mapping[str, str]]
    # the words of each kind of notice (``[kinds.<kind>]``: title, intro...)
    kinds: Mapping[str, Mapping[str, str]] = field(
        default_factory=lambda: MappingProxyType({}))

    def t(self, key: str, **params: object) -> str:
        template = self.texts.get(key)
        if template is None:
            return f"[{key}]"  # a missing text is a bug the content tests catch
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    def kind(self, kind: str, key: str, **params: object) -> str:
        """A text of one kind of notice (``[kinds.<kind>]``), else of ``[text]``."""
        template = self.kinds.get(kind, {}).get(key)
        if template is None:
            return self.t(key, **params)
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    def label(self, vocabulary: str, code: str) -> str:
        """The label of a code; free text (not a code) as typed."""
        return self.vocab.get(vocabulary, {}).get(code, code)

    def gap(self, code: str, target: str, processing_id: int | None = None,
            **params: object) -> FactGap:
        words = self.gaps.get(code, {})
        text = words.get("text", code)
        fix = words.get("fix", "")
        with contextlib.suppress(KeyError, IndexError):
            text, fix = text.format(**params), fix.format(**params)
        return FactGap(code, text, fix, target, processing_id,
                       self.texts.get(f"where_{target}", ""))

    def gap_marker(self, gaps: Iterable[FactGap]) -> str:
        """The gaps as the notice prints them, each saying where it is answered:
        "[à compléter dans le registre : ...]"; gaps answered in one place go together."""
        by_place: dict[str, list[str]] = {}
        for g in gaps:
            by_place.setdefault(g.where, []).append(g.text)
        return " ".join(
            self.t("gap_marker_where", where=where, what=join_texts(texts, self.t("semicolon")))
            if where else self.t("gap_marker", what=join_texts(texts, self.t("semicolon")))
            for where, texts in by_place.items())

    def from_(self, text: str) -> str:
        """``text`` after "from" (French "à compter de": "le dernier contact" -> "du dernier
        contact", "les" -> "des")."""
        if self.lang != "fr":
            return text
        if text.startswith("le "):
            return "du " + text[3:]
        if text.startswith("les "):
            return "des " + text[4:]
        return "de " + text

    def duration(self, value: int, unit: DurationUnit) -> str:
        form = "one" if value == 1 else "many"
        return self.t(f"{unit.value}_{form}", n=value)


# -- helpers ------------------------------------------------------------------------------
def biometric_staff(p: Processing) -> bool:
    """Biometric data of employees (a fingerprint time clock, a face reader at the door):
    the CNIL treats biometrics for staff attendance as disproportionate (sanction
    SAN-2018-009); a DPIA does not make it acceptable."""
    return EMPLOYEES in p.data_subjects and any(c.category == BIOMETRIC
                                                for c in p.data_categories)


def concerns_children(p: Processing) -> bool:
    return MINORS in p.data_subjects


def join_texts(parts: Iterable[str], sep: str = ", ") -> str:
    """The texts that are not blank, stripped, joined by ``sep``."""
    return sep.join(x for x in (s.strip() for s in parts) if x)


def notice_article(p: Processing) -> int:
    """14 when the data comes from someone other than the person, else 13."""
    return 14 if p.data_source in OTHER_SOURCES else 13


def processing_advice(p: Processing) -> list[Finding]:
    """What the processing editor tells the owner as they choose its data and people (never
    blocking, and not an Art. 30 gap): children (Art. 8, loi Informatique et Libertés
    art. 45, Art. 12(1)) and staff biometrics (CNIL SAN-2018-009)."""
    found = []
    if biometric_staff(p):
        found.append(Finding("biometric_staff_attendance", "data_categories"))
    if concerns_children(p):
        found.append(Finding("minors_consent", "data_subjects"))
    return found
