"""Right-to-left names (Arabic, Hebrew, mixed) print right everywhere: the cover, headings
built from user text, the running header (cut before reordering), list lines; bookmarks
keep the logical order a viewer lays out itself."""

from __future__ import annotations

import io

import pikepdf
import pytest

from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing
from assistant.reports.text import fit_line, rtl_line, visual
from tests.reports.conftest import render, snapshot, stream_pages

ARABIC = "محمد علي"
HEBREW = "מאפיית השחר"
MIXED = "Boulangerie مخبز Karim"
NAMES = {"arabic": ARABIC, "hebrew": HEBREW, "mixed": MIXED}
LONG_ARABIC = ("مخبز الأمل للحلويات الشرقية والخبز الطازج وكل ما تحتاجه العائلة كل صباح "
               "في الحي القديم من المدينة")


def document(org: str) -> tuple[bytes, list[Processing]]:
    processing = [Processing(name=name, reference=f"T-00{i}", purposes=("Suivi",), id=i)
                  for i, name in enumerate(NAMES.values(), start=1)]
    data = render(snapshot(processing, organisation=Organisation(legal_name=org)),
                  sections=("register",))
    return data, processing


@pytest.mark.parametrize("name", list(NAMES))
def test_headings_built_from_user_text_are_in_drawing_order(name: str) -> None:
    data, processing = document("Fleurs")
    text = " ".join(stream_pages(data))
    title = f"{processing[list(NAMES).index(name)].reference} — {NAMES[name]}"
    assert visual(title) in text
    if name != "mixed":
        assert title not in text  # the logical order would read backwards


@pytest.mark.parametrize("name", list(NAMES))
def test_the_cover_subtitle_is_in_drawing_order(name: str) -> None:
    data, _ = document(NAMES[name])
    cover = stream_pages(data)[0]
    assert visual(NAMES[name]) in cover


@pytest.mark.parametrize("name", list(NAMES))
def test_bookmarks_keep_the_logical_order(name: str) -> None:
    data, processing = document("Fleurs")
    with pikepdf.open(io.BytesIO(data)) as pdf, pdf.open_outline() as outline:
        titles = [t.title for top in outline.root for t in [top, *top.children]]
    index = list(NAMES).index(name)
    assert f"{processing[index].reference} — {NAMES[name]}" in titles


LONG_HEBREW = ("מאפיית השחר של משפחת כהן לחמים עוגות ומאפים טריים מדי בוקר בשכונה הישנה של "
               "העיר העתיקה")
LONG_MIXED = "Boulangerie " + LONG_ARABIC


@pytest.mark.parametrize("long_name", [LONG_ARABIC, LONG_HEBREW, LONG_MIXED],
                         ids=["arabic", "hebrew", "mixed"])
def test_the_running_header_cuts_a_long_name_before_reordering_it(long_name: str) -> None:
    data, _ = document(long_name)
    header = stream_pages(data)[1][:200]  # the header is drawn first on every page
    first, last = long_name.split()[0], long_name.split()[-1]
    assert visual(first) in header  # the name's first word stays...
    assert visual(last) not in header  # ...its last ones are cut
    assert "…" in header


def test_fit_line_cuts_the_logical_end() -> None:
    def width(line: str) -> float:
        return len(line) * 5.0

    shown = fit_line(LONG_ARABIC, 100, width)
    assert width(shown) <= 100 and shown.startswith("…")  # the cut end is on the left
    assert visual(LONG_ARABIC.split()[0]) in shown


@pytest.mark.parametrize("name", [ARABIC, HEBREW])
def test_a_list_line_starting_with_a_name_keeps_the_document_direction(name: str) -> None:
    line = f"{name} — 3 consentements"
    assert not rtl_line(line)
    shown = visual(line)
    assert shown.endswith("— 3 consentements")  # our words stay on the right of the name
    assert shown.startswith(visual(name))


@pytest.mark.parametrize("name", [ARABIC, HEBREW])
def test_a_line_wholly_in_a_right_to_left_script_reads_from_the_right(name: str) -> None:
    assert rtl_line(name) and rtl_line(f"{name} 12")
    assert visual(f"{name} 12").startswith("12")


def test_mixed_names_keep_their_parts_in_reading_order() -> None:
    shown = visual(MIXED)
    assert shown.startswith("Boulangerie ") and shown.endswith(" Karim")


@pytest.mark.parametrize("name", [ARABIC, HEBREW])
def test_a_sentence_wrapped_before_a_name_keeps_its_direction_on_every_line(name: str) -> None:
    """The action plan's "Choose the legal basis of « <name> »." cut so that its last line
    holds only the name and the closing quote: that line still reads left to right."""
    from assistant.reports.flow import Measure

    sentence = f"Choisissez la base légale qui permet « {name} »."
    measure = Measure("DejaVuSans", 8.5)
    room = measure.width("Choisissez la base légale qui permet") + 1
    lines = measure.wrap(sentence, room)
    last = visual(lines[-1])
    assert len(lines) == 2 and not rtl_line(lines[-1])
    assert last.endswith("».") and last.startswith("«")  # not ".« …" read from the right
    assert visual(name) in last
    # a name on its own is still read from the right, whatever its width
    assert all(rtl_line(line) for line in measure.wrap(f"{name} {name} {name}", room / 3))
