"""A processor (sous-traitant): someone who processes personal data on the shop's behalf.

Beyond who they are, the record holds their contract with the shop, item by item against the
list of Art. 28(3) (the ``art28_clauses`` vocabulary), and any transfer of the data outside
the European Economic Area with its safeguard (Art. 44 to 49).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise

# What Art. 28(3) says a processor's contract must set out: the subject-matter and details of
# the processing (first subparagraph), then points (a) to (h). Codes of ``art28_clauses``.
ART28_CLAUSES: tuple[str, ...] = (
    "subject_matter",
    "instructions",
    "confidentiality",
    "security",
    "sub_processors",
    "assist_rights",
    "assist_obligations",
    "end_of_contract",
    "audits",
)


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
    contract_reference: str = ""  # title, number or place of the contract / DPA
    contract_date: str = ""  # YYYY-MM-DD, when it was signed or accepted
    contract_clauses: tuple[str, ...] = ()  # codes of ART28_CLAUSES the contract covers
    transfer_countries: str = ""  # countries outside the EEA the data goes to, if any
    transfer_safeguard: str = ""  # code of transfer_safeguards or free text

    def normalised(self) -> Processor:
        return replace(
            self,
            name=normalise(self.name),
            service=normalise(self.service),
            contact=normalise(self.contact),
            country=normalise(self.country),
            notes=normalise(self.notes),
            contract_reference=normalise(self.contract_reference),
            contract_date=normalise(self.contract_date),
            contract_clauses=tuple(c for c in ART28_CLAUSES if c in self.contract_clauses)
            + tuple(dict.fromkeys(c for c in self.contract_clauses if c not in ART28_CLAUSES)),
            transfer_countries=normalise(self.transfer_countries),
            transfer_safeguard=normalise(self.transfer_safeguard),
        )


def check_processor(p: Processor) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(p.name, "name", max_length=NAME_MAX, required=True)
    found += check_text(p.service, "service", max_length=SHORT_MAX)
    found += check_text(p.contact, "contact", max_length=SHORT_MAX)
    found += check_text(p.country, "country", max_length=NAME_MAX)
    found += check_text(p.notes, "notes", max_length=LONG_MAX, multiline=True)
    found += check_text(p.contract_reference, "contract_reference", max_length=SHORT_MAX)
    found += check_text(p.transfer_countries, "transfer_countries", max_length=SHORT_MAX)
    found += check_text(p.transfer_safeguard, "transfer_safeguard", max_length=SHORT_MAX)
    if p.contract_date:
        try:
            if len(p.contract_date) != 10:
                raise ValueError(p.contract_date)
            date.fromisoformat(p.contract_date)
        except ValueError:
            found.append(Finding("processes_invalid_date", "contract_date", Severity.ERROR,
                                 {"value": p.contract_date[:40]}))
    for i, code in enumerate(p.contract_clauses):
        if code not in ART28_CLAUSES:
            found.append(Finding("processor_unknown_clause", f"contract_clauses[{i}]",
                                 Severity.ERROR, {"value": code[:40]}))
    # what the register and the contract need to know of a processor (warnings)
    if not p.service.strip():
        found.append(Finding("processor_missing_service", "service"))
    if not p.country.strip():
        found.append(Finding("processor_missing_country", "country"))
    return found
