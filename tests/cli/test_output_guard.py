"""No command writes onto the dossier it reads (or its working files, or any open dossier),
and every command refuses an existing file unless ``--overwrite``."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from assistant.cli import main
from tests.conftest import folder_state
from tests.consent_helpers import dossier_state
from tests.portfolio_helpers import held_open

CSV = ("email;purpose;status;date\n"
       "a@example.fr;newsletter;granted;2024-01-02\n"
       "not-an-email;newsletter;granted;2024-01-02\n")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("guard")
    path = folder / "shop.rgpd"
    assert run("new", str(path), "--name", "Boulangerie")[0] == 0
    source = folder / "in.csv"
    source.write_text(CSV)
    assert run("consents", "import", str(path), str(source), "--skip-invalid")[0] == 0
    assert run("export", "json", str(path), "-o", str(folder / "shop.json"))[0] == 0
    return path


@pytest.fixture
def work(shop: Path, tmp_path: Path) -> Path:
    """A copy of the shop's folder to attack."""
    for p in shop.parent.iterdir():
        if p.is_file():
            (tmp_path / p.name).write_bytes(p.read_bytes())
    return tmp_path / "shop.rgpd"


# Each command with the place of its output in the arguments ({out}).
WRITERS = {
    "consents export": ("consents", "export", "{d}", "-o", "{out}"),
    "consents export --statuses": ("consents", "export", "{d}", "--statuses", "-o", "{out}"),
    "export json": ("export", "json", "{d}", "-o", "{out}"),
    "export pdf": ("export", "pdf", "{d}", "-o", "{out}"),
    "consents import --report": ("consents", "import", "{d}", "{csv}", "--skip-invalid",
                                 "--report", "{out}"),
    "backup": ("backup", "{d}", "-o", "{out}"),
}


def args_for(command: str, dossier: Path, out: Path, *extra: str) -> list[str]:
    values = {"d": str(dossier), "out": str(out), "csv": str(dossier.parent / "in.csv")}
    return [a.format(**values) for a in WRITERS[command]] + list(extra)


@pytest.mark.parametrize("command", list(WRITERS))
@pytest.mark.parametrize("onto", ["", "-wal", "-shm", ".lock", "link", "hard link"])
def test_no_command_writes_onto_the_dossier_it_reads(work: Path, command: str,
                                                     onto: str) -> None:
    folder = work.parent
    if onto == "link":
        out = folder / "link.rgpd"
        out.symlink_to(work)
    elif onto == "hard link":
        out = folder / "same.rgpd"
        os.link(work, out)
    else:
        out = Path(f"{work}{onto}")
    before = folder_state(folder)
    for extra in ((), ("--overwrite",)):
        code, out_text, err = run(*args_for(command, work, out, *extra))
        assert code == 1, (out_text, err)
        assert "shop.rgpd" in err and "nothing was written" in err.lower()
        assert folder_state(folder) == before
    assert run("verify", str(work))[0] == 0


def test_the_report_is_never_the_imported_file(work: Path) -> None:
    source = work.parent / "in.csv"
    before = folder_state(work.parent)
    code, _, err = run("consents", "import", str(work), str(source), "--skip-invalid",
                       "--report", str(source), "--overwrite")
    assert code == 1 and "is the file being imported" in err
    assert folder_state(work.parent) == before


def test_import_json_never_writes_onto_its_source(work: Path) -> None:
    source = work.parent / "shop.json"
    before = folder_state(work.parent)
    code, _, err = run("import", "json", str(source), "-o", str(source), "--overwrite")
    assert code == 1 and "is the file being read" in err
    assert folder_state(work.parent) == before


@pytest.mark.parametrize("command", list(WRITERS))
def test_an_existing_file_needs_overwrite(work: Path, command: str) -> None:
    out = work.parent / "existing.out"
    out.write_bytes(b"kept")
    code, _, err = run(*args_for(command, work, out))
    assert code == 1 and "already exists" in err and "--overwrite" in err
    assert out.read_bytes() == b"kept"
    code, _, err = run(*args_for(command, work, out, "--overwrite"))
    assert code == 0, err
    assert out.read_bytes() != b"kept"


