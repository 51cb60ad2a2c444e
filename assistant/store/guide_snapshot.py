"""Build the guide's :class:`~assistant.domain.guide.snapshot.Snapshot` from an open dossier.

Other areas fill their optional fields of the snapshot here when they merge (one line each),
so that their rules and deadline sources see their data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from assistant.domain.clock import utc_now
from assistant.domain.deadlines import local_date
from assistant.domain.guide.snapshot import Snapshot

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def build_snapshot(dossier: Dossier, *, today: date | None = None,
                   now: datetime | None = None) -> Snapshot:
    """The snapshot of ``dossier``. ``today`` and ``now`` fix the date and moment it is
    judged at (tests); by default, the computer's clock (with ``today`` alone, the legal
    clocks are read at noon of that day)."""
    if today is None and now is not None:
        today = local_date(now)
    snapshot = Snapshot.of(dossier.organisation.get(), dossier.register.list(),
                           dossier.processors.list(), dossier.guide.state(), today=today)
    extra: dict[str, Any] = {}
    # consent ledger
    extra["consent_gaps"] = MappingProxyType(
        {pid: problem for pid, _name, problem
         in dossier.consents.consent_processing_gaps(snapshot.live_processings)})
    # consent at the till: consents that prove less (no wording recorded)
    counts = dossier.consents.unworded_consents()
    extra["unworded_consents"] = MappingProxyType({
        int(p.id or 0): (p.label, counts[int(p.id or 0)]) for p in dossier.consents.purposes()
        if counts.get(int(p.id or 0))})
    live = {p.id for p in snapshot.live_processings}
    extra["orphan_purposes"] = tuple(
        (pid, label, n) for pid, label, processing_id, n in dossier.conn.execute(
            "SELECT p.id, p.label, p.processing_id, count(s.subject_id) FROM consent_purpose AS p "
            "JOIN consent_status AS s ON s.purpose_id = p.id AND s.kind = 'granted' "
            "WHERE p.archived = 0 GROUP BY p.id ORDER BY p.id")
        if processing_id not in live)
    # internal processes
    extra["requests"] = tuple(dossier.requests.list())
    extra["breaches"] = tuple(dossier.breaches.list())
    extra["now"] = now if now is not None else (utc_now() if today is None else None)
    # information notices
    extra["notices"] = tuple(dossier.info_notices.statuses())
    return replace(snapshot, **extra) if extra else snapshot
