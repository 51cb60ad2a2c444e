"""Page flow as an inspector reads it: no title alone at a page's foot nor a page left blank,
addresses and phone numbers whole, "(continued)" on continued sheets, commands in monospace,
one citation style, a breach sheet with its end and its processor."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine

from assistant.domain.processing import Processing, ProcessingStatus, Transfer
from assistant.domain.progress import drive
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.snapshot import Snapshot, take_snapshot
from assistant.store.dossier import open_dossier
from tests.cli.test_export_pdf import LATER
from tests.reports.conftest import render, snapshot, stream_pages


@pytest.fixture(scope="module")
def demo_snap(demo_file: Path) -> Snapshot:
    with open_dossier(demo_file, read_only=True) as d:
        return take_snapshot(d, day=LATER)


def pdf(snap: Snapshot, lang: str = "fr", **options: object) -> bytes:
    return drive(render_pdf(snap, ExportOptions(lang=lang, date=LATER, **options)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def whole(demo_snap: Snapshot) -> dict[str, bytes]:
    """The demo dossier in both languages, rendered once for the tests that read it all."""
    return {lang: pdf(demo_snap, lang=lang) for lang in ("fr", "en")}


def lines_by_page(data: bytes) -> list[list[LTTextLine]]:
    out = []
    for page in extract_pages(io.BytesIO(data)):
        found, stack = [], list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTTextLine):
                found.append(item)
            elif hasattr(item, "__iter__"):
                stack += list(item)
        out.append(sorted(found, key=lambda x: -x.y1))
    return out


def test_a_title_inside_a_section_comes_with_its_table(demo_snap: Snapshot) -> None:
    data = pdf(demo_snap, sections=("gaps", "actions"))
    pages = lines_by_page(data)
    title = next(i for i, page in enumerate(pages)
                 if any("Actions ouvertes" in line.get_text() for line in page))
    page = pages[title]
    at = next(line for line in page if "Actions ouvertes" in line.get_text())
    below = [line for line in page if line.y1 < at.y0]
    assert any("Priorité" in line.get_text() for line in below)  # the table's header
    body = [line for line in below if line.y0 > 60]  # above the footer
    assert len(body) > 20  # the table fills the page: no page left blank


def test_addresses_and_phone_numbers_are_kept_whole(demo_snap: Snapshot) -> None:
    data = pdf(demo_snap, sections=("processors", "breaches"))
    lines = [line.get_text() for page in lines_by_page(data) for line in page]
    for processor in demo_snap.processors:
        if "@" in processor.contact:
            assert any(processor.contact in line for line in lines), processor.contact
    phone = demo_snap.organisation.phone
    assert phone and any(phone.replace(" ", "\u00a0") in line or phone in line
                         for line in lines), phone


def test_a_very_long_address_cuts_no_other_word() -> None:
    """The address is cut after a dot (it would take the whole table); the other columns
    keep their words whole."""
    from assistant.domain.processor import Processor

    contact = ("very.long.address.of.the.owner.and.the.whole.team@"
               "ζαχαροπλαστείο-παπαδόπουλος-και-υιοί.example")
    host = Processor(name="Hosting Ltd", service="Hébergement", country="Deutschland",
                     contact=contact, notes="Sauvegardes", id=1)
    text = " ".join(stream_pages(render(snapshot(processors=[host]), sections=("processors",))))
    row = text[text.index("Hosting Ltd"):text.index("Sauvegardes") + len("Sauvegardes")]
    assert "Hébergement" in row and "Deutschland" in row
    assert contact not in row and "the. whole.team@" in row  # cut where an address may be


def test_headers_keep_their_words_beside_a_hash_column() -> None:
    """A column of SHA-256 hashes (cut anyway) takes no room from its neighbours' words."""
    from assistant.reports.flow import Grid

    sha = "1f91f9455d1db7da80e7ee576dacea3a3ec15bb5b5d17c9ecbe621570c85af7b"
    grid = Grid([["Site internet", "FR", "1", "depuis le 8 septembre 2026", sha, "T-001",
                  "à jour"]], (0.13, 0.06, 0.06, 0.15, 0.24, 0.2, 0.16),
                header=["Mention", "Langue", "Version", "En vigueur", "Empreinte SHA-256",
                        "Traitements couverts", "État"])
    drawn = " ".join(stream_pages(_one_page(grid)))
    for word in ("Mention", "Langue", "Version", "septembre"):  # none cut in two
        assert f" {word} " in f" {drawn} ", word


def _one_page(flowable: object) -> bytes:
    import io as _io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    out = _io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([flowable])
    return out.getvalue()


