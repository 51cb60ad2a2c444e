"""The action plan lists consents recorded without the wording people read."""

from __future__ import annotations

from types import MappingProxyType

from assistant.domain.guide.rules import consents_without_wording
from assistant.domain.guide.snapshot import Snapshot
from assistant.domain.organisation import Organisation


def test_one_action_per_purpose_with_unworded_consents() -> None:
    bare = Snapshot(Organisation(legal_name="Lise"))
    assert consents_without_wording(bare) == []  # the area's data not read: no gap
    snap = Snapshot(Organisation(legal_name="Lise"), unworded_consents=MappingProxyType({
        2: ("Offres par SMS", 12), 1: ("Lettre", 1), 4: ("Carte", 0)}))
    gaps = consents_without_wording(snap)
    assert [(g.key, dict(g.params)) for g in gaps] == [
        ("rule:consents_without_wording:purpose:1", {"name": "Lettre", "count": "1"}),
        ("rule:consents_without_wording:purpose:2", {"name": "Offres par SMS",
                                                     "count": "12"})]
    assert all(g.target == "consents" and g.step == 5 for g in gaps)
