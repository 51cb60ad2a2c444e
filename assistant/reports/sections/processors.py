"""The processors (sous-traitants) and the processing each serves (GDPR Art. 28), then each
one's contract checked item by item against Art. 28(3), and its transfers outside the EEA."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.processor_contract import has_contract, missing_clauses
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.sections.register import KEEP_CAPTION
from assistant.reports.snapshot import Snapshot

# How the checklist names each item of Art. 28(3), in the order of ART28_CLAUSES: the first
# subparagraph (subject-matter and details), then points (a) to (h).
TAGS = dict(zip(ART28_CLAUSES, ("", "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"),
                strict=True))


def tag(code: str, ctx: ReportContext) -> str:
    return TAGS.get(code) or ctx.t("clause_subject")


def transfers_text(x: Processor, ctx: ReportContext) -> str:
    if not x.transfer_countries and not x.transfer_safeguard:
        return ctx.t("no_transfer")
    safeguard = ctx.label("transfer_safeguards", x.transfer_safeguard, cited_for=x.name)
    return ctx.t("processor_transfer", countries=ctx.or_empty(x.transfer_countries),
                 safeguard=safeguard or ctx.empty)


def items_text(x: Processor, ctx: ReportContext) -> str:
    missing = missing_clauses(x)
    total = len(ART28_CLAUSES)
    if not has_contract(x):
        return ctx.t("contract_none")
    if not missing:
        return ctx.t("contract_complete", total=total)
    return ctx.t("contract_missing", count=total - len(missing), total=total,
                 items=", ".join(tag(c, ctx) for c in missing))


def contracts(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    """The nine items once (what each tag means), then one row per processor."""
    title = ctx.t("contracts_title")
    legend = [[tag(code, ctx), ctx.label("art28_clauses", code, cited_for=title),
               ctx.vocab["art28_clauses"].entries[code].source
               if "art28_clauses" in ctx.vocab and code in ctx.vocab["art28_clauses"]
               else ""] for code in ART28_CLAUSES]
    rows = [[x.name, x.contract_reference or ("—" if not has_contract(x) else ""),
             ctx.day_text(x.contract_date) or ("—" if not has_contract(x) else ""),
             items_text(x, ctx),
             transfers_text(x, ctx)] for x in snap.processors]
    return [
        CondPageBreak(KEEP_CAPTION),
        heading(title, 1, "processor-contracts"),
        paragraph(ctx.t("contracts_intro"), "small"),
        *table(ctx, [ctx.t("col_item"), ctx.t("col_commitment"), ctx.t("col_source")],
               legend, (0.16, 0.58, 0.26), empty="", sheet=title),
        *table(ctx, [ctx.t("col_name"), ctx.t("contract_reference"), ctx.t("contract_date"),
                     ctx.t("contract_verdict"), ctx.t("processor_transfers")],
               rows, (0.17, 0.25, 0.13, 0.22, 0.23), empty=ctx.t("processors_empty"),
               sheet=title),
    ]


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_processors")
    ctx.cite(ctx.gdpr("28"), title)
    ctx.cite(ctx.gdpr("28(3)"), ctx.t("contracts_title"))
    used: dict[int, list[str]] = {}
    for p in snap.processing:
        for pid in p.processor_ids:
            used.setdefault(pid, []).append(p.reference or p.name)
    header = [ctx.t("col_name"), ctx.t("col_service"), ctx.t("col_contact"),
              ctx.t("col_country"), ctx.t("col_used_by"), ctx.t("col_notes")]
    rows = [[x.name, x.service, x.contact or "—", x.country,
             ", ".join(used.get(x.id, [])) if x.id in used else ctx.t("none"), x.notes or "—"]
            for x in snap.processors]
    out: list[Flowable] = [
        heading(title, 0, "processors"), paragraph(ctx.t("processors_intro"), "small"),
        *table(ctx, header, rows, (0.19, 0.22, 0.19, 0.11, 0.12, 0.17),
               empty=ctx.t("processors_empty"), sheet=title)]
    if snap.processors:
        out += contracts(snap, ctx)
    return out


SECTION = Section("processors", "section_processors", frozenset({KIND_DOSSIER}), build)
