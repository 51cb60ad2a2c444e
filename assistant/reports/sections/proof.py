"""One person's proof of consent (GDPR Art. 7(1)): who they are (unless erased), where each
of their choices stands, and every event of their history with the wording they were shown
(full text and SHA-256), the channel, the evidence, who recorded it, and the hashes that
chain it to the ledger.

Every value an event's hash covers is printed a second time under its field's name, exactly
as hashed (timestamps as stored, in UTC; an empty value marked as such), so that anyone can
recompute the hash from this document alone: the first record of an event is for reading.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assistant.domain.consent import CANONICAL_FIELDS, SCHEME_TAGS, Event, EventKind
from assistant.reports.area_data import PersonProof, ProofEvent
from assistant.reports.context import KIND_PROOF, ReportContext
from assistant.reports.flow import Grid
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import (
    HASH_WIDTHS,
    heading,
    paragraph,
    record,
    subheading,
    table,
)
from assistant.reports.sections.consents import cite_facts
from assistant.reports.snapshot import Snapshot

KEEP_EVENT = 140  # points: an event's title and first rows, else a new page


def proof_of(snap: Snapshot) -> PersonProof | None:
    proof = snap.extra.get("proof")
    return proof if isinstance(proof, PersonProof) else None


def kind_text(kind: EventKind | str | None, ctx: ReportContext) -> str:
    value = kind.value if isinstance(kind, EventKind) else (kind or "never")
    return ctx.t(f"choice_{value}")


def channel_text(code: str, detail: str, ctx: ReportContext) -> str:
    label = ctx.t(f"channel_{code}") if code in CHANNELS else code
    return f"{label} ({code})" + (f"\n{detail}" if detail else "")


CHANNELS = ("in_store", "web", "paper", "email", "phone", "other", "system")


def source_text(item: ProofEvent, ctx: ReportContext) -> str:
    """The imported file and line ("people.csv, line 5"); "" if the event was typed in."""
    e = item.event
    if not item.source:
        return ""
    name = item.source.rsplit(":", 1)[0] if e.source_line is not None else item.source
    if e.source_line is None:
        return name
    return ctx.t("proof_source_value", file=name, line=e.source_line)


def hashed_values(e: Event, ctx: ReportContext) -> Grid:
    """The values of the event's canonical form (17 in scheme 1, 18 in scheme 2), under
    their field names, as hashed."""
    values = ["" if v is None else str(v) for v in e.fields()]
    rows = [(name, value or ctx.t("hashed_empty"))
            for name, value in zip(CANONICAL_FIELDS[e.scheme],
                                   [SCHEME_TAGS[e.scheme], *values], strict=True)]
    return Grid(rows, HASH_WIDTHS, header=[ctx.t("col_field"), ctx.t("col_hashed_value")],
                continued=ctx.t("continued"))


def identity_rows(proof: PersonProof, ctx: ReportContext) -> list[tuple[str, str]]:
    s = proof.subject
    rows = [(ctx.t("proof_subject_id"), s.uid)]
    if s.erased:
        rows.append((ctx.t("proof_identity"), ctx.t("proof_erased",
                                                     date=ctx.moment_text(s.erased_at))))
    else:
        i = s.identity
        rows += [(ctx.t("proof_name"), i.display_name), (ctx.t("proof_email"), i.email),
                 (ctx.t("proof_reference"), i.customer_ref), (ctx.t("proof_phone"), i.phone)]
    rows.append((ctx.t("proof_since"), ctx.moment_text(s.created_at)))
    return rows


def occurred_text(e: Event, ctx: ReportContext) -> str:
    """When the choice was made, or, when the source did not say, that it is unknown (the
    date the event carries is then only when it was recorded)."""
    if e.date_unknown:
        return ctx.t("proof_date_unknown", recorded=ctx.moment_text(e.occurred_at))
    return ctx.moment_text(e.occurred_at)


def event_rows(item: ProofEvent, ctx: ReportContext) -> list[tuple[str, str]]:
    e = item.event
    purpose = f"{item.purpose_label} ({e.purpose})" if e.purpose else "—"
    if e.notice_version:
        wording = ctx.t("proof_wording_line", version=e.notice_version,
                        date=ctx.day_text(item.notice.effective_from) if item.notice else "?")
        text = item.notice.text if item.notice is not None else ctx.t("proof_wording_missing")
    else:
        wording, text = ctx.t("proof_no_wording"), ""
    source = source_text(item, ctx)
    checked = ctx.t("proof_hash_ok") if item.hash_matches else ctx.t("proof_hash_bad")
    linked = ctx.t("proof_link_ok") if item.link_matches else ctx.t("proof_link_bad")
    rows = [
        (ctx.t("proof_occurred"), occurred_text(e, ctx)),
        (ctx.t("proof_recorded"), ctx.moment_text(e.recorded_at)),
        (ctx.t("proof_purpose"), purpose),
        (ctx.t("proof_choice"), f"{kind_text(e.kind, ctx)} ({e.kind.value})"),
        (ctx.t("proof_channel"), channel_text(e.channel, e.channel_detail, ctx)),
        (ctx.t("proof_wording"), wording),
    ]
    if e.notice_version:
        rows += [(ctx.t("wording_sha"), e.notice_sha256), (ctx.t("wording_text"), text)]
    rows += [
        (ctx.t("proof_evidence"), e.evidence or "—"),
        (ctx.t("proof_recorded_by"), e.recorded_by or "—"),
    ]
    if source:
        rows.append((ctx.t("proof_source"), source))
    rows += [
        (ctx.t("proof_prev_hash"), f"{e.prev_hash}\n{linked}"),
        (ctx.t("proof_hash"), f"{e.hash}\n{checked}"),
    ]
    return rows


def _renew_by(ctx: ReportContext, status: Any) -> str:
    if status.date_unknown and status.kind is EventKind.GRANTED and not status.expires_at:
        return ctx.t("renew_date_unknown")  # never a date counted from the import
    return ctx.moment_text(status.expires_at) or "—"


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_proof")
    cite_facts(ctx, title, "proof", "withdrawal")
    proof = proof_of(snap)
    out: list[Flowable] = [heading(title, 0, "proof")]
    if proof is None:
        return [*out, paragraph(ctx.t("proof_none"))]
    out += [paragraph(ctx.t("proof_intro"), "small"),
            record(ctx, identity_rows(proof, ctx), widths=HASH_WIDTHS), Spacer(0, 6),
            *subheading(ctx.t("proof_current"))]
    rows = [[f"{s.purpose_label} ({s.purpose_code})", kind_text(s.kind, ctx),
             (ctx.t("date_unknown_short") if s.date_unknown
              else ctx.moment_text(s.occurred_at)) or "—",
             _renew_by(ctx, s)] for s in proof.statuses]
    out += table(ctx, [ctx.t("col_purpose"), ctx.t("col_current"), ctx.t("col_since"),
                       ctx.t("col_renew_by")], rows, (0.36, 0.20, 0.22, 0.22),
                 empty=ctx.t("proof_no_purpose"), sheet=ctx.t("proof_current"))
    out += [CondPageBreak(KEEP_EVENT),
            heading(ctx.plural("proof_history", len(proof.events), count=len(proof.events)),
                    1, "proof-history"),
            paragraph(ctx.t("proof_history_intro") + " " + ctx.zone_note, "small")]
    if not proof.events:
        out.append(paragraph(ctx.t("proof_no_event")))
    for item in proof.events:
        e = item.event
        out += [CondPageBreak(KEEP_EVENT),
                heading(ctx.t("proof_event_title", seq=e.seq, moment=ctx.t(
                    "date_unknown_short") if e.date_unknown else ctx.moment_text(
                    e.occurred_at), choice=kind_text(e.kind, ctx),
                    purpose=item.purpose_label or "—"), 2, f"event-{e.seq}"),
                record(ctx, event_rows(item, ctx), widths=HASH_WIDTHS), Spacer(0, 4),
                paragraph(ctx.t("proof_hashed", seq=e.seq), "small", keep_with_next=True),
                hashed_values(e, ctx), Spacer(0, 8)]
    return out


SECTION = Section("proof", "section_proof", frozenset({KIND_PROOF}), build, required=True)
