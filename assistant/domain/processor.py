"""A processor (sous-traitant): someone who processes personal data on the shop's behalf."""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.domain.findings import Finding
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise


@dataclass(frozen=True)
class Processor:
    name: str
    id: int | None = None
    service: str = ""  # what they do for the shop (web host, payment, emailing...)
    contact: str = ""
    country: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""

    def normalised(self) -> Processor:
        return replace(
            self,
            name=normalise(self.name),
            service=normalise(self.service),
            contact=normalise(self.contact),
            country=normalise(self.country),
            notes=normalise(self.notes),
        )


def check_processor(p: Processor) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(p.name, "name", max_length=NAME_MAX, required=True)
    found += check_text(p.service, "service", max_length=SHORT_MAX)
    found += check_text(p.contact, "contact", max_length=SHORT_MAX)
    found += check_text(p.country, "country", max_length=NAME_MAX)
    found += check_text(p.notes, "notes", max_length=LONG_MAX, multiline=True)
    return found