def test_a_continued_sheet_repeats_its_title(tmp_path: Path) -> None:
    transfers = tuple(Transfer(f"Recipient {n}", "Canada", documentation=f"Contract {n}")
                      for n in range(120))
    p = Processing(name="Long sheet", reference="T-001", id=1,
                   status=ProcessingStatus.ACTIVE, transfers=transfers)
    pages = stream_pages(render(snapshot([p]), lang="en", sections=("register",)))
    continued = [page for page in pages if "T-001 — Long sheet (continued)" in page]
    assert len(continued) >= 1
    for page in continued:  # at the top of the page, under the running header
        assert page.index("T-001 — Long sheet (continued)") < page.index("Recipient")


LONG_NAME = ("Special orders of cakes for weddings, christenings, birthdays and company parties, "
             "delivered at home, with the guests' allergies noted and kept for the next order "
             "of the same customer")[:200]


def test_every_list_that_goes_on_repeats_its_section_title() -> None:
    """Lists, not only sheets: the register's summary and the points to complete."""
    processing = [Processing(name=f"{LONG_NAME} {n}", reference=f"T-{n:03}", id=n)
                  for n in range(1, 41)]
    pages = stream_pages(render(snapshot(processing), sections=("register", "gaps")))
    # the register's summary (40 rows of three lines) runs over its first page
    assert any("Register of processing activities (continued)" in page for page in pages)
    assert any("Points to complete (continued)" in page for page in pages)


def test_a_list_row_cut_by_a_page_break_keeps_its_label() -> None:
    from assistant.domain.processor import Processor

    notes = " ".join(f"note{n}" for n in range(1500))  # a row taller than a page
    host = Processor(name="Hosting Ltd", service="Hosting", country="Ireland", notes=notes,
                     id=1)
    pages = stream_pages(render(snapshot(processors=[host]), sections=("processors",)))
    first = next(i for i, page in enumerate(pages) if "note0 " in page)
    going_on = [page for page in pages[first + 1:] if "note" in page]
    assert going_on
    for page in going_on:
        assert "Hosting Ltd (continued)" in page
        assert page.index("Hosting Ltd (continued)") < page.index("note", page.index(
            "Hosting Ltd (continued)"))


def test_the_points_to_complete_name_each_place_once() -> None:
    p = Processing(name=LONG_NAME, reference="T-001", id=1)
    text = " ".join(stream_pages(render(snapshot([p]), sections=("gaps",))))
    gaps = text[text.index("Points to complete"):]
    assert gaps.count("T-001 —") == 1  # once, however many fields it lacks
    assert gaps.count("• ") >= 5


def test_commands_print_in_monospace(demo_snap: Snapshot) -> None:
    data = pdf(demo_snap, sections=("consents", "signature"))
    fonts = set()
    for page in extract_pages(io.BytesIO(data)):
        stack = list(page)
        while stack:
            item = stack.pop()
            if isinstance(item, LTTextLine) and "rgpd-assistant-cli" in item.get_text():
                fonts |= {c.fontname.split("+")[-1] for c in item
                          if isinstance(c, LTChar) and c.get_text().strip()}
            elif hasattr(item, "__iter__"):
                stack += list(item)
    assert fonts == {"DejaVuSansMono"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_citation_style(whole, lang: str) -> None:
    text = " ".join(stream_pages(whole[lang]))
    assert not re.search(r"\b(art\.|article|Art\.|Article)\s\d+\.\d", text)
    assert re.search(r"(art\.|Art\.)\s30\(1\)\(b\)", text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sources_annex_lists_each_source_once_in_number_order(demo_snap: Snapshot,
                                                                  lang: str) -> None:
    from assistant.reports.context import ReportContext
    from assistant.reports.sections import sections_for, sources

    ctx = ReportContext(lang, LATER, "dossier", tuple(s.key for s in sections_for("dossier")))
    for section in sections_for("dossier"):  # each section cites what it relies on
        section.build(demo_snap, ctx)
    grid = next(f for f in sources.build_now(ctx) if hasattr(f, "source_rows"))
    cited = [row[0].replace("\u00a0", " ") for row in grid.source_rows]
    assert len(cited) == len(set(cited))
    articles = [int(m.group(1)) for c in cited
                if (m := re.match(r"(?:RGPD, art|GDPR, Art)\. (\d+)", c))]
    assert not any(re.match(r"(RGPD|GDPR) (art|Art)\.", c) for c in cited)
    assert articles == sorted(articles) and len(articles) > 20


def test_the_breach_sheet_has_its_end_and_processor_and_no_repeated_label(whole) -> None:
    text = " ".join(stream_pages(whole["fr"]))
    # the labels of the window's breach editor, each once per breach
    assert text.count("Ce qui s'est passé — art. 33(3)(a)") == 3
    assert text.count("Nature de la violation") == 3
    assert text.count("Fin de la violation") == 3
    assert "Sous-traitant en cause — art. 33(2) Courriel Express" in text
