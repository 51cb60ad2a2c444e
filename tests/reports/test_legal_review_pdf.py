"""The printed dossier cites no outdated source either: the annex of sources, the register
and the plan of the demo dossier, in French and in English."""

from __future__ import annotations

import pytest

from tests.content.test_legal_review import OUTDATED
from tests.reports.conftest import flat, pages_text


@pytest.fixture(scope="module")
def demo_texts(demo_pdfs: dict[tuple[str, str], bytes]) -> dict[str, str]:
    return {lang: flat(" ".join(pages_text(demo_pdfs[(lang, "dossier")])))
            for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_dossier_pdf_cites_no_outdated_source(demo_texts: dict[str, str],
                                                  lang: str) -> None:
    text = demo_texts[lang]
    assert not OUTDATED.search(text), OUTDATED.search(text)
    assert "L252-5" in text
    assert "2021-131" in text
    assert ("hors de l'UE" not in text) and ("outside the EU " not in text)
