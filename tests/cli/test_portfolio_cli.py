"""The batch commands' contract: ``verify --all FOLDER``, ``export pdf --all FOLDER -o
OUTDIR``, ``export portfolio`` and ``new --model``. Each continues past a bad file, names
it with the reason on stderr, exits 1 if any failed, 0 otherwise, 2 on a usage error."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store.portfolio import summarise
from tests.cli.test_export_pdf import LATER, LATER_TEXT
from tests.conftest import folder_state
from tests.portfolio_helpers import BAD, CLIENTS, ROOT, held_open, make_folder
from tests.reports.conftest import flat, pages_text


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err or io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small client dossier (its organisation, two processings, a consent): what the batch
    commands do with each dossier does not depend on its size, and its PDF is made in a
    fraction of the demo's time (these tests make some thirty). The demo's own PDF is
    tested in test_export_pdf.py; the folder view of demo copies in test_portfolio.py."""
    from assistant.domain.consent import EventKind, Identity
    from assistant.domain.organisation import Organisation
    from assistant.domain.processing import Processing
    from assistant.store.dossier import create_dossier

    path = tmp_path_factory.mktemp("cli-client") / "client.rgpd"
    with create_dossier(path) as d:
        d.organisation.save(Organisation(legal_name="Client"), undoable=False)
        d.register.create(Processing(name="Fichier clients", purposes=("Fidélité",)))
        d.register.create(Processing(name="Vidéoprotection", purposes=("Sécurité",)))
        d.consents.add_notice(1, "v1", "Recevoir notre lettre", "2024-01-01")
        person = d.consents.add_subject(Identity(email="zoe@exemple.fr"))
        d.consents.record(person.id, 1, EventKind.GRANTED,
                          occurred_at="2024-05-10T10:00:00.000000Z")
    return path


