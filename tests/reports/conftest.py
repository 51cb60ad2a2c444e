"""Helpers for the PDF tests: render a snapshot, read the text of each page back."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer

from assistant.cli import drive
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.snapshot import Snapshot

DAY = dt.date(2025, 3, 12)


def pages_text(data: bytes) -> list[str]:
    """The text of each page, as pdfminer reads it."""
    out = []
    for page in extract_pages(io.BytesIO(data)):
        out.append("".join(e.get_text() for e in page if isinstance(e, LTTextContainer)))
    return out


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
