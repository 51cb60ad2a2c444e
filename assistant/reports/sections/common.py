"""Small builders the sections share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.reports.context import ReportContext
from assistant.reports.document import Heading, styles
from assistant.reports.flow import Grid, Lines, RoomFor

if TYPE_CHECKING:
    from assistant.domain.processing import Processing

RECORD_WIDTHS = (0.30, 0.70)
KEEP_SUBHEADING = 4 * cm  # room a title inside a section needs below it, else a new page
# Records that print SHA-256 digests: 64 hexadecimal characters fit on one line.
HASH_WIDTHS = (0.25, 0.75)


def heading(text: str, level: int, key: str) -> Heading:
    return Heading(text, level, key, styles()["h1" if level == 0 else "h2"])


def subheading(text: str) -> list[Flowable]:
    """A title inside a section (not in the contents), never alone at the foot of a page."""
    return [CondPageBreak(KEEP_SUBHEADING), paragraph(text, "h2", keep_with_next=True)]


def titled_table(ctx: ReportContext, title: str, header: Sequence[str],
                 rows: Sequence[Sequence[str]], widths: Sequence[float], *,
                 empty: str) -> list[Flowable]:
    """A title inside a section over its table: the title starts a new page unless the rest
    of the page holds it with the table's header and first two rows; then the table fills
    what is left of the page (a title kept with a whole table would push it to the next
    page and leave the page blank)."""
    title_flowable = paragraph(title, "h2")
    body = table(ctx, header, rows, widths, empty=empty, sheet=title)
    return [RoomFor([title_flowable], body[0]), title_flowable, *body]


def paragraph(text: str, style: str = "body", *, keep_with_next: bool = False) -> Lines:
    """A paragraph of plain text (user text allowed: never parsed as markup; right-to-left
    lines drawn as the tables draw them)."""
    flowable = Lines(text, styles()[style])
    flowable.keepWithNext = keep_with_next
    return flowable


def record(ctx: ReportContext, rows: Sequence[tuple[str, str]], *,
           widths: Sequence[float] = RECORD_WIDTHS, bold_rows: Sequence[int] = (),
           sheet: str = "") -> Grid:
    """Label/value rows; an empty value reads "not provided". ``sheet`` is the title a
    continued piece repeats, with "(continued)", at the top of the next page."""
    return Grid([(label, ctx.or_empty(value) if i not in bold_rows else value)
                 for i, (label, value) in enumerate(rows)], widths,
                first_column_bold=True, continued=ctx.t("continued"), bold_rows=bold_rows,
                sheet=sheet)


def table(ctx: ReportContext, header: Sequence[str], rows: Sequence[Sequence[str]],
          widths: Sequence[float], *, empty: str, sheet: str = "") -> list[Flowable]:
    """A table with a repeated header, or one sentence when there is no row; ``sheet``, its
    title, is repeated with "(continued)" above a piece that goes on from an earlier page."""
    if not rows:
        return [paragraph(empty), Spacer(0, 4)]
    return [Grid([[ctx.or_empty(c) for c in row] for row in rows], widths, header=header,
                 continued=ctx.t("continued"), sheet=sheet), Spacer(0, 6)]


def subject_line(ctx: ReportContext, p: Processing, subject: str) -> str:
    """A category of people with its precisions, if any ("Clients : fichier de fidélité")."""
    label = ctx.label("data_subjects", subject, cited_for=p.name)
    detail = p.subject_detail(subject)
    if not detail:
        return label
    # the separator in the document's typography; the user's words as typed
    return f"{label}{ctx.typography(' :')} {detail}" if ctx.lang == "fr" \
        else f"{label}: {detail}"
