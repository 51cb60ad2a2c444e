"""The register of personal data breaches (GDPR Art. 33(5)): every breach, notified or not,
with what Art. 33(3) asks a notification to describe, the risk assessment that decides
whether the CNIL (Art. 33(1), 72 hours) and the people (Art. 34) are told, the notifications
made, and the reason for any delay. Times are printed in the document's time zone."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.content.processes import rule
from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.clock import format_utc
from assistant.domain.deadlines import ClockState, breach_clock
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, record, table
from assistant.reports.sections.guide_common import guide_assessment
from assistant.reports.sections.register import KEEP_HEADING
from assistant.reports.snapshot import Snapshot

SUMMARY_WIDTHS = (0.09, 0.27, 0.17, 0.15, 0.17, 0.15)


def breaches_of(snap: Snapshot) -> tuple[Breach, ...]:
    return tuple(snap.extra.get("breaches", ()))


def breach_title(b: Breach) -> str:
    return f"{b.reference} — {b.summary}" if b.reference else b.summary


def _hours(seconds: float) -> int:
    return int(seconds // 3600)


def authority_text(b: Breach, ctx: ReportContext) -> str:
    """Whether and when the CNIL was notified, against the 72-hour clock."""
    clock = breach_clock(b, ctx.noon())
    if clock is None:
        return ctx.empty
    deadline = ctx.t("breach_deadline", moment=ctx.moment_text(format_utc(clock.deadline)))
    if clock.state is ClockState.DONE:
        state = ctx.t("breach_notified_in_time", moment=ctx.moment_text(
            b.authority_notified_at))
    elif clock.state is ClockState.DONE_LATE:
        hours = _hours(clock.late_by.total_seconds()) if clock.late_by else 0
        state = ctx.plural("breach_notified_late", hours, hours=hours,
                           moment=ctx.moment_text(b.authority_notified_at))
    elif clock.state is ClockState.NOT_REQUIRED:
        state = ctx.t("breach_not_required")
    elif clock.notification_required is None:
        state = ctx.t("breach_unassessed_clock")
    elif clock.state is ClockState.OVERDUE:
        state = ctx.t("breach_not_notified_overdue")
    else:
        state = ctx.t("breach_not_notified_yet")
    lines = [state]
    if clock.state is not ClockState.NOT_REQUIRED:
        lines.append(deadline)
    if b.authority_reference:
        lines.append(ctx.t("label_value", label=ctx.t("breach_authority_reference"),
                           value=b.authority_reference))
    return "\n".join(lines)


def people_text(b: Breach, ctx: ReportContext) -> str:
    lines = []
    if b.people_notified_at:
        lines.append(ctx.t("breach_people_told", moment=ctx.moment_text(b.people_notified_at)))
    elif b.people_required:
        lines.append(ctx.t("breach_people_to_tell"))
    elif b.risk_level is BreachRisk.HIGH and b.people_exemption is not None:
        lines.append(ctx.t("breach_people_exempt"))
    elif b.risk_level is BreachRisk.UNASSESSED:  # Art. 34 turns on the risk: not known yet
        lines.append(ctx.t("breach_people_undecided"))
    else:
        lines.append(ctx.t("breach_people_not_required"))
    if b.people_exemption is not None:
        lines.append(ctx.label("art34_exemptions", b.people_exemption.value,
                               cited_for=ctx.t("section_breaches")))
    if b.people_notice:
        lines.append(b.people_notice)
    return "\n".join(lines)


def _count(value: int | None, ctx: ReportContext) -> str:
    return ctx.t("about_count", count=value) if value is not None else ctx.t("unknown")


def contact_point(snap: Snapshot, ctx: ReportContext) -> str:
    """Whom the CNIL can ask for more information (Art. 33(3)(b)): the DPO, else the pilot,
    else the organisation's own contact details."""
    guide = guide_assessment(snap, ctx).snapshot
    dpo, pilot, org = guide.dpo, guide.pilot, snap.organisation
    if dpo is not None and dpo.designated:
        who = ", ".join(x for x in (dpo.name, dpo.organisation, dpo.email, dpo.phone) if x)
        return ctx.t("contact_dpo", who=who)
    if pilot is not None and pilot.named:
        who = ", ".join(x for x in (pilot.name, pilot.role, pilot.email, pilot.phone) if x)
        return ctx.t("contact_pilot", who=who)
    return ", ".join(x for x in (org.email, org.phone) if x)


