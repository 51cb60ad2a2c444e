"""What a check says about a piece of the dossier, as data the UI and CLI put into words.

A finding names a message (its ``code``, a key of the ``findings`` section of the content
``messages.toml``), the field it is about, and the values to put into the message. Errors
block saving (the data would be unusable); warnings tell what is missing for compliance
and never block a draft.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    code: str
    field: str
    severity: Severity = Severity.WARNING
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


class ValidationError(ValueError):
    """Raised when something is refused; holds every blocking finding."""

    def __init__(self, findings: Iterable[Finding], *, where: str = "") -> None:
        self.findings = tuple(findings)
        self.where = where
        super().__init__(
            "; ".join(f"{f.field}: {f.code}" for f in self.findings) or "invalid"
        )


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]
