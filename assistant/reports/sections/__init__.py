"""The sections of the PDF documents, one module each, in the order they are printed.

Each module defines ``SECTION`` (:class:`~assistant.reports.sections.base.Section`). An area
adds its section by dropping a module here and one line below (issue numbers in brackets);
what the section reads goes into :mod:`assistant.reports.snapshot`.
"""

from __future__ import annotations

from assistant.reports.sections import (
    action_plan,
    breaches,
    consents,
    contents,
    cover,
    dpia,
    gaps,
    info_notices,
    organisation,
    processors,
    proof,
    proof_check,
    register,
    register_extract,
    requests,
    signature,
    sources,
    steps,
)
from assistant.reports.sections.base import Section

SECTIONS: tuple[Section, ...] = (
    cover.SECTION,
    contents.SECTION,
    # six-step guide: the six steps' state
    steps.SECTION,
    organisation.SECTION,
    register.SECTION,
    register_extract.SECTION,
    processors.SECTION,
    # six-step guide: action plan, DPIA screenings
    action_plan.SECTION,
    dpia.SECTION,
    # internal processes: rights requests, breaches
    requests.SECTION,
    breaches.SECTION,
    # consent ledger: consent summary per purpose
    consents.SECTION,
    # information notices: the versions published and when each was in force
    info_notices.SECTION,
    # one person's consent proof (its own document kind)
    proof.SECTION,
    proof_check.SECTION,
    gaps.SECTION,
    # the register's history: the signature block, then the annex of changes since a date
    signature.SIGNATURE,
    signature.CHANGES,
    sources.SECTION,
)


def sections_for(kind: str) -> list[Section]:
    return [s for s in SECTIONS if kind in s.kinds]

