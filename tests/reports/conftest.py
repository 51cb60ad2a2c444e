"""Helpers for the PDF tests: render a snapshot, read the text of each page back."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer

from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor
from assistant.domain.progress import drive
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.snapshot import Snapshot

DAY = dt.date(2025, 3, 12)


@lru_cache(maxsize=16)
def _pages_text(data: bytes) -> tuple[str, ...]:
    out = []
    for page in extract_pages(io.BytesIO(data)):
        out.append("".join(e.get_text() for e in page if isinstance(e, LTTextContainer)))
    return tuple(out)


def pages_text(data: bytes) -> list[str]:
    """The text of each page, as pdfminer reads it (remembered: several tests read the same
    demo documents, and reading 30 pages takes seconds)."""
    return list(_pages_text(data))


@lru_cache(maxsize=16)
def stream_pages(data: bytes) -> tuple[str, ...]:
    """The text of each page in the order it is drawn (the running header and footer first,
    then the body from top to bottom; our tables row by row, cell by cell), one space between
    lines: cells of one row read in order, which layout analysis mixes up."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)  # no layout analysis: drawing order
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for pdf_page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(pdf_page)
        out: list[str] = []
        prev: LTChar | None = None
        for item in device.get_result():
            if not isinstance(item, LTChar):
                continue
            if prev is not None and (abs(item.y0 - prev.y0) > 1 or item.x0 < prev.x0 - 1
                                     or item.x0 - prev.x1 > item.size * 0.5):
                out.append(" ")
            out.append(item.get_text())
            prev = item
        pages.append(flat("".join(out)))
    return tuple(pages)


def stream_text(data: bytes) -> str:
    """The whole document's text in drawing order (see :func:`stream_pages`)."""
    return " ".join(stream_pages(data))


def flat(text: str) -> str:
    """Text with every run of white space made one space (lines wrap anywhere)."""
    return " ".join(text.split())


def render(snapshot: Snapshot, **options: object) -> bytes:
    opts = ExportOptions(**{"lang": "en", "date": DAY, **options})  # type: ignore[arg-type]
    return drive(render_pdf(snapshot, opts))


def snapshot(processing: list[Processing] | None = None, *,
             organisation: Organisation | None = None,
             processors: list[Processor] | None = None) -> Snapshot:
    return Snapshot(
        organisation=organisation or Organisation(legal_name="Test Shop SARL"),
        processing=tuple(processing or ()),
        processors=tuple(processors or ()),
        dossier_uuid="00000000-0000-4000-8000-000000000000",
        app_version="9.9.9",
    )


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return render


@pytest.fixture(scope="session")
def demo_pdfs(demo_file: Path) -> dict[tuple[str, str], bytes]:
    """The demo dossier's PDF and register extract in French and English, dated ``DAY``:
    made once for every test that reads them (each takes about a second, and reading its
    pages back as much again; :func:`pages_text` remembers what it read)."""
    from assistant.reports.snapshot import take_snapshot
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier)
    return {(lang, kind): drive(render_pdf(snap, ExportOptions(kind=kind, lang=lang,  # type: ignore[arg-type]
                                                               date=DAY)))
            for lang in ("fr", "en") for kind in ("dossier", "register-extract")}
