"""A read-only picture of the dossier, taken once, that the sections render.

Sections never touch the database or widgets: the builder takes this snapshot through the
store, in one read transaction (so every section sees the same state of the file), and
hands it to each section. Each area adds the data its sections need here, one marked line
each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant import __version__
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


@dataclass(frozen=True)
class ChainHead:
    """What the cover prints of the consent ledger, to compare a printed copy later."""

    events: int
    head: str  # hex digest of the newest event


@dataclass(frozen=True)
class Snapshot:
    organisation: Organisation
    processing: tuple[Processing, ...]
    processors: tuple[Processor, ...]
    dossier_uuid: str = ""
    app_version: str = __version__
    chain: ChainHead | None = None  # None: the dossier has no consent ledger (yet)
    # Other areas' read-only data, by section key (steps, actions, requests, breaches...).
    extra: dict[str, Any] = field(default_factory=dict)

    def processor_names(self) -> dict[int, Processor]:
        return {p.id: p for p in self.processors if p.id is not None}


def take_snapshot(dossier: Dossier, *, day: dt.date | None = None,
                  subject: str = "") -> Snapshot:
    """Read everything the PDF shows, in one read transaction.

    ``day`` is the document's date (figures that depend on "now" are taken then; today by
    default); ``subject`` the subject id of the person whose consent proof is printed
    (:class:`~assistant.reports.area_data.PersonNotFound` if nobody has it).
    """
    from assistant.reports import area_data

    day = day or dt.date.today()
    with dossier.reading():
        extra: dict[str, Any] = {}
        chain: ChainHead | None = None
        # consent ledger: chain = ChainHead(count, head) and extra["consents"] = ...
        head = dossier.consents.chain_head()
        chain = ChainHead(head.count, head.hash)
        extra["consents"] = area_data.read_consents(dossier, day)
        if subject:
            extra["proof"] = area_data.read_proof(dossier, subject)
        # six-step guide: extra["steps"], extra["actions"], extra["dpia"] = ...
        extra["guide"] = area_data.read_guide(dossier, day)
        # internal processes: extra["requests"], extra["breaches"] = ...
        extra["requests"] = tuple(dossier.requests.list())
        extra["breaches"] = tuple(dossier.breaches.list())
        # information notices: the versions published, and where the newest stand
        extra["info_notices"] = {"versions": tuple(dossier.info_notices.versions()),
                                 "statuses": tuple(dossier.info_notices.statuses())}
        # the register's history: its version, its changes, the date of the last export
        extra["history"] = area_data.read_history(dossier, day)

        return Snapshot(
            organisation=dossier.organisation.get(),
            processing=tuple(dossier.register.list()),
            processors=tuple(dossier.processors.list()),
            dossier_uuid=dossier.uuid,
            chain=chain,
            extra=extra,
        )
