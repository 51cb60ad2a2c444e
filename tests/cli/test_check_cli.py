"""``check website``: exit statuses, what it prints, what it adds to the dossier, the report
file and its refusals."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store.dossier import create_dossier, open_dossier
from tests.conftest import file_digest
from tests.website.conftest import PROXY_VARIABLES
from tests.website.server import serving, site_routes, unused_port


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pause between requests, no proxy of the test machine."""
    import assistant.website.crawl as crawl

    monkeypatch.setattr(crawl, "DEFAULT_DELAY", 0.0)
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    return path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "fr", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def open_actions(path: Path) -> list[str]:
    with open_dossier(path, read_only=True) as dossier:
        return [a.title for a in dossier.guide.actions()]


def test_check_adds_actions_and_writes_the_pdf(shop: Path, tmp_path: Path) -> None:
    report = tmp_path / "site.pdf"
    with serving(site_routes("analytics")) as site:
        code, out, err = run("check", "website", str(shop), site.url(), "-o", str(report))
    assert code == 0, err
    assert "[haute] Google Analytics se charge avant le consentement — /, /produits" in out
    assert "ajoutée" in out and "au plan d'action" in out
    assert f"Rapport écrit : {report}" in out
    assert "ne voit pas ce que JavaScript fait" in out
    assert report.read_bytes().startswith(b"%PDF")
    assert "Site web : ne charger Google Analytics qu'après l'accord du visiteur" in \
        open_actions(shop)


def test_json_report_register_and_a_second_run(shop: Path, tmp_path: Path) -> None:
    report = tmp_path / "site.json"
    with serving(site_routes("analytics")) as site:
        code, out, _ = run("check", "website", str(shop), site.url(), "--pages", "1",
                           "--add-to-register", "-o", str(report), "--doc-lang", "en")
        assert code == 0
        assert "Traitement ajouté au registre : « Site web : mesure d'audience / cookies »" \
            in out
        assert json.loads(report.read_text("utf-8"))["language"] == "en"
        before = open_actions(shop)
        code, out, err = run("check", "website", str(shop), site.url(), "--pages", "1",
                             "-o", str(report))
        assert code == 1 and "existe déjà" in err  # no silent overwrite
        code, out, _ = run("check", "website", str(shop), site.url(), "--pages", "1",
                           "-o", str(report), "--overwrite", "--add-to-register")
    assert code == 0
    assert "déjà ouvertes dans le plan, pas ajoutées une deuxième fois" in out
    assert "Traitement du registre complété" in out
    # the register now has the site's processing: its notice is compared with the site's
    assert "[moyenne] La politique du site ne dit pas ce que dit le registre" in out
    after = open_actions(shop)
    assert after[:len(before)] == before and len(after) == len(before) + 1


def test_dry_run_changes_nothing(shop: Path) -> None:
    digest = file_digest(shop)
    with serving(site_routes("noprivacy")) as site:
        code, out, _ = run("check", "website", str(shop), site.url(), "--dry-run")
    assert code == 0 and "--dry-run" in out and "Pas de lien vers la politique" in out
    assert file_digest(shop) == digest


def test_unreachable_site_is_refused_and_the_dossier_left_alone(shop: Path,
                                                              tmp_path: Path) -> None:
    digest = file_digest(shop)
    report = tmp_path / "r.pdf"
    code, _, err = run("check", "website", str(shop), f"http://127.0.0.1:{unused_port()}/",
                         "-o", str(report))
    assert code == 1
    assert "n'a pas pu être lu" in err and "refuse la connexion" in err
    assert "Rien n'a été ajouté au dossier" in err
    assert file_digest(shop) == digest and not report.exists()


@pytest.mark.parametrize(("args", "expected"), [
    (["--pages", "-1"], "--pages must be between 0 and 100"),
    (["--pages", "101"], "--pages must be between 0 and 100"),
    (["-o", "report.txt"], "PDF (.pdf) ou en JSON (.json)"),
    (["--dry-run", "--add-to-register"], "cannot go with --add-to-register"),
    (["--overwrite"], "--overwrite goes with -o"),
])
def test_usage_errors(shop: Path, args: list[str], expected: str) -> None:
    code, _, err = run("check", "website", str(shop), "https://shop.example/", *args)
    assert code == 2 and expected in err


def test_a_bad_address_is_refused_before_anything_is_read(shop: Path) -> None:
    digest = file_digest(shop)
    code, _, err = run("check", "website", str(shop), "ftp://shop.example/")
    assert code == 1 and "seules les adresses http:// et https://" in err
    assert file_digest(shop) == digest


def test_report_may_not_replace_the_dossier(shop: Path) -> None:
    renamed = shop.with_suffix(".json")
    shop.rename(renamed)
    digest = file_digest(renamed)
    code, _, err = run("check", "website", str(renamed), "https://shop.example/", "-o",
                       str(renamed), "--overwrite")
    assert code == 1 and "est le dossier" in err and "rien n'a été écrit" in err
    assert file_digest(renamed) == digest
