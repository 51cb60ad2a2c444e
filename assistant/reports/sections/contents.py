"""The table of contents. Its rows are filled by the builder, which knows every heading and,
after a first layout pass, their pages; here is only its place and its title."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, ReportContext
from assistant.reports.flow import Grid, Look
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import paragraph
from assistant.reports.snapshot import Snapshot

TOC_WIDTHS = (0.88, 0.12)


class ContentsSlot(Flowable):
    """Stands for the table of contents until the builder replaces it."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def contents_table(entries: list[tuple[int, str, str]], pages: dict[str, int]) -> Grid:
    """``entries``: (level, title, key) of each heading; ``pages``: key -> page (may be
    empty on the first pass: the page column keeps its width, so the layout is the same)."""
    rows = [(("    " * level) + title, str(pages.get(key, ""))) for level, title, key in entries]
    return Grid(rows, TOC_WIDTHS, look=Look(size=9.5, leading=12.5, rules=False),
                bold_rows=[i for i, (level, _, _) in enumerate(entries) if level == 0],
                right_columns=[1], links=[key for _, _, key in entries])


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    return [paragraph(ctx.t("section_contents"), "h1"), ContentsSlot(), PageBreak()]


SECTION = Section("contents", "section_contents", frozenset({KIND_DOSSIER, KIND_EXTRACT}),
                  build)
