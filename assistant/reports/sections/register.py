"""The register of processing activities: every Art. 30(1) field of every processing, plus
what a reviewer asks for (legal basis, sources of the data, status, dates, notes)."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.domain.processing import Processing
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, record, subject_line, table
from assistant.reports.snapshot import Snapshot

# The GDPR articles the register rests on (cited in the annex, in the document's language).
ARTICLES = {
    "purposes": "30(1)(b)",
    "subjects": "30(1)(c)",
    "recipients": "30(1)(d)",
    "transfers": "30(1)(e), 44-49",
    "retention": "30(1)(f)",
    "security": "30(1)(g), 32(1)",
    "legal_basis": "6(1)",
    "art9": "9(2)",
    "processors": "28",
}


KEEP_HEADING = 5 * cm  # room a processing's title needs below it, else a new page
KEEP_CAPTION = 6 * cm  # same for the caption of the categories table and two rows


def processing_title(p: Processing) -> str:
    return f"{p.reference} — {p.name}" if p.reference else p.name


def processing_key(p: Processing) -> str:
    return f"processing-{p.id}"


def recipients_text(p: Processing, ctx: ReportContext) -> str:
    items = []
    for r in p.recipients:
        label = ctx.label("recipient_types", r.type, cited_for=p.name)
        items.append(ctx.t("label_value", label=label, value=r.description)
                     if r.description else label)
    return ctx.bullets(items)


def transfers_text(p: Processing, ctx: ReportContext) -> str:
    if not p.transfers:
        # an empty list is what a template starts with: "none" only once the owner says so
        return ctx.t("no_transfer" if p.no_transfer_confirmed else "transfers_unchecked")
    items = []
    for t in p.transfers:
        safeguard = ctx.label("transfer_safeguards", t.safeguard, cited_for=p.name) \
            or ctx.empty
        line = ctx.t("transfer_line", recipient=ctx.or_empty(t.recipient),
                     country=ctx.or_empty(t.country), safeguard=safeguard)
        if t.documentation:
            line += "\n" + ctx.t("transfer_documentation", where=t.documentation)
        items.append(line)
    return ctx.bullets(items)


def security_text(p: Processing, ctx: ReportContext) -> str:
    items = []
    for m in p.security_measures:
        label = ctx.label("security_measures", m.code, cited_for=p.name)
        items.append(ctx.t("label_value", label=label, value=m.description)
                     if m.description else label)
    return ctx.bullets(items)


def categories_table(p: Processing, ctx: ReportContext, caption: str = "") -> list[Flowable]:
    header = [ctx.t("col_category"), ctx.t("col_data"), ctx.t("col_sensitive"),
              ctx.t("col_retention")]
    rows = []
    for c in p.data_categories:
        own = c.retention.is_set()
        retention = ctx.retention(p.retention_for(c), cited_for=p.name)
        if not own and p.retention.is_set():
            retention += "\n" + ctx.t("retention_general_applies")
        rows.append([ctx.label("data_categories", c.category, cited_for=p.name),
                     c.description, ctx.t("yes") if c.sensitive else ctx.t("no"), retention])
    return table(ctx, header, rows, (0.24, 0.33, 0.12, 0.31), empty=ctx.t("no_categories"),
                 sheet=caption)


def processors_text(p: Processing, snap: Snapshot, ctx: ReportContext) -> str:
    known = snap.processor_names()
    names = []
    for pid in p.processor_ids:
        proc = known.get(pid)
        if proc is not None:
            names.append(f"{proc.name} ({proc.country})" if proc.country else proc.name)
    return ctx.bullets(names) if names else ctx.t("none")


def detail_rows(p: Processing, snap: Snapshot, ctx: ReportContext) -> list[tuple[str, str]]:
    basis = ctx.label("legal_bases", p.legal_basis.value, cited_for=p.name) \
        if p.legal_basis else ""
    if basis and p.legal_basis_detail:
        basis = f"{basis}\n{p.legal_basis_detail}"
    art9 = ctx.label("art9_conditions", p.art9_condition, cited_for=p.name)
    source = ctx.label("data_sources", p.data_source, cited_for=p.name)
    if source and p.data_source_detail:
        source = f"{source}\n{p.data_source_detail}"
    rows = [
        (ctx.t("f_reference"), p.reference),
        (ctx.t("f_status"), ctx.t(f"status_{p.status.value}")),
        (ctx.t("f_dates"), ctx.t("dates_line", created=ctx.timestamp_text(p.created_at),
                                 updated=ctx.timestamp_text(p.updated_at))),
        (ctx.t("f_purposes"), ctx.bullets(list(p.purposes))),
        # optional fields print a dash when empty: "not provided" is for what is missing
        (ctx.t("f_sub_purposes"), ctx.bullets(list(p.sub_purposes)) if p.sub_purposes
         else "—"),
        (ctx.t("f_legal_basis"), basis),
    ]
    if p.has_sensitive_data or p.art9_condition:
        rows.append((ctx.t("f_art9"), art9))
    rows += [
        (ctx.t("f_subjects"), ctx.bullets([subject_line(ctx, p, s)
                                           for s in p.data_subjects])),
        (ctx.t("f_data_source"), source),
        (ctx.t("f_retention_general"), general_retention(p, ctx)),
        (ctx.t("f_recipients"), recipients_text(p, ctx)),
        (ctx.t("f_processors"), processors_text(p, snap, ctx)),
        (ctx.t("f_transfers"), transfers_text(p, ctx)),
        (ctx.t("f_security"), security_text(p, ctx)),
        (ctx.t("f_joint_controller"), p.joint_controller or ctx.t("none")),
    ]
    if p.template_id:
        rows.append((ctx.t("f_template"), ctx.template_sources(p.template_id, p.name)))
    rows.append((ctx.t("f_notes"), p.notes or "—"))
    return rows


def general_retention(p: Processing, ctx: ReportContext) -> str:
    """The general retention period; when there is none but every category has its own, it
    says so (nothing is missing)."""
    if not p.retention.is_set() and p.data_categories and all(
            c.retention.is_set() for c in p.data_categories):
        return ctx.t("retention_by_category")
    return ctx.retention(p.retention, cited_for=p.name)


def summary_table(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    header = [ctx.t("col_reference"), ctx.t("col_processing"), ctx.t("col_status"),
              ctx.t("col_legal_basis"), ctx.t("col_updated")]
    rows = [[p.reference, p.name, ctx.t(f"status_{p.status.value}"),
             ctx.label("legal_bases", p.legal_basis.value) if p.legal_basis else "",
             ctx.timestamp_text(p.updated_at)] for p in snap.processing]
    return table(ctx, header, rows, (0.11, 0.41, 0.13, 0.19, 0.16),
                 empty=ctx.t("register_empty"), sheet=ctx.t("section_register"))


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_register")
    for article in ARTICLES.values():
        ctx.cite(ctx.gdpr(article), title)
    out: list[Flowable] = [heading(title, 0, "register"),
                           paragraph(ctx.t("register_intro"), "small")]
    out += summary_table(snap, ctx)
    for p in snap.processing:
        out.append(CondPageBreak(KEEP_HEADING))  # no title alone at the foot of a page
        out.append(heading(processing_title(p), 1, processing_key(p)))
        out.append(record(ctx, detail_rows(p, snap, ctx), sheet=processing_title(p)))
        out.append(Spacer(0, 5))
        out.append(CondPageBreak(KEEP_CAPTION))
        # named: the caption and its table may start a page, away from the title
        caption = f"{p.reference or p.name} — {ctx.t('categories_title')}"
        out.append(paragraph(caption, "small", keep_with_next=True))
        out += categories_table(p, ctx, caption)
    return out


SECTION = Section("register", "section_register", frozenset({KIND_DOSSIER}), build)
