"""What the dossier still lacks, in plain words: the checks of the organisation and of each
processing (the same checks the app shows), so that an empty or partial dossier says so."""

from __future__ import annotations

from reportlab.platypus import Flowable

from assistant.domain.organisation import check_organisation
from assistant.domain.processing import check_processing
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.sections.register import processing_title
from assistant.reports.snapshot import Snapshot


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_gaps")
    rows = [[ctx.t("section_organisation"), ctx.words.finding_with_field(f)]
            for f in check_organisation(snap.organisation)]
    if not snap.processing:
        rows.append([ctx.t("section_register"), ctx.t("register_empty")])
    if not snap.processors:
        rows.append([ctx.t("section_processors"), ctx.t("processors_empty")])
    for p in snap.processing:
        rows += [[processing_title(p), ctx.words.finding_with_field(f)]
                 for f in check_processing(p)]
    header = [ctx.t("col_where"), ctx.t("col_what")]
    return [heading(title, 0, "gaps"), paragraph(ctx.t("gaps_intro"), "small"),
            *table(ctx, header, rows, (0.32, 0.68), empty=ctx.t("gaps_none"))]


SECTION = Section("gaps", "section_gaps", frozenset({KIND_DOSSIER}), build)
