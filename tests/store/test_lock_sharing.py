"""The instance lock as a folder of shared dossiers needs it: a glance never refuses an
owner, and another computer's lock that cannot be confirmed is the user's call."""

from __future__ import annotations

import json
import socket
import sys
import threading
from pathlib import Path

import pytest

from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import DossierLocked, PossiblyLocked
from assistant.store.lock import is_locked, lock_path, read_holder
from tests.conftest import folder_state


def _other_host_lock(path: Path) -> None:
    lock_path(path).write_text(json.dumps({
        "user": "anne", "host": "pc-compta-2", "pid": 4242,
        "since": "2025-03-10T08:00:00.000000Z"}), encoding="utf-8")


def test_another_computers_lock_file_asks_before_opening(tmp_path: Path) -> None:
    path = tmp_path / "shared.rgpd"
    create_dossier(path).close()
    _other_host_lock(path)
    before = folder_state(tmp_path)
    with pytest.raises(PossiblyLocked) as caught:
        open_dossier(path)
    assert "anne@pc-compta-2" in str(caught.value.params["holder"])
    assert caught.value.params["since"] == "2025-03-10T08:00:00.000000Z"
    assert folder_state(tmp_path) == before  # nothing written, the lock file left as it was
    with open_dossier(path, read_only=True) as reader:  # reading is always possible
        assert reader.read_only
    with open_dossier(path, force=True) as dossier:  # the user said nobody has it open
        holder = read_holder(path)
        assert holder is not None and holder.host == socket.gethostname()
        assert not dossier.read_only
    assert not lock_path(path).exists()
    open_dossier(path).close()  # released cleanly: no question any more


def test_a_crash_on_this_computer_never_blocks(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    lock_path(path).write_text(json.dumps({
        "user": "me", "host": socket.gethostname(), "pid": 999999,
        "since": "2025-03-10T08:00:00.000000Z"}), encoding="utf-8")
    with open_dossier(path) as dossier:
        assert not dossier.read_only


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")
def test_a_glance_at_the_lock_does_not_refuse_an_owner(tmp_path: Path) -> None:
    """``is_locked`` takes the lock for an instant; an owner opening at that instant waits
    for it rather than being told the dossier is in use."""
    import fcntl
    import os

    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    lock_path(path).touch()
    fd = os.open(lock_path(path), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # someone glancing, right now
    timer = threading.Timer(0.1, lambda: (fcntl.flock(fd, fcntl.LOCK_UN), os.close(fd)))
    timer.start()
    try:
        with open_dossier(path) as dossier:
            assert not dossier.read_only
    finally:
        timer.join()


def test_is_locked_tells_a_held_dossier(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    assert not is_locked(path)
    with open_dossier(path):
        assert is_locked(path)
        with pytest.raises(DossierLocked) as caught:
            open_dossier(path)
        assert caught.value.params["holder"] != "?"
    assert not is_locked(path)
