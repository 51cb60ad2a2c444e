"""Everything the guide's rules look at, in one frozen value.

The store builds it (:func:`assistant.store.guide_snapshot.build_snapshot`); the rules, the
action plan, the checklists and the score read it and nothing else, so each can be tested
with a snapshot made by hand.

**Extending it** (other areas): add a field with a default of ``None`` meaning "this area's
data is not available", fill it in ``build_snapshot``, and register the rules that read it in
:data:`assistant.domain.guide.rules.RULES`. A rule must return no gap when its field is
``None``, so a snapshot made without that area stays valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from types import MappingProxyType

from assistant.domain.breach import Breach
from assistant.domain.guide.model import (
    CustomAction,
    Decision,
    DpiaScreening,
    Dpo,
    GuideState,
    HistoryEntry,
    Pilot,
    TaskState,
)
from assistant.domain.notices.versions import NoticeStatus
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing, ProcessingStatus
from assistant.domain.processor import Processor
from assistant.domain.rights_request import RightsRequest


def _empty() -> Mapping:  # type: ignore[type-arg]
    return MappingProxyType({})


@dataclass(frozen=True)
class Snapshot:
    organisation: Organisation
    processings: tuple[Processing, ...] = ()  # every processing, archived included
    processors: tuple[Processor, ...] = ()
    pilot: Pilot | None = None
    dpo: Dpo | None = None
    tasks: Mapping[str, TaskState] = field(default_factory=_empty)  # by task id
    screenings: Mapping[int, DpiaScreening] = field(default_factory=_empty)  # by processing id
    actions: tuple[CustomAction, ...] = ()
    decisions: Mapping[str, Decision] = field(default_factory=_empty)  # by action key
    history: Mapping[str, HistoryEntry] = field(default_factory=_empty)  # by action key
    today: date = field(default_factory=date.today)
    # Later areas add their optional fields below (None = that area's data is not here).
    # consent ledger: processing resting on consent with no consent purpose linked
    # ("no_purpose") or whose purpose has no wording ("no_notice"), by processing id
    consent_gaps: Mapping[int, str] | None = None
    # consent at the till: consents recorded without the wording shown (imported from a
    # source that had none), by purpose id: (purpose label, how many)
    unworded_consents: Mapping[int, tuple[str, int]] | None = None
    # consent purposes with consents recorded that no processing of the register (in use)
    # rests on: (purpose id, label, people who consented), None when not read
    orphan_purposes: tuple[tuple[int, str, int], ...] | None = None
    # internal processes: the registers with legal clocks, and the moment they are read at
    requests: tuple[RightsRequest, ...] | None = None
    breaches: tuple[Breach, ...] | None = None
    now: datetime | None = None  # aware; None: noon of ``today`` in this computer's time zone
    # information notices: the newest version of each kind and language, with what changed
    # in the dossier since it was recorded
    notices: tuple[NoticeStatus, ...] | None = None

    @property
    def moment(self) -> datetime:
        """The moment the legal clocks are read at (aware, UTC)."""
        if self.now is not None:
            return self.now.astimezone(UTC)
        return datetime.combine(self.today, time(12)).astimezone().astimezone(UTC)

    @property
    def live_processings(self) -> tuple[Processing, ...]:
        """The register without archived entries: what the rules judge."""
        return tuple(p for p in self.processings if p.status is not ProcessingStatus.ARCHIVED)

    @staticmethod
    def of(organisation: Organisation, processings: tuple[Processing, ...] | list[Processing],
           processors: tuple[Processor, ...] | list[Processor] = (),
           state: GuideState | None = None, *, today: date | None = None) -> Snapshot:
        """A snapshot from the guide's stored state (what the store and the tests use)."""
        state = state or GuideState()
        live_ids = {p.id for p in processings}
        return Snapshot(
            organisation=organisation,
            processings=tuple(processings),
            processors=tuple(processors),
            pilot=state.pilot,
            dpo=state.dpo,
            tasks=MappingProxyType({t.task_id: t for t in state.tasks}),
            # a screening outlives the deletion of its processing (so undo brings it back),
            # but only screenings of processing in the register count
            screenings=MappingProxyType({s.processing_id: s for s in state.screenings
                                         if s.processing_id in live_ids}),
            actions=tuple(state.actions),
            decisions=MappingProxyType({d.key: d for d in state.decisions}),
            history=MappingProxyType({h.key: h for h in state.history}),
            today=today or date.today(),
        )
