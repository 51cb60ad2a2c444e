"""A consent proof says plainly when the source did not say when a choice was made, and
names refusals as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.store.dossier import open_dossier
from tests.reports.test_proof import proof_pdf


def _person(demo_file: Path, sql: str) -> str:
    with open_dossier(demo_file, read_only=True) as dossier:
        row = dossier.conn.execute(
            "SELECT s.uid FROM consent_event e JOIN subject_text s ON s.id = e.subject_id "
            f"WHERE {sql} AND s.erased_at IS NULL ORDER BY e.seq LIMIT 1").fetchone()
    assert row is not None
    return str(row[0])


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ("Date inconnue : la source ne disait pas quand le choix a été fait",
            "date_unknown 1", "rgpd-consent/2")),
    ("en", ("Date unknown: the source did not say when the choice was made",
            "date_unknown 1", "rgpd-consent/2"))])
def test_an_event_of_unknown_date_says_so(demo_file: Path, lang: str,
                                          words: tuple[str, ...]) -> None:
    text = proof_pdf(demo_file, _person(demo_file, "e.date_unknown = 1"), lang)
    for word in words:
        assert word in text, word


@pytest.mark.parametrize(("lang", "word"), [("fr", "Consentement refusé"),
                                            ("en", "Consent refused")])
def test_a_refusal_is_named(demo_file: Path, lang: str, word: str) -> None:
    text = proof_pdf(demo_file, _person(demo_file, "e.kind = 'refused'"), lang)
    assert word in text
    assert "(refused)" in text
