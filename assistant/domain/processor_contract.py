"""What a processor's record still lacks: the Art. 28(3) contract items and transfer safeguards.

These are warnings (a gap for the action plan), never a reason to refuse saving.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from assistant.domain.findings import Finding
from assistant.domain.processing import INVALID_SAFEGUARDS
from assistant.domain.processor import ART28_CLAUSES, Processor


def missing_clauses(p: Processor) -> tuple[str, ...]:
    """The Art. 28(3) items the contract does not cover, in the order of the article."""
    return tuple(c for c in ART28_CLAUSES if c not in p.contract_clauses)


def has_contract(p: Processor) -> bool:
    return bool(p.contract_reference or p.contract_date or p.contract_clauses)


def contract_gaps(p: Processor) -> list[Finding]:
    """What is missing from a processor's record for Art. 28 and for transfers."""
    found: list[Finding] = []
    if not has_contract(p):
        found.append(Finding("processor_missing_contract", "contract_reference"))
    else:
        if not p.contract_date:
            found.append(Finding("processor_missing_contract_date", "contract_date"))
        for code in missing_clauses(p):
            found.append(Finding("processor_missing_clause", "contract_clauses",
                                 params={"clause": code}))
    if p.transfer_countries and not p.transfer_safeguard:
        found.append(Finding("processor_transfer_safeguard", "transfer_safeguard",
                             params={"country": p.transfer_countries}))
    elif p.transfer_safeguard in INVALID_SAFEGUARDS:
        found.append(Finding("processor_invalid_safeguard", "transfer_safeguard",
                             params={"country": p.transfer_countries or "?"}))
    return found


@dataclass(frozen=True)
class ProcessorGap:
    """A processor whose record has gaps, for the Overview and the action plan."""

    processor_id: int | None
    name: str
    missing: tuple[str, ...]  # codes of the Art. 28(3) items the contract lacks
    no_contract: bool  # nothing at all is recorded about a contract
    findings: tuple[Finding, ...]  # every gap, in words through the messages
    processing_ids: tuple[int, ...] = ()  # what it serves (empty if unknown or unused)


def incomplete_processors(processors: Iterable[Processor],
                          serves: Mapping[int, Iterable[int]] | None = None
                          ) -> list[ProcessorGap]:
    """Processors whose contract or transfers have gaps: those with no contract at all first,
    then by the number of Art. 28(3) items missing.

    ``serves`` maps a processor id to the ids of the processing it serves (from
    :func:`processing_by_processor`), carried along so a caller can rank or link them.
    """
    out = []
    for p in processors:
        gaps = contract_gaps(p)
        if not gaps:
            continue
        served = tuple(serves.get(p.id, ())) if serves is not None and p.id is not None else ()
        out.append(ProcessorGap(p.id, p.name, missing_clauses(p), not has_contract(p),
                                tuple(gaps), served))
    return sorted(out, key=lambda g: (not g.no_contract, -len(g.missing), -len(g.findings),
                                      g.name.casefold()))


def processing_by_processor(links: Iterable[tuple[int, Iterable[int]]]
                            ) -> dict[int, tuple[int, ...]]:
    """``{processor id: (processing ids...)}`` from ``(processing id, processor ids)`` pairs
    (for instance ``(p.id, p.processor_ids)`` of every processing of the register)."""
    out: dict[int, list[int]] = {}
    for processing_id, processor_ids in links:
        for pid in processor_ids:
            out.setdefault(pid, []).append(processing_id)
    return {k: tuple(v) for k, v in out.items()}
