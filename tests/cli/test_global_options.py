"""``--lang`` and ``--data-dir`` work after the command as well as before it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant import paths
from assistant.cli import main


@pytest.mark.parametrize(("argv_tail", "expected"), [
    ((), "Dossier de démonstration créé"),  # the option before the command only
    (("--lang", "en"), "Demo dossier created"),  # after it: it wins
])
def test_lang_after_the_command(tmp_path: Path, argv_tail: tuple[str, ...],
                                expected: str) -> None:
    out = io.StringIO()
    code = main(["--lang", "fr", "--data-dir", str(tmp_path / "state"), "demo",
                 str(tmp_path / "demo.rgpd"), *argv_tail], out=out, err=io.StringIO())
    assert code == 0
    assert expected in out.getvalue()


def test_data_dir_after_a_nested_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(paths, "_data_dir_override", None)
    state = tmp_path / "state"
    dossier = tmp_path / "shop.rgpd"
    assert main(["new", str(dossier), "--name", "Shop", "--data-dir", str(state)],
                out=io.StringIO(), err=io.StringIO()) == 0
    assert paths.data_dir().is_relative_to(state)
    with pytest.raises(SystemExit) as exited:
        main(["export", "json", str(dossier), "-o", str(tmp_path / "x.json"),
              "--data-dir", str(state), "--lang", "xx"])
    assert exited.value.code == 2 and "--lang" in capsys.readouterr().err


@pytest.mark.parametrize(("argv0", "expected"), [
    ("/usr/bin/rgpd-assistant-cli", "rgpd-assistant-cli"),
    ("C:\\Apps\\RGPD\\rgpd-assistant-cli.exe", "rgpd-assistant-cli"),
    ("/x/assistant/__main__.py", "python -m assistant"),
])
def test_usage_names_the_command_the_user_typed(monkeypatch: pytest.MonkeyPatch, argv0: str,
                                                expected: str) -> None:
    from assistant.cli import build_parser

    monkeypatch.setattr("sys.argv", [argv0])
    assert build_parser().prog == expected


@pytest.mark.parametrize(("argv", "lang"), [
    (["--lang", "en", "shop.rgpd"], "en"),  # the window's quick path
    (["shop.rgpd", "--lang", "fr"], "fr"),
    (["--data-dir", "STATE", "--lang", "en"], "en"),  # no dossier: the window alone
    (["shop.rgpd"], None),  # the settings' language
])
def test_lang_reaches_the_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 argv: list[str], lang: str | None) -> None:
    from assistant import app

    monkeypatch.setattr(paths, "_data_dir_override", None)
    started: list[tuple[list[str], str | None]] = []
    monkeypatch.setattr(app, "main", lambda args, *, lang=None: started.append(
        (list(args), lang)) or 0)
    argv = [str(tmp_path / "state") if a == "STATE" else a for a in argv]
    assert main(argv) == 0
    assert started == [([a for a in argv if a.endswith(".rgpd")], lang)]
