"""Small builders for the guide's domain tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.domain.guide.model import Dpo, GuideState, Pilot
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    SecurityMeasure,
)
from assistant.domain.processing import DurationUnit as U

TODAY = date(2025, 6, 15)

ORG = Organisation(legal_name="Boulangerie Test SARL", siren="999888779",
                   address="1 rue de la Paix", city="Lyon", representative_name="Ana",
                   email="ana@shop.example")


def complete(pid: int = 1, **changes: Any) -> Processing:
    """A processing with nothing missing; ``changes`` make the gap a test wants."""
    values: dict[str, Any] = dict(
        id=pid, name=f"Processing {pid}", reference=f"T-{pid:03d}",
        status=ProcessingStatus.ACTIVE, purposes=("Serve customers",),
        legal_basis=LegalBasis.CONTRACT, data_subjects=("customers",),
        data_categories=(DataCategory("identity", retention=Retention(3, U.YEARS)),),
        security_measures=(SecurityMeasure("access_control"),), data_source="data_subject",
        recipients=(Recipient("internal_service"),), no_transfer_confirmed=True)
    values.update(changes)
    return Processing(**values)


def snap(*processings: Processing, state: GuideState | None = None,
         org: Organisation = ORG, today: date = TODAY) -> Snapshot:
    state = state or GuideState(pilot=Pilot(name="Ana"),
                                dpo=Dpo(public_body=False, large_scale_monitoring=False,
                                        large_scale_sensitive=False))
    return Snapshot.of(org, list(processings), [], state, today=today)
