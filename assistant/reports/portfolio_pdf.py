"""The summary PDF of a portfolio: one line per client dossier of a folder, most urgent first,
as the firm's work list: state, next deadline, what is late, whom to call, last change.

Same page frame as the dossier PDF (fonts, running header and footer, "page N of M",
metadata, user text never parsed as markup). **Reproducible**: the figures are computed as of
noon (local time) on the document's date rather than the clock's instant, the creation date
is the document's date, and the rows are sorted by urgency, then name; so the same folder, on the
same date, with the same verification log, gives the same bytes. Who has a dossier open at
the moment (a volatile fact) is not printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Spacer

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.content.desk_words import deadline_line, rule_titles
from assistant.domain.guide.model import Priority
from assistant.domain.progress import Progress
from assistant.reports.builder import write_pdf
from assistant.reports.context import ReportContext
from assistant.reports.document import Metadata, PageWords, ReportDoc, settled_pdf
from assistant.reports.flow import Grid, Look
from assistant.reports.fonts import register_fonts
from assistant.reports.sections.common import heading, paragraph, record
from assistant.store.portfolio import (
    DossierSummary,
    counts,
    scan_folder,
    shared_siret,
    urgency_sort_key,
)

# client, contact, next deadline, late, six steps, open actions, last change, verification
WIDTHS = (0.185, 0.15, 0.175, 0.165, 0.075, 0.075, 0.08, 0.095)
ERROR_WIDTHS = (0.25, 0.75)


@dataclass(frozen=True)
class PortfolioOptions:
    lang: Lang = "fr"
    date: dt.date = field(default_factory=dt.date.today)
    recursive: bool = False
    firm: str = ""  # the accountant's firm, printed with the folder (a setting of the desk)

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


def _desk(ctx: ReportContext, key: str, **params: object) -> str:
    return ctx.typography(ctx.words.get("desk", key, params))


def client_cell(ctx: ReportContext, s: DossierSummary, shared: list[Path]) -> str:
    mark = _desk(ctx, "attention_mark") + " " if s.needs_attention else ""
    lines = [f"{mark}{s.display_name}", s.path.name]
    if s.siret_or_siren:
        lines.append(s.siret_or_siren)
    if shared:
        lines.append(_desk(ctx, "shared_siret", others=", ".join(p.name for p in shared)))
    return "\n".join(lines)


def contact_cell(s: DossierSummary) -> str:
    return "\n".join(x for x in (s.contact_name, s.contact_phone, s.contact_email) if x) \
        or "—"


def next_cell(ctx: ReportContext, s: DossierSummary, moment: dt.datetime,
              rules: dict[str, str]) -> str:
    d = s.next_deadline
    if d is None:
        return _desk(ctx, "nothing_dated")
    return ctx.typography(deadline_line(ctx.words, d, moment, ctx.tz, rules))


def overdue_cell(ctx: ReportContext, s: DossierSummary, moment: dt.datetime,
                 rules: dict[str, str]) -> str:
    late = s.overdue
    if not late:
        return _desk(ctx, "nothing_late")
    lines = [ctx.typography(deadline_line(ctx.words, d, moment, ctx.tz, rules))
             for d in late[:4]]
    if len(late) > 4:
        lines.append(_desk(ctx, "overdue_count", count=len(late)))
    return "\n".join(lines)


def steps_cell(ctx: ReportContext, s: DossierSummary) -> str:
    return _desk(ctx, "steps_complete", done=s.steps_complete) + "\n" + _desk(
        ctx, "tasks_detail", settled=s.settled, total=s.tasks)


def summary_row(ctx: ReportContext, s: DossierSummary, moment: dt.datetime,
                shared: list[Path], rules: dict[str, str]) -> list[str]:
    actions = s.open_actions
    return [
        client_cell(ctx, s, shared),
        contact_cell(s),
        next_cell(ctx, s, moment, rules),
        overdue_cell(ctx, s, moment, rules),
        steps_cell(ctx, s),
        ctx.t("portfolio_actions", high=actions.get(Priority.HIGH, 0),
              medium=actions.get(Priority.MEDIUM, 0), low=actions.get(Priority.LOW, 0)),
        _short_date(ctx, s.last_change) or "—",
        _verify_text(ctx, s),
    ]


def error_text(ctx: ReportContext, s: DossierSummary) -> str:
    params = {"path": s.path.name, **s.error_params}
    return ctx.words.error(s.status.value, **params)


def build_story(summaries: Sequence[DossierSummary], folder: Path,
                ctx: ReportContext, firm: str = "",
                moment: dt.datetime | None = None) -> list[Flowable]:
    """The header in a few lines, then the table at once (it starts on page 1), the files
    that cannot be read, and the notes that define the columns."""
    moment = moment or dt.datetime.combine(ctx.date, dt.time(12, 0)).astimezone()
    ordered = sorted(summaries, key=urgency_sort_key)
    readable = [s for s in ordered if s.readable]
    unreadable = [s for s in ordered if not s.readable]
    totals = counts(ordered)
    shared = shared_siret(readable)
    rules = rule_titles(ctx.lang)
    facts = []
    if firm:
        facts.append((ctx.t("desk_firm"), firm))
    facts += [
        (ctx.t("portfolio_folder"), str(folder)),
        (ctx.t("cover_date"), ctx.date_text(ctx.date)),
        (ctx.t("portfolio_totals"), ctx.t(
            "desk_totals_text", dossiers=totals["dossiers"], attention=totals["attention"],
            week=totals["due_this_week"], unreadable=totals["unreadable"],
            shared=totals["shared_siret"])),
    ]
    story: list[Flowable] = [
        heading(ctx.t("desk_title") + (f" — {firm}" if firm else ""), 0, "portfolio"),
        paragraph(ctx.t("desk_intro", date=ctx.date_text(ctx.date)), "small"),
        record(ctx, facts),
        Spacer(0, 4),
    ]
    header = [ctx.t(f"desk_col_{k}") for k in (
        "client", "contact", "next", "overdue", "steps", "actions", "changed", "verify")]
    look = Look(size=7.2, leading=8.9)
    if readable:
        rows = [summary_row(ctx, s, moment, shared.get(s.path, []), rules) for s in readable]
        attention = [i for i, s in enumerate(readable) if s.needs_attention]
        story.append(Grid(rows, WIDTHS, header=header, look=look, continued=ctx.t("continued"),
                          shaded_rows=attention))
    else:
        story.append(paragraph(ctx.t("portfolio_none")))
    story.append(Spacer(0, 4))
    for key in ("attention", "order", "next", "shared", "steps"):
        story.append(paragraph(ctx.t(f"desk_note_{key}"), "small"))
    story.append(Spacer(0, 6))
    if unreadable:
        story.append(heading(ctx.t("portfolio_unreadable"), 1, "unreadable"))
        story.append(Grid([[s.path.name, error_text(ctx, s)] for s in unreadable],
                          ERROR_WIDTHS, header=[ctx.t("portfolio_col_file"),
                                                ctx.t("portfolio_col_reason")],
                          look=look, continued=ctx.t("continued")))
        story.append(Spacer(0, 6))
    story.append(heading(ctx.t("portfolio_reading"), 1, "reading"))
    for key in ("actions", "verify"):
        story.append(paragraph(ctx.t(f"portfolio_explain_{key}"), "small"))
    story.append(paragraph(f"{ctx.t('cover_app')} {ctx.t('app_version', version=__version__)}",
                           "small"))
    story.append(paragraph(ctx.t("not_legal_advice"), "small"))
    return story


def render_portfolio(summaries: Sequence[DossierSummary], folder: Path,
                     options: PortfolioOptions) -> Generator[Progress, None, bytes]:
    """The PDF's bytes; laid out twice so that every page says "page N of M"."""
    register_fonts()
    ctx = ReportContext(options.lang, options.date)
    title = ctx.t("desk_title")
    firm = options.firm
    words = PageWords(
        organisation=" — ".join(x for x in (firm, folder.name or str(folder)) if x),
        title=title,
        date=ctx.t("footer_date", date=ctx.date_text(options.date)),
        page_of=lambda n, total: ctx.t("page_of", page=n, total=total or "?"),
    )
    meta = Metadata(
        title=f"{title} — {folder.name or folder}", author=firm or APP_DISPLAY_NAME,
        subject=ctx.t("portfolio_subject"), keywords=ctx.t("keywords"),
        creator=f"{APP_DISPLAY_NAME} {__version__}",
        lang="fr-FR" if options.lang == "fr" else "en-GB",
    )
    moment = dt.datetime.combine(options.date, dt.time(0, 0), tzinfo=dt.UTC)
    return (yield from settled_pdf(
        lambda sink: ReportDoc(sink, meta, words, moment, pagesize=landscape(A4)),
        lambda: build_story(summaries, folder, ctx, firm, options.moment)))


__all__ = ["PortfolioOptions", "export_portfolio", "render_portfolio"]
