"""The window shows a large dossier at once, read-only while its check runs on a worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ui import backup_actions, dossier_opening
from tests.store.test_deferred_check import corrupt_copy


def test_editable_once_checked(qtbot, window, demo_copy: Path,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dossier_opening, "LARGE_FILE", 0)
    backups: list[bool] = []
    monkeypatch.setattr(window, "daily_backup", lambda: backups.append(True))
    assert window.open_path(demo_copy)
    assert not window.session.is_open  # nothing reads it before the check
    assert "Checking" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    dossier = window.session.dossier
    assert not dossier.check_pending and not dossier.read_only and backups == [True]
    assert "[read only]" not in window.windowTitle()


def test_opening_another_meanwhile_closes_the_one_being_checked(  # type: ignore[no-untyped-def]
        qtbot, window, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(dossier_opening, "LARGE_FILE", 0)
    other = tmp_path / "other.rgpd"
    shutil.copy(demo_copy, other)
    assert window.open_path(demo_copy)
    first = window._pending_check
    assert window.open_path(other)
    assert first is not None and first is not window._pending_check
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
    assert window.session.dossier.path == other
    assert not Path(f"{demo_copy}.lock").exists()  # the first one's lock was released


def test_a_damaged_file_is_closed_with_the_usual_offer(qtbot, window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dossier_opening, "LARGE_FILE", 0)
    offered: list[str] = []
    monkeypatch.setattr(backup_actions, "offer_damaged",
                        lambda window, path, exc: offered.append(exc.code) or False)
    assert window.open_path(corrupt_copy(tmp_path))
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    assert not window.session.is_open and offered == ["corrupt"]
