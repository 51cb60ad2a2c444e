"""Files another program holds for a moment (an antivirus, OneDrive, Explorer's preview):
every atomic write, backup rotation and cleanup tries again, then names the held file.

Windows is simulated: ``os.replace`` and ``os.remove`` fail with ``PermissionError`` the first
N times, as they do there while another program has the file open; the patience of Windows
is selected explicitly (:data:`assistant.store.held.PATIENT`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.atomic import write_bytes_atomic
from assistant.store import held
from assistant.store.backup import automatic_backup, backup_folder, prune
from assistant.store.dossier import create_dossier
from assistant.store.held import FileHeld
from assistant.store.outputs import write_output


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Windows' patience, with the waits recorded instead of slept."""
    waits: list[float] = []
    monkeypatch.setattr(held, "PATIENT", True)
    monkeypatch.setattr(held.time, "sleep", waits.append)
    yield waits


def failing(monkeypatch: pytest.MonkeyPatch, name: str, times: int) -> list[str]:
    """Make ``os.<name>`` raise PermissionError the first ``times`` calls; returns the
    paths it was called on."""
    real: Callable[..., None] = getattr(os, name)
    calls: list[str] = []

    def flaky(*args: object, **kwargs: object) -> None:
        calls.append(str(args[-1]))
        if len(calls) <= times:
            raise PermissionError(13, "The process cannot access the file because it is "
                                      "being used by another process", str(args[-1]))
        real(*args, **kwargs)

    monkeypatch.setattr(os, name, flaky)
    return calls


def test_an_export_waits_for_the_antivirus(tmp_path: Path, windows: list[float],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"old")
    calls = failing(monkeypatch, "replace", 3)
    write_output(target, b"%PDF new", overwrite=True)
    assert target.read_bytes() == b"%PDF new"
    assert len(calls) == 4 and len(windows) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["register.pdf"]  # no temporary left


def test_a_file_held_for_good_is_named_and_left_as_it_was(
        tmp_path: Path, windows: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"old")
    failing(monkeypatch, "replace", 1000)
    with pytest.raises(FileHeld) as caught:
        write_output(target, b"%PDF new", overwrite=True)
    assert caught.value.path == target
    assert sum(windows) < 3, "about two seconds of patience, not more"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["register.pdf"]
    from assistant.content.messages import messages

    for lang in ("fr", "en"):
        text = messages(lang).exception(caught.value)
        assert str(target) in text and ("antivirus" in text)


def test_state_files_are_written_patiently_too(tmp_path: Path, windows: list[float],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dossier-files.json"
    failing(monkeypatch, "replace", 2)
    write_bytes_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"


def test_on_linux_a_permission_error_is_the_answer_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(held, "PATIENT", False)
    calls = failing(monkeypatch, "replace", 1)
    from assistant.store.errors import ReadOnlyLocation

    (tmp_path / "a.pdf").write_bytes(b"old")
    with pytest.raises(ReadOnlyLocation):
        write_output(tmp_path / "a.pdf", b"x", overwrite=True)
    assert len(calls) == 1


def test_the_rotation_of_backups_waits_for_a_held_old_backup(
        tmp_path: Path, windows: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = create_dossier(tmp_path / "shop.rgpd")
    try:
        for n in range(3):
            automatic_backup(dossier.conn, dossier.path, dossier.uuid, f"r{n}", keep=10)
        folder = backup_folder(dossier.uuid)
        calls = failing(monkeypatch, "remove", 2)
        prune(folder, keep=1)
        assert len(list(folder.glob("*.rgpd"))) == 1
        assert len(calls) == 4  # two attempts on the first old one, one each after
    finally:
        dossier.close()


def test_a_backup_held_for_good_is_left_for_later_and_the_rest_pruned(
        tmp_path: Path, windows: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = create_dossier(tmp_path / "shop.rgpd")
    try:
        for n in range(3):
            automatic_backup(dossier.conn, dossier.path, dossier.uuid, f"r{n}", keep=10)
        folder = backup_folder(dossier.uuid)
        oldest = sorted(folder.glob("*.rgpd"))[0]
        real = os.remove

        def held_oldest(path: object) -> None:
            if Path(str(path)) == oldest:
                raise PermissionError(13, "held", str(path))
            real(path)

        monkeypatch.setattr(os, "remove", held_oldest)
        prune(folder, keep=1)  # no error: the rotation is cleanup, tried again next time
        assert sorted(p.name for p in folder.glob("*.rgpd")) == sorted(
            [oldest.name, sorted(folder.glob("*.rgpd"))[-1].name])
    finally:
        dossier.close()


def test_a_temporary_file_is_removed_patiently_after_a_failure(
        tmp_path: Path, windows: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = failing(monkeypatch, "remove", 2)
    with pytest.raises(RuntimeError), write_output_block(tmp_path / "a.pdf"):
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []
    assert len(calls) == 3


def write_output_block(target: Path):  # type: ignore[no-untyped-def]
    from assistant.store.outputs import output_path

    return output_path(target)


def test_on_windows_no_mode_bits_are_set(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod only toggles the read-only flag there: the outputs never rely on it."""
    from assistant.store import outputs

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("chmod called where mode bits mean nothing")

    monkeypatch.setattr(outputs, "MODE_BITS", False)
    monkeypatch.setattr(os, "chmod", refuse)
    write_output(tmp_path / "a.pdf", b"%PDF")
    write_bytes_atomic(tmp_path / "state.json", b"{}")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF"
