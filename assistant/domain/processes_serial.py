"""Plain-dict forms of rights requests and breaches: the shape of the JSON interchange and of
their rows in the dossier (one place, so the file and the exchange never disagree)."""

from __future__ import annotations

from typing import Any

from assistant.domain.breach import Breach, BreachRisk, BreachType, PeopleExemption
from assistant.domain.rights_request import IdentityCheck, Outcome, Right, RightsRequest

REQUEST_KEYS = (
    "id", "reference", "right", "right_detail", "requester", "requester_contact",
    "subject_reference", "received_on", "received_via", "request_text", "identity_check",
    "extended", "extension_reason", "extension_told_on", "answered_on", "answer_outcome",
    "answer_summary", "answer_evidence", "notes", "created_at", "updated_at",
)

BREACH_KEYS = (
    "id", "reference", "summary", "aware_at", "occurred_at", "ended_at", "processor_id",
    "breach_types", "what_happened",
    "data_concerned", "people_concerned", "people_count", "records_count",
    "likely_consequences", "measures_taken", "risk_level", "risk_reasoning",
    "authority_notified_at", "authority_reference", "delay_reason", "people_notified_at",
    "people_notice", "people_exemption", "notes", "created_at", "updated_at",
)


def request_to_dict(r: RightsRequest) -> dict[str, Any]:
    """The interchange form of a request (keys in a fixed order)."""
    d = {key: getattr(r, key) for key in REQUEST_KEYS}
    d["right"] = r.right.value
    d["identity_check"] = r.identity_check.value
    d["answer_outcome"] = r.answer_outcome.value if r.answer_outcome else None
    d["extended"] = bool(r.extended)
    return d


def request_from_dict(d: dict[str, Any]) -> RightsRequest:
    outcome = d.get("answer_outcome")
    return RightsRequest(
        id=d.get("id"),
        reference=d.get("reference", ""),
        right=Right(d["right"]),
        right_detail=d.get("right_detail", ""),
        requester=d["requester"],
        requester_contact=d.get("requester_contact", ""),
        subject_reference=d.get("subject_reference", ""),
        received_on=d["received_on"],
        received_via=d.get("received_via", ""),
        request_text=d.get("request_text", ""),
        identity_check=IdentityCheck(d.get("identity_check", IdentityCheck.PENDING.value)),
        extended=bool(d.get("extended", False)),
        extension_reason=d.get("extension_reason", ""),
        extension_told_on=d.get("extension_told_on") or None,
        answered_on=d.get("answered_on") or None,
        answer_outcome=Outcome(outcome) if outcome else None,
        answer_summary=d.get("answer_summary", ""),
        answer_evidence=d.get("answer_evidence", ""),
        notes=d.get("notes", ""),
        created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )


def breach_to_dict(b: Breach) -> dict[str, Any]:
    """The interchange form of a breach (keys in a fixed order)."""
    d = {key: getattr(b, key) for key in BREACH_KEYS}
    d["breach_types"] = [t.value for t in b.breach_types]
    d["risk_level"] = b.risk_level.value
    d["people_exemption"] = b.people_exemption.value if b.people_exemption else None
    return d


def breach_from_dict(d: dict[str, Any]) -> Breach:
    exemption = d.get("people_exemption")
    return Breach(
        id=d.get("id"),
        reference=d.get("reference", ""),
        summary=d["summary"],
        aware_at=d["aware_at"],
        occurred_at=d.get("occurred_at") or None,
        ended_at=d.get("ended_at") or None,
        processor_id=d.get("processor_id"),
        breach_types=tuple(BreachType(t) for t in d.get("breach_types", ())),
        what_happened=d.get("what_happened", ""),
        data_concerned=d.get("data_concerned", ""),
        people_concerned=d.get("people_concerned", ""),
        people_count=d.get("people_count"),
        records_count=d.get("records_count"),
        likely_consequences=d.get("likely_consequences", ""),
        measures_taken=d.get("measures_taken", ""),
        risk_level=BreachRisk(d.get("risk_level", BreachRisk.UNASSESSED.value)),
        risk_reasoning=d.get("risk_reasoning", ""),
        authority_notified_at=d.get("authority_notified_at") or None,
        authority_reference=d.get("authority_reference", ""),
        delay_reason=d.get("delay_reason", ""),
        people_notified_at=d.get("people_notified_at") or None,
        people_notice=d.get("people_notice", ""),
        people_exemption=PeopleExemption(exemption) if exemption else None,
        notes=d.get("notes", ""),
        created_at=d.get("created_at", ""),
        updated_at=d.get("updated_at", ""),
    )
