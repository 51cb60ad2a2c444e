"""Proofs of consent for people outside the app.

- :func:`person_proof`: one person's consent proof (Art. 7(1)): who, every event with the
  wording shown (full text and SHA-256), the channel, the evidence, who recorded it, each
  event's hashes, and the chain head the proof was made at, so the person or an inspector can
  check it against ``verify --head``.
- :func:`export_dpv`: the ledger as consent records in the W3C Data Privacy Vocabulary (DPV)
  JSON-LD form used by ISO/IEC TS 27560's annex: one ``dpv:ConsentRecord`` per person and
  purpose, with its current status (``dpv:ConsentGiven``, ``dpv:ConsentWithdrawn``,
  ``dpv:ConsentExpired`` when older than the purpose's validity) and its history.

Both are jobs or plain functions that read through the store and write atomically.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant import __version__
from assistant.domain.clock import format_utc, now_text, utc_now
from assistant.domain.consent import add_months
from assistant.domain.progress import Progress
from assistant.store.consent_repo import ledger_status_batches, subjects_by_id
from assistant.store.dossier import Dossier
from assistant.store.outputs import output_path

DPV_CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_STATUS = {"granted": "dpv:ConsentGiven", "withdrawn": "dpv:ConsentWithdrawn",
           "refused": "dpv:ConsentRefused", "erased": "dpv:ConsentWithdrawn"}
BATCH = 5000


def person_proof(dossier: Dossier, subject_id: int) -> dict[str, Any]:
    """The consent proof of one person, as a JSON-ready dict."""
    c = dossier.consents
    subject = c.subject(subject_id)
    if subject is None:
        raise KeyError(subject_id)
    org = dossier.organisation.get()
    head = c.chain_head()
    identity = subject.identity
    return {
        "format": "rgpd-assistant-consent-proof",
        "format_version": 1,
        "made_at": now_text(),
        "app_version": __version__,
        "controller": {"name": org.display_name, "legal_name": org.legal_name,
                       "siren": org.siren, "address": org.address, "postcode": org.postcode,
                       "city": org.city, "email": org.email},
        "subject": {"id": subject.uid, "email": identity.email,
                    "customer_ref": identity.customer_ref, "first_name": identity.first_name,
                    "last_name": identity.last_name, "phone": identity.phone,
                    "erased_at": subject.erased_at or None},
        "current": [
            {"purpose": s.purpose_code, "label": s.purpose_label,
             "status": s.kind.value if s.kind else None, "since": s.occurred_at or None,
             "date_unknown": s.date_unknown, "renew_by": s.expires_at or None}
            for s in c.statuses(subject_id) if s.kind is not None
        ],
        "events": [
            {"seq": h.seq, "scheme": h.scheme, "purpose": h.purpose_code or None,
             "kind": h.kind.value,
             "occurred_at": h.occurred_at, "date_unknown": h.date_unknown,
             "recorded_at": h.recorded_at,
             "channel": h.channel, "channel_detail": h.channel_detail,
             "notice": ({"version": h.notice_version, "sha256": h.notice_sha256,
                         "text": h.notice_text} if h.notice_version else None),
             "evidence": h.evidence, "recorded_by": h.recorded_by, "source": h.source,
             "identity_hash": h.identity_hash, "prev_hash": h.prev_hash, "hash": h.hash}
            for h in c.history(subject_id)
        ],
        "chain": {"events": head.count, "head": head.hash,
                  "how_to_check": "rgpd-assistant-cli verify DOSSIER.rgpd --head " + head.hash},
    }


def write_person_proof(dossier: Dossier, subject_id: int, target: Path | str, *,
                       overwrite: bool = False) -> Path:
    proof = person_proof(dossier, subject_id)
    with output_path(target, overwrite=overwrite, reading=[dossier.path]) as tmp:
        tmp.write_text(json.dumps(proof, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Path(target)


def export_dpv(dossier: Dossier, target: Path | str, *,
               overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Write every (person, purpose) consent record in DPV JSON-LD to ``target``."""
    target = Path(target)
    conn = dossier.conn
    org = dossier.organisation.get()
    purposes = {p.id: p for p in dossier.consents.purposes()}
    notices = {n.id: n for n in dossier.consents.notices()}
    now = utc_now()
    total = conn.execute("SELECT count(*) FROM consent_status").fetchone()[0]
    head = dossier.consents.chain_head()
    controller = {"@id": f"urn:rgpd-assistant:controller:{dossier.uuid}",
                  "@type": "dpv:DataController", "dct:title": org.display_name,
                  "dct:identifier": org.siren or org.siret}
    with output_path(target, overwrite=overwrite, reading=[dossier.path]) as tmp, \
            tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        out.write(f'  "@context": {json.dumps(DPV_CONTEXT)},\n')
        out.write(f'  "dct:created": {json.dumps(format_utc(now))},\n')
        out.write(f'  "dct:source": {json.dumps("rgpd-assistant " + __version__)},\n')
        out.write(f'  "chain": {json.dumps({"events": head.count, "head": head.hash})},\n')
        out.write(f'  "dpv:hasDataController": {json.dumps(controller, ensure_ascii=False)},\n')
        out.write('  "@graph": [')
        done, first = 0, True
        # derived from the ledger itself, never from the status table (see consent_export)
        for statuses in ledger_status_batches(conn, BATCH):
            people = subjects_by_id(conn, [r[0] for r in statuses])
            rows = [(sid, pid, kind, when, people[sid][5], unknown)
                    for sid, pid, kind, when, unknown, _seq in statuses]
            events = _events_for(conn, [r[0] for r in rows])
            for subject_id, purpose_id, kind, when, uid, unknown in rows:
                record = _record(uid, purposes[purpose_id], kind, when, now, controller["@id"],
                                 events.get((subject_id, purpose_id), []), notices)
                if unknown:  # when the choice was made is not known: no time is claimed
                    record["dpv:isIndicatedAtTime"] = None
                    record["date_unknown"] = True
                out.write("\n    " if first else ",\n    ")
                out.write(json.dumps(record, ensure_ascii=False))
                first = False
            done += len(rows)
            yield Progress(done, total, "export")
        out.write("\n  ]\n}\n" if not first else "]\n}\n")
    return target


