"""The consent records (GDPR Art. 7(1)) in summary: per purpose, how many people's latest
choice is a consent or a withdrawal, the consents due for renewal at the document's date, and
the wordings shown, word for word with their SHA-256; then the ledger's chain head and how to
check it later (``verify --head``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.platypus import Flowable, Spacer

from assistant.content.catalog import Lang, read_toml
from assistant.reports.area_data import ConsentData
from assistant.reports.context import KIND_DOSSIER, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import (
    HASH_WIDTHS,
    heading,
    paragraph,
    record,
    subheading,
    table,
)
from assistant.reports.snapshot import Snapshot

WIDTHS = (0.17, 0.13, 0.12, 0.12, 0.10, 0.13, 0.11, 0.12)


# The installed command (also the bundle's); "python -m assistant" runs the same from the
# source code, as the README says.
VERIFY_COMMAND = "rgpd-assistant-cli verify DOSSIER.rgpd --head {head}"
VERIFY_ANY = "rgpd-assistant-cli verify DOSSIER.rgpd"


@lru_cache(maxsize=4)
def consent_content(lang: Lang) -> dict[str, Any]:
    return read_toml(lang, "consents")


def cite_facts(ctx: ReportContext, what: str, *keys: str) -> None:
    facts = consent_content(ctx.lang).get("facts", {})
    for key in keys:
        source = facts.get(key, {}).get("source", "")
        if source:
            ctx.cite(source, what)


def chain_rows(snap: Snapshot, ctx: ReportContext) -> list[tuple[str, str]]:
    """The chain head as the cover and the proofs print it."""
    if snap.chain is None:
        return [(ctx.t("chain_events"), ctx.t("no_ledger"))]
    if not snap.chain.events:  # no newest event: its zero "head" would only puzzle a reader
        return [(ctx.t("chain_events"), "0")]
    return [(ctx.t("chain_events"), str(snap.chain.events)),
            (ctx.t("chain_head_label"), snap.chain.head)]


def how_to_check(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    """How to check the printed head later, the command on lines of its own, in monospace."""
    if snap.chain is None or not snap.chain.events:
        return [paragraph(ctx.t("chain_how_to_check_empty"), "small")]
    return [paragraph(ctx.t("chain_how_to_check", command=ctx.t("command_below")), "small",
                      keep_with_next=True),
            paragraph(VERIFY_COMMAND.format(head=snap.chain.head), "command")]


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_consents")
    cite_facts(ctx, title, "proof", "withdrawal", "validity", "ledger")
    data = snap.extra.get("consents")
    out: list[Flowable] = [
        heading(title, 0, "consents"),
        paragraph(ctx.t("consents_intro", date=ctx.date_text(ctx.date)), "small"),
        record(ctx, chain_rows(snap, ctx), widths=HASH_WIDTHS),
        Spacer(0, 3),
        *how_to_check(snap, ctx),
    ]
    if not isinstance(data, ConsentData):
        return [*out, paragraph(ctx.t("consents_none"))]
    processing = {p.id: p.reference or p.name for p in snap.processing}
    purposes = {p.id: p for p in data.purposes}
    sources = consent_content(ctx.lang).get("purposes", {})
    rows = []
    for s in data.summary:
        purpose = purposes.get(s.purpose_id)
        lines = [f"{s.label} ({s.code})"]
        if purpose is not None and purpose.validity_months:
            lines.append(ctx.t("purpose_validity", months=purpose.validity_months))
        if purpose is not None and purpose.archived:
            lines.append(ctx.t("purpose_archived"))
        if s.refused:
            lines.append(ctx.t("purpose_refused", count=s.refused))
        if s.date_unknown:
            lines.append(ctx.t("purpose_date_unknown", count=s.date_unknown))
        source = sources.get(s.code, {}).get("source", "")
        if source:
            ctx.cite(source, s.label)
        rows.append(["\n".join(lines), processing.get(s.processing_id, "") or ctx.t("none"),
                     str(s.granted), str(s.withdrawn), str(s.erased), str(s.to_renew),
                     str(s.notices), ctx.timestamp_text(s.last_event) if s.last_event
                     else "—"])
    header = [ctx.t("col_purpose"), ctx.t("col_processing"), ctx.t("col_granted"),
              ctx.t("col_withdrawn"), ctx.t("col_erased"), ctx.t("col_to_renew"),
              ctx.t("col_wordings"), ctx.t("col_last_choice")]
    people = ctx.plural("consents_purposes", data.people, people=data.people)
    out += [Spacer(0, 4), *subheading(people),
            *table(ctx, header, rows, WIDTHS, empty=ctx.t("consents_no_purpose"), sheet=people)]
    out += subheading(ctx.t("consents_wordings"))
    labels = {p.id: p.label for p in data.purposes}
    wording_rows: list[tuple[str, str]] = []
    bold = []
    for n in data.notices:
        bold.append(len(wording_rows))
        wording_rows.append((ctx.t("wording_title", version=n.version),
                             labels.get(n.purpose_id, "?")))
        wording_rows += [(ctx.t("wording_from"), ctx.day_text(n.effective_from)),
                         (ctx.t("wording_sha"), n.sha256), (ctx.t("wording_text"), n.text)]
    if wording_rows:
        out.append(record(ctx, wording_rows, widths=HASH_WIDTHS, bold_rows=bold,
                          sheet=ctx.t("consents_wordings")))
    else:
        out.append(paragraph(ctx.t("consents_no_wording")))
    return out


SECTION = Section("consents", "section_consents", frozenset({KIND_DOSSIER}), build)
