"""``new`` refuses a bad organisation before any file exists, and a failure after the file
was created removes it: a refusal never leaves a half-made dossier behind."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.store.errors import StorageError
from assistant.store.organisation_repo import OrganisationRepository
from tests.cli.test_cli import run
from tests.conftest import folder_state


@pytest.mark.parametrize("name", ["", "   ", "x" * 500])
def test_a_refused_name_leaves_nothing(tmp_path: Path, name: str) -> None:
    target = tmp_path / "shops"
    target.mkdir()
    err = io.StringIO()
    code = main(["--lang", "en", "new", str(target / "shop.rgpd"), "--name", name],
                out=io.StringIO(), err=err)
    assert code == 1
    assert "name" in err.getvalue().lower()
    assert folder_state(target) == {} and list(target.iterdir()) == []


def test_the_command_line_says_why_in_french(tmp_path: Path) -> None:
    r = run("new", str(tmp_path / "vide.rgpd"), "--name", "", data_dir=tmp_path, lang="fr")
    assert r.returncode == 1 and r.stderr.strip()
    assert not (tmp_path / "vide.rgpd").exists()


def test_a_failure_after_creating_removes_the_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: OrganisationRepository, *a: object, **k: object) -> None:
        raise StorageError(tmp_path / "shop.rgpd", detail="disk full")

    monkeypatch.setattr(OrganisationRepository, "save", broken)
    code = main(["--lang", "en", "new", str(tmp_path / "shop.rgpd"), "--name", "Shop"],
                out=io.StringIO(), err=io.StringIO())
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_new_dossiers_json_export_has_a_french_and_english_wording_for_every_purpose(
        tmp_path: Path) -> None:
    import json

    from assistant.domain.consent import DEFAULT_PURPOSES, notice_sha256

    shop, export = tmp_path / "shop.rgpd", tmp_path / "shop.json"
    for args in (["new", str(shop), "--name", "Fleurs de Lise"],
                 ["export", "json", str(shop), "-o", str(export)]):
        assert main(["--lang", "fr", *args], out=io.StringIO(), err=io.StringIO()) == 0
    doc = json.loads(export.read_text("utf-8"))
    codes = [p["code"] for p in doc["consent_purposes"]]
    assert codes == [code for code, _template, _validity in DEFAULT_PURPOSES]
    for code in codes:
        mine = [n for n in doc["notice_versions"] if n["purpose"] == code]
        assert sorted(n["language"] for n in mine) == ["en", "fr"], code
        for n in mine:
            assert "Fleurs de Lise" in n["text"] and n["sha256"] == notice_sha256(n["text"])
