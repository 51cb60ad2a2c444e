"""The summary PDF of a portfolio: one line per client dossier of a folder, for the firm's own
records (issue 8).

Same page frame as the dossier PDF (fonts, running header and footer, "page N of M",
metadata, user text never parsed as markup). **Reproducible**: the figures are computed as of
noon (local time) on the document's date rather than the clock's instant, the creation date
is the document's date, and the rows are sorted by client name; so the same folder, on the
same date, with the same verification log, gives the same bytes. Who has a dossier open at
the moment (a volatile fact) is not printed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Spacer

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.domain.guide.model import Priority
from assistant.domain.progress import Progress
from assistant.reports.builder import write_pdf
from assistant.reports.context import ReportContext
from assistant.reports.document import Metadata, PageWords, ReportDoc
from assistant.reports.flow import Grid, Look
from assistant.reports.fonts import register_fonts
from assistant.reports.sections.common import heading, paragraph, record
from assistant.store.portfolio import DossierSummary, counts, scan_folder, sort_key

MAX_PASSES = 4
WIDTHS = (0.20, 0.11, 0.085, 0.115, 0.10, 0.075, 0.075, 0.10, 0.14)
ERROR_WIDTHS = (0.25, 0.75)


@dataclass(frozen=True)
class PortfolioOptions:
    lang: Lang = "fr"
    date: dt.date = field(default_factory=dt.date.today)
    recursive: bool = False

    @property
    def moment(self) -> dt.datetime:
        """The instant the legal clocks are read at: noon, local time, on the date."""
        return dt.datetime.combine(self.date, dt.time(12, 0)).astimezone()


def export_portfolio(folder: Path | str, target: Path | str,
                     options: PortfolioOptions | None = None, *, overwrite: bool = False
                     ) -> Generator[Progress, None, Path]:
    """Read every dossier of ``folder`` and write the summary PDF to ``target`` (an
    existing file is replaced only when ``overwrite``)."""
    from assistant.store.outputs import check_output

    options = options or PortfolioOptions()
    folder, target = Path(folder), Path(target)
    check_output(target, overwrite=overwrite)
    summaries = yield from scan_folder(folder, recursive=options.recursive,
                                       now=options.moment, lang=options.lang)
    data = yield from render_portfolio(summaries, folder, options)
    yield Progress(1, 1, "write")
    write_pdf(target, data, overwrite=overwrite)
    return target


def _short_date(ctx: ReportContext, stamp: str) -> str:
    """A stored UTC timestamp as a short local date; "" when empty."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp[:10]
    return ctx.t("portfolio_short_date", day=f"{moment.day:02d}", month=f"{moment.month:02d}",
                 year=moment.year)


def _verify_text(ctx: ReportContext, s: DossierSummary) -> str:
    record_ = s.last_verify
    if record_ is None:
        return ctx.t("portfolio_never_verified")
    when = _short_date(ctx, record_.at)
    text = ctx.t("portfolio_verified_sound", date=when) if record_.sound else \
        ctx.t("portfolio_verified_problems", count=record_.problems, date=when)
    return text + ("\n" + ctx.t("portfolio_changed_since") if s.verify_stale else "")


def summary_row(ctx: ReportContext, s: DossierSummary) -> list[str]:
    actions = s.open_actions
    return [
        f"{s.display_name}\n{s.path.name}",
        s.siret_or_siren or "—",
        _short_date(ctx, s.last_change) or "—",
        ctx.t("portfolio_tasks", settled=s.settled, total=s.tasks,
              percent=round(100 * s.progress)),
        ctx.t("portfolio_actions", high=actions.get(Priority.HIGH, 0),
              medium=actions.get(Priority.MEDIUM, 0), low=actions.get(Priority.LOW, 0)),
        str(s.requests_overdue),
        ctx.t("portfolio_breaches", window=s.breaches_in_window, late=s.breaches_overdue)
        if s.breaches_overdue else str(s.breaches_in_window),
        str(s.consents_to_renew),
        _verify_text(ctx, s),
    ]


def error_text(ctx: ReportContext, s: DossierSummary) -> str:
    params = {"path": s.path.name, **s.error_params}
    return ctx.words.error(s.status.value, **params)


