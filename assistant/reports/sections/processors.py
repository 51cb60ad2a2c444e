"""The processors (sous-traitants) and the processing each serves (GDPR Art. 28)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.snapshot import Snapshot


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_processors")
    ctx.cite(ctx.gdpr("28"), title)
    used: dict[int, list[str]] = {}
    for p in snap.processing:
        for pid in p.processor_ids:
            used.setdefault(pid, []).append(p.reference or p.name)
    header = [ctx.t("col_name"), ctx.t("col_service"), ctx.t("col_contact"),
              ctx.t("col_country"), ctx.t("col_used_by"), ctx.t("col_notes")]
    rows = [[x.name, x.service, x.contact, x.country,
             ", ".join(used.get(x.id, [])) if x.id in used else ctx.t("none"), x.notes]
            for x in snap.processors]
    return [heading(title, 0, "processors"), paragraph(ctx.t("processors_intro"), "small"),
            *table(ctx, header, rows, (0.19, 0.22, 0.19, 0.11, 0.12, 0.17),
                   empty=ctx.t("processors_empty"))]


SECTION = Section("processors", "section_processors", frozenset({KIND_DOSSIER}), build)
