"""Every information item a person must be given (GDPR Art. 13(1)-(2) and 14), gathered from
the register for one or more processing: each item filled, not applicable, or a named gap.

The register already holds almost every fact a notice needs; this module says, item by item,
what it holds and what it lacks. It never invents: an item the register cannot fill is a
:class:`FactGap` that names what is missing and where to fix it.

Use (the words come from the content files: :func:`assistant.content.notices.notice_facts`
loads them and calls :func:`gather_facts`)::

    source = read_notice_source(dossier, [12, 14])   # assistant.store.notice_source
    facts = notice_facts(source, "fr")               # assistant.content.notices
    facts.get("controller").text                     # general items
    facts.get("retention", 12).lines                 # items of one processing
    facts.gaps                                       # what the register lacks
    facts.short_form()                               # (label, text) pairs, one line each

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
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from assistant.domain.findings import Finding
from assistant.domain.guide.model import DpiaCriterion, DpiaScreening, Dpo, Pilot
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    INVALID_SAFEGUARDS,
    DurationUnit,
    LegalBasis,
    Processing,
    Retention,
)
from assistant.domain.processor import Processor
from assistant.domain.text import fold

GENERAL_ITEMS: tuple[str, ...] = ("controller", "contact", "rights", "complaint")
PROCESSING_ITEMS: tuple[str, ...] = (
    "purposes", "legal_basis", "legitimate_interest", "categories", "source", "recipients",
    "transfers", "retention", "requirement", "withdrawal", "automated_decisions",
)
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

    def short_form(self) -> tuple[tuple[str, str], ...]:
        """(label, one line) for a paper form: :meth:`short_items`, each in one line. A gap
        reads as the words ``[to complete: ...]`` of its language."""
        return tuple((label, _join((f.short, f.gap_marker), " ; "))
                     for label, f in self.short_items())


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
            self.t("gap_marker_where", where=where, what=_join(texts, self.t("semicolon")))
            if where else self.t("gap_marker", what=_join(texts, self.t("semicolon")))
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


def notice_article(p: Processing) -> int:
    """14 when the data comes from someone other than the person, else 13."""
    return 14 if p.data_source in OTHER_SOURCES else 13


def _says_the_same(one: str, other: str) -> bool:
    """One text holds the other, but for case, accents and a final full stop."""
    a, b = (fold(x).strip().rstrip(".").strip() for x in (one, other))
    return bool(a and b) and (a in b or b in a)


def _join(parts: Iterable[str], sep: str = ", ") -> str:
    return sep.join(x for x in (s.strip() for s in parts) if x)


def _one_line(lines: Iterable[str]) -> str:
    return " ; ".join(x.rstrip(".;") for x in lines if x.strip())


class _Builder:
    def __init__(self, source: NoticeSource, words: NoticeWords) -> None:
        self.s = source
        self.w = words
        self.processors = {x.id: x for x in source.processors if x.id is not None}

    # a fact with its label, articles and source from the content
    def fact(self, key: str, status: FactStatus, lines: Iterable[str] = (),
             gaps: Iterable[FactGap] = (), processing_id: int | None = None,
             short: str = "", article: int = 13) -> Fact:
        item = self.w.items.get(key, {})
        lines = tuple(x for x in lines if x.strip())
        gaps = tuple(gaps)
        if gaps:
            status = FactStatus.GAP
        if not short:
            short = _one_line(lines)
        marker = self.w.gap_marker(gaps) if gaps else ""
        articles = ARTICLES[key]
        if len(articles) == 2:  # the article that applies first
            articles = articles if article == 13 else (articles[1], articles[0])
        return Fact(key, item.get("label", key), articles, item.get("source", ""), status,
                    lines, gaps, processing_id, short, marker)

    # -- general items --------------------------------------------------------------------
    def controller(self) -> Fact:
        o = self.s.organisation
        gaps = []
        name = o.legal_name.strip()
        if not name:
            gaps.append(self.w.gap("controller_name", "organisation"))
        shown = name
        if o.trade_name and o.trade_name != name:
            shown = _join((o.trade_name, self.w.t("legal_name_of", name=name)) if name
                          else (o.trade_name,), " ")
        form = o.legal_form if o.legal_form.casefold() not in name.casefold() else ""
        ident = _join((shown, form, self.w.t("siren", siren=o.siren) if o.siren else ""))
        address = _join((o.address.replace("\n", ", "), _join((o.postcode, o.city), " "),
                         o.country))
        contact = _join((o.email, o.phone, o.website))
        if not (o.address.strip() and o.city.strip()) and not o.email and not o.phone:
            gaps.append(self.w.gap("controller_contact", "organisation"))
        lines = [_join((ident, address)), contact]
        for p in self.s.processings:
            if p.joint_controller.strip():
                lines.append(self.w.t("joint_controller", name=p.name,
                                      joint=p.joint_controller.strip()))
        return self.fact("controller", FactStatus.FILLED, lines, gaps,
                         short=_join((shown, address, contact)))

    def contact_means(self) -> str:
        """How to write to the shop about one's data: the DPO if one is designated, else the
        pilot's email or phone, else the organisation's, else its postal address ("" if the
        dossier has none of them)."""
        dpo, pilot, o = self.s.dpo, self.s.pilot, self.s.organisation
        if dpo is not None and dpo.designated:
            if not (dpo.email or dpo.phone):
                return ""
            return _join((dpo.name, dpo.organisation, dpo.email, dpo.phone))
        if pilot is not None and (pilot.email or pilot.phone):
            return _join((pilot.email, pilot.phone))
        if o.email or o.phone:
            return _join((o.email, o.phone))
        if o.legal_name and o.address.strip() and o.city.strip():
            return _join((o.legal_name, o.address.replace("\n", ", "),
                          _join((o.postcode, o.city), " ")))
        return ""

    def how_to_write(self) -> str:
        return self.contact_means() or self.w.t("contact_unknown")

    def contact(self) -> Fact:
        dpo = self.s.dpo
        means = self.contact_means()
        designated = dpo is not None and dpo.designated
        if not means:
            gap = self.w.gap("dpo_contact" if designated else "contact", "step1")
            return self.fact("contact", FactStatus.GAP, (), [gap])
        if designated:
            lines = [self.w.t("contact_dpo", how=means)]
        else:
            lines = [self.w.t("contact_general", how=means), self.w.t("no_dpo")]
        return self.fact("contact", FactStatus.FILLED, lines, short=lines[0])

    def rights(self) -> Fact:
        bases = {p.legal_basis for p in self.s.processings}
        lines = [self.w.t("right_access"), self.w.t("right_rectification"),
                 self.w.t("right_erasure"), self.w.t("right_restriction")]
        if bases & {LegalBasis.CONSENT, LegalBasis.CONTRACT}:
            lines.append(self.w.t("right_portability"))
        if bases & {LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK}:
            lines.append(self.w.t("right_objection"))
        lines.append(self.w.t("right_post_mortem"))
        lines.append(self.w.t("rights_how", how=self.how_to_write()))
        # the one line names the same rights as the full list (Art. 13(2)(b)): portability
        # where consent or a contract opens it, objection where an interest does
        also = ""
        if bases & {LegalBasis.CONSENT, LegalBasis.CONTRACT}:
            also += self.w.t("rights_short_portability")
        if bases & {LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK}:
            also += self.w.t("rights_short_objection")
        return self.fact("rights", FactStatus.FILLED, lines, short=self.w.t(
            "rights_short", how=self.how_to_write(), also=also))

    def complaint(self) -> Fact:
        line = self.w.t("complaint")
        return self.fact("complaint", FactStatus.FILLED, [line], short=line)

    # -- items of one processing ----------------------------------------------------------
    def processing(self, p: Processing) -> ProcessingFacts:
        art = notice_article(p)
        pid = p.id
        items = (
            self.purposes(p, pid, art), self.legal_basis(p, pid, art),
            self.legitimate_interest(p, pid, art), self.categories(p, pid, art),
            self.origin(p, pid, art), self.recipients(p, pid, art),
            self.transfers(p, pid, art), self.retention(p, pid, art),
            self.requirement(p, pid, art), self.withdrawal(p, pid, art),
            self.automated(p, pid, art),
        )
        described = list(dict.fromkeys(
            c.description.strip() or self.w.label("data_categories", c.category)
            for c in p.data_categories))
        # a child reads each thing once: a detail already said in another line is dropped
        plain = tuple(x for x in described if not any(
            x != y and x.casefold() in y.casefold() for y in described))
        return ProcessingFacts(pid, p.name, items, art, concerns_children(p),
                               biometric_staff(p), plain)

    def purposes(self, p: Processing, pid: int | None, art: int) -> Fact:
        if not p.purposes:
            return self.fact("purposes", FactStatus.GAP, (),
                             [self.w.gap("purposes", "processing", pid, name=p.name)], pid,
                             article=art)
        lines = list(p.purposes)
        if p.sub_purposes:
            lines.append(self.w.t("sub_purposes", items=_join(p.sub_purposes, " ; ")))
        return self.fact("purposes", FactStatus.FILLED, lines, (), pid,
                         short=_one_line(p.purposes), article=art)

    def legal_basis(self, p: Processing, pid: int | None, art: int) -> Fact:
        gaps = []
        lines: list[str] = []
        if p.legal_basis is None:
            gaps.append(self.w.gap("legal_basis", "processing", pid, name=p.name))
        else:
            # Only the law a legal obligation rests on is printed with the basis: the
            # interest of (f) is an item of its own, and the other details are notes for the
            # register (they often speak to the owner, not to the people).
            label = self.w.label("legal_bases", p.legal_basis.value)
            detail = p.legal_basis_detail.strip()
            if p.legal_basis is LegalBasis.LEGAL_OBLIGATION and detail:
                lines.append(self.w.t("basis_with_detail", basis=label, detail=detail))
            else:
                lines.append(label)
            if p.legal_basis is LegalBasis.LEGAL_OBLIGATION and not detail:
                gaps.append(self.w.gap("legal_obligation", "processing", pid, name=p.name))
        if p.has_sensitive_data:
            if p.art9_condition:
                lines.append(self.w.t("art9_condition", condition=self.w.label(
                    "art9_conditions", p.art9_condition)))
            else:
                gaps.append(self.w.gap("art9_condition", "processing", pid, name=p.name))
        short = lines[0] if lines else ""
        return self.fact("legal_basis", FactStatus.FILLED, lines, gaps, pid, short=short,
                         article=art)

    def legitimate_interest(self, p: Processing, pid: int | None, art: int) -> Fact:
        if p.legal_basis is not LegalBasis.LEGITIMATE_INTERESTS:
            return self.fact("legitimate_interest", FactStatus.NOT_APPLICABLE,
                             processing_id=pid, article=art)
        detail = p.legal_basis_detail.strip()
        if not detail:
            return self.fact("legitimate_interest", FactStatus.GAP, (), [self.w.gap(
                "legitimate_interest", "processing", pid, name=p.name)], pid, article=art)
        return self.fact("legitimate_interest", FactStatus.FILLED, [detail], (), pid,
                         article=art)

    def categories(self, p: Processing, pid: int | None, art: int) -> Fact:
        if not p.data_categories:
            return self.fact("categories", FactStatus.GAP, (), [self.w.gap(
                "categories", "processing", pid, name=p.name)], pid, article=art)
        lines = []
        for c in p.data_categories:
            label = self.w.label("data_categories", c.category)
            lines.append(self.w.t("category_with_detail", category=label,
                                  detail=c.description) if c.description.strip() else label)
        short = _join(dict.fromkeys(self.w.label("data_categories", c.category)
                                    for c in p.data_categories))
        return self.fact("categories", FactStatus.FILLED, lines, (), pid, short=short,
                         article=art)

    def origin(self, p: Processing, pid: int | None, art: int) -> Fact:
        code, detail = p.data_source.strip(), p.data_source_detail.strip()
        if not code:
            return self.fact("source", FactStatus.GAP, (), [self.w.gap(
                "source", "processing", pid, name=p.name)], pid, article=art)
        key = {"data_subject": "source_person", OBSERVED_SOURCE: "source_observed",
               "third_party": "source_third_party",
               "public_sources": "source_public"}.get(code)
        head = self.w.t(key) if key else self.w.label("data_sources", code)
        lines = [_join((head, detail), " : " if self.w.lang == "fr" else ": ")
                 if detail else head]
        gaps = []
        if code in OTHER_SOURCES and not detail:
            gaps.append(self.w.gap("source_detail", "processing", pid, name=p.name))
        return self.fact("source", FactStatus.FILLED, lines, gaps, pid, article=art)

    def recipients(self, p: Processing, pid: int | None, art: int) -> Fact:
        lines = []
        for r in p.recipients:
            label = self.w.label("recipient_types", r.type)
            lines.append(self.w.t("recipient_with_detail", type=label, detail=r.description)
                         if r.description.strip() else label)
        linked = [self.processors[i] for i in p.processor_ids if i in self.processors]
        if linked:
            names = _join(_join((x.name, f"({x.service})" if x.service else ""), " ")
                          for x in linked)
            lines.append(self.w.t("processors_named", names=names))
        if not lines:
            return self.fact("recipients", FactStatus.GAP, (), [self.w.gap(
                "recipients", "processing", pid, name=p.name)], pid, article=art)
        short = _join(dict.fromkeys(self.w.label("recipient_types", r.type)
                                    for r in p.recipients))
        if linked:
            short = _join((short, _join(x.name for x in linked)), " ; ")
        return self.fact("recipients", FactStatus.FILLED, lines, (), pid, short=short,
                         article=art)

    def transfers(self, p: Processing, pid: int | None, art: int) -> Fact:
        gaps: list[FactGap] = []
        lines = []
        found: list[tuple[str, str, str, str]] = [
            (t.recipient, t.country, t.safeguard, t.documentation) for t in p.transfers]
        by_processor = []
        for i in p.processor_ids:
            x = self.processors.get(i)
            # a processor's transfer already written in the processing is given once
            if x is not None and x.transfer_countries.strip() and not any(
                    r.casefold() == x.name.casefold() for r, *_ in found):
                found.append((x.name, x.transfer_countries, x.transfer_safeguard, ""))
                by_processor.append(x)
        if p.transfers_unchecked:
            # nothing listed and nothing confirmed: the register has not answered yet
            tools = self.s.tools.get(pid or 0, ()) if pid is not None else ()
            if tools:
                gaps.append(self.w.gap("transfers_unchecked_tools", "processing", pid,
                                       name=p.name, tools=_join(tools)))
            else:
                gaps.append(self.w.gap("transfers_unchecked", "processing", pid,
                                       name=p.name))
        elif p.no_transfer_confirmed and by_processor:
            gaps.append(self.w.gap(
                "transfers_contradiction", "processing", pid, name=p.name,
                processors=_join(x.name for x in by_processor),
                countries=_join(dict.fromkeys(x.transfer_countries for x in by_processor))))
        for recipient, country, safeguard, documentation in found:
            where = _join((recipient, f"({country})" if country else ""), " ")
            if not safeguard:
                gaps.append(self.w.gap("transfer_safeguard", "processing", pid, name=p.name,
                                       country=country or "?"))
                lines.append(where)
                continue
            if safeguard in INVALID_SAFEGUARDS:
                gaps.append(self.w.gap("transfer_invalid", "processing", pid, name=p.name,
                                       country=country or "?"))
                lines.append(where)
                continue
            line = self.w.t("transfer", where=where,
                            safeguard=self.w.label("transfer_safeguards", safeguard))
            lines.append(_join((line, documentation), " ") if documentation else line)
        if not found:
            if gaps:  # to check: the notice says nothing until the owner has answered
                return self.fact("transfers", FactStatus.GAP, (), gaps, pid, article=art)
            line = self.w.t("no_transfer")
            return self.fact("transfers", FactStatus.FILLED, [line], (), pid, short=line,
                             article=art)
        lines.append(self.w.t("transfer_copy", how=self.how_to_write()))
        return self.fact("transfers", FactStatus.FILLED, lines, gaps, pid,
                         short=_one_line(lines[:-1]), article=art)

    def retention_text(self, r: Retention) -> str:
        parts = []
        if r.value is not None and r.unit is not None:
            length = self.w.duration(r.value, r.unit)
            trigger = self.w.from_(self.w.label("retention_triggers", r.trigger)) \
                if r.trigger else ""
            parts.append(self.w.t("retention_from", length=length, trigger=trigger)
                         if trigger else length)
        note = r.note.strip()
        if note and parts and _says_the_same(parts[0], note):
            # the note repeats the period in words ("10 ans à compter de la clôture de
            # l'exercice"): the fuller of the two, once
            parts = [max(parts[0], note, key=len)]
        elif note:
            parts.append(note)
        return _join(parts, ". " if parts and not parts[0].endswith(".") else " ")

    def retention(self, p: Processing, pid: int | None, art: int) -> Fact:
        lines, missing = [], []
        if p.data_categories:
            for c in p.data_categories:
                r = p.retention_for(c)
                label = self.w.label("data_categories", c.category)
                if c.description.strip():
                    label = self.w.t("category_with_detail", category=label,
                                     detail=c.description)
                if r.is_set():
                    lines.append(self.w.t("retention_of", what=label,
                                          how=self.retention_text(r)))
                else:
                    missing.append(self.w.label("data_categories", c.category))
        elif p.retention.is_set():
            lines.append(self.retention_text(p.retention))
        else:
            missing.append(p.name)
        gaps = [self.w.gap("retention", "processing", pid, name=p.name,
                           what=_join(missing))] if missing else []
        # in one line: the general period, in figures when it has some, else its criteria;
        # with the longest period of any data kept longer (a poster saying "5 years" for
        # online orders whose contracts of 120 EUR or more are kept 10 years, C. consom.
        # L213-1, would understate it: Art. 13(2)(a))
        r = p.retention
        general = self.retention_text(Retention(r.value, r.unit, r.trigger)) \
            if r.value is not None and r.unit is not None else r.note.strip()
        short = general or _one_line(lines)
        base = r.approx_days()
        longer = [x for c in p.data_categories if (x := p.retention_for(c)).value is not None
                  and x.unit is not None and base is not None
                  and (x.approx_days() or 0) > base]
        if general and longer:
            longest = max(longer, key=lambda x: x.approx_days() or 0)
            assert longest.value is not None and longest.unit is not None
            short += self.w.t("retention_up_to",
                              length=self.w.duration(longest.value, longest.unit))
        return self.fact("retention", FactStatus.FILLED, lines, gaps, pid, short=short,
                         article=art)

    def requirement(self, p: Processing, pid: int | None, art: int) -> Fact:
        if art == 14:  # Art. 13(2)(e) concerns data the person gives
            return self.fact("requirement", FactStatus.NOT_APPLICABLE, processing_id=pid,
                             article=art)
        if p.data_source == OBSERVED_SOURCE:
            line = self.w.t("requirement_observed")
        elif p.legal_basis is None:
            return self.fact("requirement", FactStatus.GAP, (), [self.w.gap(
                "legal_basis", "processing", pid, name=p.name)], pid, article=art)
        elif p.legal_basis is LegalBasis.CONTRACT:
            line = self.w.t("requirement_contract")
        elif p.legal_basis is LegalBasis.LEGAL_OBLIGATION:
            line = self.w.t("requirement_law")
        elif p.legal_basis is LegalBasis.CONSENT:
            line = self.w.t("requirement_consent")
        else:
            line = self.w.t("requirement_none")
        return self.fact("requirement", FactStatus.FILLED, [line], (), pid, article=art)

    def withdrawal(self, p: Processing, pid: int | None, art: int) -> Fact:
        if p.legal_basis is not LegalBasis.CONSENT and p.art9_condition != "explicit_consent":
            return self.fact("withdrawal", FactStatus.NOT_APPLICABLE, processing_id=pid,
                             article=art)
        line = self.w.t("withdrawal", how=self.how_to_write())
        return self.fact("withdrawal", FactStatus.FILLED, [line], (), pid, article=art)

    def automated(self, p: Processing, pid: int | None, art: int) -> Fact:
        """Art. 13(2)(f) from the step-4 screening's criterion 2 (see the module's
        docstring): a gap only where the screening found an automated decision."""
        screening = self.s.screenings.get(pid) if pid is not None else None
        if screening is not None and DpiaCriterion.AUTOMATED_DECISION in screening.criteria:
            return self.fact("automated_decisions", FactStatus.GAP, (), [self.w.gap(
                "automated_decision", "dpia", pid, name=p.name)], pid, article=art)
        line = self.w.t("no_automated_decision")
        return self.fact("automated_decisions", FactStatus.FILLED, [line], (), pid,
                         article=art)


def gather_facts(source: NoticeSource, words: NoticeWords) -> NoticeFacts:
    """The facts of a notice covering ``source.processings``, in ``words``' language."""
    b = _Builder(source, words)
    general = (b.controller(), b.contact(), b.rights(), b.complaint())
    return NoticeFacts(words.lang, general, tuple(b.processing(p) for p in source.processings),
                       b.contact_means())


