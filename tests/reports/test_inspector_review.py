"""What an inspector's reading of the demo's PDFs found wrong: each test names the defect.

The demo dossier is rendered once per language and kind (the session's ``demo_file``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.cli import drive
from assistant.domain.processing import Processing, ProcessingStatus
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.snapshot import Snapshot, take_snapshot
from assistant.store.dossier import open_dossier
from tests.reports.conftest import flat, pages_text, render, snapshot, stream_text

TODAY = dt.date.today()  # the demo's dates are relative to the day it is built


@pytest.fixture(scope="module")
def demo_snap(demo_file: Path) -> Snapshot:
    with open_dossier(demo_file, read_only=True) as dossier:
        return take_snapshot(dossier, day=TODAY)


@pytest.fixture(scope="module")
def demo_pdf(demo_snap: Snapshot) -> dict[tuple[str, str], bytes]:
    out = {}
    for lang in ("fr", "en"):
        for kind in ("dossier", "register-extract"):
            out[(lang, kind)] = drive(render_pdf(demo_snap, ExportOptions(
                kind=kind, lang=lang, date=TODAY)))  # type: ignore[arg-type]
    return out


def text_of(data: bytes) -> str:
    return flat(" ".join(pages_text(data)))


# -- 1. drafts are not processings carried out -----------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_extract_leaves_drafts_out_and_says_so(demo_pdf, demo_snap, lang) -> None:  # type: ignore[no-untyped-def]
    text = text_of(demo_pdf[(lang, "register-extract")])
    drafts = [p for p in demo_snap.processing if p.status is ProcessingStatus.DRAFT]
    active = [p for p in demo_snap.processing if p.status is ProcessingStatus.ACTIVE]
    assert drafts and active
    for p in drafts:
        assert flat(p.name) not in text, p.name
    for p in active:
        assert flat(p.name)[:40] in text, p.name
    assert {"fr": "brouillons", "en": "drafts"}[lang] in text
    count = {"fr": f"{len(active)} traitements en service",
             "en": f"{len(active)} processing activities in use"}[lang]
    assert count in text


def test_an_extract_with_only_drafts_says_no_processing_is_in_use() -> None:
    snap = snapshot([Processing(name="Half done", id=1)])
    text = text_of(render(snap, kind="register-extract"))
    assert "Half done" not in text
    assert "no processing activity in use" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_dpia_section_prints_the_status_of_a_draft_and_says_drafts_are_in(
        demo_pdf, demo_snap, lang) -> None:  # type: ignore[no-untyped-def]
    text = stream_text(demo_pdf[(lang, "dossier")])
    start = text.index({"fr": "Étape 4 de la méthode : chaque traitement",
                        "en": "Step 4 of the method: each processing"}[lang])
    section = text[start:start + 8000]
    assert {"fr": "en service ou en préparation", "en": "in use or being prepared"}[lang] \
        in section
    draft = next(p for p in demo_snap.processing if p.status is ProcessingStatus.DRAFT)
    label = {"fr": "(brouillon)", "en": "(draft)"}[lang]
    assert f"{draft.reference} — {draft.name}"[:30] in section
    assert label in section


# -- 2. the action plan names the missing items of Art. 28(3), never their codes -------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_action_plan_names_missing_contract_items_in_words(demo_pdf, lang) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.processor import ART28_CLAUSES

    text = stream_text(demo_pdf[(lang, "dossier")])
    for code in ART28_CLAUSES:
        if "_" in code:  # the others are English words too
            assert code not in text, code
    words = {"fr": "a) instructions documentées", "en": "(a) documented instructions"}[lang]
    assert words in text
    assert "point(s)" not in text and "item(s)" not in text


@pytest.mark.parametrize(("lang", "count", "want"), [
    ("fr", "1", "ne couvre pas 1 point"), ("fr", "3", "ne couvre pas 3 points"),
    ("en", "1", "lacks 1 item of"), ("en", "3", "lacks 3 items of")])
def test_a_rule_with_a_count_reads_in_the_singular_or_the_plural(lang, count, want) -> None:  # type: ignore[no-untyped-def]
    from assistant.content.guide import gap_params, rule_text

    text = rule_text(lang, "processor_contract_incomplete").render(
        gap_params(lang, {"name": "X", "count": count, "missing": "audits"}))
    assert want in text and "(s)" not in text, text


# -- 3. whether to tell the people waits for the risk assessment ------------------------------
@pytest.mark.parametrize(("lang", "want", "wrong"), [
    ("fr", "à décider une fois le risque évalué", "non requise (pas de risque élevé)"),
    ("en", "to be decided once the risk is assessed", "not required (no high risk)")])
def test_telling_people_of_an_unassessed_breach_is_to_be_decided(lang, want, wrong) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from assistant.domain.breach import Breach, BreachRisk

    open_one = Breach("Lost USB key", "2025-03-10T08:00:00.000000Z", id=1, reference="V-1",
                      risk_level=BreachRisk.UNASSESSED)
    snap = replace(snapshot(), extra={"breaches": (open_one,)})
    text = stream_text(render(snap, lang=lang, sections=("breaches",)))
    assert want in text and wrong not in text


# -- 4. a record row that goes on over a page break keeps its whole label, in its column ------
@pytest.mark.parametrize(("lang", "label"), [
    ("fr", "Transferts hors de l'UE — art. 30.1.e (suite)"),
    ("en", "Transfers outside the EU — Art. 30(1)(e) (continued)")])
def test_a_continued_row_label_is_whole_and_wraps_inside_its_column(lang, label) -> None:  # type: ignore[no-untyped-def]
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLine

    from assistant.domain.processing import Transfer
    transfers = tuple(Transfer(f"Recipient number {n} with a long name", "Canada",
                               documentation=f"https://example.org/contract/{n}")
                      for n in range(90))
    p = Processing(name="Many transfers", id=1, status=ProcessingStatus.ACTIVE,
                   transfers=transfers)
    data = render(snapshot([p]), lang=lang, sections=("register",))
    assert label in stream_text(data)
    word = label.split()[-1]
    seen = 0
    for page in extract_pages(io.BytesIO(data)):
        limit = page.width * 0.0 + 51.02 + 0.30 * (page.width - 2 * 51.02)  # 18 mm margins
        stack = list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTTextLine):
                if word in item.get_text():
                    seen += 1
                    assert item.x1 <= limit + 0.5, (item.get_text(), item.x1, limit)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
    assert seen
