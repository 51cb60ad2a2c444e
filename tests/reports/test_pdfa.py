"""Every PDF the app writes is PDF/A-2b as far as its structure shows, names only embedded
fonts (pdffonts agrees), and its contents lines and bookmarks land on their headings."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextLine
from reportlab.pdfgen.canvas import Canvas

from assistant.cli import main
from assistant.domain.progress import drive
from assistant.reports.archival import make_archival, xmp_date
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.letter_pdf import letter_pdf_bytes
from assistant.reports.portfolio_pdf import PortfolioOptions, render_portfolio
from assistant.reports.snapshot import take_snapshot
from assistant.reports.srgb import srgb_profile
from assistant.store.dossier import open_dossier
from assistant.store.portfolio import scan_folder
from tests.domain.test_letter import sample
from tests.reports.pdfa_check import pdfa_problems

DAY = dt.date(2026, 3, 12)


@pytest.fixture(scope="module")
def documents(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """One document of each kind the app writes (a letter stands for every letter)."""
    out: dict[str, bytes] = {}
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier, day=DAY)
        subject = dossier.consents.subject(1).uid  # type: ignore[union-attr]
        proof = take_snapshot(dossier, day=DAY, subject=subject)
    out["dossier-fr"] = drive(render_pdf(snap, ExportOptions(lang="fr", date=DAY)))
    out["extract-en"] = drive(render_pdf(snap, ExportOptions(kind="register-extract",
                                                             lang="en", date=DAY)))
    out["proof-fr"] = drive(render_pdf(proof, ExportOptions(kind="consent-proof", lang="fr",
                                                            date=DAY, subject_id=subject)))
    folder = tmp_path_factory.mktemp("portfolio")
    shutil.copy(demo_file, folder / "client.rgpd")
    options = PortfolioOptions(lang="fr", date=DAY)
    summaries = drive(scan_folder(folder, now=options.moment, lang="fr"))
    out["portfolio-fr"] = drive(render_portfolio(summaries, folder, options))
    out["letter"] = letter_pdf_bytes(sample(), DAY)
    # the notices and the numbered paper forms, as the command line writes them (the forms'
    # numbers are recorded in the dossier: a copy)
    copy = folder / "forms.rgpd"
    shutil.copy(demo_file, copy)
    for name, argv in (("notice", ["export", "notice", str(copy), "--kind", "poster",
                                   "--format", "pdf"]),
                       ("consent-form", ["export", "pdf", str(copy), "--kind", "consent-form",
                                         "--purposes", "newsletter", "--numbers", "901-902"])):
        target = folder / f"{name}.pdf"
        assert main([*argv, "-o", str(target)], out=io.StringIO(), err=io.StringIO()) == 0
        out[name] = target.read_bytes()
    return out


KINDS = ("dossier-fr", "extract-en", "proof-fr", "portfolio-fr", "letter", "notice",
         "consent-form")


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_meets_the_structural_pdfa_2b_requirements(documents, kind) -> None:
    assert pdfa_problems(documents[kind]) == []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts not installed")
@pytest.mark.parametrize("kind", KINDS)
def test_pdffonts_lists_only_embedded_fonts(documents, kind, tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(documents[kind])
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines, "no font at all"
    for line in lines:  # name type encoding emb sub uni id gen: "emb" is the 4th from the end
        assert line.split()[-5] == "yes", line
        assert "Helvetica" not in line


def test_the_check_catches_what_reportlab_alone_writes() -> None:
    sink = io.BytesIO()
    canvas = Canvas(sink, initialFontName="Symbol")  # a standard font, never embedded
    canvas.drawString(72, 720, "abc")
    canvas.linkURL("https://example.org", (72, 700, 200, 730))
    canvas.save()
    problems = "\n".join(pdfa_problems(sink.getvalue()))
    for clause in ("6.6.2.1", "6.2.3", "6.2.11.4.1", "6.3.2"):
        assert clause in problems


def test_archival_keeps_the_bytes_reproducible_and_the_metadata_in_step(documents) -> None:
    data = documents["letter"]
    assert letter_pdf_bytes(sample(), DAY) == data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo["/Title"])
        assert "/Trapped" not in pdf.docinfo
        assert pdf.Root.OutputIntents[0].DestOutputProfile.read_bytes() == srgb_profile()
    assert make_archival(data) == make_archival(data)


def test_pdf_dates_become_xmp_dates() -> None:
    assert xmp_date("D:20261215000000+00'00'") == "2026-12-15T00:00:00+00:00"
    assert xmp_date("D:20260301123000-05'30'") == "2026-03-01T12:30:00-05:30"
    assert xmp_date("D:20260301123000Z") == "2026-03-01T12:30:00Z"
    with pytest.raises(ValueError):
        xmp_date("yesterday")


def test_the_srgb_profile_is_a_version_2_rgb_display_profile() -> None:
    icc = srgb_profile()
    assert icc[36:40] == b"acsp" and icc[8] == 2 and icc[12:20] == b"mntrRGB "
    assert int.from_bytes(icc[:4], "big") == len(icc)
    for tag in (b"desc", b"cprt", b"wtpt", b"rXYZ", b"gXYZ", b"bXYZ", b"rTRC"):
        assert tag in icc[128:260]


def _destinations(pdf: pikepdf.Pdf) -> dict[str, tuple[int, float]]:
    """Outline title -> (page index, top) of its destination."""
    pages = {p.objgen: i for i, p in enumerate(pdf.pages)}
    out = {}
    with pdf.open_outline() as outline:
        stack = list(outline.root)
        while stack:
            item = stack.pop()
            dest = item.destination
            assert dest[1] == "/XYZ", item.title  # a point on the page, not the whole page
            out[item.title] = (pages[dest[0].objgen], float(dest[3]))
            stack += item.children
    return out


def test_bookmarks_land_on_their_heading_not_the_top_of_the_page(documents) -> None:
    data = documents["dossier-fr"]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        dests = _destinations(pdf)
    page_lines: dict[int, list[tuple[str, float]]] = {}
    for index, page in enumerate(extract_pages(io.BytesIO(data))):
        page_lines[index] = [(line.get_text().strip(), line.y1) for box in page
                             if hasattr(box, "__iter__") for line in box
                             if isinstance(line, LTTextLine)]
    checked = 0
    for title, (page, top) in dests.items():
        found = [y for text, y in page_lines[page] if text and title.startswith(text[:25])]
        if not found:
            continue
        # the destination is just above the heading's first line (within its space before)
        assert any(0 <= top - y <= 16 for y in found), (title, top, found)
        checked += 1
    assert checked >= 20  # every section and every processing of the demo


def test_contents_lines_are_links_to_their_headings(documents) -> None:
    data = documents["dossier-fr"]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        dests = _destinations(pdf)
        targets = set()
        for page in pdf.pages:  # the contents, over as many pages as it takes
            for annot in page.obj.get("/Annots", []):
                assert annot.Subtype == "/Link"
                dest = annot.Dest
                index = next(i for i, p in enumerate(pdf.pages) if p.objgen == dest[0].objgen)
                targets.add((index, round(float(dest[3]), 2)))
    assert {(p, round(t, 2)) for p, t in dests.values()} <= targets
