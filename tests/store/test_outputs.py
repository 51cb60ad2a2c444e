"""The one rule for every output: never onto a dossier read or open, nor its working files;
never onto an existing file unless asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import NameTooLong, NotAFile, OutputExists, OutputFolderMissing
from assistant.store.outputs import (
    OutputIsDossier,
    OutputIsInput,
    OutputWouldReplaceDossier,
    check_output,
    open_dossiers,
    output_path,
    write_output,
)
from tests.portfolio_helpers import held_open


@pytest.fixture
def dossier_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    return path


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_an_open_dossier_and_its_working_files_are_never_written(
        dossier_file: Path, suffix: str) -> None:
    with open_dossier(dossier_file):
        assert dossier_file.resolve() in open_dossiers()
        target = Path(f"{dossier_file}{suffix}")
        for overwrite in (False, True):
            with pytest.raises(OutputIsDossier):
                check_output(target, overwrite=overwrite, makes_dossier=True)
    assert dossier_file.resolve() not in open_dossiers()


def test_a_dossier_read_is_protected_before_it_is_opened(dossier_file: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        with pytest.raises(OutputIsDossier):
            check_output(Path(f"{dossier_file}{suffix}"), overwrite=True,
                         reading=[dossier_file])


def test_other_names_of_the_same_file_are_seen_through(dossier_file: Path,
                                                      tmp_path: Path) -> None:
    link = tmp_path / "link.rgpd"
    link.symlink_to(dossier_file)
    hard = tmp_path / "hard.rgpd"
    os.link(dossier_file, hard)
    dotted = tmp_path / "sub" / ".." / "shop.rgpd"
    (tmp_path / "sub").mkdir()
    for name in (link, hard, dotted):
        with pytest.raises(OutputIsDossier):
            check_output(name, overwrite=True, reading=[dossier_file])
    for name in (Path(f"{link}-wal"), Path(f"{dossier_file}-wal")):  # read through the link
        with pytest.raises(OutputIsDossier):
            check_output(name, overwrite=True, reading=[link])
    with open_dossier(link):  # opened through the link: the file itself is held
        with pytest.raises(OutputIsDossier):
            check_output(dossier_file, overwrite=True, makes_dossier=True)
        with pytest.raises(OutputIsDossier):
            check_output(hard, overwrite=True, makes_dossier=True)


def test_an_input_file_is_not_an_output(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\n")
    with pytest.raises(OutputIsInput):
        check_output(source, overwrite=True, reading=[source])


def test_a_dossier_held_by_another_process_is_protected(dossier_file: Path) -> None:
    with held_open(dossier_file):
        for suffix in ("", "-wal", ".lock"):
            with pytest.raises(OutputIsDossier):
                check_output(Path(f"{dossier_file}{suffix}"), overwrite=True,
                             makes_dossier=True)


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"before")
    with pytest.raises(OutputExists):
        write_output(target, b"after")
    assert target.read_bytes() == b"before"
    write_output(target, b"after", overwrite=True)
    assert target.read_bytes() == b"after"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(OutputExists), output_path(target) as tmp:
        tmp.write_bytes(b"mine")
        target.write_bytes(b"someone else's")
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_closed_dossier_is_replaced_by_a_dossier_only(dossier_file: Path) -> None:
    with pytest.raises(OutputWouldReplaceDossier):
        check_output(dossier_file, overwrite=True)
    assert check_output(dossier_file, overwrite=True, makes_dossier=True) == dossier_file


def test_names_the_system_refuses(tmp_path: Path) -> None:
    with pytest.raises(OutputFolderMissing):
        check_output(tmp_path / "missing" / "x.csv")
    with pytest.raises(NameTooLong):
        check_output(tmp_path / ("x" * 300 + ".rgpd"))
    with pytest.raises(NotAFile):
        check_output(tmp_path, overwrite=True)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    with pytest.raises(OutputExists):
        check_output(dangling)