# -- what a notice rests on, to tell when it goes out of date ------------------------------
def _retention_key(r: Retention) -> list[Any]:
    return [r.value, r.unit.value if r.unit else None, r.trigger, r.note]


def input_digests(source: NoticeSource) -> dict[str, str]:
    """SHA-256 of every value of the dossier a notice covering ``source.processings`` is
    drawn from, and of nothing else (a new security measure does not change a notice):
    ``"general"`` for the organisation, pilot and DPO, and one per processing, keyed by its
    id. A notice recorded with these digests is out of date, for the processing named, when
    the dossier gives other ones."""
    processors = {x.id: x for x in source.processors}
    o, pilot, dpo = source.organisation, source.pilot, source.dpo
    out = {"general": _digest({
        "organisation": [o.legal_name, o.trade_name, o.legal_form, o.siren, o.address,
                         o.postcode, o.city, o.country, o.email, o.phone, o.website],
        "pilot": [pilot.email, pilot.phone] if pilot else None,
        "dpo": [dpo.designated, dpo.name, dpo.organisation, dpo.email, dpo.phone]
        if dpo else None})}
    for p in source.processings:
        screening = source.screenings.get(p.id or 0)
        linked = [processors[i] for i in sorted(p.processor_ids) if i in processors]
        out[str(p.id)] = _digest({
            "name": p.name, "purposes": list(p.purposes),
            "sub_purposes": list(p.sub_purposes),
            "basis": p.legal_basis.value if p.legal_basis else None,
            "detail": p.legal_basis_detail, "art9": p.art9_condition,
            "subjects": list(p.data_subjects),
            "categories": [[c.category, c.description, c.sensitive, _retention_key(c.retention)]
                           for c in p.data_categories],
            "retention": _retention_key(p.retention),
            "recipients": [[r.type, r.description] for r in p.recipients],
            "processors": [[x.name, x.service, x.transfer_countries, x.transfer_safeguard]
                           for x in linked],
            "transfers": [[t.recipient, t.country, t.safeguard, t.documentation]
                          for t in p.transfers],
            # only when given, so that notices recorded before the answer existed keep
            # their digests (they change once the owner answers)
            **({"no_transfer": True} if p.no_transfer_confirmed else {}),
            "source": [p.data_source, p.data_source_detail],
            "joint": p.joint_controller,
            "screened": None if screening is None else
            DpiaCriterion.AUTOMATED_DECISION in screening.criteria,
        })
    return out


def inputs_digest(source: NoticeSource) -> str:
    """One SHA-256 over :func:`input_digests`."""
    return _digest(input_digests(source))


def _digest(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


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
