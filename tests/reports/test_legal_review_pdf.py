"""The printed dossier cites no outdated source either: the annex of sources, the register
and the plan of the demo dossier, in French and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain.progress import drive
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.snapshot import take_snapshot
from assistant.store.dossier import open_dossier
from tests.content.test_legal_review import OUTDATED
from tests.reports.conftest import DAY, flat, pages_text


@pytest.fixture(scope="module")
def demo_texts(demo_file: Path) -> dict[str, str]:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier)
    return {lang: flat(" ".join(pages_text(drive(render_pdf(
        snap, ExportOptions(lang=lang, date=DAY))))))  # type: ignore[arg-type]
        for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_dossier_pdf_cites_no_outdated_source(demo_texts: dict[str, str],
                                                  lang: str) -> None:
    text = demo_texts[lang]
    assert not OUTDATED.search(text), OUTDATED.search(text)
    assert "L252-5" in text
    assert "2021-131" in text
    assert ("hors de l'UE" not in text) and ("outside the EU " not in text)
