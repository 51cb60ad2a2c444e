"""Annex: the sources of the legal statements in the document (articles, codes, authority
guidance), each with what in the document relies on it. Built last: the other sections
record what they cite while they are built."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.snapshot import Snapshot


class Deferred(Flowable):
    """Stands for the annex until every other section has been built."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    return [Deferred()]


def build_now(ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_sources")
    rows = [[source, ", ".join(uses)] for source, uses in
            sorted(ctx.sources.items(), key=lambda kv: _order(kv[0]))]
    return [heading(title, 0, "sources"), paragraph(ctx.t("sources_intro"), "small"),
            *table(ctx, [ctx.t("col_source"), ctx.t("col_cited_for")], rows, (0.45, 0.55),
                   empty=ctx.t("sources_none"), sheet=title)]


def _order(source: str) -> tuple[int, list[tuple[int, str]]]:
    """GDPR articles first, then French codes, then the authority's guidance; numbers in
    number order (Art. 6 before Art. 30)."""
    lowered = source.casefold()
    rank = 0 if lowered.startswith(("gdpr", "rgpd")) else 2 if "cnil" in lowered else 1
    parts = [(int(x), "") if x.isdigit() else (-1, x) for x in re.split(r"(\d+)", lowered)]
    return rank, parts


SECTION = Section("sources", "section_sources",
                  frozenset({KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF}), build)
