"""Read from a dossier what an information notice is drawn from
(:class:`~assistant.domain.notices.facts.NoticeSource`)."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING

from assistant.domain.findings import Finding, Severity, ValidationError
from assistant.domain.notices.facts import NoticeSource
from assistant.domain.processing import ProcessingStatus

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def read_notice_source(dossier: Dossier,
                       processing_ids: Iterable[int] | None = None) -> NoticeSource:
    """The organisation, pilot, DPO, processors, DPIA screenings and the processing of
    ``processing_ids`` (in that order; every processing not archived when None).

    An id that is not in the register is refused (:class:`ValidationError` naming it)."""
    register = dossier.register.list()
    if processing_ids is None:
        chosen = [p for p in register if p.status is not ProcessingStatus.ARCHIVED]
    else:
        by_id = {p.id: p for p in register}
        wanted = list(dict.fromkeys(processing_ids))
        unknown = [i for i in wanted if i not in by_id]
        if unknown:
            raise ValidationError([Finding("notice_unknown_processing", "processing",
                                           Severity.ERROR, {"value": str(i)})
                                   for i in unknown])
        chosen = [by_id[i] for i in wanted]
    saved = dossier.guide.pilot()
    screenings = {s.processing_id: s for s in dossier.guide.screenings()}
    return NoticeSource(
        organisation=dossier.organisation.get(),
        processings=tuple(chosen),
        processors=tuple(dossier.processors.list()),
        pilot=saved[0] if saved else None,
        dpo=saved[1] if saved else None,
        screenings=MappingProxyType(screenings),
    )
