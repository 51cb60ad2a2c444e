"""A letter written to PDF (the app's page frame, embedded fonts, same bytes every time) and to
DOCX (editable, Word's own lists, same bytes every time)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from pdfminer.high_level import extract_text

from assistant.domain.letter import Bullets, Para, Title
from assistant.reports.letter_docx import letter_docx_bytes
from assistant.reports.letter_pdf import letter_pdf_bytes
from tests.domain.test_letter import sample

DAY = dt.date(2026, 3, 3)


def test_pdf_holds_every_word_and_the_same_bytes_each_time() -> None:
    letter = sample()
    data = letter_pdf_bytes(letter, DAY)
    assert data == letter_pdf_bytes(letter, DAY)
    text = extract_text(io.BytesIO(data))
    for words in ("Fleurs de Zoé", "Jan Kowalski", "Lyon, le 3 mars 2026", "D-004",
                  "Votre demande d'accès", "Finalités", "Fidélité", "une fois par mois",
                  "Zoé Martin", "Gérante", "Copie de vos données"):
        assert words in text, words
    assert b"/FontFile2" in data  # the TrueType font is embedded
    assert b"/Title (Votre demande d'acc" in data or b"/Title" in data


def test_pdf_prints_markup_as_typed() -> None:
    letter = sample(recipient=sample().recipient.__class__('<b>Eve</b> & <img src="x"/>'),
                    body=(Para("<a href='javascript:x'>clic</a>"),))
    text = extract_text(io.BytesIO(letter_pdf_bytes(letter, DAY)))
    assert "<b>Eve</b> & <img" in text
    assert "<a href='javascript:x'>clic</a>" in text


def test_a_long_letter_numbers_its_pages() -> None:
    letter = sample(body=tuple(Para("Texte assez long pour remplir. " * 30)
                               for _ in range(8)))
    text = extract_text(io.BytesIO(letter_pdf_bytes(letter, DAY)))
    assert "1/2" in text or "1/3" in text
    one_page = extract_text(io.BytesIO(letter_pdf_bytes(sample(), DAY)))
    assert "1/1" not in one_page


def test_greek_and_polish_names_print() -> None:
    letter = sample(recipient=sample().recipient.__class__("Ζωή Παπαδοπούλου",
                                                           ("Łódź, ul. Żeromskiego",)))
    text = extract_text(io.BytesIO(letter_pdf_bytes(letter, DAY)))
    assert "Ζωή Παπαδοπούλου" in text and "Łódź, ul. Żeromskiego" in text


def test_docx_is_editable_and_the_same_bytes_each_time() -> None:
    letter = sample()
    data = letter_docx_bytes(letter, DAY)
    assert data == letter_docx_bytes(letter, DAY)
    document = Document(io.BytesIO(data))
    paragraphs = [p for p in document.paragraphs]
    texts = [p.text for p in paragraphs]
    assert "Lyon, le 3 mars 2026" in texts
    assert "Objet : Votre demande d'accès" in texts
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Fidélité", "Lettre d'information\nune fois par mois"]
    cells = document.tables[0].rows[0].cells
    assert cells[0].text.startswith("Fleurs de Zoé") and "Jan Kowalski" in cells[1].text
    props = document.core_properties
    assert props.title == "Votre demande d'accès" and props.author == "Fleurs de Zoé"
    assert props.created == dt.datetime(2026, 3, 3, tzinfo=dt.UTC) and props.language == "fr-FR"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in package.infolist()} == {(2026, 3, 3, 0, 0, 0)}
        styles = package.read("word/styles.xml").decode()
    assert 'w:val="fr-FR"' in styles


def test_docx_in_english_is_tagged_english() -> None:
    data = letter_docx_bytes(sample(lang="en", body=(Title("Purposes"), Bullets(("a",)))),
                             DAY)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert 'w:val="en-GB"' in package.read("word/styles.xml").decode()
