"""The register of rights requests (GDPR Art. 15 to 22): each request with the right, the
day it arrived, the day it is due (one month, three with an extension announced in time:
Art. 12(3)), the day it was answered and the outcome; then what was asked and done.

Clocks are read at the document's date, so the same dossier and date give the same words.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from assistant.content.processes import rule
from assistant.domain.deadlines import ClockState, request_clock
from assistant.domain.rights_request import RightsRequest
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, subheading, table
from assistant.reports.snapshot import Snapshot

WIDTHS = (0.09, 0.13, 0.17, 0.15, 0.16, 0.16, 0.14)
DETAIL_WIDTHS = (0.09, 0.33, 0.18, 0.40)


def requests_of(snap: Snapshot) -> tuple[RightsRequest, ...]:
    return tuple(snap.extra.get("requests", ()))


def due_text(r: RightsRequest, ctx: ReportContext) -> str:
    clock = request_clock(r, ctx.noon(), ctx.tz)
    if clock is None:
        return ctx.empty
    text = ctx.date_text(clock.due)
    if clock.extended:
        text += "\n" + ctx.t("request_extended", date=ctx.day_text(r.extension_told_on))
    elif clock.extension_refused:
        text += "\n" + ctx.t("request_extension_late")
    return text


def answer_text(r: RightsRequest, ctx: ReportContext) -> str:
    clock = request_clock(r, ctx.noon(), ctx.tz)
    answered = ctx.day_text(r.answered_on) if r.answered_on else ctx.t("request_not_answered")
    if clock is None:
        return answered
    late = (clock.answered_on - clock.due).days if clock.answered_on else 0
    state = {
        ClockState.DONE: ctx.t("request_in_time"),
        ClockState.DONE_LATE: ctx.plural("request_late", late, days=late),
        ClockState.OVERDUE: ctx.plural("request_overdue", -clock.days_left,
                                       days=-clock.days_left),
    }.get(clock.state, ctx.plural("request_days_left", clock.days_left, days=clock.days_left)
          if clock.days_left else ctx.t("request_due_today"))
    return f"{answered}\n{state}"


def right_text(r: RightsRequest, ctx: ReportContext) -> str:
    label = ctx.label("request_rights", r.right.value, cited_for=ctx.t("section_requests"))
    return f"{label}\n{r.right_detail}" if r.right_detail else label


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_requests")
    for code in ("request_due", "request_extension", "request_refusal"):
        ctx.cite(rule(ctx.lang, code).source, title)
    requests = requests_of(snap)
    rows = []
    details = []
    for r in requests:
        outcome = ctx.label("request_outcomes", r.answer_outcome.value, cited_for=title) \
            if r.answer_outcome else "—"
        rows.append([r.reference, ctx.day_text(r.received_on), r.requester, right_text(r, ctx),
                     due_text(r, ctx), answer_text(r, ctx), outcome])
        via = ctx.label("request_channels", r.received_via) if r.received_via else ""
        asked = "\n".join(x for x in (
            ctx.t("label_value", label=ctx.t("request_via"), value=via) if via else "",
            r.request_text) if x)
        done = "\n".join(x for x in (
            r.answer_summary,
            ctx.t("label_value", label=ctx.t("request_evidence"), value=r.answer_evidence)
            if r.answer_evidence else "",
            ctx.t("label_value", label=ctx.t("request_extension_reason"),
                  value=r.extension_reason) if r.extension_reason else "",
            ctx.t("label_value", label=ctx.t("notes"), value=r.notes) if r.notes else "")
            if x)
        check = ctx.label("identity_checks", r.identity_check.value, cited_for=title)
        details.append([r.reference, asked or "—", check, done or "—"])
    header = [ctx.t("col_reference"), ctx.t("col_received"), ctx.t("col_requester"),
              ctx.t("col_right"), ctx.t("col_due"), ctx.t("col_answered"),
              ctx.t("col_outcome")]
    out: list[Flowable] = [
        heading(title, 0, "requests"),
        paragraph(ctx.t("requests_intro", date=ctx.date_text(ctx.date), zone=ctx.zone),
                  "small"),
        *table(ctx, header, rows, WIDTHS, empty=ctx.t("requests_none"), sheet=title),
    ]
    if details:
        out += subheading(ctx.t("requests_details"))
        out += table(ctx, [ctx.t("col_reference"), ctx.t("col_asked"),
                           ctx.t("col_identity"), ctx.t("col_done")],
                     details, DETAIL_WIDTHS, empty="", sheet=ctx.t("requests_details"))
    return out


SECTION = Section("requests", "section_requests", frozenset({KIND_DOSSIER}), build)
