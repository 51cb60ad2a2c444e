"""Build the guide's :class:`~assistant.domain.guide.snapshot.Snapshot` from an open dossier.

Other areas fill their optional fields of the snapshot here when they merge (one line each),
so that their rules and deadline sources see their data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.domain.guide.snapshot import Snapshot

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def build_snapshot(dossier: Dossier, *, today: date | None = None) -> Snapshot:
    snapshot = Snapshot.of(dossier.organisation.get(), dossier.register.list(),
                           dossier.processors.list(), dossier.guide.state(), today=today)
    extra: dict[str, Any] = {}
    # consent ledger [3]: extra["consent_purposes"] = ...
    # internal processes [5]: extra["processor_contracts"] = ...
    return replace(snapshot, **extra) if extra else snapshot
