"""How to check a consent proof: what the SHA-256 digests in it prove, how an event's hash is
computed (so that it can be recomputed from the printed values), and the ledger's chain head
at the export with the command that checks it later."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from assistant.domain.consent import CANONICAL_FIELDS, SCHEME_TAGS
from assistant.reports.context import KIND_PROOF, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import HASH_WIDTHS, heading, paragraph, record, subheading
from assistant.reports.sections.consents import (
    VERIFY_ANY,
    chain_rows,
    cite_facts,
    how_to_check,
)
from assistant.reports.snapshot import Snapshot


def canonical_text(scheme: int) -> str:
    """The fields of an event's canonical form in ``scheme``, in order."""
    return ", ".join(f"scheme = {SCHEME_TAGS[scheme]!r}" if f == "scheme" else f
                     for f in CANONICAL_FIELDS[scheme])


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    title = ctx.t("section_proof_check")
    cite_facts(ctx, title, "ledger")
    return [
        heading(title, 0, "proof-check"),
        paragraph(ctx.t("check_wording")),
        paragraph(ctx.t("check_event"), keep_with_next=True),
        paragraph(VERIFY_ANY, "command"),
        paragraph(ctx.t("check_canonical", fields=canonical_text(2)), "small"),
        paragraph(ctx.t("check_canonical_v1", fields=canonical_text(1)), "small"),
        paragraph(ctx.t("check_chain")),
        paragraph(ctx.t("check_identity")),
        paragraph(ctx.t("check_limits")),
        Spacer(0, 4),
        *subheading(ctx.t("check_head_title")),
        record(ctx, chain_rows(snap, ctx), widths=HASH_WIDTHS),
        Spacer(0, 3),
        *how_to_check(snap, ctx),
    ]


SECTION = Section("proof-check", "section_proof_check", frozenset({KIND_PROOF}), build)
