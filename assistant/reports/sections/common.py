"""Small builders the sections share."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from assistant.reports.context import ReportContext
from assistant.reports.document import Heading, styles
from assistant.reports.flow import Grid
from assistant.reports.text import para

RECORD_WIDTHS = (0.30, 0.70)


def heading(text: str, level: int, key: str) -> Heading:
    return Heading(text, level, key, styles()["h1" if level == 0 else "h2"])


def paragraph(text: str, style: str = "body", *, keep_with_next: bool = False) -> Paragraph:
    """A paragraph of plain text (user text allowed: escaped)."""
    flowable = Paragraph(para(text), styles()[style])
    flowable.keepWithNext = keep_with_next
    return flowable


def record(ctx: ReportContext, rows: Sequence[tuple[str, str]]) -> Grid:
    """Label/value rows; an empty value reads "not provided"."""
    return Grid([(label, ctx.or_empty(value)) for label, value in rows], RECORD_WIDTHS,
                first_column_bold=True, continued=ctx.t("continued"))


def table(ctx: ReportContext, header: Sequence[str], rows: Sequence[Sequence[str]],
          widths: Sequence[float], *, empty: str) -> list[Flowable]:
    """A table with a repeated header, or one sentence when there is no row."""
    if not rows:
        return [paragraph(empty), Spacer(0, 4)]
    return [Grid([[ctx.or_empty(c) for c in row] for row in rows], widths, header=header,
                 continued=ctx.t("continued")), Spacer(0, 6)]
