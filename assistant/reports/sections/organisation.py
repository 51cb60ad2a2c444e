"""The controller: name and contact details, representative (GDPR Art. 30(1)(a))."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from assistant.domain.guide.dpo import assess_dpo
from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, ReportContext
from assistant.reports.sections.base import Section
from assistant.reports.sections.common import heading, paragraph, record
from assistant.reports.sections.guide_common import guide_assessment
from assistant.reports.snapshot import Snapshot


def dpo_text(snap: Snapshot, ctx: ReportContext) -> str:
    """The DPO's name and contact details (Art. 30(1)(a)), or why there is none."""
    dpo = guide_assessment(snap, ctx).snapshot.dpo
    if dpo is not None and dpo.designated:
        who = ", ".join(x for x in (dpo.name, dpo.organisation) if x)
        contact = ", ".join(x for x in (dpo.email, dpo.phone) if x)
        town = " ".join(x for x in (dpo.postcode, dpo.city) if x)
        address = ", ".join(x for x in (dpo.address, town, dpo.country) if x)
        lines = [who, address, contact]
        if dpo.designation_number:
            lines.append(ctx.t("dpo_number_line", number=dpo.designation_number))
        return "\n".join(x for x in lines if x)
    required = assess_dpo(dpo).required
    if required is False:
        ctx.cite(ctx.gdpr("37(1)"), ctx.t("org_dpo"))
        return ctx.t("dpo_not_mandatory")
    if required is True:
        ctx.cite(ctx.gdpr("37(1)"), ctx.t("org_dpo"))
        return ctx.t("dpo_mandatory_missing")
    return ""


def build(snap: Snapshot, ctx: ReportContext) -> list[Flowable]:
    o = snap.organisation
    title = ctx.t("section_organisation")
    ctx.cite(ctx.gdpr("30(1)(a)"), title)
    address = "\n".join(x for x in (o.address, " ".join(x for x in (o.postcode, o.city) if x),
                                    o.country if (o.address or o.city) else "") if x)
    representative = ", ".join(x for x in (o.representative_name, o.representative_role) if x)
    joint = sorted({p.joint_controller for p in snap.processing if p.joint_controller})
    rows = [
        (ctx.t("org_legal_name"), o.legal_name),
        (ctx.t("org_trade_name"), o.trade_name),
        (ctx.t("org_legal_form"), o.legal_form),
        (ctx.t("org_siren"), o.siren),
        (ctx.t("org_siret"), o.siret),
        *([(ctx.t("org_vat"), o.vat_number)] if o.vat_number else []),
        (ctx.t("org_address"), address),
        (ctx.t("org_representative"), representative),
        (ctx.t("org_email"), o.email),
        (ctx.t("org_phone"), o.phone),
        (ctx.t("org_website"), o.website),
        (ctx.t("org_sector"), ctx.label("sectors", o.sector)),
        (ctx.t("org_dpo"), dpo_text(snap, ctx)),
        (ctx.t("org_joint_controllers"), ctx.bullets(joint) if joint else ctx.t("none")),
    ]
    return [
        heading(title, 0, "organisation"),
        paragraph(ctx.t("organisation_intro"), "small"),
        record(ctx, rows),
        Spacer(0, 8),
    ]


SECTION = Section("organisation", "section_organisation",
                  frozenset({KIND_DOSSIER, KIND_EXTRACT}), build)
