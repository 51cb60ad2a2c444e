"""Notices as PDF: the demo's CCTV sign carries the CNIL's minimum on one A4 sheet with its
pictogram, the poster fits one sheet, bytes are reproducible and fonts embedded; the dossier
lists which version of each notice was in force when."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTCurve

from assistant.content.notices import notice_document, notice_words
from assistant.domain.notices.document import NoticeKind
from assistant.domain.notices.markdown import canonical_text
from assistant.domain.notices.versions import NoticeStamp, PreparedNotice, text_sha256
from assistant.domain.progress import drive
from assistant.exchange.notice_files import prepare_notice
from assistant.reports.builder import ExportOptions, render_pdf
from assistant.reports.notices import render_notice_pdf
from assistant.reports.snapshot import take_snapshot
from assistant.store.dossier import open_dossier
from tests.exchange.test_notice_text import HOSTILE, hostile_source
from tests.reports.conftest import DAY, flat, pages_text

# The CNIL's minimum for the sign at a shop's entrance (« La vidéosurveillance dans les
# commerces »): pictogram, purposes, retention, whom to contact, rights, complaint to the CNIL.
CNIL_MINIMUM = ("Finalités", "Assurer la sécurité des personnes et des biens",
                "Durée de conservation", "1 mois à compter de l'enregistrement",
                "Contact pour vos données", "contact@aupaindore.example", "Vos droits",
                "accéder à vos données", "Réclamation auprès de la CNIL",
                "www.cnil.fr/plaintes")


@pytest.fixture(scope="module")
def demo_prepared(demo_file: Path) -> dict[NoticeKind, PreparedNotice]:
    with open_dossier(demo_file, read_only=True) as dossier:
        return {k: prepare_notice(dossier, k, "fr", today=DAY) for k in NoticeKind}


def test_the_demo_cctv_sign_carries_the_cnil_minimum(
        demo_prepared: dict[NoticeKind, PreparedNotice]) -> None:
    data = render_notice_pdf(demo_prepared[NoticeKind.CCTV])
    pages = pages_text(data)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "Établissement placé sous vidéoprotection" in text
    for words in CNIL_MINIMUM:
        assert words in text, words
    page = next(extract_pages(io.BytesIO(data)))
    assert sum(isinstance(e, LTCurve) for e in page) >= 3  # the camera pictogram
    # the minimum comes first, in large type; the other items follow in small print
    assert text.index("Réclamation auprès de la CNIL") < text.index("Pour en savoir plus")
    assert text.index("Pour en savoir plus") < text.index("Intérêt légitime poursuivi")


def test_the_poster_fits_one_sheet(demo_prepared: dict[NoticeKind, PreparedNotice]) -> None:
    data = render_notice_pdf(demo_prepared[NoticeKind.POSTER])
    pages = pages_text(data)
    assert len(pages) == 1
    assert "[à compléter" in flat(pages[0])  # what the register lacks stays visible


def test_bytes_are_reproducible_and_fonts_embedded(
        demo_prepared: dict[NoticeKind, PreparedNotice]) -> None:
    prepared = demo_prepared[NoticeKind.WEBSITE]
    a, b = render_notice_pdf(prepared), render_notice_pdf(prepared)
    assert a == b and b"/FontFile2" in a
    text = flat(" ".join(pages_text(a)))
    assert "page 1 sur" in text and prepared.sha256 in text.replace(" ", "")


def test_user_markup_prints_literally() -> None:
    doc = notice_document(hostile_source(), NoticeKind.WEBSITE, "en")
    text = canonical_text(doc)
    prepared = PreparedNotice(doc, notice_words("en"), text, text_sha256(text), {},
                              NoticeStamp(dt.date(2025, 3, 12), text_sha256(text)))
    printed = flat(" ".join(pages_text(render_notice_pdf(prepared))))
    assert HOSTILE in printed and "<b>bold</b>" in printed


def test_the_dossier_lists_which_version_was_in_force_when(demo_copy: Path) -> None:
    from assistant.exchange.notice_files import record_notice

    with open_dossier(demo_copy) as dossier:
        website = dossier.info_notices.latest(NoticeKind.WEBSITE, "fr")
        assert website is not None
        later = dt.date.fromisoformat(website.issued_on) + dt.timedelta(days=10)
        record_notice(dossier, prepare_notice(dossier, NoticeKind.WEBSITE, "fr",
                                              list(website.processing_ids), today=later))
        snap = take_snapshot(dossier, day=DAY)
    data = drive(render_pdf(snap, ExportOptions(lang="en", date=DAY,
                                                sections=("notices",))))
    text = flat(" ".join(pages_text(data)))
    assert "Information notices" in text
    first = dt.date.fromisoformat(website.issued_on)
    assert f"from {first.day} " in text and "replaced" in text and "up to date" in text
    assert website.sha256[:20] in text.replace(" ", "")


def test_an_empty_dossier_says_no_notice_is_recorded(new_dossier) -> None:  # type: ignore[no-untyped-def]
    snap = take_snapshot(new_dossier, day=DAY)
    data = drive(render_pdf(replace(snap), ExportOptions(lang="fr", date=DAY,
                                                         sections=("notices",))))
    assert "Aucune mention d'information n'est encore enregistrée" in flat(
        " ".join(pages_text(data)))
