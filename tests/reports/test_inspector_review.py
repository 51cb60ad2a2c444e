"""What an inspector's reading of the demo's PDFs found wrong: each test names the defect.

The demo dossier is rendered once per language and kind (the session's ``demo_file``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.domain.processing import Processing, ProcessingStatus
from assistant.domain.progress import drive
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
    ("fr", "Transferts hors de l'EEE — art. 30(1)(e) (suite)"),
    ("en", "Transfers outside the EEA — Art. 30(1)(e) (continued)")])
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


# -- 5. the consent proof prints each hashed value as hashed, under its field's name ---------
@pytest.fixture(scope="module")
def imported_proof(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from assistant.exchange.consent_import import import_consents

    folder = tmp_path_factory.mktemp("imported")
    path = folder / "demo.rgpd"
    path.write_bytes(demo_file.read_bytes())
    source = folder / "people.csv"
    source.write_text("email,customer_ref,first_name,last_name,purpose,status,date,channel,"
                      "notice_version\n"
                      "zoe@example.org,Z-1,Zoé,Martin,newsletter,granted,"
                      "2025-03-01T09:00:00Z,in_store,v1\n", encoding="utf-8")
    with open_dossier(path) as dossier:
        drive(import_consents(dossier, source))
        c = dossier.consents
        subject = c.subject(c.subject_count())
        events = [c.event(h.seq) for h in c.history(subject.id)]
        out: dict[str, object] = {"subject": subject, "events": events}
        for lang in ("fr", "en"):
            snap = take_snapshot(dossier, day=TODAY, subject=subject.uid)
            out[f"{lang}.pdf"] = drive(render_pdf(snap, ExportOptions(
                kind="consent-proof", lang=lang, date=TODAY,  # type: ignore[arg-type]
                subject_id=subject.uid)))
            out[lang] = stream_text(out[f"{lang}.pdf"])  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def imported_proof_pdf(imported_proof: dict[str, object]) -> dict[str, bytes]:
    return {lang: imported_proof[f"{lang}.pdf"] for lang in ("fr", "en")}  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_proof_prints_each_hashed_value_under_its_field_name(imported_proof, lang) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.consent import CANONICAL_FIELDS

    text = imported_proof[lang]
    (event,) = imported_proof["events"]
    assert event.source_line == 2 and event.source_sha256 and event.scheme == 2
    empty = {"fr": "(vide)", "en": "(empty)"}[lang]
    values = ["rgpd-consent/2", *("" if v is None else str(v) for v in event.fields())]
    for name, value in zip(CANONICAL_FIELDS[2], values, strict=True):
        assert f"{name} {flat(value) or empty} " in text, name
    assert {"fr": "Importé de people.csv, ligne 2",
            "en": "Imported from people.csv, line 2"}[lang] in text
    assert "people.csv:2" not in text


@pytest.mark.parametrize(("lang", "label"), [
    ("fr", "Fiche créée dans ce dossier le"), ("en", "Record created in this dossier on")])
def test_the_proof_does_not_pass_the_record_s_creation_off_as_a_consent_date(
        imported_proof, lang, label) -> None:  # type: ignore[no-untyped-def]
    text = imported_proof[lang]
    assert label in text
    assert "Dans le registre depuis" not in text and "In the ledger since" not in text


# -- 6. a table header never cuts a word --------------------------------------------------------
def test_a_header_word_too_wide_for_its_column_widens_the_column() -> None:
    from assistant.reports.flow import Grid

    grid = Grid([["a", "b", "some longer text in the second column"]], (0.05, 0.05, 0.90),
                header=["Traitements", "Pays", "Notes"])
    grid.wrap(400, 800)
    layout = grid._lay_out(400)
    assert layout.header is not None
    assert layout.header.cells[0] == ["Traitements"] and layout.header.cells[1] == ["Pays"]
    assert abs(sum(layout.widths) - 400) < 0.01


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_processors_header_keeps_its_words_whole(demo_pdf, lang) -> None:  # type: ignore[no-untyped-def]
    text = stream_text(demo_pdf[(lang, "dossier")])
    header = {"fr": "Nom Prestation Contact Pays Traitements Notes",
              "en": "Name Service Contact Country Processing Notes"}[lang]
    assert header in text


# -- 7. French dates: "1er mars" ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "day", "want"), [
    ("fr", dt.date(2023, 3, 1), "1er mars 2023"), ("fr", dt.date(2023, 3, 2), "2 mars 2023"),
    ("fr", dt.date(2023, 3, 21), "21 mars 2023"), ("en", dt.date(2023, 3, 1), "1 March 2023")])
def test_the_first_of_the_month_reads_premier_in_french(lang, day, want) -> None:  # type: ignore[no-untyped-def]
    from assistant.reports.context import ReportContext

    assert ReportContext(lang, day).date_text(day) == want


def test_a_french_document_dated_the_first_says_1er() -> None:
    text = stream_text(render(snapshot(), lang="fr", date=dt.date(2025, 3, 1)))
    assert "1er mars 2025" in text and " 1 mars 2025" not in text


# -- 8. grammar and plurals ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_guessed_plural_or_bare_country_in_the_demo_dossier(demo_pdf, lang) -> None:  # type: ignore[no-untyped-def]
    import re

    text = stream_text(demo_pdf[(lang, "dossier")])
    assert not re.search(r"\w\((s|x|es)\)", text), re.search(r".{40}\w\((s|x|es)\).{20}", text)
    assert "/ies" not in text
    assert "vers États-Unis" not in text and "to United States" not in text


@pytest.mark.parametrize(("lang", "days", "want"), [
    ("fr", 1, "délai dépassé de 1 jour"), ("fr", 14, "délai dépassé de 14 jours"),
    ("en", 1, "overdue by 1 day"), ("en", 14, "overdue by 14 days")])
def test_an_overdue_request_counts_its_days_in_words(lang, days, want) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from assistant.domain.deadlines import request_due
    from assistant.domain.rights_request import Right, RightsRequest

    day = dt.date(2025, 3, 12)
    received = day
    while (request_due(received) - day).days > -days:
        received -= dt.timedelta(days=1)
    late = RightsRequest(Right.ACCESS, received.isoformat(), "Zoé", id=1, reference="R-1")
    snap = replace(snapshot(), extra={"requests": (late,)})
    text = stream_text(render(snap, lang=lang, date=day, sections=("requests",)))
    assert f"{want} " in text or text.endswith(want), text[-600:]
    assert "(s)" not in text


@pytest.mark.parametrize(("lang", "want"), [
    ("fr", "aucune enregistrée"), ("en", "none recorded")])
def test_an_event_without_wording_says_so_in_agreement(lang, want) -> None:  # type: ignore[no-untyped-def]
    from assistant.reports.context import ReportContext

    assert ReportContext(lang, TODAY).t("proof_no_wording") == want
    assert "mais ne sont plus rattachés à personne" in ReportContext("fr", TODAY).t(
        "proof_erased", date="x")


# -- 9. metadata ---------------------------------------------------------------------------------
def info_of(data: bytes) -> dict[str, str]:
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    info = PDFDocument(PDFParser(io.BytesIO(data))).info[0]
    return {k: decode_text(v) if isinstance(v, bytes) else str(v) for k, v in info.items()}


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["plan d'action", "registre des demandes d'exercice des droits",
            "registre des violations de données", "registre des consentements",
            "sous-traitants"]),
    ("en", ["action plan", "register of rights requests", "register of personal data breaches",
            "consent records", "processors"])])
def test_the_dossier_s_subject_lists_what_it_holds(demo_pdf, lang, words) -> None:  # type: ignore[no-untyped-def]
    info = info_of(demo_pdf[(lang, "dossier")])
    for word in words:
        assert word in info["Subject"], (word, info["Subject"])


def test_a_dossier_of_some_sections_lists_only_those() -> None:
    info = info_of(render(snapshot(), sections=("processors",)))
    assert "processors" in info["Subject"] and "action plan" not in info["Subject"]


@pytest.mark.parametrize(("lang", "word"), [("fr", "consentement"), ("en", "consent")])
def test_the_consent_proof_has_consent_keywords(imported_proof_pdf, lang, word) -> None:  # type: ignore[no-untyped-def]
    info = info_of(imported_proof_pdf[lang])
    assert word in info["Keywords"] and "7" in info["Keywords"]
    assert "30" not in info["Keywords"]


# -- 10. French typography: no line starts with a colon --------------------------------------
def test_french_report_words_hold_a_no_break_space_before_high_punctuation() -> None:
    from assistant.reports.context import ReportContext

    fr = ReportContext("fr", TODAY)
    for key in ("extract_intro", "dpia_intro", "check_canonical", "proof_erased"):
        text = fr.t(key, date="x", fields="a", threshold="t")
        for mark in ";:!?»":
            assert f" {mark}" not in text, (key, mark)
        assert "« " not in text
    assert "\u00a0:" in fr.t("extract_intro")
    assert "« " in ReportContext("fr", TODAY).words.get("pdf", "intro_extract") \
        and "«\u00a0" in fr.t("intro_extract")
    en = ReportContext("en", TODAY)
    assert "\u00a0" not in en.t("extract_intro")


def test_no_line_of_the_french_extract_starts_with_a_colon_of_the_report_s_words(
        demo_pdf) -> None:  # type: ignore[no-untyped-def]
    """User text is printed as typed (a consent wording keeps its SHA-256); the report's own
    words never leave a colon or a closing quote at the start of a line."""
    from assistant.reports.context import ReportContext

    fr = ReportContext("fr", TODAY)
    own = [flat(fr.t(k)) for k in ("extract_intro", "intro_extract", "organisation_intro")]
    for page in pages_text(demo_pdf[("fr", "register-extract")]):
        for line in page.splitlines():
            line = flat(line)
            if line[:1] in set(";:!?»"):
                assert not any(line in words for words in own), line


def test_the_data_categories_caption_names_its_processing(demo_pdf, demo_snap) -> None:  # type: ignore[no-untyped-def]
    """A categories table that lands at the top of a page says whose categories they are."""
    from assistant.reports.context import ReportContext

    text = stream_text(demo_pdf[("fr", "dossier")])
    caption = flat(ReportContext("fr", TODAY).t("categories_title"))
    for p in demo_snap.processing:
        assert f"{p.reference} — {caption}" in text, p.reference
    extract = stream_text(demo_pdf[("en", "register-extract")])
    caption = flat(ReportContext("en", TODAY).t("x_categories"))
    active = [p for p in demo_snap.processing if p.status is ProcessingStatus.ACTIVE]
    for p in active:
        assert f"{p.reference} — {caption}" in extract, p.reference
