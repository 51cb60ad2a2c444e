"""What the dossier still lacks, in plain words: the checks of the organisation and of each
processing (the same checks the app shows), so that an empty or partial dossier says so."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from assistant.domain.breach import Breach, check_breach
from assistant.domain.findings import Severity
from assistant.domain.organisation import check_organisation
from assistant.domain.processing import check_processing
from assistant.domain.processor import check_processor
from assistant.domain.processor_contract import contract_gaps
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.flow import Grid
from assistant.reports.sections.base import Section
from assistant.reports.sections.breaches import breach_title, breaches_of
from assistant.reports.sections.common import heading, paragraph
from assistant.reports.sections.guide_common import guide_assessment
from assistant.reports.sections.register import processing_title
from assistant.reports.snapshot import Snapshot

# What a breach's record must describe (Art. 33(3) and 33(5)).
BREACH_FIELDS = ("breach_types", "what_happened", "data_concerned", "people_concerned",
                 "likely_consequences", "measures_taken")


def breach_gaps(b: Breach, ctx: ReportContext) -> list[str]:
    """What the breach's sheet lacks: the checks the app shows on the breach, then any field
    of Art. 33(3) the sheet prints as missing that they do not name."""
    found = [f for f in check_breach(b, now=ctx.noon()) if f.severity is not Severity.ERROR]
    out = [ctx.words.finding_with_field(f) for f in found]
    named = {f.field for f in found}
    for attr in BREACH_FIELDS:
        if not getattr(b, attr) and attr not in named:
            # the field's name as the window's breach editor gives it, like the checks'
            out.append(ctx.t("label_value", label=ctx.words.field_label(attr),
                             value=ctx.words.get("findings", "breach_missing_field")))
    return out


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
    for x in snap.processors:
        rows += [[x.name, ctx.words.finding_with_field(f)] for f in
                 [*check_processor(x), *contract_gaps(x)] if f.severity is not Severity.ERROR]
    for b in breaches_of(snap):
        rows += [[breach_title(b), text] for text in breach_gaps(b, ctx)]
    orphans = guide_assessment(snap, ctx).snapshot.orphan_purposes or ()
    for _, label, count in orphans:
        rows.append([f"{ctx.t('section_consents')} — {label}",
                     ctx.plural("gap_purpose_without_processing", count, count=count)])
    header = [ctx.t("col_where"), ctx.t("col_what")]
    out: list[Flowable] = [heading(title, 0, "gaps"), paragraph(ctx.t("gaps_intro"), "small")]
    if not rows:
        return [*out, paragraph(ctx.t("gaps_none")), Spacer(0, 4)]
    # one row per place, its gaps listed: a long name is printed once, and a row cut by a
    # page break repeats it with "(continued)"
    places: dict[str, list[str]] = {}
    for where, what in rows:  # the checks' words, spaced as the document's ("art. 32")
        places.setdefault(where, []).append(ctx.typography(what))
    return [*out, Grid([[where, ctx.bullets(whats)] for where, whats in places.items()],
                       (0.32, 0.68), header=header, first_column_bold=True,
                       continued=ctx.t("continued"), sheet=title), Spacer(0, 6)]


SECTION = Section("gaps", "section_gaps", frozenset({KIND_DOSSIER}), build)
