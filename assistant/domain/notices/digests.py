"""What a recorded notice rests on, to tell when it goes out of date: a digest of every
value of the dossier a notice is drawn from, and of nothing else."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from assistant.domain.guide.model import DpiaCriterion
from assistant.domain.notices.facts import NoticeSource
from assistant.domain.processing import Retention


def _retention_key(r: Retention) -> list[Any]:
    return [r.value, r.unit.value if r.unit else None, r.trigger, r.note]


def input_digests(source: NoticeSource) -> dict[str, str]:
    """SHA-256 of every value of the dossier a notice covering ``source.processings`` is
    drawn from, and of nothing else (a new security measure does not change a notice):
    ``"general"`` for the organisation, pilot and DPO, and one per processing, keyed by its
    id. A notice recorded with these digests is out of date, for the processing named, when
    the dossier gives other ones."""
    processors = {x.id: x for x in source.processors}
    o, pilot, dpo = source.organisation, source.pilot, source.dpo
    out = {"general": _digest({
        "organisation": [o.legal_name, o.trade_name, o.legal_form, o.siren, o.address,
                         o.postcode, o.city, o.country, o.email, o.phone, o.website],
        "pilot": [pilot.email, pilot.phone] if pilot else None,
        "dpo": [dpo.designated, dpo.name, dpo.organisation, dpo.email, dpo.phone]
        if dpo else None})}
    for p in source.processings:
        screening = source.screenings.get(p.id or 0)
        linked = [processors[i] for i in sorted(p.processor_ids) if i in processors]
        out[str(p.id)] = _digest({
            "name": p.name, "purposes": list(p.purposes),
            "sub_purposes": list(p.sub_purposes),
            "basis": p.legal_basis.value if p.legal_basis else None,
            "detail": p.legal_basis_detail, "art9": p.art9_condition,
            "subjects": list(p.data_subjects),
            "categories": [[c.category, c.description, c.sensitive, _retention_key(c.retention)]
                           for c in p.data_categories],
            "retention": _retention_key(p.retention),
            "recipients": [[r.type, r.description] for r in p.recipients],
            "processors": [[x.name, x.service, x.transfer_countries, x.transfer_safeguard]
                           for x in linked],
            "transfers": [[t.recipient, t.country, t.safeguard, t.documentation]
                          for t in p.transfers],
            # only when given, so that notices recorded before the answer existed keep
            # their digests (they change once the owner answers)
            **({"no_transfer": True} if p.no_transfer_confirmed else {}),
            "source": [p.data_source, p.data_source_detail],
            "joint": p.joint_controller,
            "screened": None if screening is None else
            DpiaCriterion.AUTOMATED_DECISION in screening.criteria,
        })
    return out


def _digest(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