def _events_for(conn: Any, subject_ids: list[int]) -> dict[tuple[int, int], list[tuple]]:
    out: dict[tuple[int, int], list[tuple]] = {}
    lo, hi = min(subject_ids), max(subject_ids)
    for row in conn.execute(
            "SELECT subject_id, purpose_id, seq, kind, occurred_at, recorded_at, channel, "
            "notice_id, hash, date_unknown FROM consent_event WHERE subject_id BETWEEN ? AND ? "
            "AND purpose_id IS NOT NULL ORDER BY subject_id, purpose_id, occurred_at, seq",
            (lo, hi)):
        out.setdefault((row[0], row[1]), []).append(row[2:])
    return out


def _record(uid: str, purpose: Any, kind: str, when: str, now: datetime, controller: str,
            events: list[tuple], notices: dict[int | None, Any]) -> dict[str, Any]:
    status = _STATUS[kind]
    if kind == "granted" and purpose.validity_months:
        given = datetime.fromisoformat(when.replace("Z", "+00:00"))
        if add_months(given, purpose.validity_months) < now:
            status = "dpv:ConsentExpired"
    notice_id = next((e[5] for e in reversed(events) if e[5] is not None), None)
    notice = notices.get(notice_id)
    return {
        "@id": f"urn:rgpd-assistant:consent-record:{uid}:{purpose.code}",
        "@type": "dpv:ConsentRecord",
        "dpv:hasDataSubject": {"@id": f"urn:rgpd-assistant:subject:{uid}"},
        "dpv:hasDataController": {"@id": controller},
        "dpv:hasPurpose": {"@id": f"urn:rgpd-assistant:purpose:{purpose.code}",
                           "dct:title": purpose.label},
        "dpv:hasLegalBasis": {"@id": "eu-gdpr:A6-1-a"},
        "dpv:hasConsentStatus": {"@id": status},
        "dpv:isIndicatedAtTime": {"@value": when, "@type": "xsd:dateTime"},
        "dpv:hasNotice": ({"@id": f"urn:sha256:{notice.sha256}", "dct:identifier":
                           notice.version} if notice else None),
        "dct:hasVersion": len(events),
        "history": [
            {"seq": e[0], "dpv:hasConsentStatus": {"@id": _STATUS[e[1]]},
             "dpv:isIndicatedAtTime": None if e[7] else e[2], "dct:created": e[3],
             "channel": e[4], "hash": e[6], **({"date_unknown": True} if e[7] else {})}
            for e in events
        ],
    }
