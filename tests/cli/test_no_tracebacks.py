"""Inputs that used to end in a traceback get a message naming what is wrong and where, exit
status 1, and leave everything as it was."""

from __future__ import annotations

import errno
import io
import json
import os
from pathlib import Path

import pytest

from assistant.cli import main
from tests.conftest import folder_state


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    assert run("new", str(path), "--name", "Boulangerie")[0] == 0
    return path


@pytest.mark.parametrize("date, reason", [
    ("0001-01-01T00:00:00+01:00", "before 1970"),
    ("01/01/0001", "before 1970"),
    ("0001-01-01", "before 1970"),
    ("9999-12-31T23:30:00-05:00", "in the future"),
    ("9999-12-31", "in the future"),
])
def test_csv_dates_at_the_ends_of_the_calendar(shop: Path, tmp_path: Path, date: str,
                                               reason: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"email;purpose;status;date\na@x.fr;newsletter;granted;{date}\n")
    before = folder_state(tmp_path)
    code, _, err = run("consents", "import", str(shop), str(source))
    assert code == 1 and f"{source}:2:" in err and reason in err, err
    assert folder_state(tmp_path) == before


@pytest.fixture
def document(shop: Path, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    from assistant.domain.consent import EventKind, Identity
    from assistant.store.dossier import open_dossier

    with open_dossier(shop) as d:
        person = d.consents.add_subject(Identity(email="a@x.fr", last_name="Dupont"))
        d.consents.record(person.id, 1, EventKind.GRANTED)
    assert run("export", "json", str(shop), "-o", str(tmp_path / "shop.json"))[0] == 0
    return json.loads((tmp_path / "shop.json").read_text(encoding="utf-8"))


def refused(tmp_path: Path, text: str) -> str:
    folder = tmp_path / "import"
    folder.mkdir()
    source = folder / "in.json"
    source.write_text(text, encoding="utf-8")
    before = folder_state(folder)
    code, _, err = run("import", "json", str(source), "-o", str(folder / "out.rgpd"))
    assert code == 1 and "Traceback" not in err
    assert folder_state(folder) == before
    return err


def test_json_an_integer_of_5000_digits(tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    version = f'"format_version": {document["format_version"]}'
    text = json.dumps(document).replace(version, version + ', "x": ' + "7" * 5000, 1)
    assert '"x": 7' in text
    err = refused(tmp_path, text)
    assert "$.x" in err and "out of the allowed range" in err


def test_json_an_id_past_64_bits(tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    document["processing"] = [{**p, "id": 10**30} for p in document["processing"]] or \
        [{"id": 10**30}]
    err = refused(tmp_path, json.dumps(document))
    assert "$.processing[0].id" in err and "out of the allowed range" in err


def test_json_half_a_surrogate_pair_in_a_name(tmp_path: Path, document: dict) -> None:  # type: ignore[type-arg]
    document["subjects"][0]["last_name"] = "Du\ud800pont"
    err = refused(tmp_path, json.dumps(document))  # json.dumps writes it as \\ud800
    assert "$.subjects[0].last_name" in err and "U+D800" in err


def test_a_name_with_half_a_surrogate_pair_on_the_command_line(tmp_path: Path) -> None:
    code, _, err = run("new", str(tmp_path / "x.rgpd"), "--name", "Caf\udce9")
    assert code == 1 and "U+DCE9" in err
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_writing_the_lock(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.store import lock

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock.os, "write", full)
    code, _, err = run("new", str(tmp_path / "x.rgpd"), "--name", "Boulangerie")
    assert code == 1 and "disk is full" in err
    assert list(tmp_path.iterdir()) == []  # no dossier, no empty lock file


def test_a_header_of_many_columns_is_summarised(shop: Path, tmp_path: Path) -> None:
    source = tmp_path / "wide.csv"
    extra = ";".join(f"col{i}" for i in range(5000))
    source.write_text(f"email;purpose;status;date;{extra}\n"
                      f"a@x.fr;newsletter;granted;2024-01-02{';' * 5000}\n")
    code, out, _ = run("consents", "import", str(shop), str(source))
    assert code == 0
    assert len(out.splitlines()) < 30 and "4980 more columns ignored" in out
