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
        tools=MappingProxyType(tools_by_processing(dossier)),
    )


# Brand names of the tools whose lists the dossier exchanges (never translated).
TOOL_NAMES = {"mailchimp": "Mailchimp", "brevo": "Brevo", "shopify": "Shopify"}


def tools_by_processing(dossier: Dossier) -> dict[int, tuple[str, ...]]:
    """The tools the dossier shows the shop uses, by the processing they serve: a tool whose
    export was imported, or that was sent its withdrawals, serves the processing its consent
    purposes are linked to. Where a notice asks whether data leaves the EEA, they are named
    (a newsletter tool or a web shop is often outside it)."""
    from assistant.store.suppression_repo import SENDING_TOOLS, TOOL_PURPOSES

    used: dict[str, set[str]] = {}
    for (key,) in dossier.conn.execute(
            "SELECT key FROM app_meta WHERE key >= 'imported_from:' AND key < 'imported_from;'"
            " OR key >= 'suppression:' AND key < 'suppression;'"):
        parts = key.split(":")
        tool = parts[1] if len(parts) > 1 else ""
        if tool not in SENDING_TOOLS:
            continue
        codes = TOOL_PURPOSES[tool] if parts[0] == "imported_from" else parts[2:3]
        used.setdefault(tool, set()).update(codes)
    if not used:
        return {}
    linked = {p.code: p.processing_id for p in dossier.consents.purposes()
              if p.processing_id is not None}
    out: dict[int, list[str]] = {}
    for tool in SENDING_TOOLS:  # a fixed order: the same notice each time
        for code in sorted(used.get(tool, ())):
            pid = linked.get(code)
            if pid is not None and TOOL_NAMES[tool] not in out.setdefault(pid, []):
                out[pid].append(TOOL_NAMES[tool])
    return {pid: tuple(names) for pid, names in out.items()}
