"""The register extract for the authority: only what Art. 30(1) asks, processing by
processing, for the processing in use only: a draft is not carried out yet and an archived one
no longer is (Art. 30(1) lists the processing activities carried out)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.domain.processing import Processing, ProcessingStatus
from assistant.reports.context import KIND_EXTRACT, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, record, subject_line
from assistant.reports.sections.register import (
    ARTICLES,
    KEEP_CAPTION,
    KEEP_HEADING,
    categories_table,
    processing_key,
    processing_title,
    recipients_text,
    security_text,
    transfers_text,
)
from assistant.reports.snapshot import Snapshot


def in_use(snap: Snapshot) -> list[Processing]:
    """The processing the extract lists: those in use."""
    return [p for p in snap.processing if p.status is ProcessingStatus.ACTIVE]


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_register_extract")
    for key in ("purposes", "subjects", "recipients", "transfers", "retention", "security"):
        ctx.cite(ctx.gdpr(ARTICLES[key]), title)
    kept = in_use(snap)
    out: list[Flowable] = [heading(title, 0, "register-extract"),
                           paragraph(ctx.t("extract_intro"), "small")]
    if not kept:
        out.append(paragraph(ctx.t("extract_empty")))
    for p in kept:
        rows = [
            (ctx.t("x_purposes"), ctx.bullets(list(p.purposes))),
            (ctx.t("x_subjects"), ctx.bullets([subject_line(ctx, p, s)
                                               for s in p.data_subjects])),
            (ctx.t("x_recipients"), recipients_text(p, ctx)),
            (ctx.t("x_transfers"), transfers_text(p, ctx)),
            (ctx.t("x_retention"), ctx.retention(p.retention, cited_for=p.name)),
            (ctx.t("x_security"), security_text(p, ctx)),
        ]
        if p.joint_controller:
            rows.insert(0, (ctx.t("f_joint_controller"), p.joint_controller))
        out.append(CondPageBreak(KEEP_HEADING))
        out.append(heading(processing_title(p), 1, processing_key(p)))
        out.append(record(ctx, rows, sheet=processing_title(p)))
        out.append(Spacer(0, 5))
        out.append(CondPageBreak(KEEP_CAPTION))
        # named: the caption and its table may start a page, away from the title
        out.append(paragraph(f"{p.reference or p.name} — {ctx.t('x_categories')}", "small",
                             keep_with_next=True))
        out += categories_table(p, ctx)
    return out


SECTION = Section("register-extract", "section_register_extract", frozenset({KIND_EXTRACT}),
                  build)
