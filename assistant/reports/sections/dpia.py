"""DPIA screenings (step 4 of the method, GDPR Art. 35): for each processing in use or in
draft (the assessment comes before the processing starts, so the guide screens drafts), the
criteria of the European guidelines it meets, their count, whether a DPIA is required (two
criteria or more, or an operation on a list that always requires one) and the conclusion
recorded."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from assistant.content.guide import DpiaContent, load_dpia
from assistant.content.loader import VocabEntry
from assistant.domain.guide.dpia import outcome
from assistant.domain.guide.model import DpiaConclusion, DpiaScreening
from assistant.domain.processing import ProcessingStatus
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.sections.guide_common import guide_assessment
from assistant.reports.sections.register import processing_title
from assistant.reports.snapshot import Snapshot

WIDTHS = (0.16, 0.22, 0.09, 0.15, 0.27, 0.11)


def _entry_label(entries: Mapping[str, VocabEntry], code: str, ctx: ReportContext,
                 cited_for: str) -> str:
    """The label of a criterion or listed operation; its source goes to the annex."""
    entry = entries.get(code)
    if entry is None:
        return code
    if entry.source:
        ctx.cite(entry.source, cited_for)
    return entry.label


def result_text(s: DpiaScreening, content: DpiaContent, ctx: ReportContext, name: str) -> str:
    result = outcome(s)
    if result.mandatory:
        return ctx.t("dpia_listed", operation=_entry_label(content.required, s.listed, ctx,
                                                            name))
    if result.exempt:
        return ctx.t("dpia_exempt", operation=_entry_label(content.exempt, s.exempt, ctx,
                                                            name))
    if result.required:
        return ctx.t("dpia_required", count=result.count)
    return ctx.t("dpia_not_required")


def conclusion_text(s: DpiaScreening, ctx: ReportContext) -> str:
    result = outcome(s)
    parts = []
    if s.conclusion is DpiaConclusion.DPIA_DONE:
        parts.append(ctx.t("dpia_done", date=ctx.day_text(s.concluded_on) or ctx.empty,
                           reference=s.reference or ctx.empty))
    elif s.conclusion is DpiaConclusion.NOT_NEEDED:
        parts.append(ctx.t("dpia_not_needed", reason=s.reason or ctx.empty))
    elif result.required:
        parts.append(ctx.t("dpia_to_conclude"))
    else:
        parts.append(ctx.t("dpia_nothing_to_conclude"))
    if s.notes:
        parts.append(ctx.t("label_value", label=ctx.t("notes"), value=s.notes))
    return "\n".join(parts)


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_dpia")
    content = load_dpia(ctx.lang)
    ctx.cite(content.about["threshold_source"], title)
    ctx.cite(content.about["lists_source"], title)
    guide = guide_assessment(snap, ctx).snapshot
    rows = []
    for p in guide.live_processings:
        name = processing_title(p)
        s = guide.screenings.get(p.id or 0)
        shown = name
        if p.status is ProcessingStatus.DRAFT:  # screened before it starts (Art. 35(1))
            shown = f"{name}\n{ctx.t('dpia_draft')}"
        if s is None:
            rows.append([shown, ctx.t("dpia_not_screened"), "—", "—", ctx.t("dpia_to_screen"),
                         "—"])
            continue
        criteria = [_entry_label(content.criteria, c.value, ctx, name) for c in s.criteria]
        screened = ", ".join(x for x in (ctx.day_text(s.screened_on), s.screened_by) if x)
        rows.append([shown, ctx.bullets(criteria) if criteria else ctx.t("none"),
                     str(len(criteria)), result_text(s, content, ctx, name),
                     conclusion_text(s, ctx), screened or "—"])
    header = [ctx.t("col_processing"), ctx.t("col_criteria"), ctx.t("col_count"),
              ctx.t("col_result"), ctx.t("col_conclusion"), ctx.t("col_screened")]
    return [heading(title, 0, "dpia"),
            paragraph(ctx.t("dpia_intro", threshold=content.about["threshold"]), "small"),
            *table(ctx, header, rows, WIDTHS, empty=ctx.t("dpia_none"), sheet=title)]


SECTION = Section("dpia", "section_dpia", frozenset({KIND_DOSSIER}), build)