def test_new_import_json_and_portfolio_need_overwrite(work: Path) -> None:
    folder = work.parent
    other = folder / "other.rgpd"
    assert run("new", str(other), "--name", "Fleuriste")[0] == 0
    code, _, err = run("new", str(other), "--name", "Again")
    assert code == 1 and "--overwrite" in err
    assert run("new", str(other), "--name", "Again", "--overwrite")[0] == 0
    code, _, err = run("import", "json", str(folder / "shop.json"), "-o", str(other))
    assert code == 1 and "--overwrite" in err
    code, _, err = run("import", "json", str(folder / "shop.json"), "-o", str(other),
                       "--overwrite")
    assert code == 0, err
    assert run("verify", str(other))[0] == 0
    summary = folder / "summary.pdf"
    summary.write_bytes(b"kept")
    code, _, err = run("export", "portfolio", str(folder), "-o", str(summary))
    assert code == 1 and "--overwrite" in err and summary.read_bytes() == b"kept"


def test_an_export_never_replaces_a_dossier_even_with_overwrite(work: Path) -> None:
    other = work.parent / "other.rgpd"
    assert run("new", str(other), "--name", "Fleuriste")[0] == 0
    before = other.read_bytes()
    code, _, err = run("export", "json", str(work), "-o", str(other), "--overwrite")
    assert code == 1 and "is a dossier" in err
    assert other.read_bytes() == before
    # a backup, being a dossier, may replace one that nobody has open
    assert run("backup", str(work), "-o", str(other), "--overwrite")[0] == 0


def test_a_dossier_open_in_another_process_is_never_replaced(work: Path) -> None:
    other = work.parent / "other.rgpd"
    assert run("new", str(other), "--name", "Fleuriste")[0] == 0
    with held_open(other):
        before = folder_state(work.parent)
        for out in (other, Path(f"{other}-wal")):
            code, _, err = run("backup", str(work), "-o", str(out), "--overwrite")
            assert code == 1 and "open" in err
            code, _, err = run("new", str(out), "--name", "X", "--overwrite")
            assert code == 1 and "open" in err
        assert folder_state(work.parent) == before


def test_a_file_name_too_long_is_a_message(work: Path) -> None:
    before = folder_state(work.parent)
    code, _, err = run("backup", str(work), "-o", str(work.parent / ("c" * 300 + ".rgpd")))
    assert code == 1 and "too long" in err
    assert folder_state(work.parent) == before


def test_export_pdf_all_never_writes_onto_a_dossier(work: Path, tmp_path: Path) -> None:
    # FOLDER/shop.pdf made a link to the dossier: the batch names it, and leaves it
    (work.parent / "shop.pdf").symlink_to(work)
    before = folder_state(work.parent)
    code, _, err = run("export", "pdf", "--all", str(work.parent), "-o", str(work.parent),
                       "--overwrite")
    assert code == 1 and "shop.rgpd" in err
    assert folder_state(work.parent) == before


def test_the_answer_files_never_land_on_a_dossier(work: Path) -> None:
    """The folder of a request's answer (export answer) follows the same rule: a file
    name of the answer made a link to the dossier is refused, whatever --overwrite says."""
    from assistant.domain.progress import drive
    from assistant.reports.answers import pack
    from assistant.store.dossier import open_dossier

    folder = work.parent / "answer"
    folder.mkdir()
    with open_dossier(work) as d:
        plan = type("Plan", (), {"names": (("letter", "letter.pdf"),)})()
        (folder / "letter.pdf").symlink_to(work)
        before = dossier_state(work)
        from assistant.store.outputs import OutputIsDossier

        with pytest.raises(OutputIsDossier):
            drive(pack.write_answer(d, plan, folder, overwrite=True,  # type: ignore[arg-type]
                                    file=False, data={"letter.pdf": b"%PDF"}))
    assert dossier_state(work) == before and (folder / "letter.pdf").is_symlink()
