"""Where a dossier stands, and the one thing to do next (foundation version: organisation
and register; the six-step guide refines it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.domain.findings import Severity
from assistant.domain.organisation import Organisation, check_organisation
from assistant.domain.processing import Processing, ProcessingStatus, check_processing


@dataclass(frozen=True)
class NextAction:
    code: str  # key of [next] in messages.toml
    target: str  # page key where it is done ("organisation", "register")
    params: dict[str, str] = field(default_factory=dict)
    processing_id: int | None = None


@dataclass(frozen=True)
class RegisterSummary:
    by_status: dict[ProcessingStatus, int]
    incomplete: int  # processing (not archived) with at least one point to complete
    points: int  # total points to complete over those


def register_summary(processings: list[Processing]) -> RegisterSummary:
    by_status = dict.fromkeys(ProcessingStatus, 0)
    incomplete = points = 0
    for p in processings:
        by_status[p.status] += 1
        if p.status is ProcessingStatus.ARCHIVED:
            continue
        gaps = check_processing(p)
        if gaps:
            incomplete += 1
            points += len(gaps)
    return RegisterSummary(by_status, incomplete, points)


def next_action(org: Organisation, processings: list[Processing]) -> NextAction:
    if not org.legal_name.strip():
        return NextAction("name_organisation", "organisation")
    live = [p for p in processings if p.status is not ProcessingStatus.ARCHIVED]
    if not live:
        return NextAction("first_processing", "register")
    org_gaps = [f for f in check_organisation(org) if f.severity is Severity.WARNING]
    # The processing with the most points to complete, active before draft.
    worst: tuple[int, int, Processing] | None = None
    for p in live:
        n = len(check_processing(p))
        if n:
            key = (p.status is ProcessingStatus.ACTIVE, n)
            if worst is None or key > worst[:2]:
                worst = (*key, p)  # type: ignore[assignment]
    if worst is not None:
        p = worst[2]
        return NextAction("complete_processing", "register",
                          {"name": p.name, "count": str(worst[1])}, processing_id=p.id)
    if org_gaps:
        return NextAction("complete_organisation", "organisation",
                          {"count": str(len(org_gaps))})
    return NextAction("register_complete", "register")
