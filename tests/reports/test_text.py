"""User text on its way to the PDF: printable glyphs, escaping, right-to-left order."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from assistant.reports.document import styles
from assistant.reports.fonts import REGULAR, covered
from assistant.reports.text import para, printable, visual


def test_names_in_latin_greek_and_cyrillic_keep_their_letters() -> None:
    text = "Łódź Ζαχαροπλαστείο Пекарня Żółć"
    assert printable(text) == text
    assert all(ord(c) in covered(REGULAR) for c in text if c != " ")


def test_characters_without_a_glyph_are_shown_by_their_code_not_as_boxes() -> None:
    assert printable("Croissant 🥐 chaud") == "Croissant [U+1F950] chaud"
    # Joiners and variation selectors are invisible formatting: dropped, not shown.
    assert "[U+200D]" not in printable("👨\u200d🍳")
    assert "[U+FE0F]" not in printable("❤\ufe0f")


def test_control_characters_are_removed_and_line_ends_normalised() -> None:
    assert printable("a\x00b\x1bc\r\nd\re\tf") == "abc\nd\ne    f"


def test_markup_is_escaped_for_paragraphs() -> None:
    import io

    from reportlab.platypus import SimpleDocTemplate

    from tests.reports.conftest import pages_text

    hostile = ["<b>x", "AT&T", '<img src="/etc/passwd"/>',
               '<a href="javascript:alert(1)">click</a>', "<para>", "&amp;", "&lt;"]
    sink = io.BytesIO()
    SimpleDocTemplate(sink, invariant=1).build(
        [Paragraph(para(h), styles()["body"]) for h in hostile])
    lines = [line for line in pages_text(sink.getvalue())[0].splitlines() if line.strip()]
    assert lines == hostile
    assert b"/URI" not in sink.getvalue() and b"/Subtype /Image" not in sink.getvalue()


def test_right_to_left_lines_are_put_in_visual_order() -> None:
    assert visual("שלום") == "םולש"
    assert visual("Plain latin") == "Plain latin"
    arabic = visual("مخبز")
    assert arabic != "مخبز"  # joined presentation forms, in visual order
    assert all(ord(c) in covered(REGULAR) for c in arabic)
