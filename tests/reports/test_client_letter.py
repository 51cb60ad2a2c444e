"""The letter to a client: exactly the dossier's open actions and late consents, each in plain
words with its deadline, in the dossier's language, one or two pages, PDF and DOCX."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from pdfminer.high_level import extract_text

from assistant.cli import main
from assistant.content.guide import load_steps
from assistant.domain.guide.plan import ItemStatus
from assistant.domain.letter import plain_text
from assistant.domain.progress import drive
from assistant.domain.worklist import DeadlineKind
from assistant.reports.client_letter import LetterOptions, build_letter, fitted_letter
from assistant.reports.letter_pdf import letter_pdf_bytes
from assistant.store.dossier import open_dossier
from assistant.store.worklist import dossier_deadlines
from tests.portfolio_helpers import make_worklist_folder
from tests.reports.conftest import pages_text

DAY = dt.date.today()


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(["--lang", "fr", *argv], out=out, err=err), out.getvalue(), err.getvalue()


def test_the_letter_lists_exactly_the_dossier_s_gaps(demo_file: Path) -> None:
    options = LetterOptions(DAY, firm="Cabinet Lefèvre")
    with open_dossier(demo_file, read_only=True) as dossier:
        letter = build_letter(dossier, options)
        result = dossier.guide.assess(load_steps("fr"), today=DAY, now=options.moment)
        renewals = {d.key for d in dossier_deadlines(dossier, options.moment, result.plan)
                    if d.kind is DeadlineKind.CONSENTS and d.overdue}
    expected = {i.key for i in result.plan if i.status is ItemStatus.OPEN} | renewals
    assert expected and letter.covered() == expected
    decided = {i.key for i in result.plan if i.status is ItemStatus.NOT_APPLICABLE}
    assert not decided & letter.covered()
    text = plain_text(letter)
    assert "Cabinet Lefèvre" in text and "Au Pain Doré SARL" in text
    assert "en retard de" in text  # a late request, with its deadline
    with open_dossier(demo_file, read_only=True) as dossier:
        fitted, pdf = drive(fitted_letter(dossier, options))
    assert 1 <= len(pages_text(pdf)) <= 2 and fitted.covered() == expected
    assert len(pages_text(letter_pdf_bytes(letter, DAY))) >= len(pages_text(pdf))


def test_each_client_in_its_language_pdf_and_docx(tmp_path: Path) -> None:
    noon = dt.datetime.combine(DAY, dt.time(12)).astimezone()
    folder = make_worklist_folder(tmp_path / "clients", noon)
    out = tmp_path / "letters"
    code, stdout, err = run("export", "letters", str(folder), "-o", str(out), "--firm", "Cab")
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert f"trois-jours-letter-{DAY.isoformat()}.docx" in names
    assert f"demain-courrier-{DAY.isoformat()}.pdf" in names and len(names) == 10
    english = extract_text(io.BytesIO((out / f"trois-jours-letter-{DAY}.pdf").read_bytes()))
    assert "Dear Sir or Madam" in english
    french = Document(str(out / f"retard-courrier-{DAY}.docx"))
    body = "\n".join(p.text for p in french.paragraphs)
    assert "Madame, Monsieur" in body and "en retard de" in body
    code, _, err = run("export", "letters", str(folder), "-o", str(out), "--client",
                       "Coiffure Demain")
    assert code == 1 and "existe déjà" in err  # never replaced unless asked
    code, stdout, _ = run("export", "letters", str(folder), "-o", str(out), "--client",
                          "coiffure demain", "--overwrite")
    assert code == 0 and "1 courrier écrit" in stdout
    code, _, err = run("export", "letters", str(folder), "-o", str(out), "--client", "Nobody")
    assert code == 1 and "Atelier Calme" in err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_calm_dossier_still_gets_a_letter(tmp_path: Path, lang: str) -> None:
    from assistant.domain.organisation import Organisation
    from assistant.store.dossier import create_dossier

    path = tmp_path / "x.rgpd"
    with create_dossier(path, language=lang) as d:
        d.organisation.save(Organisation(legal_name="Shop"), undoable=False)
    with open_dossier(path, read_only=True) as dossier:
        letter = build_letter(dossier, LetterOptions(DAY))
    assert letter.lang == lang and letter.covered()  # a new dossier has its first steps
