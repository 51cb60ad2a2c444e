"""Plain-dict forms of the domain objects: the shape of the JSON interchange and of the
JSON columns of the dossier. One place, so the file and the exchange never disagree."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
)
from assistant.domain.processor import Processor


def retention_to_dict(r: Retention) -> dict[str, Any]:
    return {
        "value": r.value,
        "unit": r.unit.value if r.unit else None,
        "trigger": r.trigger,
        "note": r.note,
    }


def retention_from_dict(d: dict[str, Any] | None) -> Retention:
    if not d:
        return Retention()
    unit = d.get("unit")
    return Retention(
        value=d.get("value"),
        unit=DurationUnit(unit) if unit else None,
        trigger=d.get("trigger", "") or "",
        note=d.get("note", "") or "",
    )


def category_to_dict(c: DataCategory) -> dict[str, Any]:
    return {
        "category": c.category,
        "description": c.description,
        "sensitive": c.sensitive,
        "retention": retention_to_dict(c.retention),
    }


def category_from_dict(d: dict[str, Any]) -> DataCategory:
    return DataCategory(
        category=d["category"],
        description=d.get("description", ""),
        sensitive=bool(d.get("sensitive", False)),
        retention=retention_from_dict(d.get("retention")),
    )


def processing_to_dict(p: Processing) -> dict[str, Any]:
    """The interchange form of a processing (keys in a fixed order)."""
    return {
        "id": p.id,
        "reference": p.reference,
        "name": p.name,
        "status": p.status.value,
        "purposes": list(p.purposes),
        "sub_purposes": list(p.sub_purposes),
        "legal_basis": p.legal_basis.value if p.legal_basis else None,
        "legal_basis_detail": p.legal_basis_detail,
        "art9_condition": p.art9_condition,
        "data_subjects": list(p.data_subjects),
        "data_subject_details": dict(p.data_subject_details),
        "data_categories": [category_to_dict(c) for c in p.data_categories],
        "retention": retention_to_dict(p.retention),
        "recipients": [{"type": r.type, "description": r.description} for r in p.recipients],
        "processors": list(p.processor_ids),
        "transfers": [asdict(t) for t in p.transfers],
        "security_measures": [asdict(m) for m in p.security_measures],
        "data_source": p.data_source,
        "data_source_detail": p.data_source_detail,
        "joint_controller": p.joint_controller,
        "template_id": p.template_id,
        "notes": p.notes,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    }


def processing_from_dict(d: dict[str, Any]) -> Processing:
    basis = d.get("legal_basis")
    return Processing(
        id=d.get("id"),
        reference=d.get("reference", ""),
        name=d["name"],
        status=ProcessingStatus(d.get("status", "draft")),
        purposes=tuple(d.get("purposes", ())),
        sub_purposes=tuple(d.get("sub_purposes", ())),
        legal_basis=LegalBasis(basis) if basis else None,
        legal_basis_detail=d.get("legal_basis_detail", ""),
        art9_condition=d.get("art9_condition", ""),
        data_subjects=tuple(d.get("data_subjects", ())),
        data_subject_details=tuple((str(k), str(v)) for k, v in
                                   (d.get("data_subject_details") or {}).items()),
        data_categories=tuple(category_from_dict(c) for c in d.get("data_categories", ())),
        retention=retention_from_dict(d.get("retention")),
        recipients=tuple(
            Recipient(r["type"], r.get("description", "")) for r in d.get("recipients", ())
        ),
        processor_ids=tuple(int(x) for x in d.get("processors", ())),
        transfers=tuple(
            Transfer(t["recipient"], t["country"], t.get("safeguard", ""),
                     t.get("documentation", ""))
            for t in d.get("transfers", ())
        ),
        security_measures=tuple(
            SecurityMeasure(m["code"], m.get("description", ""))
            for m in d.get("security_measures", ())
        ),
        data_source=d.get("data_source", ""),
        data_source_detail=d.get("data_source_detail", ""),
        joint_controller=d.get("joint_controller", ""),
        template_id=d.get("template_id", ""),
        notes=d.get("notes", ""),
        created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )


def organisation_to_dict(o: Organisation) -> dict[str, Any]:
    d = {f.name: getattr(o, f.name) for f in fields(o)}
    if not d["vat_number"]:  # added with schema 3: a file without one stays as it was
        del d["vat_number"]
    return d


def organisation_from_dict(d: dict[str, Any]) -> Organisation:
    known = {f.name for f in fields(Organisation)}
    return Organisation(**{k: v for k, v in d.items() if k in known})


def processor_to_dict(p: Processor) -> dict[str, Any]:
    d = {f.name: getattr(p, f.name) for f in fields(p)}
    d["contract_clauses"] = list(p.contract_clauses)
    return d


def processor_from_dict(d: dict[str, Any]) -> Processor:
    known = {f.name for f in fields(Processor)}
    values = {k: v for k, v in d.items() if k in known}
    if "contract_clauses" in values:
        values["contract_clauses"] = tuple(values["contract_clauses"] or ())
    return Processor(**values)
