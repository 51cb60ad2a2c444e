"""The portfolio's summary PDF: one line per client with its figures, the unreadable files
with their reason, the same page frame as every PDF, and the same bytes for the same day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import MappingProxyType

import pytest

from assistant.domain.guide.model import Priority
from assistant.domain.progress import drive
from assistant.reports.portfolio_pdf import PortfolioOptions, export_portfolio, render_portfolio
from assistant.store.portfolio import DossierSummary, Status, StepCount
from assistant.store.verify_log import VerifyRecord
from tests.portfolio_helpers import make_folder
from tests.reports.conftest import DAY, flat, pages_text


def summary(name: str, file: str, **fields: object) -> DossierSummary:
    base: dict[str, object] = dict(
        path=Path("/clients") / file, name=name, legal_name=name, siret="99988877900017",
        uuid="u-" + file, schema_version=1, last_change="2025-03-10T09:00:00.000000Z",
        steps=(StepCount(1, 5, 5), StepCount(2, 2, 5)),
        open_actions=MappingProxyType({Priority.HIGH: 2, Priority.MEDIUM: 1,
                                       Priority.LOW: 7}),
        requests_overdue=1, requests_open=2, breaches_in_window=1, breaches_overdue=1,
        consents_to_renew=14)
    base.update(fields)
    return DossierSummary(**base)  # type: ignore[arg-type]


SUMMARIES = [
    summary("Zèbre & <b>Co</b>", "zebre.rgpd"),
    summary("Ατελιέ Ζαχαροπλαστικής", "atelier.rgpd", requests_overdue=0,
            breaches_overdue=0, last_verify=VerifyRecord(
                "u", "/clients/atelier.rgpd", "2025-03-11T08:00:00.000000Z", True, 0, "",
                "2025-03-10T09:00:00.000000Z")),
    summary("Пекарня Łukasz", "piekarnia.rgpd", last_verify=VerifyRecord(
        "u", "/clients/p.rgpd", "2025-03-11T08:00:00.000000Z", False, 2, "integrity", ""),
        verify_stale=True),
    DossierSummary(path=Path("/clients/futur.rgpd"), status=Status.NEWER,
                   error_params=MappingProxyType({"version": 7, "supported": 1})),
]


def render(lang: str = "en", summaries: list[DossierSummary] | None = None) -> bytes:
    return drive(render_portfolio(SUMMARIES if summaries is None else summaries,
                                  Path("/clients"), PortfolioOptions(lang, DAY)))  # type: ignore[arg-type]


def test_one_line_per_client_with_its_figures() -> None:
    pages = pages_text(render("en"))
    text = flat(" ".join(pages))
    assert "Portfolio summary" in text and "12 March 2025" in text
    assert "Dossiers: 4; needing attention: 2" in text and "unreadable: 1" in text
    # most urgent first (a failed verification), then by name; user text printed as typed
    assert text.index("Пекарня Łukasz") < text.index("Zèbre & <b>Co</b>") \
        < text.index("Ατελιέ Ζαχαροπλαστικής")
    assert "⚠ Пекарня Łukasz" in text and "⚠ Zèbre" not in text
    assert "1/6 steps" in text and "7/10 tasks" in text
    assert "2 / 1 / 7" in text
    assert "sound, 2025-03-11" in text and "never verified" in text
    assert "2 problems, 2025-03-11 (changed since)" in text
    assert "SIRET shared with" in text  # all three carry the same SIRET
    assert "futur.rgpd" in text and "newer version of the app (schema 7" in text
    assert "GDPR Art. 12(3)" in text and "Art. 33(1)" in text  # the footnote
    assert all("page " in p and f"of {len(pages)}" in p for p in pages)


def test_french_and_reproducible() -> None:
    first = render("fr")
    assert first == render("fr")
    text = flat(" ".join(pages_text(first)))
    assert "Synthèse du portefeuille" in text and "12 mars 2025" in text
    assert "Prochaine échéance" in text and "jamais vérifié" in text
    assert "7/10 tâches" in text and "Demande de l'attention" in text


def test_the_firm_is_named_in_the_header() -> None:
    data = drive(render_portfolio(SUMMARIES, Path("/clients"),
                                  PortfolioOptions("fr", DAY, firm="Cabinet Lefèvre & Associés")))
    pages = pages_text(data)
    assert all("Cabinet Lefèvre & Associés" in p for p in pages)


def test_many_clients_paginate_with_the_header_repeated() -> None:
    # each with its own SIRET: one shared by all would name the 119 others on every row,
    # one row a page (122 pages to make and read back, ten seconds)
    many = [summary(f"Client {i:03d}", f"c{i:03d}.rgpd", siret=f"{i:03d}88877900017")
            for i in range(120)]
    pages = pages_text(render("en", many))
    assert len(pages) >= 3
    # every page the table goes on to (the notes under it may have a page of their own)
    assert all("Client, file, SIRET" in p for p in pages[1:] if ".rgpd" in p)
    assert "Client 119" in pages[-1] or "Client 119" in flat(" ".join(pages[-2:]))


def test_an_empty_folder_says_so() -> None:
    text = flat(" ".join(pages_text(render("en", []))))
    assert "Dossiers: 0" in text and "No dossier of this folder could be read." in text


@pytest.fixture(scope="module")
def folder(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(demo_file, tmp_path_factory.mktemp("pdf-clients"))


def test_export_of_a_real_folder_is_reproducible(folder: Path, tmp_path: Path) -> None:
    options = PortfolioOptions("fr", dt.date(2025, 3, 12))
    a = drive(export_portfolio(folder, tmp_path / "a.pdf", options))
    b = drive(export_portfolio(folder, tmp_path / "b.pdf", options))
    assert a.read_bytes() == b.read_bytes()
    text = flat(" ".join(pages_text(a.read_bytes())))
    for name in ("Boulangerie Dupont", "Fleurs de Łódź", "Καφενείο Αθηνά"):
        assert name in text
    for file in ("abime.rgpd", "futur.rgpd", "autre.rgpd", "texte.rgpd", "vide.rgpd"):
        assert file in text


def test_the_table_starts_on_page_one_in_urgency_order(tmp_path: Path) -> None:
    from tests.portfolio_helpers import make_worklist_folder

    moment = PortfolioOptions("fr", dt.date.today()).moment
    folder = make_worklist_folder(tmp_path / "clients", moment)
    target = drive(export_portfolio(folder, tmp_path / "s.pdf",
                                    PortfolioOptions("fr", dt.date.today())))
    first = flat(pages_text(target.read_bytes())[0])
    names = ["Boucherie en Retard", "Épicerie Brèche", "Coiffure Demain",
             "Droguerie Trois Jours", "Atelier Calme"]
    assert all(n in first for n in names)  # every row on page 1
    assert [first.index(n) for n in names] == sorted(first.index(n) for n in names)
    assert "⚠ Coiffure Demain" in first and "⚠ Atelier Calme" not in first
    assert "(demain)" in first and "(dans 3 jours)" in first
    assert "11 h 56 min restantes" in first  # the breach, in hours
    assert "Contact Coiffure" in first and "01 23 45 67 89" in first
    assert first.count("SIRET partagé avec") == 2