@pytest.fixture(scope="module")
def folder(client: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(client, tmp_path_factory.mktemp("cli-clients"))


@pytest.fixture(scope="module")
def good_folder(client: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(client, tmp_path_factory.mktemp("cli-good"), bad=False)


def test_verify_all_continues_past_bad_files_and_names_them(folder: Path) -> None:
    code, out, err = run("verify", "--all", str(folder))
    assert code == 1
    for name in CLIENTS:
        assert f"{folder / name}: sound" in out
    for name in BAD:
        assert str(folder / name) in err, name
    assert "newer version of the app (schema 99" in err
    assert "not an SQLite database" in err and "not a dossier of this app" in err
    assert f"Dossiers done: {len(CLIENTS)} of {len(CLIENTS) + len(BAD)}; failed: {len(BAD)}" \
        in err
    # each result is remembered: the folder view shows it
    verified = summarise(folder / "cafe.rgpd").last_verify
    assert verified is not None and verified.sound


def test_verify_all_of_sound_dossiers_exits_0(good_folder: Path) -> None:
    code, out, err = run("verify", "--all", str(good_folder))
    assert code == 0, err
    assert f"Dossiers done: {len(CLIENTS)} of {len(CLIENTS)}." in out


def test_a_progress_bar_on_a_terminal_only(good_folder: Path) -> None:
    code, _, err = run("verify", "--all", str(good_folder), err=Terminal())
    assert code == 0
    assert "\r[" in err and f"/{len(CLIENTS)} verify" in err
    code, _, err = run("verify", "--all", str(good_folder))
    assert "\r" not in err


def test_export_all_writes_one_pdf_per_dossier(folder: Path, tmp_path: Path) -> None:
    outdir = tmp_path / "pdf" / "2025"  # created
    code, out, err = run("export", "pdf", "--all", str(folder), "-o", str(outdir),
                         "--date", LATER.isoformat(), "--doc-lang", "en")
    assert code == 1
    assert sorted(p.name for p in outdir.iterdir()) == sorted(
        Path(n).stem + ".pdf" for n in CLIENTS)
    for name in CLIENTS:
        assert f"{folder / name} → {outdir / (Path(name).stem + '.pdf')}" in out
    for name in BAD:
        assert str(folder / name) in err
    text = flat(" ".join(pages_text((outdir / "fleuriste.pdf").read_bytes())))
    assert "Fleurs de Łódź" in text and LATER_TEXT in text


def test_export_all_never_overwrites_silently(good_folder: Path, tmp_path: Path) -> None:
    args = ("export", "pdf", "--all", str(good_folder), "-o", str(tmp_path), "--date",
            LATER.isoformat())
    assert run(*args)[0] == 0
    first = folder_state(tmp_path)
    code, out, _ = run(*args)  # same dossiers, same date: same bytes, left alone
    assert code == 0 and out.count("(unchanged: same contents)") == len(CLIENTS)
    assert folder_state(tmp_path) == first
    other_day = (LATER + dt.timedelta(days=1)).isoformat()
    code, _, err = run(*args[:-1], other_day)  # another date: other contents
    assert code == 0 and err.count("left as it is (--overwrite replaces it)") == len(CLIENTS)
    assert "run again with --overwrite" in err  # kept, named, and not a failure
    assert folder_state(tmp_path) == first
    code, out, _ = run(*args[:-1], other_day, "--overwrite")
    assert code == 0 and out.count("(replaced)") == len(CLIENTS)
    assert folder_state(tmp_path) != first


def test_export_all_register_extracts(good_folder: Path, tmp_path: Path) -> None:
    code, _, err = run("export", "pdf", "--all", str(good_folder), "-o", str(tmp_path),
                       "--extract")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        Path(n).stem + "-register-extract.pdf" for n in CLIENTS)


def test_a_dossier_open_elsewhere_is_still_exported_and_verified(demo_file: Path,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "held.rgpd"
    path.write_bytes(demo_file.read_bytes())
    with held_open(path):
        assert run("verify", "--all", str(folder))[0] == 0
        assert run("export", "pdf", "--all", str(folder), "-o", str(tmp_path / "out"))[0] == 0
    assert (tmp_path / "out" / "held.pdf").exists()


@pytest.mark.parametrize("argv", [
    ("verify", "--all", "{file}"),
    ("verify", "--all", "{folder}", "--head", "abc"),
    ("verify", "{file}", "--all", "{folder}"),
    ("verify",),
    ("verify", "{file}", "--recursive"),
    ("export", "pdf", "--all", "{file}", "-o", "{out}"),
    ("export", "pdf", "--all", "{folder}", "-o", "{file}"),
    ("export", "pdf", "{file}", "--all", "{folder}", "-o", "{out}"),
    ("export", "pdf", "-o", "{out}"),
    ("export", "pdf", "{file}", "-o", "{out}/x.pdf", "--recursive"),
    ("export", "portfolio", "{file}", "-o", "{out}/s.pdf"),
])
def test_usage_errors_exit_2(folder: Path, tmp_path: Path, argv: tuple[str, ...]) -> None:
    values = {"file": str(folder / "cafe.rgpd"), "folder": str(folder), "out": str(tmp_path)}
    code, _, err = run(*(a.format(**values) for a in argv))
    assert code == 2 and "error:" in err
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    code, _, err = run("verify", "--all", str(tmp_path / "nowhere"))
    assert code == 1 and "nowhere does not exist" in err
    code, out, err = run("verify", "--all", str(tmp_path))
    assert code == 0 and "No dossier (*.rgpd file)" in err
    assert "0 of 0" in out


def test_single_file_forms_are_unchanged(demo_file: Path, tmp_path: Path) -> None:
    code, out, _ = run("verify", str(demo_file))
    assert code == 0 and out.startswith(f"{demo_file}: sound")
    code, out, _ = run("export", "pdf", str(demo_file), "-o", str(tmp_path / "d.pdf"))
    assert code == 0 and (tmp_path / "d.pdf").exists()


def test_portfolio_summary(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    code, out, err = run("export", "portfolio", str(folder), "-o", str(target),
                         "--date", "2025-03-12")
    assert code == 0, err
    assert f"(dossiers: {len(CLIENTS) + len(BAD)})" in out
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "Portfolio summary" in text and "Boulangerie Dupont" in text
    code, _, err = run("export", "portfolio", str(folder), "-o", str(target))
    assert code == 1 and "already exists" in err
    assert run("export", "portfolio", str(folder), "-o", str(target), "--overwrite")[0] == 0


def test_new_from_model(demo_file: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.rgpd"
    model.write_bytes(demo_file.read_bytes())
    code, out, err = run("new", str(tmp_path / "client"), "--name", "Client SARL",
                         "--siren", "999888779", "--model", str(model))
    assert code == 0, err
    assert "model.rgpd" in out and (tmp_path / "client.rgpd").exists()
    s = summarise(tmp_path / "client.rgpd")
    assert s.readable and s.name == "Client SARL" and s.siren == "999888779"
    code, _, err = run("new", str(tmp_path / "other"), "--name", "X", "--model",
                       str(tmp_path / "missing.rgpd"))
    assert code == 1 and "missing.rgpd does not exist" in err
    assert not (tmp_path / "other.rgpd").exists()


def test_the_contract_as_a_user_runs_it(folder: Path, tmp_path: Path) -> None:
    """The real process: exit statuses and streams of ``python -m assistant``."""
    env = dict(os.environ, RGPD_ASSISTANT_DATA_DIR=str(tmp_path / "state"),
               LANG="en_GB.UTF-8", PYTHONPATH=str(ROOT))
    env.pop("LC_ALL", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                              text=True, env=env, timeout=300)

    r = cli("export", "pdf", "--all", str(folder), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    assert len(list((tmp_path / "out").glob("*.pdf"))) == len(CLIENTS)
    assert "abime.rgpd" in r.stderr and "\r" not in r.stderr
    r = cli("verify", "--all", str(folder), "--head", "00")
    assert r.returncode == 2
