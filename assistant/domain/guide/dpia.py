"""DPIA screening: is a data protection impact assessment required? GDPR Art. 35.

- The European guidelines (WP29/EDPB, WP248 rev.01) give nine criteria; a processing that
  meets two or more in principle requires a DPIA. The controller may conclude otherwise only
  by documenting why (WP248, III.B.a): hence a "not needed" conclusion needs a reason then.
- Some operations always require one, whatever the count: the three cases of Art. 35(3) and
  the authority's list adopted under Art. 35(4) (CNIL deliberation 2018-327). Their codes are
  in the content file ``dpia.toml`` (``[required_list]``); a screening names one in ``listed``.
- The authority's list of operations that need no DPIA (Art. 35(5), CNIL deliberation
  2019-118) is in ``[exempt_list]``; a screening names one in ``exempt``. It never overrides
  the list of operations that always require one.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.guide.model import DpiaConclusion, DpiaCriterion, DpiaScreening

THRESHOLD = 2  # WP248: two criteria or more -> a DPIA in principle


@dataclass(frozen=True)
class DpiaOutcome:
    required: bool  # a DPIA is required (in principle, or always when mandatory)
    mandatory: bool  # on a list of operations that always require one
    exempt: bool  # on the authority's list of operations that need none
    criteria: tuple[DpiaCriterion, ...]
    settled: bool  # the conclusion recorded closes the question

    @property
    def count(self) -> int:
        return len(self.criteria)


def outcome(s: DpiaScreening) -> DpiaOutcome:
    criteria = tuple(c for c in DpiaCriterion if c in set(s.criteria))
    mandatory = bool(s.listed)
    exempt = bool(s.exempt) and not mandatory
    required = mandatory or (len(criteria) >= THRESHOLD and not exempt)
    if not required:
        settled = True
    elif s.conclusion is DpiaConclusion.DPIA_DONE:
        settled = bool(s.concluded_on)
    elif s.conclusion is DpiaConclusion.NOT_NEEDED:
        settled = not mandatory and bool(s.reason.strip())
    else:
        settled = False
    return DpiaOutcome(required, mandatory, exempt, criteria, settled)
