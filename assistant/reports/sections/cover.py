"""The cover: who, what, when, which version, and the consent ledger's chain head."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import paragraph, record
from assistant.reports.snapshot import Snapshot


def document_title(ctx: ReportContext) -> str:
    return ctx.t("title_extract" if ctx.kind == KIND_EXTRACT else "title_dossier")


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    from assistant.reports.sections import SECTIONS


    org = snap.organisation
    name = org.display_name or ctx.t("unnamed_organisation")
    if snap.chain is None:
        chain = ctx.t("no_ledger")
    else:
        chain = ctx.t("chain_head", count=snap.chain.events, head=snap.chain.head)
    titles = {sec.key: ctx.t(sec.title) for sec in SECTIONS}
    included = [titles[k] for k in ctx.sections if k not in ("cover",)]
    rows = [
        (ctx.t("cover_organisation"), name if not org.legal_name or org.legal_name == name
         else f"{name}\n{org.legal_name}"),
        (ctx.t("cover_date"), ctx.date_text(ctx.date)),
        (ctx.t("cover_app"), ctx.t("app_version", version=snap.app_version)),
        (ctx.t("cover_dossier"), snap.dossier_uuid),
        (ctx.t("cover_chain"), chain),
        (ctx.t("cover_register"), ctx.t("register_count", count=len(snap.processing))),
        (ctx.t("cover_contents"), ctx.bullets(included)),
    ]
    intro = ctx.t("intro_extract" if ctx.kind == KIND_EXTRACT else "intro_dossier")
    return [
        Spacer(0, 40),
        paragraph(document_title(ctx), "title"),
        paragraph(name, "subtitle"),
        Spacer(0, 10),
        record(ctx, rows),
        Spacer(0, 14),
        paragraph(intro),
        paragraph(ctx.t("not_legal_advice"), "small"),
        PageBreak(),
    ]


SECTION = Section("cover", "section_cover", frozenset({KIND_DOSSIER, KIND_EXTRACT}), build,
                  required=True)
