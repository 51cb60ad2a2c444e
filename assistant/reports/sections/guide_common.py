"""What the six-step guide's sections share: one evaluation of the guide per document, in
the document's language and at its date, and the words of an action."""

from __future__ import annotations

from dataclasses import replace

from assistant.content.guide import gap_params, load_steps, rule_text
from assistant.domain.guide.assess import Assessment, assess
from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import PlanItem
from assistant.domain.guide.snapshot import Snapshot as GuideSnapshot
from assistant.reports.context import ReportContext
from assistant.reports.snapshot import Snapshot


def guide_assessment(snap: Snapshot, ctx: ReportContext) -> Assessment:
    """The guide evaluated at the document's date (once per document: several sections and
    the controller's DPO row read it). A snapshot without the guide's data (made by hand)
    is judged as a dossier whose guide was never filled in."""
    cached = ctx.cache.get("guide")
    if cached is None:
        state = snap.extra.get("guide")
        if not isinstance(state, GuideSnapshot):
            state = GuideSnapshot.of(snap.organisation, snap.processing, snap.processors)
        cached = assess(replace(state, today=ctx.date), load_steps(ctx.lang))
        ctx.cache["guide"] = cached
    return cached  # type: ignore[no-any-return]


def priority_text(priority: Priority | None, ctx: ReportContext) -> str:
    return ctx.t(f"priority_{priority.value}") if priority is not None else "—"


def processing_name(snap: Snapshot, processing_id: int | None) -> str:
    for p in snap.processing:
        if p.id == processing_id:
            return f"{p.reference} — {p.name}" if p.reference else p.name
    return ""


def action_words(item: PlanItem, snap: Snapshot, ctx: ReportContext) -> tuple[str, str]:
    """(title, what to do) of an action; the rule's source goes to the annex."""
    if item.action is not None:
        return item.action.title, item.action.detail
    text = rule_text(ctx.lang, item.rule)
    if text.source:
        ctx.cite(text.source, ctx.t("cited_rule", title=text.title))
    if item.gap is not None:
        return text.title, text.render(gap_params(ctx.lang, item.gap.params))
    name = processing_name(snap, item.processing_id)
    return text.title, ctx.t("about_processing", name=name) if name else ""
