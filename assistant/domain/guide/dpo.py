"""Is a data protection officer mandatory? GDPR Art. 37(1).

A DPO is mandatory when (a) the processing is carried out by a public authority or body,
(b) the core activities consist of processing which, by its nature, scope or purposes,
requires regular and systematic monitoring of people on a large scale, or (c) the core
activities consist of processing on a large scale of special categories of data (Art. 9) or
of data on criminal convictions and offences (Art. 10). The EDPB/WP29 guidelines on DPOs
(WP243 rev.01) explain "core activities", "large scale" and "regular and systematic
monitoring". A shop is rarely in any of these cases; it may still appoint a DPO voluntarily.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.guide.model import Dpo, DpoQuestion


@dataclass(frozen=True)
class DpoAssessment:
    required: bool | None  # None until the questions that decide it are answered
    reasons: tuple[DpoQuestion, ...]  # questions answered "yes"
    unanswered: tuple[DpoQuestion, ...]


def assess_dpo(dpo: Dpo | None) -> DpoAssessment:
    """Mandatory as soon as one answer is yes; not mandatory when all three are no."""
    dpo = dpo or Dpo()
    yes = tuple(q for q in DpoQuestion if dpo.answer(q) is True)
    unanswered = tuple(q for q in DpoQuestion if dpo.answer(q) is None)
    if yes:
        return DpoAssessment(True, yes, unanswered)
    if unanswered:
        return DpoAssessment(None, (), unanswered)
    return DpoAssessment(False, (), ())
