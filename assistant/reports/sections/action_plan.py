"""The action plan (step 3 of the method): the open actions by priority, each with the rule
that raised it, how to fix it and its source; the actions postponed or judged not to apply,
with the reasons; the organisation's own actions with their due dates; and the actions fixed
in the last months (the plan closes an action by itself when its gap is fixed)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from assistant.content.guide import rule_text
from assistant.domain.guide.model import DecisionState, Priority
from assistant.domain.guide.plan import ItemStatus, PlanItem, open_counts
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, titled_table
from assistant.reports.sections.guide_common import (
    action_words,
    guide_assessment,
    priority_text,
)
from assistant.reports.snapshot import Snapshot

RECENT_DAYS = 365  # fixed actions listed: those of the year before the document's date


def _joined(title: str, detail: str) -> str:
    return f"{title}\n{detail}" if detail and detail != title else title


def open_rows(items: list[PlanItem], snap: Snapshot, ctx: ReportContext) -> list[list[str]]:
    rows = []
    for item in items:
        title, detail = action_words(item, snap, ctx)
        text = rule_text(ctx.lang, item.rule)
        since = ctx.timestamp_text(item.first_seen) if item.first_seen else "—"
        if item.overdue and item.decision is not None:
            since = ctx.t("postponement_ended", date=ctx.day_text(item.due))
        rows.append([priority_text(item.priority, ctx), _joined(title, detail),
                     text.fix or "—", text.source or "—", since])
    return rows


def decided_rows(items: list[PlanItem], snap: Snapshot, ctx: ReportContext
                 ) -> list[list[str]]:
    rows = []
    for item in items:
        title, detail = action_words(item, snap, ctx)
        d = item.decision
        if d is None:
            continue
        if d.state is DecisionState.POSTPONED:
            state = ctx.t("postponed_until", date=ctx.day_text(d.until)) if d.until \
                else ctx.t("postponed")
        else:
            state = ctx.t("not_applicable")
        who = ", ".join(x for x in (d.decided_by, ctx.timestamp_text(d.decided_at)
                                    if d.decided_at else "") if x)
        rows.append([_joined(title, detail), state, d.reason, who or "—"])
    return rows


def own_rows(items: list[PlanItem], ctx: ReportContext) -> list[list[str]]:
    rows = []
    for item in items:
        a = item.action
        if a is None:
            continue
        if item.status is ItemStatus.DONE:
            state = ctx.t("own_done", date=ctx.day_text(a.done_on)) if a.done_on \
                else ctx.t("task_done")
        elif item.status is ItemStatus.CANCELLED:
            state = ctx.t("own_cancelled")
        else:
            state = ctx.t("own_overdue") if item.overdue else ctx.t("own_open")
        rows.append([_joined(a.title, a.detail), priority_text(a.priority, ctx),
                     ctx.day_text(a.due_on) or "—", a.owner or "—", state])
    return rows


def cleared_rows(items: list[PlanItem], snap: Snapshot, ctx: ReportContext
                 ) -> list[list[str]]:
    rows = []
    for item in items:
        title, detail = action_words(item, snap, ctx)
        rows.append([_joined(title, detail), ctx.timestamp_text(item.first_seen),
                     ctx.timestamp_text(item.cleared_at)])
    return rows


def _recent(item: PlanItem, ctx: ReportContext) -> bool:
    try:
        cleared = dt.date.fromisoformat(item.cleared_at[:10])
    except ValueError:
        return False
    return ctx.date - dt.timedelta(days=RECENT_DAYS) <= cleared <= ctx.date


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_actions")
    plan = guide_assessment(snap, ctx).plan
    rules = [i for i in plan if i.action is None]
    open_ = [i for i in rules if i.status is ItemStatus.OPEN]
    decided = [i for i in rules if i.status in (ItemStatus.POSTPONED,
                                                ItemStatus.NOT_APPLICABLE)]
    own = [i for i in plan if i.action is not None]
    cleared = [i for i in rules if i.status is ItemStatus.CLEARED and _recent(i, ctx)]
    counts = open_counts(plan)
    out: list[Flowable] = [
        heading(title, 0, "actions"),
        paragraph(ctx.t("actions_intro", date=ctx.date_text(ctx.date)), "small"),
        paragraph(ctx.t("actions_counts", high=counts[Priority.HIGH],
                        medium=counts[Priority.MEDIUM], low=counts[Priority.LOW])),
    ]
    out += titled_table(
        ctx, ctx.t("actions_open"),
        [ctx.t("col_priority"), ctx.t("col_action"), ctx.t("col_fix"), ctx.t("col_source"),
         ctx.t("col_since")],
        open_rows(open_, snap, ctx), (0.11, 0.34, 0.21, 0.21, 0.13),
        empty=ctx.t("actions_open_none"))
    out += titled_table(
        ctx, ctx.t("actions_decided"),
        [ctx.t("col_action"), ctx.t("col_decision"), ctx.t("col_reason"),
         ctx.t("col_decided_by")],
        decided_rows(decided, snap, ctx), (0.36, 0.16, 0.31, 0.17),
        empty=ctx.t("actions_decided_none"))
    out += titled_table(
        ctx, ctx.t("actions_own"),
        [ctx.t("col_action"), ctx.t("col_priority"), ctx.t("col_due"), ctx.t("col_owner"),
         ctx.t("col_state")],
        own_rows(own, ctx), (0.41, 0.11, 0.15, 0.15, 0.18), empty=ctx.t("actions_own_none"))
    out += titled_table(
        ctx, ctx.t("actions_cleared", days=RECENT_DAYS),
        [ctx.t("col_action"), ctx.t("col_noticed"), ctx.t("col_fixed")],
        cleared_rows(cleared, snap, ctx), (0.60, 0.20, 0.20),
        empty=ctx.t("actions_cleared_none"))
    return out


SECTION = Section("actions", "section_actions", frozenset({KIND_DOSSIER}), build)
