"""``python -m assistant export pdf``: options, exit codes and messages."""

from __future__ import annotations

import io
from pathlib import Path

from assistant.cli import main
from tests.reports.conftest import flat, pages_text


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_pdf_writes_the_dossier(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "d.pdf"
    code, out, err = run("export", "pdf", str(demo_file), "-o", str(target),
                         "--date", "2025-03-12", "--doc-lang", "en")
    assert code == 0, err
    assert str(target) in out
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "GDPR compliance dossier" in text and "12 March 2025" in text


def test_same_date_gives_identical_files(demo_file: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (a, b):
        assert run("export", "pdf", str(demo_file), "-o", str(target), "--date",
                   "2025-03-12")[0] == 0
    assert a.read_bytes() == b.read_bytes()


def test_extract_in_french_with_chosen_sections(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(target), "--extract",
                       "--doc-lang", "fr", "--sections", "register-extract",
                       "--date", "2025-03-12")
    assert code == 0, err
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "Registre des activités de traitement — extrait" in text
    assert "b) Finalités du traitement" in text
    assert "Sommaire" not in text and "Le responsable du traitement" not in text


def test_usage_errors_exit_2(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"),
                       "--sections", "register,nonsense")
    assert code == 2 and "nonsense" in err
    code, _, err = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"),
                       "--kind", "register-extract", "--sections", "processors")
    assert code == 2 and "processors" in err
    assert list(tmp_path.iterdir()) == []


def test_refusals_exit_1_with_the_path(demo_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "pdf", str(demo_file), "-o",
                       str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "does not exist" in err and str(tmp_path / "no") in err
    code, _, err = run("export", "pdf", str(tmp_path / "none.rgpd"), "-o",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and "none.rgpd" in err
    assert list(tmp_path.iterdir()) == []