def processor_text(b: Breach, snap: Snapshot, ctx: ReportContext) -> str:
    if b.processor_id is None:
        return ctx.t("breach_no_processor")
    proc = snap.processor_names().get(b.processor_id)
    return proc.name if proc is not None else ctx.t("breach_no_processor")


def detail_rows(b: Breach, contact: str, ctx: ReportContext,
                processor: str = "") -> list[tuple[str, str]]:
    title = ctx.t("section_breaches")
    types = [ctx.label("breach_types", t.value, cited_for=title) for t in b.breach_types]
    risk = ctx.label("breach_risks", b.risk_level.value, cited_for=title)
    return [
        (ctx.t("breach_aware"), ctx.moment_text(b.aware_at)),
        (ctx.t("breach_occurred"), ctx.moment_text(b.occurred_at) or ctx.t("unknown")),
        (ctx.t("breach_ended"), ctx.moment_text(b.ended_at) or ctx.t("breach_not_ended")),
        (ctx.t("breach_processor"), processor or ctx.t("breach_no_processor")),
        (ctx.t("breach_types"), ctx.bullets(types)),
        (ctx.t("breach_what"), b.what_happened),
        (ctx.t("breach_data"), b.data_concerned),
        (ctx.t("breach_people"), b.people_concerned),
        (ctx.t("breach_counts"), ctx.t("breach_counts_value",
                                       people=_count(b.people_count, ctx),
                                       records=_count(b.records_count, ctx))),
        (ctx.t("breach_contact"), contact),
        (ctx.t("breach_consequences"), b.likely_consequences),
        (ctx.t("breach_measures"), b.measures_taken),
        (ctx.t("breach_risk"), f"{risk}\n{b.risk_reasoning}" if b.risk_reasoning else risk),
        (ctx.t("breach_authority"), authority_text(b, ctx)),
        (ctx.t("breach_delay_reason"), b.delay_reason or "—"),
        (ctx.t("breach_people_notice"), people_text(b, ctx)),
        (ctx.t("notes"), b.notes or "—"),
    ]


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_breaches")
    for code in ("breach_register", "breach_authority", "breach_contents", "breach_people"):
        ctx.cite(rule(ctx.lang, code).source, title)
    breaches = breaches_of(snap)
    rows = []
    for b in breaches:
        notified = ctx.moment_text(b.authority_notified_at) if b.authority_notified_at else (
            ctx.t("breach_not_required") if b.notification_required is False else ctx.t("no"))
        told = ctx.moment_text(b.people_notified_at) if b.people_notified_at else (
            ctx.t("to_do") if b.people_required else
            ctx.t("to_decide") if b.risk_level is BreachRisk.UNASSESSED else "—")
        rows.append([b.reference, b.summary, ctx.moment_text(b.aware_at),
                     ctx.label("breach_risks", b.risk_level.value), notified, told])
    header = [ctx.t("col_reference"), ctx.t("col_breach"), ctx.t("col_aware"),
              ctx.t("col_risk"), ctx.t("col_cnil"), ctx.t("col_people_told")]
    out: list[Flowable] = [
        heading(title, 0, "breaches"),
        paragraph(ctx.t("breaches_intro", date=ctx.date_text(ctx.date)), "small"),
        paragraph(ctx.zone_note, "small"),
        *table(ctx, header, rows, SUMMARY_WIDTHS, empty=ctx.t("breaches_none"), sheet=title),
    ]
    contact = contact_point(snap, ctx)
    for b in breaches:
        out += [CondPageBreak(KEEP_HEADING), heading(breach_title(b), 1, f"breach-{b.id}"),
                record(ctx, detail_rows(b, contact, ctx, processor_text(b, snap, ctx)),
                       sheet=breach_title(b)), Spacer(0, 6)]
    return out


SECTION = Section("breaches", "section_breaches", frozenset({KIND_DOSSIER}), build)
