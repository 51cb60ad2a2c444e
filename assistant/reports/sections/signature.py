"""The end of the register: the signature block (who signs, in which capacity, the date, the
register's version and the head of its change history), then the annex of the changes made
since a date (by default the last document exported), so that a reader holding an earlier
copy sees what moved."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.domain.history import (
    BASELINE,
    CHANGED,
    CREATED,
    DELETED,
    ORGANISATION,
    PROCESSING,
    PROCESSOR,
    REDO,
    UNDO,
    UPGRADE,
    HistoryEntry,
)
from assistant.reports.area_data import HistoryData
from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, ReportContext
from assistant.reports.flow import Grid
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import HASH_WIDTHS, heading, paragraph, table
from assistant.reports.sections.consents import VERIFY_ANY
from assistant.reports.snapshot import Snapshot

CHANGE_WIDTHS = (0.08, 0.17, 0.15, 0.30, 0.30)
SIGNATURE_BLOCK = 9 * cm  # the title, the statement and the block, kept on one page


def history_of(snap: Snapshot) -> HistoryData | None:
    data = snap.extra.get("history")
    return data if isinstance(data, HistoryData) else None


def signer(snap: Snapshot, ctx: ReportContext) -> tuple[str, str]:
    """The name and role of who signs: as given for this document, else the organisation's
    representative (the register's owner, Art. 30(1)(a))."""
    org = snap.organisation
    if ctx.signer.strip():
        return ctx.signer.strip(), ctx.signer_role.strip()
    return org.representative_name, org.representative_role


def version_text(data: HistoryData | None, ctx: ReportContext) -> str:
    if data is None or not data.version.number:
        return ctx.t("register_version_none")
    last = ctx.timestamp_text(data.version.last_change)
    return ctx.plural("register_version_value", data.version.number,
                      number=data.version.number, date=last)


def build_signature(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    data = history_of(snap)
    name, role = signer(snap, ctx)
    rows = [
        (ctx.t("signer_name"), name),
        (ctx.t("signer_role"), role),
        (ctx.t("signature_date"), ctx.date_text(ctx.date)),
        (ctx.t("register_version"), version_text(data, ctx)),
        (ctx.t("history_head"), data.version.head if data and data.version.head
         else ctx.t("register_version_none")),
        (ctx.t("signature_here"), "\n" * 4),
    ]
    grid = Grid([(label, (value or ctx.t("signer_by_hand")) if i < 2 else value)
                 for i, (label, value) in enumerate(rows)], HASH_WIDTHS,
                first_column_bold=True, continued=ctx.t("continued"))
    # the title, the statement and the block on one page (the title feeds the contents:
    # it stays a flowable of its own)
    return [CondPageBreak(SIGNATURE_BLOCK), heading(ctx.t("section_signature"), 0, "signature"),
            paragraph(ctx.t("signature_intro"), "small", keep_with_next=True), grid,
            Spacer(0, 6), paragraph(ctx.t("signature_check"), "small", keep_with_next=True),
            paragraph(VERIFY_ANY, "command"), Spacer(0, 6)]


def since_of(data: HistoryData | None, ctx: ReportContext) -> dt.date | None:
    if ctx.changes_since is not None:
        return ctx.changes_since
    return data.last_export if data is not None else None


def action_text(entry: HistoryEntry, ctx: ReportContext) -> str:
    if entry.action == CHANGED:
        names = [ctx.words.field_label(f) for f in entry.fields]
        text = ctx.t("change_changed", fields=", ".join(names)) if names \
            else ctx.t("change_changed_plain")
    else:
        text = ctx.t({CREATED: "change_created", DELETED: "change_deleted",
                      BASELINE: "change_baseline", UPGRADE: "change_upgrade"}.get(
                          entry.action, "change_changed_plain"))
    if entry.label in (UNDO, REDO):
        text += "\n" + ctx.t(f"change_{entry.label}")
    return text


def build_changes(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    data = history_of(snap)
    since = since_of(data, ctx)
    entries = list(data.entries) if data is not None else []
    if since is not None:
        entries = [e for e in entries if (ctx.local(e.at) or dt.datetime.max).date() >= since]
    if ctx.kind == KIND_EXTRACT:  # the extract's own records only: no draft, no request
        from assistant.reports.sections.register_extract import in_use

        shown = {p.id for p in in_use(snap)}
        entries = [e for e in entries if e.area in (ORGANISATION, PROCESSOR)
                   or (e.area == PROCESSING and e.record in shown)]
    if since is None:
        intro = ctx.t("changes_intro_all")
    elif ctx.changes_since is None:
        intro = ctx.t("changes_intro_export", date=ctx.date_text(since))
    else:
        intro = ctx.t("changes_intro_since", date=ctx.date_text(since))
    rows = [[str(e.seq), ctx.moment_text(e.at), e.actor or "—",
             f"{ctx.t('area_' + e.area)}\n{e.title}" if e.title else ctx.t("area_" + e.area),
             action_text(e, ctx)] for e in entries]
    header = [ctx.t("col_change_seq"), ctx.t("col_change_when"), ctx.t("col_change_who"),
              ctx.t("col_change_record"), ctx.t("col_change_what")]
    return [heading(ctx.t("section_changes"), 0, "changes"), paragraph(intro, "small"),
            *table(ctx, header, rows, CHANGE_WIDTHS, empty=ctx.t("changes_none"),
                   sheet=ctx.t("section_changes"))]


SIGNATURE = Section("signature", "section_signature", frozenset({KIND_DOSSIER, KIND_EXTRACT}),
                    build_signature)
CHANGES = Section("changes", "section_changes", frozenset({KIND_DOSSIER, KIND_EXTRACT}),
                  build_changes)
