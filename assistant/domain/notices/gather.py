"""The facts of a notice built from the register, item by item (the table of
:mod:`assistant.domain.notices.facts` says where each comes from): filled, not applicable,
or a gap that names what the owner must add and where."""

from __future__ import annotations

from collections.abc import Iterable

from assistant.domain.guide.model import DpiaCriterion
from assistant.domain.notices.facts import (
    ARTICLES,
    OBSERVED_SOURCE,
    OTHER_SOURCES,
    Fact,
    FactGap,
    FactStatus,
    NoticeFacts,
    NoticeSource,
    NoticeWords,
    ProcessingFacts,
    biometric_staff,
    concerns_children,
    join_texts,
    notice_article,
)
from assistant.domain.processing import INVALID_SAFEGUARDS, LegalBasis, Processing, Retention
from assistant.domain.text import fold


def _says_the_same(one: str, other: str) -> bool:
    """One text holds the other, but for case, accents and a final full stop."""
    a, b = (fold(x).strip().rstrip(".").strip() for x in (one, other))
    return bool(a and b) and (a in b or b in a)


def _one_line(lines: Iterable[str]) -> str:
    return " ; ".join(x.rstrip(".;") for x in lines if x.strip())


class FactBuilder:
    """Builds each item's :class:`Fact` from the source, in the words' language."""

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
            shown = join_texts((o.trade_name, self.w.t("legal_name_of", name=name)) if name
                          else (o.trade_name,), " ")
        form = o.legal_form if o.legal_form.casefold() not in name.casefold() else ""
        ident = join_texts((shown, form, self.w.t("siren", siren=o.siren) if o.siren else ""))
        address = join_texts((o.address.replace("\n", ", "), join_texts((o.postcode, o.city), " "),
                         o.country))
        contact = join_texts((o.email, o.phone, o.website))
        if not (o.address.strip() and o.city.strip()) and not o.email and not o.phone:
            gaps.append(self.w.gap("controller_contact", "organisation"))
        lines = [join_texts((ident, address)), contact]
        for p in self.s.processings:
            if p.joint_controller.strip():
                lines.append(self.w.t("joint_controller", name=p.name,
                                      joint=p.joint_controller.strip()))
        return self.fact("controller", FactStatus.FILLED, lines, gaps,
                         short=join_texts((shown, address, contact)))

    def contact_means(self) -> str:
        """How to write to the shop about one's data: the DPO if one is designated, else the
        pilot's email or phone, else the organisation's, else its postal address ("" if the
        dossier has none of them)."""
        dpo, pilot, o = self.s.dpo, self.s.pilot, self.s.organisation
        if dpo is not None and dpo.designated:
            if not (dpo.email or dpo.phone):
                return ""
            return join_texts((dpo.name, dpo.organisation, dpo.email, dpo.phone))
        if pilot is not None and (pilot.email or pilot.phone):
            return join_texts((pilot.email, pilot.phone))
        if o.email or o.phone:
            return join_texts((o.email, o.phone))
        if o.legal_name and o.address.strip() and o.city.strip():
            return join_texts((o.legal_name, o.address.replace("\n", ", "),
                          join_texts((o.postcode, o.city), " ")))
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
            lines.append(self.w.t("sub_purposes", items=join_texts(p.sub_purposes, " ; ")))
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
        short = join_texts(dict.fromkeys(self.w.label("data_categories", c.category)
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
        lines = [join_texts((head, detail), " : " if self.w.lang == "fr" else ": ")
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
            names = join_texts(join_texts((x.name, f"({x.service})" if x.service else ""), " ")
                          for x in linked)
            lines.append(self.w.t("processors_named", names=names))
        if not lines:
            return self.fact("recipients", FactStatus.GAP, (), [self.w.gap(
                "recipients", "processing", pid, name=p.name)], pid, article=art)
        short = join_texts(dict.fromkeys(self.w.label("recipient_types", r.type)
                                    for r in p.recipients))
        if linked:
            short = join_texts((short, join_texts(x.name for x in linked)), " ; ")
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
                                       name=p.name, tools=join_texts(tools)))
            else:
                gaps.append(self.w.gap("transfers_unchecked", "processing", pid,
                                       name=p.name))
        elif p.no_transfer_confirmed and by_processor:
            gaps.append(self.w.gap(
                "transfers_contradiction", "processing", pid, name=p.name,
                processors=join_texts(x.name for x in by_processor),
                countries=join_texts(dict.fromkeys(x.transfer_countries for x in by_processor))))
        for recipient, country, safeguard, documentation in found:
            where = join_texts((recipient, f"({country})" if country else ""), " ")
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
            lines.append(join_texts((line, documentation), " ") if documentation else line)
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
        return join_texts(parts, ". " if parts and not parts[0].endswith(".") else " ")

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
                           what=join_texts(missing))] if missing else []
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
    b = FactBuilder(source, words)
    general = (b.controller(), b.contact(), b.rights(), b.complaint())
    return NoticeFacts(words.lang, general, tuple(b.processing(p) for p in source.processings),
                       b.contact_means())
