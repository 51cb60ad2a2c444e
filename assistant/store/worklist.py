"""Reads what :mod:`assistant.domain.worklist` needs from a dossier: its requests, breaches,
the plan's dated actions and where each purpose's consents stand against their validity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.domain.clock import parse_utc
from assistant.domain.consent import add_months
from assistant.domain.deadlines import Zone, local_date
from assistant.domain.worklist import ConsentRenewal, Deadline, deadlines
from assistant.store.consents.status import status_micros, status_time_text

if TYPE_CHECKING:
    from assistant.domain.guide.plan import PlanItem
    from assistant.store.dossier import Dossier


def consent_renewals(dossier: Dossier, now: dt.datetime, zone: Zone = None
                     ) -> list[ConsentRenewal]:
    """One entry per live purpose with a validity that has granted consents (the same rule
    as the Consents page's review list: a consent older than the validity is to renew)."""
    out: list[ConsentRenewal] = []
    conn = dossier.conn
    for purpose in dossier.consents.purposes(include_archived=False):
        months = purpose.validity_months
        if not months or purpose.id is None:
            continue
        cutoff = status_micros(add_months(now, -months))  # the statuses' integer times
        expired, oldest = conn.execute(
            "SELECT count(*), min(occurred_at) FROM consent_status WHERE purpose_id = ? "
            "AND kind = 'granted' AND occurred_at < ?", (purpose.id, cutoff)).fetchone()
        (running,) = conn.execute(
            "SELECT min(occurred_at) FROM consent_status WHERE purpose_id = ? "
            "AND kind = 'granted' AND occurred_at >= ?", (purpose.id, cutoff)).fetchone()
        if not expired and running is None:
            continue
        out.append(ConsentRenewal(
            purpose.code, purpose.label, months, int(expired),
            _expiry(status_time_text(oldest), months, zone) if expired else None,
            _expiry(status_time_text(running), months, zone) if running is not None else None))
    return out


def _expiry(granted_at: str, months: int, zone: Zone) -> dt.date:
    return local_date(add_months(parse_utc(granted_at), months), zone)


def dossier_deadlines(dossier: Dossier, now: dt.datetime, plan: Sequence[PlanItem],
                      zone: Zone = None) -> list[Deadline]:
    """Every dated thing to do in ``dossier`` at ``now`` (``plan``: the assessed action plan,
    which the caller already has)."""
    return deadlines(dossier.requests.list(), dossier.breaches.list(), plan,
                     consent_renewals(dossier, now, zone), now=now, zone=zone)


__all__ = ["consent_renewals", "dossier_deadlines"]
