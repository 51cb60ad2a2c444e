"""The information notices the shop published (GDPR Art. 12 to 14): each version with its
SHA-256 and the period it was in force, and whether the newest still matches the register.
The texts themselves stay in the dossier, word for word."""

from __future__ import annotations

from reportlab.platypus import Flowable

from assistant.domain.notices.versions import NoticeStatus, NoticeVersion, periods
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, table
from assistant.reports.snapshot import Snapshot


def _period(ctx: ReportContext, since: str, until: str) -> str:
    if until:
        return ctx.t("notice_in_force_between", since=ctx.day_text(since),
                     until=ctx.day_text(until))
    return ctx.t("notice_in_force_since", since=ctx.day_text(since))


def _state(ctx: ReportContext, version: NoticeVersion, newest: dict[int, NoticeStatus],
           until: str) -> str:
    if until:
        return ctx.t("notice_replaced")
    status = newest.get(int(version.id or 0))
    if status is None or not status.stale:
        return ctx.t("notice_current")
    if status.changed_names:
        return ctx.t("notice_stale", names=", ".join(status.changed_names))
    return ctx.t("notice_stale_identity")


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_notices")
    for article in ("12", "13", "14"):
        ctx.cite(ctx.gdpr(article), title)
    data = snap.extra.get("info_notices") or {"versions": (), "statuses": ()}
    names = {p.id: p.reference or p.name for p in snap.processing}
    newest = {int(s.version.id or 0): s for s in data["statuses"]}
    rows = []
    for p in periods(data["versions"]):
        v = p.version
        covered = ", ".join(str(names.get(i, f"#{i}")) for i in v.processing_ids)
        rows.append([ctx.t(f"notice_kind_{v.kind.value}"), v.language.upper(),
                     str(v.number), _period(ctx, v.issued_on, p.until), v.sha256,
                     covered, _state(ctx, v, newest, p.until)])
    return [heading(title, 0, "notices"),
            paragraph(ctx.t("notices_intro"), "small"),
            *table(ctx, [ctx.t("col_notice"), ctx.t("col_language"), ctx.t("col_version"),
                         ctx.t("col_in_force"), ctx.t("col_sha256"), ctx.t("col_covers"),
                         ctx.t("col_notice_state")],
                   rows, (0.13, 0.06, 0.06, 0.15, 0.24, 0.2, 0.16),
                   empty=ctx.t("notices_none"), sheet=title)]


SECTION = Section("notices", "section_notices", frozenset({KIND_DOSSIER}), build)
