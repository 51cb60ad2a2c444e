"""The documents: every section, escaping, glyphs, numbering, metadata, reproducible bytes."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pikepdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Retention,
    SecurityMeasure,
    Transfer,
)
from assistant.domain.processor import Processor
from assistant.reports.snapshot import take_snapshot
from assistant.store.dossier import open_dossier
from tests.reports.conftest import DAY, flat, pages_text, render, snapshot


def chars(node):  # type: ignore[no-untyped-def]
    if isinstance(node, LTChar):
        yield node
    elif hasattr(node, "__iter__"):
        for child in node:
            yield from chars(child)


HOSTILE = ["<b>x", "AT&T", '<img src="/etc/passwd"/>',
           '<a href="javascript:alert(1)">click me</a>']


def page_numbers_ok(pages: list[str], label: str) -> None:
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        assert f"{label} {n} " in page.replace("\n", " ") + " " or \
            re.search(rf"{label.split()[0]} {n} \w+ {total}\b", page), (n, page[-200:])
        assert re.search(rf"\b{n} (of|sur) {total}\b", page), n


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_demo_dossier_has_every_section_and_processing(demo_pdfs, demo_file, lang) -> None:
    data = demo_pdfs[(lang, "dossier")]
    pages = pages_text(data)
    text = flat(" ".join(pages))
    titles = {
        "en": ["GDPR compliance dossier", "Contents", "The six steps of the method",
               "The controller", "Register of processing activities", "Processors",
               "Action plan", "DPIA screenings", "Register of rights requests",
               "Register of personal data breaches", "Consent records", "Points to complete",
               "Annex: sources of the legal statements"],
        "fr": ["Dossier de conformité RGPD", "Sommaire", "Les six étapes de la méthode",
               "Le responsable du traitement", "Registre des activités de traitement",
               "Sous-traitants", "Plan d'action", "Examen des besoins d'AIPD",
               "Registre des demandes d'exercice des droits",
               "Registre des violations de données", "Registre des consentements",
               "Points à compléter", "Annexe : sources des énoncés juridiques"],
    }[lang]
    for title in titles:
        assert title in text, title
    with open_dossier(demo_file, read_only=True) as dossier:
        processing = dossier.register.list()
        processors = dossier.processors.list()
    for p in processing:
        assert flat(p.name) in text
        assert flat(p.purposes[0])[:60] in text if p.purposes else True
    for proc in processors:
        assert proc.name in text
    # Art. 30 fields of the register, by their labels
    for label in {"en": ["Purposes — Art. 30(1)(b)", "Data subjects — Art. 30(1)(c)",
                         "Recipients — Art. 30(1)(d)", "Art. 30(1)(e)", "Art. 30(1)(f)",
                         "Art. 30(1)(g)"],
                  "fr": ["Finalités — art. 30(1)(b)", "art. 30(1)(c)", "art. 30(1)(d)",
                         "art. 30(1)(e)", "art. 30(1)(f)", "art. 30(1)(g)"]}[lang]:
        assert label in text, label
    # vocabulary codes are shown as labels in the document's language, never as codes
    assert "end_of_relationship" not in text and "access_control" not in text
    assert ("Performance of a contract" in text) if lang == "en" else \
        ("Exécution d'un contrat" in text or "contrat" in text)
    # the annex lists sources of vocabularies and templates
    assert "GDPR, Art. 6(1)(b)" in text or "RGPD" in text
    assert "L123-22" in text
    # the cover prints the consent ledger's chain head, to compare a printed copy later
    with open_dossier(demo_file, read_only=True) as dossier:
        head = dossier.consents.chain_head()
    assert head.count > 0
    assert (f"{head.count} events; head {head.hash}" if lang == "en"
            else f"{head.count} événements ; tête {head.hash}") in text
    page_numbers_ok(pages, "page")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_of_contents_gives_the_right_pages(demo_pdfs, lang) -> None:
    pages = pages_text(demo_pdfs[(lang, "dossier")])
    contents = pages[1]
    title = {"en": "Points to complete", "fr": "Points à compléter"}[lang]
    match = re.search(rf"{title}\s*\n?.*?(\d+)", contents, re.S)
    assert match
    # the TOC's page column is read as separate lines: find the page holding the heading
    listed = [int(x) for x in re.findall(r"^(\d+)$", contents, re.M)]
    assert listed == sorted(listed) and listed
    holding = [n for n, page in enumerate(pages, start=1) if page.lstrip().find(title) >= 0
               and n > 2]
    assert holding and holding[0] in listed


def test_register_extract_holds_only_article_30(demo_pdfs) -> None:
    text = flat(" ".join(pages_text(demo_pdfs[("en", "register-extract")])))
    for label in ["(b) Purposes of the processing", "(c) Categories of data subjects",
                  "(d) Categories of recipients", "(e) Transfers to a third country",
                  "(f) Time limits for erasure", "(g) Technical and organisational",
                  "The controller", "Legal name"]:
        assert label in text, label
    for absent in ["Legal basis", "Notes", "Points to complete", "Sub-purposes"]:
        assert absent not in text, absent


def test_metadata_is_set(demo_pdfs) -> None:
    parser = PDFParser(io.BytesIO(demo_pdfs[("en", "dossier")]))
    info = PDFDocument(parser).info[0]
    assert info["Title"].decode("utf-16") if info["Title"].startswith(b"\xfe\xff") else True
    for key in ("Title", "Author", "Subject", "CreationDate", "Creator"):
        assert info.get(key), key
    assert info["CreationDate"].startswith(b"D:20250312")


def test_same_dossier_and_date_give_the_same_bytes(demo_file) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier)
    one = render(snap)
    two = render(snap)
    assert one == two
    other_day = render(snap, date=DAY.replace(day=13))
    assert other_day != one


def test_user_markup_prints_literally_and_makes_no_link_or_image() -> None:
    p = Processing(name=HOSTILE[3], reference="<b>x", purposes=tuple(HOSTILE),
                   notes=" ".join(HOSTILE), data_subjects=("AT&T",),
                   data_categories=(DataCategory(HOSTILE[2], HOSTILE[0]),), id=1)
    org = Organisation(legal_name='AT&T <img src="/etc/passwd"/>', trade_name="<b>x")
    data = render(snapshot([p], organisation=org,
                           processors=[Processor(name=HOSTILE[2], id=1)]))
    text = flat(" ".join(pages_text(data)))
    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert b"/URI" not in data
    with pikepdf.open(io.BytesIO(data)) as pdf:  # the only links: contents lines to headings
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert annot.Subtype == "/Link" and "/Dest" in annot and "/A" not in annot
    assert b"/Subtype /Image" not in data and b"/XObject" not in data
    assert b"/JavaScript" not in data and b"/JS " not in data  # the name is only text


def test_glyphs_of_polish_greek_and_cyrillic_names_extract_as_typed() -> None:
    names = ["Piekarnia Łódź Żółć", "Ζαχαροπλαστείο Αθήνα", "Пекарня Москва"]
    processing = [Processing(name=n, id=i, purposes=(n,)) for i, n in enumerate(names, 1)]
    data = render(snapshot(processing, organisation=Organisation(legal_name=names[0])))
    text = flat(" ".join(pages_text(data)))
    for name in names:
        assert name in text
    fonts = {c.fontname for page in extract_pages(io.BytesIO(data)) for c in chars(page)}
    assert fonts and all("DejaVu" in f for f in fonts), fonts  # never Helvetica's boxes


def test_emoji_and_right_to_left_text_render_or_are_substituted_visibly() -> None:
    p = Processing(name="Croissants 🥐 et café", id=1,
                   purposes=("Fidélité שלום", "مخبز السلام"), notes="emoji 🥐🧁")
    data = render(snapshot([p]))
    text = flat(" ".join(pages_text(data)))
    assert "Croissants [U+1F950] et café" in text
    assert "[U+1F9C1]" in text
    assert "םולש" in text  # Hebrew drawn in visual order


def test_forty_categories_and_five_thousand_characters_fit_the_pages() -> None:
    long_text = ("Un texte très long, sans fin. " * 170)[:5000]
    categories = tuple(DataCategory(f"Catégorie numéro {i}", f"Données {i} " * 3,
                                    retention=Retention(i + 1, DurationUnit.MONTHS))
                       for i in range(40))
    p = Processing(name="Énorme", id=1, purposes=(long_text,), notes=long_text,
                   legal_basis_detail=long_text, legal_basis=LegalBasis.CONTRACT,
                   data_categories=categories, security_measures=(SecurityMeasure(
                       "other", long_text),), transfers=(Transfer("X", "Y", "", long_text),))
    data = render(snapshot([p]))
    pages = pages_text(data)
    text = flat(" ".join(pages))
    for i in range(40):
        assert f"Catégorie numéro {i}" in text
        assert f"{i + 1} month" in text
    assert text.count("sans fin.") >= 5 * 160
    assert "(continued)" in text


def test_empty_dossier_gives_an_honest_pdf() -> None:
    empty = snapshot(organisation=Organisation())
    data = render(empty)
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    pages = pages_text(data)
    text = flat(" ".join(pages))
    assert "Organisation not named yet" in text
    assert "The register holds no processing activity yet." in text
    assert "No processor recorded." in text
    assert "not provided" in text
    assert "Points to complete" in text and "Legal name" in text
    page_numbers_ok(pages, "page")


def test_chosen_sections_only(demo_file) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier)
    text = flat(" ".join(pages_text(render(snap, sections=("processors",)))))
    assert "Processors" in text and "GDPR compliance dossier" in text  # cover is required
    assert "Register of processing activities" not in text and "Contents" not in text
    with pytest.raises(ValueError, match="bogus"):
        render(snap, sections=("bogus",))


def test_archived_processing_is_left_out_of_the_extract_only() -> None:
    live = Processing(name="Live one", id=1, status=ProcessingStatus.ACTIVE)
    gone = Processing(name="Gone one", id=2, status=ProcessingStatus.ARCHIVED)
    snap = snapshot([live, gone])
    extract = flat(" ".join(pages_text(render(snap, kind="register-extract"))))
    full = flat(" ".join(pages_text(render(snap))))
    assert "Live one" in extract and "Gone one" not in extract
    assert "Gone one" in full and "Archived" in full


def test_a_processing_of_the_snapshot_is_not_changed(demo_file) -> None:
    with open_dossier(demo_file, read_only=True) as dossier:
        snap = take_snapshot(dossier)
    before = replace(snap)
    render(snap)
    assert snap == before


def test_the_register_says_none_only_when_the_owner_confirmed_it() -> None:
    """An empty transfers list is a question the owner has not answered: the register an
    inspector reads must not print it as "no transfer"."""
    unchecked = Processing(name="Fichier clients", id=1, purposes=("Clients",),
                           status=ProcessingStatus.ACTIVE)
    checked = replace(unchecked, id=2, name="Carte de fidélité", no_transfer_confirmed=True)
    for kind in ("dossier", "register-extract"):
        text = flat(" ".join(pages_text(render(snapshot([unchecked]), kind=kind))))
        assert "No transfer outside the European Economic Area" not in text, kind
        assert "Not answered: no transfer listed" in text, kind
        text = flat(" ".join(pages_text(render(snapshot([checked]), kind=kind))))
        assert "No transfer outside the European Economic Area" in text, kind
