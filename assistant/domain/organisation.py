"""The organisation a dossier is about: the controller of Art. 30(1)(a).

Its French identifiers (SIREN, SIRET) are checked by python-stdnum, which knows their
rules (the Luhn check digit, La Poste's establishments that do without it), so that a
refusal can say what is wrong: the number of digits, or a digit miscopied. It is the one
library the domain uses besides Python's: pure functions on strings, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from assistant.domain.findings import Finding, Severity
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX, check_text, normalise

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Organisation:
    legal_name: str = ""
    trade_name: str = ""
    legal_form: str = ""
    siren: str = ""
    siret: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    representative_name: str = ""
    representative_role: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    sector: str = ""  # vocabulary code (sectors) or free text
    vat_number: str = ""  # intra-community VAT number: FR, a two-digit key, the SIREN
    created_at: str = ""
    updated_at: str = ""

    @property
    def display_name(self) -> str:
        return self.trade_name or self.legal_name

    def normalised(self) -> Organisation:
        changes = {
            f.name: normalise(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("created_at", "updated_at")
        }
        changes["siren"] = digits_only(changes["siren"])
        changes["siret"] = digits_only(changes["siret"])
        changes["vat_number"] = vat_compact(changes["vat_number"])
        return replace(self, **changes)


def digits_only(text: str) -> str:
    """SIREN/SIRET as people type them (``123 456 789``) reduced to the digits, if only
    digits and spaces were typed; anything else is kept for the check to report."""
    squeezed = re.sub(r"[\s.\u00a0\u202f]", "", text)
    return squeezed if squeezed.isdigit() else text


def vat_compact(text: str) -> str:
    """A VAT number as people type it (``fr 40 303 265 045``) in its stored form
    (``FR40303265045``), if only letters, digits and spaces were typed."""
    squeezed = re.sub(r"[\s.\-\u00a0\u202f]", "", text).upper()
    return squeezed if squeezed.isalnum() else text


def _identifier_problem(validate: Callable[[str], str], value: str, field: str,
                        digits: int) -> Finding | None:
    """What is wrong with a SIREN or SIRET, in a finding that says which: its length or
    characters (``invalid_siren``), or its check digit (``siren_checksum``)."""
    from stdnum.exceptions import InvalidChecksum, ValidationError

    try:
        validate(value)
    except InvalidChecksum:
        return Finding(f"{field}_checksum", field, Severity.ERROR, {"value": value})
    except ValidationError:
        return Finding(f"invalid_{field}", field, Severity.ERROR,
                       {"value": value, "digits": str(digits),
                        "found": str(sum(c.isdigit() for c in value))})
    return None


def _vat_problems(org: Organisation, siren_ok: bool) -> list[Finding]:
    """A VAT number of the EU (python-stdnum knows each country's rules); a French one must
    carry the organisation's SIREN."""
    from stdnum.eu import vat
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.fr import tva

    value = org.vat_number
    try:
        vat.validate(value)
    except InvalidChecksum:
        return [Finding("vat_checksum", "vat_number", Severity.ERROR, {"value": value})]
    except ValidationError:
        return [Finding("invalid_vat", "vat_number", Severity.ERROR, {"value": value})]
    siren = org.siren or org.siret[:9]
    if value.startswith("FR") and siren and siren_ok and tva.to_siren(value) != siren:
        return [Finding("vat_siren_mismatch", "vat_number", Severity.ERROR,
                        {"value": value, "siren": siren})]
    return []


def check_organisation(org: Organisation) -> list[Finding]:
    found: list[Finding] = []
    found += check_text(org.legal_name, "legal_name", max_length=NAME_MAX, required=True)
    for name in ("trade_name", "legal_form", "representative_name", "representative_role",
                 "city", "country", "sector"):
        found += check_text(getattr(org, name), name, max_length=NAME_MAX)
    for name in ("email", "phone", "website", "postcode", "vat_number"):
        found += check_text(getattr(org, name), name, max_length=SHORT_MAX)
    found += check_text(org.address, "address", max_length=LONG_MAX, multiline=True)

    from stdnum.fr import siren, siret

    siren_ok = siret_ok = True
    if org.siren:
        problem = _identifier_problem(siren.validate, org.siren, "siren", 9)
        if problem is not None:
            found.append(problem)
            siren_ok = False
    if org.siret:
        problem = _identifier_problem(siret.validate, org.siret, "siret", 14)
        if problem is not None:
            found.append(problem)
            siret_ok = False
    if siren_ok and siret_ok and org.siren and org.siret \
            and not org.siret.startswith(org.siren):
        found.append(Finding("siret_siren_mismatch", "siret", Severity.ERROR))
    if org.vat_number:
        found += _vat_problems(org, siren_ok)
    if org.email and not _EMAIL.match(org.email):
        found.append(Finding("invalid_email", "email", Severity.ERROR, {"value": org.email}))

    if not org.siren and not org.siret:
        found.append(Finding("missing_siren", "siren"))
    if not org.address or not org.city:
        found.append(Finding("missing_address", "address"))
    if not org.representative_name:
        found.append(Finding("missing_representative", "representative_name"))
    if not org.email and not org.phone:
        found.append(Finding("missing_contact", "email"))
    return sorted(found, key=lambda f: f.severity is not Severity.ERROR)
