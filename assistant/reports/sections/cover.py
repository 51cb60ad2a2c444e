"""The cover: who, what, when, which version, and the consent ledger's chain head."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import HASH_WIDTHS, paragraph, record
from assistant.reports.sections.register_extract import in_use
from assistant.reports.snapshot import Snapshot

_TITLES = {KIND_DOSSIER: "title_dossier", KIND_EXTRACT: "title_extract",
           KIND_PROOF: "title_proof"}
_INTROS = {KIND_DOSSIER: "intro_dossier", KIND_EXTRACT: "intro_extract",
           KIND_PROOF: "intro_proof"}


def document_title(ctx: ReportContext) -> str:
    return ctx.t(_TITLES.get(ctx.kind, "title_dossier"))


def chain_text(snap: Snapshot, ctx: ReportContext) -> str:
    if snap.chain is None:
        return ctx.t("no_ledger")
    if snap.chain.events == 0:
        return ctx.t("chain_empty")
    return ctx.plural("chain_head", snap.chain.events, count=snap.chain.events,
                      head=snap.chain.head)


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    from assistant.reports.sections import SECTIONS

    org = snap.organisation
    name = org.display_name or ctx.t("unnamed_organisation")
    chain = chain_text(snap, ctx)
    titles = {sec.key: ctx.t(sec.title) for sec in SECTIONS}
    included = [titles[k] for k in ctx.sections if k not in ("cover",)]
    rows = [
        (ctx.t("cover_organisation"), name if not org.legal_name or org.legal_name == name
         else f"{name}\n{org.legal_name}"),
        (ctx.t("cover_date"), ctx.date_text(ctx.date)),
        (ctx.t("cover_app"), ctx.t("app_version", version=snap.app_version)),
        (ctx.t("cover_dossier"), snap.dossier_uuid),
        (ctx.t("cover_chain"), chain),
    ]
    if ctx.kind == KIND_PROOF:
        proof = snap.extra.get("proof")
        rows.append((ctx.t("cover_person"), getattr(getattr(proof, "subject", None), "uid",
                                                    "")))
    elif ctx.kind == KIND_EXTRACT:
        count = len(in_use(snap))
        rows.append((ctx.t("cover_register"), ctx.plural("extract_count", count, count=count)))
    else:
        rows.append((ctx.t("cover_register"),
                     ctx.plural("register_count", len(snap.processing),
                                count=len(snap.processing))))
    rows += [
        (ctx.t("cover_zone"), ctx.t("zone_value", zone=ctx.zone)),
        (ctx.t("cover_contents"), ctx.bullets(included)),
    ]
    intro = ctx.t(_INTROS.get(ctx.kind, "intro_dossier"))
    return [
        Spacer(0, 40),
        paragraph(document_title(ctx), "title"),
        paragraph(name, "subtitle"),
        Spacer(0, 10),
        record(ctx, rows, widths=HASH_WIDTHS),
        Spacer(0, 14),
        paragraph(intro),
        paragraph(ctx.t("not_legal_advice"), "small"),
        PageBreak(),
    ]


SECTION = Section("cover", "section_cover",
                  frozenset({KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF}), build, required=True)