def build_story(summaries: Sequence[DossierSummary], folder: Path,
                ctx: ReportContext) -> list[Flowable]:
    ordered = sorted(summaries, key=sort_key)
    readable = [s for s in ordered if s.readable]
    unreadable = [s for s in ordered if not s.readable]
    totals = counts(ordered)
    story: list[Flowable] = [
        heading(ctx.t("portfolio_title"), 0, "portfolio"),
        paragraph(ctx.t("portfolio_intro", date=ctx.date_text(ctx.date)), "small"),
        record(ctx, [
            (ctx.t("portfolio_folder"), str(folder)),
            (ctx.t("cover_date"), ctx.date_text(ctx.date)),
            (ctx.t("cover_app"), ctx.t("app_version", version=__version__)),
            (ctx.t("portfolio_totals"), ctx.t(
                "portfolio_totals_text", dossiers=totals["dossiers"],
                unreadable=totals["unreadable"], attention=totals["attention"],
                requests=totals["requests_overdue"], window=totals["breaches_in_window"],
                late=totals["breaches_overdue"], renew=totals["consents_to_renew"],
                never=totals["never_verified"])),
        ]),
        Spacer(0, 8),
        heading(ctx.t("portfolio_clients"), 1, "clients"),
    ]
    header = [ctx.t(f"portfolio_col_{k}") for k in (
        "client", "siret", "last_change", "tasks", "actions", "requests", "breaches",
        "consents", "verify")]
    look = Look(size=7.5, leading=9.4)
    if readable:
        story.append(Grid([summary_row(ctx, s) for s in readable], WIDTHS, header=header,
                          look=look, continued=ctx.t("continued"),
                          right_columns=(5, 6, 7)))
    else:
        story.append(paragraph(ctx.t("portfolio_none")))
    story.append(Spacer(0, 6))
    if unreadable:
        story.append(heading(ctx.t("portfolio_unreadable"), 1, "unreadable"))
        story.append(Grid([[s.path.name, error_text(ctx, s)] for s in unreadable],
                          ERROR_WIDTHS, header=[ctx.t("portfolio_col_file"),
                                                ctx.t("portfolio_col_reason")],
                          look=look, continued=ctx.t("continued")))
        story.append(Spacer(0, 6))
    story.append(heading(ctx.t("portfolio_reading"), 1, "reading"))
    for key in ("tasks", "actions", "requests", "breaches", "consents", "verify"):
        story.append(paragraph(ctx.t(f"portfolio_explain_{key}"), "small"))
    story.append(paragraph(ctx.t("not_legal_advice"), "small"))
    return story


def render_portfolio(summaries: Sequence[DossierSummary], folder: Path,
                     options: PortfolioOptions) -> Generator[Progress, None, bytes]:
    """The PDF's bytes; laid out twice so that every page says "page N of M"."""
    register_fonts()
    ctx = ReportContext(options.lang, options.date)
    title = ctx.t("portfolio_title")
    words = PageWords(
        organisation=folder.name or str(folder), title=title,
        date=ctx.t("footer_date", date=ctx.date_text(options.date)),
        page_of=lambda n, total: ctx.t("page_of", page=n, total=total or "?"),
    )
    meta = Metadata(
        title=f"{title} — {folder.name or folder}", author=APP_DISPLAY_NAME,
        subject=ctx.t("portfolio_subject"), keywords=ctx.t("keywords"),
        creator=f"{APP_DISPLAY_NAME} {__version__}",
        lang="fr-FR" if options.lang == "fr" else "en-GB",
    )
    moment = dt.datetime.combine(options.date, dt.time(0, 0), tzinfo=dt.UTC)
    total = 0
    for _ in range(MAX_PASSES):
        story = build_story(summaries, folder, ctx)
        sink = io.BytesIO()
        doc = ReportDoc(sink, meta, words, moment, pagesize=landscape(A4))
        doc.total_pages = total
        steps = len(story)
        for placed in doc.build_steps(story):
            yield Progress(min(placed, steps), steps, "layout")
        if doc.page == total:
            return sink.getvalue()
        total = doc.page
    raise RuntimeError("the page numbers did not settle")  # a bug, not the user's


__all__ = ["PortfolioOptions", "export_portfolio", "render_portfolio"]
