"""The five kinds of information notice, what each covers by default, and how each is laid out
from the facts (:mod:`.facts`): a :class:`NoticeDocument` that the Markdown, HTML and PDF
writers render the same way.

- **website**: the full privacy notice, one section per processing (HTML, Markdown, PDF).
- **poster**: the same for the counter, each item in one line (A4).
- **cctv**: the sign at the entrance. First the CNIL's minimum in large type (pictogram,
  purposes, retention, who to contact, the existence of rights, the right to complain to the
  CNIL; CNIL, « La vidéosurveillance dans les commerces »), with its gaps shown; then, in
  small print, the other items of Art. 13 the register fills (never their gaps: the sign
  points to the full notice, which carries them).
- **form**: the short notice printed under a loyalty or newsletter form, one line per item.
- **staff**: what the staff are told (payroll, schedules, CCTV...), in full.

A notice aimed at children (a processing of minors) gets a part written in words a child
understands (Art. 12(1)); the owner is reminded of Art. 8 and loi Informatique et Libertés
art. 45. A processing of staff biometrics gets a warning for the owner (CNIL SAN-2018-009);
warnings are for the owner's eyes and never printed in the notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from assistant.domain.notices.facts import (
    EMPLOYEES,
    Fact,
    FactStatus,
    NoticeFacts,
    NoticeWords,
    ProcessingFacts,
)
from assistant.domain.processing import CCTV_CATEGORY, LegalBasis, Processing, ProcessingStatus


class NoticeKind(StrEnum):
    WEBSITE = "website"
    POSTER = "poster"
    CCTV = "cctv"
    FORM = "form"
    STAFF = "staff"


# data_subjects codes of the people met in the shop or as its customers
_CUSTOMER_SUBJECTS = frozenset({"customers", "prospects", "loyalty_members",
                                "newsletter_subscribers", "premises_visitors", "minors"})
_STAFF_SUBJECTS = frozenset({EMPLOYEES})


def films_people(p: Processing) -> bool:
    return p.template_id == "cctv" or any(c.category == CCTV_CATEGORY
                                          for c in p.data_categories)


def default_scope(kind: NoticeKind, processings: Iterable[Processing]) -> list[Processing]:
    """The processing a notice of ``kind`` covers when the user picks none: the register
    without archived entries, filtered by whom the notice speaks to."""
    live = [p for p in processings if p.status is not ProcessingStatus.ARCHIVED]
    subjects = [set(p.data_subjects) for p in live]
    if kind is NoticeKind.WEBSITE:
        # everyone but the staff (they get their own notice); the cameras stay: the sign at
        # the door sends people to this notice for what it cannot hold (CNIL, « La
        # vidéosurveillance dans les commerces »: the other items by another means, such as
        # the website)
        return [p for p, s in zip(live, subjects, strict=True) if not s or s - _STAFF_SUBJECTS]
    if kind is NoticeKind.POSTER:
        return [p for p, s in zip(live, subjects, strict=True) if s & _CUSTOMER_SUBJECTS]
    if kind is NoticeKind.CCTV:
        return [p for p in live if films_people(p)]
    if kind is NoticeKind.FORM:
        return [p for p, s in zip(live, subjects, strict=True)
                if p.legal_basis is LegalBasis.CONSENT and s & _CUSTOMER_SUBJECTS]
    return [p for p, s in zip(live, subjects, strict=True) if s & _STAFF_SUBJECTS]


@dataclass(frozen=True)
class Field:
    """One item of the notice: its label, its lines, and what is missing (gap texts)."""

    key: str
    label: str
    lines: tuple[str, ...]
    gaps: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    key: str  # "controller", "processing:<id>", "children", "rights", "cnil_minimum"...
    title: str
    fields: tuple[Field, ...] = ()
    paragraphs: tuple[str, ...] = ()
    small: bool = False  # small print (the CCTV sign's second part)


@dataclass(frozen=True)
class NoticeDocument:
    kind: NoticeKind
    lang: str
    title: str
    organisation: str  # the shop's name, as the notice shows it
    intro: str
    sections: tuple[Section, ...]
    facts: NoticeFacts
    processing_ids: tuple[int, ...]
    headline: str = ""  # the CCTV sign's large line under the pictogram
    more: str = ""  # where the full notice is (short kinds)
    warnings: tuple[str, ...] = ()  # for the owner: never printed in the notice
    # what the register lacks for an item this notice leaves to the full notice it points
    # to (the sign's small print): listed for the owner, never printed on it
    unprinted_gaps: tuple[str, ...] = ()

    @property
    def gaps(self) -> tuple[str, ...]:
        """Every missing item, in the notice's words ("[à compléter : ...]"), once: those
        printed in the notice, then those it leaves to the full notice."""
        printed = (g for s in self.sections for f in s.fields for g in f.gaps)
        return tuple(dict.fromkeys((*printed, *self.unprinted_gaps)))

    @property
    def complete(self) -> bool:
        return not self.gaps


def _field(fact: Fact, *, short: bool = False, label: str = "") -> Field:
    lines = (fact.short,) if short and fact.lines else fact.lines
    return Field(fact.key, label or fact.label, tuple(x for x in lines if x.strip()),
                 (fact.gap_marker,) if fact.gaps else (), fact.articles)


def _fields(facts: Iterable[Fact], *, short: bool = False) -> tuple[Field, ...]:
    return tuple(_field(f, short=short) for f in facts if f.status is not
                 FactStatus.NOT_APPLICABLE)


def _ordered(p: ProcessingFacts, keys: Sequence[str]) -> list[Fact]:
    return [f for k in keys if (f := p.get(k)) is not None]


_FULL_ORDER = ("purposes", "legal_basis", "legitimate_interest", "categories", "source",
               "recipients", "transfers", "retention", "requirement", "withdrawal",
               "automated_decisions")
_POSTER_PER_PROCESSING = ("purposes", "legal_basis", "legitimate_interest", "retention")
_POSTER_MERGED = ("categories", "source", "recipients", "transfers", "requirement",
                  "withdrawal", "automated_decisions")
_SIGN_MINIMUM = ("purposes", "retention")
_SIGN_REST = ("legal_basis", "legitimate_interest", "categories", "recipients", "transfers",
              "requirement", "automated_decisions", "source", "withdrawal")


class _Layout:
    def __init__(self, kind: NoticeKind, facts: NoticeFacts, words: NoticeWords,
                 organisation: str, website: str) -> None:
        self.kind = kind
        self.f = facts
        self.w = words
        self.org = organisation
        self.website = website
        self.unprinted: list[str] = []

    def k(self, key: str, **params: object) -> str:
        return self.w.kind(self.kind.value, key, **params)

    def general(self, key: str) -> Fact:
        fact = self.f.get(key)
        assert fact is not None
        return fact

    def controller_section(self, *, short: bool = False) -> Section:
        return Section("controller", self.w.t("section_controller"),
                       _fields((self.general("controller"), self.general("contact")),
                               short=short))

    def rights_section(self, *, short: bool = False) -> Section:
        return Section("rights", self.w.t("section_rights"),
                       _fields((self.general("rights"), self.general("complaint")),
                               short=short))

    def processing_sections(self, *, short: bool = False) -> list[Section]:
        return [Section(f"processing:{p.processing_id}", p.name,
                        _fields(_ordered(p, _FULL_ORDER), short=short))
                for p in self.f.processings]

    def children_section(self) -> list[Section]:
        """The part a child can read: short sentences, no legal terms."""
        out = []
        how = self.f.contact_means or self.w.t("contact_unknown")
        for p in self.f.children:
            data = p.get("categories")
            kept = p.get("retention")
            who = p.get("recipients")
            paragraphs = [self.w.t("child_what", name=p.name)]
            if data is not None and data.status is FactStatus.FILLED:
                said = self.w.t("semicolon").join(p.plain_data)
                paragraphs.append(self.w.t("child_data", data=said))
            if kept is not None and kept.status is FactStatus.FILLED:
                paragraphs.append(self.w.t("child_kept", how_long=kept.short))
            if who is not None and who.status is FactStatus.FILLED:
                paragraphs.append(self.w.t("child_shared", who=who.short))
            paragraphs.append(self.w.t("child_rights", how=how))
            out.append(Section(f"children:{p.processing_id}",
                               self.w.t("section_children", name=p.name),
                               paragraphs=tuple(paragraphs)))
        return out

    def warnings(self) -> tuple[str, ...]:
        out = [self.w.t("warning_children", name=p.name) for p in self.f.children]
        out += [self.w.t("warning_biometric", name=p.name) for p in self.f.biometric_staff]
        return tuple(out)

    def build(self) -> NoticeDocument:
        kind = self.kind
        sections: list[Section] = []
        headline = more = ""
        if kind in (NoticeKind.WEBSITE, NoticeKind.STAFF):
            sections = [self.controller_section(), *self.processing_sections(),
                        *self.children_section(), self.rights_section()]
        elif kind is NoticeKind.POSTER:
            sections = [self.controller_section(short=True), *self.poster_sections(),
                        *self.children_section(), self.rights_section(short=True)]
            more = self.more_text()
        elif kind is NoticeKind.FORM:
            # one block under the notice's own title (a heading of its own would repeat it);
            # a gap prints once, under its item, as in the other kinds (and counts as one)
            sections = [Section("form", "", tuple(
                Field(f"short:{n}", label, (f.short,) if f.short else (),
                      (f.gap_marker,) if f.gaps else (), f.articles)
                for n, (label, f) in enumerate(self.f.short_items())))]
            more = self.more_text()
        else:
            headline = self.k("headline")
            sections = self.cctv_sections()
            more = self.more_text()
        # what the notice covers, by name: an intro never speaks of processing the register
        # does not have (the staff notice once spoke of payroll with only cameras in it)
        covered = ", ".join(self.w.t("quoted", name=p.name) for p in self.f.processings)
        intro = self.k("intro", name=self.org, processings=covered)
        ids = tuple(p.processing_id for p in self.f.processings if p.processing_id is not None)
        return NoticeDocument(kind, self.w.lang, self.k("title"), self.org, intro,
                              tuple(sections), self.f, ids, headline, more, self.warnings(),
                              tuple(self.unprinted))

    def poster_sections(self) -> list[Section]:
        """By item rather than by processing, so that a shop's register fits an A4 sheet:
        what differs per processing (purpose, basis, retention) in one block each, then the
        other items once, with the processing's name only where the answers differ."""
        blocks = []
        for p in self.f.processings:
            facts = [f for f in _ordered(p, _POSTER_PER_PROCESSING) if f.applies]
            lines = tuple(self.w.t("field_line", label=f.label, value=f.short)
                          for f in facts if f.short)
            gaps = tuple(f.gap_marker for f in facts if f.gaps)
            blocks.append(Field(f"processing:{p.processing_id}", p.name, lines, gaps,
                                tuple(a for f in facts for a in f.articles)))
        # the categories and the source are owed for data from someone else (Art. 14)
        art14 = any(p.article == 14 for p in self.f.processings)
        keys = [k for k in _POSTER_MERGED if art14 or k not in ("categories", "source")]
        merged = [self.merged(key) for key in keys]
        return [Section("purposes", self.w.t("section_purposes"), tuple(blocks)),
                Section("also", self.w.t("section_also"),
                        tuple(f for f in merged if f is not None))]

    def merged(self, key: str) -> Field | None:
        """One item over every processing: each different answer once, with the names of
        the processing it is the answer for (no names when all answer alike)."""
        facts = [(p, f) for p in self.f.processings if (f := p.get(key)) is not None
                 and f.applies]
        if not facts:
            return None
        groups: dict[str, list[str]] = {}
        for p, f in facts:
            if f.short:
                groups.setdefault(f.short, []).append(p.name)
        if len(groups) == 1 and sum(len(n) for n in groups.values()) == len(facts):
            lines: tuple[str, ...] = tuple(groups)
        else:
            lines = tuple(self.w.t("field_line", label=", ".join(names), value=short)
                          for short, names in groups.items())
        first = facts[0][1]
        return Field(key, first.label, lines, tuple(f.gap_marker for _, f in facts if f.gaps),
                     first.articles)

    def more_text(self) -> str:
        if self.website:
            return self.w.t("more_on_website", website=self.website)
        return self.w.t("more_at_counter")

    def cctv_sections(self) -> list[Section]:
        fields: list[Field] = []
        several = len(self.f.processings) > 1
        for p in self.f.processings:
            for fact in _ordered(p, _SIGN_MINIMUM):
                label = f"{fact.label} ({p.name})" if several else fact.label
                fields.append(_field(fact, short=True, label=label))
        fields += _fields((self.general("contact"),), short=True)
        rights = self.general("rights")
        fields.append(Field("rights", rights.label, (rights.short,), (), rights.articles))
        fields += _fields((self.general("complaint"),), short=True)
        minimum = Section("cnil_minimum", "", tuple(fields))
        rest: list[Field] = list(_fields((self.general("controller"),), short=True))
        for p in self.f.processings:
            for fact in _ordered(p, _SIGN_REST):
                # The small print adds what is known; what the register still lacks there
                # is owed by the full notice the sign points to, not by the sign at the
                # door (its own minimum above keeps its gaps). The owner is still told.
                if fact.status is FactStatus.NOT_APPLICABLE:
                    continue
                if fact.gaps:
                    self.unprinted.append(fact.gap_marker)
                if not fact.lines:
                    continue
                label = f"{fact.label} ({p.name})" if several else fact.label
                rest.append(replace(_field(fact, short=True, label=label), gaps=()))
        return [minimum, Section("more", self.w.t("section_more"), tuple(rest), small=True)]


def build_document(kind: NoticeKind, facts: NoticeFacts, words: NoticeWords, *,
                   organisation: str, website: str = "") -> NoticeDocument:
    """The notice of ``kind`` for ``facts``, in ``words``' language. ``organisation`` is the
    shop's name as printed; ``website`` (if any) is where the full notice is published."""
    return _Layout(kind, facts, words, organisation, website).build()
