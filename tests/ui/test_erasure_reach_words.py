"""The message after an erasure says each place the person's data was removed from, and
each that still holds it."""

from __future__ import annotations

from assistant.store.consent_repo import ErasureReach
from assistant.ui.erasure_reach import erasure_reach_text


def test_drafts_and_leftovers_removed_are_both_said(english) -> None:  # type: ignore[no-untyped-def]
    text = erasure_reach_text(ErasureReach(drafts_removed=1, leftovers_removed=2, backups=()))
    assert "1 unsaved editor draft naming them" in text
    assert "2 temporary files an interrupted write left beside the dossier" in text


def test_nothing_removed_says_only_the_erasure(english) -> None:  # type: ignore[no-untyped-def]
    text = erasure_reach_text(ErasureReach(drafts_removed=0, leftovers_removed=0, backups=()))
    assert "temporary" not in text and "draft" not in text
    assert text.startswith("The person's identity is erased from the dossier.")
