"""The accountant's desk on the command line: the work list as PDF, CSV or XLSX, in the same
order, each row's deadlines and contact, and the firm's name."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from assistant.cli import main
from tests.cli.test_export_pdf import LATER
from tests.portfolio_helpers import make_worklist_folder
from tests.reports.conftest import flat, pages_text

ORDER = ["retard.rgpd", "breche.rgpd", "demain.rgpd", "trois-jours.rgpd", "calme.rgpd"]


def run(*argv: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def worklist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    noon = dt.datetime.combine(dt.date.today(), dt.time(12, 0)).astimezone()
    return make_worklist_folder(tmp_path_factory.mktemp("desk") / "clients", noon)


def test_the_work_list_as_csv_in_french_excel_s_dialect(worklist: Path, tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    code, _, err = run("export", "portfolio", str(worklist), "-o", str(target), lang="fr")
    assert code == 0, err
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert [r["Fichier"] for r in rows] == ORDER  # most urgent first, as in the PDF
    by_file = {r["Fichier"]: r for r in rows}
    assert by_file["demain.rgpd"]["Dans"] == "demain"
    assert by_file["trois-jours.rgpd"]["Dans"] == "dans 3 jours"
    assert by_file["breche.rgpd"]["Dans"] == "11 h 56 min restantes"
    assert by_file["retard.rgpd"]["Nombre en retard"] == "1"
    assert by_file["demain.rgpd"]["SIRET partagé avec"] == "trois-jours.rgpd"
    assert by_file["calme.rgpd"]["Demande de l'attention"] == "non"
    assert by_file["demain.rgpd"]["Contact"] == "Contact Coiffure"
    assert by_file["trois-jours.rgpd"]["Langue"] == "en"
    assert dt.date.fromisoformat(by_file["demain.rgpd"]["Date"]) == \
        dt.date.today() + dt.timedelta(days=1)


def test_the_work_list_as_xlsx(worklist: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "clients.xlsx"
    code, _, err = run("export", "portfolio", str(worklist), "--format", "xlsx",
                       "-o", str(target))
    assert code == 0, err
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Client", "File", "SIRET / SIREN"]
    files = [sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)]
    assert files == ORDER
    date_col = header.index("Date") + 1
    tomorrow = sheet.cell(row=ORDER.index("demain.rgpd") + 2, column=date_col).value
    assert tomorrow.date() == dt.date.today() + dt.timedelta(days=1)  # a real date
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref.startswith("A1:")
    attention = sheet.cell(row=2, column=1).fill.fgColor.rgb
    calm = sheet.cell(row=ORDER.index("calme.rgpd") + 2, column=1).fill.fgColor.rgb
    assert attention != calm  # the rows that need attention are tinted


def test_the_pdf_names_the_firm_and_refuses_a_mismatched_format(worklist: Path,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "s.pdf"
    code, _, err = run("export", "portfolio", str(worklist), "-o", str(target),
                       "--firm", "Cabinet Lefèvre")
    assert code == 0, err
    assert "Cabinet Lefèvre" in flat(pages_text(target.read_bytes())[0])
    code, _, err = run("export", "portfolio", str(worklist), "--format", "csv",
                       "-o", str(tmp_path / "s2.pdf"))
    assert code == 2 and "does not match" in err
    code, _, err = run("export", "portfolio", str(worklist), "-o", str(target), "--format",
                       "pdf")
    assert code == 1 and "already exists" in err


def date_words(lang: str, day: dt.date) -> str:
    from assistant.reports.context import ReportContext

    return ReportContext(lang, day).date_text(day)  # type: ignore[arg-type]


def test_export_all_writes_each_dossier_in_its_language_and_dates_names(
        worklist: Path, tmp_path: Path) -> None:
    outdir = tmp_path / "pdf"
    # after the dossiers' own content (a document dated before it is refused)
    day, next_day = LATER.isoformat(), (LATER + dt.timedelta(days=1)).isoformat()
    code, _, err = run("export", "pdf", "--all", str(worklist), "-o", str(outdir),
                         "--date", day, "--sections", "organisation", "--dated")
    assert code == 0, err
    english = flat(pages_text((outdir / f"trois-jours-{day}.pdf").read_bytes())[0])
    french = flat(pages_text((outdir / f"demain-{day}.pdf").read_bytes())[0])
    assert date_words("en", LATER) in english and date_words("fr", LATER) in french
    code, _, err = run("export", "pdf", "--all", str(worklist), "-o", str(outdir),
                         "--date", next_day, "--sections", "organisation", "--dated",
                         "--doc-lang", "fr")
    assert code == 0 and "kept" not in err  # a new date: new files beside the old ones
    forced = flat(pages_text((outdir / f"trois-jours-{next_day}.pdf").read_bytes())[0])
    assert date_words("fr", LATER + dt.timedelta(days=1)) in forced
    assert len(list(outdir.iterdir())) == 10
