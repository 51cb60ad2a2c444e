"""The people a bulk write keeps in memory to find them again are bounded: once past the
bound they are forgotten, and found in the dossier instead, exactly as if still kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.domain.progress import drive
from assistant.store.dossier import Dossier
from assistant.store.ledger import bulk as bulk_module
from assistant.store.ledger.bulk import Row, bulk

NOW = datetime(2026, 3, 1, 10, 5, tzinfo=UTC)


def _row(d: Dossier, line: int, email: str, ref: str, purpose: str = "newsletter",
         day: int = 1) -> tuple[object, ...]:
    found = d.consents.purpose_by_code(purpose)
    assert found is not None
    key = f"r:{ref}" if ref else f"e:{email}"
    return tuple(Row(line, email, ref, "Léa", "Martin", "", int(found.id or 0), "granted",
                     f"2026-03-{day:02d}T10:00:00.000000Z", "in_store", "", None, key, "", 0))


@pytest.mark.parametrize("kept", [2, bulk_module.RECENT_MAX])
def test_people_are_found_again_whether_kept_in_memory_or_not(
        new_dossier: Dossier, monkeypatch: pytest.MonkeyPatch, kept: int) -> None:
    monkeypatch.setattr(bulk_module, "RECENT_MAX", kept)
    d = new_dossier
    with bulk(d, recorded_by="Lise", now=NOW, rows=9) as writer:
        writer.start_part("ab" * 32, "a.csv", None, 9)
        writer.write([_row(d, 2, "ann@x.example", "C-1"), _row(d, 3, "bob@x.example", ""),
                      _row(d, 4, "", "C-3")])
        # a later chunk: a row that mixes two people, then each person by one key
        writer.write([_row(d, 5, "bob@x.example", "C-1", day=3),
                      _row(d, 6, "ann@x.example", "", "sms"), _row(d, 7, "", "C-1", day=2),
                      _row(d, 8, "bob@x.example", "", "sms"), _row(d, 9, "", "C-3", "sms")])
        drive(writer.finish(0))
    assert writer.new_subjects == 3 and writer.added == 7
    assert [(c.line, c.code) for c in writer.conflicts] == [(5, "ref_has_other_email")]
    ann = d.consents.find_subject(email="ann@x.example")
    assert ann is not None and len(d.consents.history(ann.id)) == 3
    assert d.consents.subject_count() == 3
