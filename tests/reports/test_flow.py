"""The Grid flowable: wrapping, page splits, repeated headers, long cells."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from assistant.reports.flow import Grid, Measure
from assistant.reports.fonts import REGULAR
from tests.reports.conftest import flat, pages_text


def build(flowables: list) -> bytes:  # type: ignore[type-arg]
    sink = io.BytesIO()
    SimpleDocTemplate(sink, pagesize=A4, invariant=1).build(flowables)
    return sink.getvalue()


def test_wrapped_lines_never_exceed_the_width() -> None:
    m = Measure(REGULAR, 8.5)
    text = "word " * 200 + "x" * 300 + " Ζαχαροπλαστείο" * 20
    for width in (40.0, 100.0, 333.0):
        lines = m.wrap(text, width)
        assert all(m.width(line) <= width + 0.01 for line in lines), width
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_long_table_repeats_its_header_on_every_page() -> None:
    rows = [[f"R{i:04d}", f"row {i} " + "text " * (i % 7)] for i in range(600)]
    data = build([Grid(rows, (0.2, 0.8), header=["HeadRef", "HeadText"])])
    pages = pages_text(data)
    assert len(pages) > 5
    for page in pages:
        assert "HeadRef" in page and "HeadText" in page
    everything = flat(" ".join(pages))
    for i in range(600):
        assert f"R{i:04d}" in everything


def test_a_cell_longer_than_a_page_is_split_across_pages_without_losing_text() -> None:
    words = [f"w{i}" for i in range(1500)]  # about 5,000+ characters
    data = build([Grid([["Notes", " ".join(words)]], (0.3, 0.7), first_column_bold=True,
                       continued="(continued)")])
    pages = pages_text(data)
    assert len(pages) >= 2
    text = flat(" ".join(pages))
    assert all(f" {w} " in f" {text} " for w in words)
    assert "Notes (continued)" in flat(pages[1])


def test_a_single_unbreakable_word_is_cut_rather_than_overflowing() -> None:
    data = build([Grid([["x" * 5000, "y"]], (0.5, 0.5))])
    text = "".join(pages_text(data)).replace("\n", "")
    assert text.count("x") == 5000


def test_an_indented_entry_keeps_its_indent_on_every_line() -> None:
    """The contents' sub-entries (indented by spaces) wrap under their own start."""
    measure = Measure(REGULAR, 9.5)
    text = "    T-001 — " + "Zarządzanie programem lojalnościowym klientów " * 4
    lines = measure.wrap(text, 200)
    assert len(lines) > 2
    assert all(line.startswith("    ") and not line.startswith("     ") for line in lines)
    assert all(measure.width(line) <= 200 + 0.01 for line in lines)
    assert " ".join(line.strip() for line in lines) == text.strip()
