"""The people list in name order, window by window, from either end of the index."""

from __future__ import annotations

from assistant.domain.consent import Identity
from assistant.store.dossier import Dossier


def test_every_window_is_a_slice_of_the_whole_list(new_dossier: Dossier) -> None:
    names = ["Martin", "Bernard", "Dubois", "Ødegaard", "Kowalski", "Lefèvre", "Faure",
             "Zoé", "Agnès", "Martin"]
    for i, last in enumerate(names):
        new_dossier.consents.add_subject(Identity(email=f"p{i}@x.example", last_name=last))
    new_dossier.consents.erase_subject(3)  # an erased person lists last
    whole = [r.id for r in new_dossier.consents.subject_rows(0, 100)]
    assert len(whole) == len(names) and whole[-1] == 3
    for offset in range(len(names) + 2):
        for limit in (1, 3, 4):
            window = [r.id for r in new_dossier.consents.subject_rows(offset, limit)]
            assert window == whole[offset:offset + limit], (offset, limit)
