from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.domain.findings import Finding, Severity
from assistant.domain.organisation import check_organisation
from assistant.domain.serial import organisation_from_dict, organisation_to_dict
from assistant.store.dossier import Dossier

KEY = "organisation"


def export(dossier: Dossier) -> dict[str, Any]:
    return organisation_to_dict(dossier.organisation.get())


def check(value: dict[str, Any], doc: dict[str, Any]) -> Iterator[tuple[str, Finding]]:
    org = organisation_from_dict(value)
    for f in check_organisation(org):
        # An export of a dossier with no legal name yet must import again.
        if f.severity is Severity.ERROR and f.code != "required":
            yield f"$.organisation.{f.field}", f


def load(dossier: Dossier, value: dict[str, Any]) -> None:
    dossier.organisation.put(organisation_from_dict(value))
