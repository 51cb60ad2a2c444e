"""The six steps of the authority's method: each step's checklist as the owner recorded it
(done, or not applicable with the reason, when and by whom), and step 1's pilot and DPO
answers with the conclusion they lead to (GDPR Art. 37(1))."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.content.guide import load_dpo
from assistant.domain.guide.checklist import StepProgress, TaskProgress, TaskView
from assistant.domain.guide.dpo import assess_dpo
from assistant.domain.guide.model import Dpo, DpoQuestion, Pilot
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, record, subheading, table
from assistant.reports.sections.guide_common import guide_assessment
from assistant.reports.sections.register import KEEP_HEADING
from assistant.reports.snapshot import Snapshot

TASK_WIDTHS = (0.35, 0.17, 0.15, 0.14, 0.19)


def task_state(view: TaskView, ctx: ReportContext) -> str:
    return ctx.t(f"task_{view.progress.value}")


def task_row(view: TaskView, ctx: ReportContext) -> list[str]:
    state = view.state
    recorded = state is not None and view.progress in (TaskProgress.DONE,
                                                       TaskProgress.NOT_APPLICABLE)
    reason = state.reason if state is not None and view.progress is \
        TaskProgress.NOT_APPLICABLE else ""
    if view.task.source:
        ctx.cite(view.task.source, view.task.title)
    return [view.task.title, task_state(view, ctx),
            ctx.day_text(state.on) if recorded and state and state.on else "—",
            state.by if recorded and state and state.by else "—", reason or "—"]


def dpo_conclusion(dpo: Dpo | None, ctx: ReportContext) -> str:
    """The verdict on the DPO in words, with the answers that lead to it."""
    content = load_dpo(ctx.lang)
    ctx.cite(content.verdict["source"], ctx.t("dpo_questions"))
    result = assess_dpo(dpo)
    if result.required is None:
        return content.verdict["unknown"].format(count=len(result.unanswered))
    if result.required:
        if dpo is not None and dpo.designated:
            return content.verdict["designated"]
        reasons = "; ".join(str(content.questions[q.value].flag(
            "short", content.questions[q.value].label)) for q in result.reasons)
        return content.verdict["required"].format(reasons=reasons)
    return content.verdict["not_required"]


def pilot_block(pilot: Pilot | None, dpo: Dpo | None, ctx: ReportContext) -> list[Flowable]:
    out: list[Flowable] = [Spacer(0, 4), *subheading(ctx.t("pilot_title"))]
    if pilot is None or not pilot.named:
        out.append(paragraph(ctx.t("pilot_none")))
    else:
        out.append(record(ctx, [
            (ctx.t("pilot_name"), pilot.name), (ctx.t("pilot_role"), pilot.role),
            (ctx.t("pilot_email"), pilot.email), (ctx.t("pilot_phone"), pilot.phone),
            (ctx.t("pilot_appointed"), ctx.day_text(pilot.appointed_on)),
            (ctx.t("pilot_notes"), pilot.notes or "—"),
        ]))
    content = load_dpo(ctx.lang)
    out += [Spacer(0, 6), *subheading(ctx.t("dpo_questions"))]
    rows = []
    for question in DpoQuestion:
        entry = content.questions[question.value]
        if entry.source:
            ctx.cite(entry.source, ctx.t("dpo_questions"))
        answer = dpo.answer(question) if dpo is not None else None
        rows.append([entry.label, ctx.t("yes") if answer is True else ctx.t("no")
                     if answer is False else ctx.t("not_answered")])
    out += table(ctx, [ctx.t("col_question"), ctx.t("col_answer")], rows, (0.82, 0.18),
                 empty="", sheet=ctx.t("dpo_questions"))
    designated = dpo is not None and dpo.designated
    conclusion = [(ctx.t("dpo_conclusion"), dpo_conclusion(dpo, ctx))]
    if designated and dpo is not None:
        conclusion += [
            (ctx.t("dpo_who"), ", ".join(x for x in (dpo.name, dpo.organisation) if x)),
            (ctx.t("dpo_contact"), ", ".join(x for x in (dpo.email, dpo.phone) if x)),
            (ctx.t("dpo_number"), dpo.designation_number),
            (ctx.t("dpo_designated_on"), ctx.day_text(dpo.designated_on)),
        ]
    else:
        conclusion.append((ctx.t("dpo_who"), ctx.t("dpo_none_designated")))
    out.append(record(ctx, conclusion))
    return out


def step_block(progress: StepProgress, snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    step = progress.step
    ctx.cite(step.source, ctx.t("step_title", number=step.number, title=step.title))
    out: list[Flowable] = [
        CondPageBreak(KEEP_HEADING),
        heading(ctx.t("step_title", number=step.number, title=step.title), 1,
                f"step-{step.number}"),
        paragraph(step.purpose, "small"),
        paragraph(ctx.plural("step_progress", progress.settled, settled=progress.settled,
                              total=progress.total),
                  "small", keep_with_next=True),
    ]
    header = [ctx.t("col_task"), ctx.t("col_state"), ctx.t("col_on"), ctx.t("col_by"),
              ctx.t("col_reason")]
    out += table(ctx, header, [task_row(v, ctx) for v in progress.tasks], TASK_WIDTHS,
                 empty=ctx.t("step_no_task"),
                 sheet=ctx.t("step_title", number=step.number, title=step.title))
    if step.number == 1:
        guide = guide_assessment(snap, ctx).snapshot
        out += pilot_block(guide.pilot, guide.dpo, ctx)
    return out


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_steps")
    result = guide_assessment(snap, ctx)
    settled = sum(p.settled for p in result.steps)
    total = sum(p.total for p in result.steps)
    out: list[Flowable] = [heading(title, 0, "steps"),
                           paragraph(ctx.t("steps_intro", date=ctx.date_text(ctx.date)),
                                     "small")]
    rows = [[str(p.step.number), p.step.title,
             ctx.plural("settled_of", p.settled, settled=p.settled, total=p.total)]
            for p in result.steps]
    rows.append(["1–6", ctx.t("steps_total"), ctx.plural("settled_of", settled, settled=settled,
                                                           total=total)])
    out += table(ctx, [ctx.t("col_step"), ctx.t("col_title"), ctx.t("col_settled")], rows,
                 (0.08, 0.67, 0.25), empty=ctx.t("step_no_task"), sheet=title)
    for progress in result.steps:
        out += step_block(progress, snap, ctx)
    return out


SECTION = Section("steps", "section_steps", frozenset({KIND_DOSSIER}), build)
