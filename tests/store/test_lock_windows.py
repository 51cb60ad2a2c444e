"""The dossier lock's Windows branch (``msvcrt.locking`` on a byte far past the payload),
selected explicitly and run on Linux with a stand-in that keeps Windows' rules. Nothing in
the lock depends on fcntl, on a pid being alive, or on a signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.store import lock
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import DossierLocked
from assistant.store.lock import DossierLock, WindowsLock, is_locked, read_holder
from tests.store import fake_msvcrt

pytestmark = pytest.mark.skipif(not fake_msvcrt.available,
                                reason="needs Linux's open-file-description locks")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def windows_lock(monkeypatch: pytest.MonkeyPatch) -> WindowsLock:
    backend = WindowsLock(fake_msvcrt)
    monkeypatch.setattr(lock, "BACKEND", backend)
    return backend


def test_one_writer_and_the_refused_one_is_told_who(tmp_path: Path,
                                                    windows_lock: WindowsLock) -> None:
    dossier = tmp_path / "shop.rgpd"
    first = DossierLock(dossier)
    first.acquire()
    try:
        assert is_locked(dossier)
        second = DossierLock(dossier)
        with pytest.raises(DossierLocked) as caught:
            second.acquire()
        assert caught.value.params["holder"] != "?"  # the payload is readable past the lock
        holder = read_holder(dossier)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        first.release()
    assert not is_locked(dossier)
    again = DossierLock(dossier)
    again.acquire()
    again.release()


def test_the_lock_sits_past_the_payload(tmp_path: Path, windows_lock: WindowsLock) -> None:
    """Windows locks are mandatory: the locked byte must not be one a reader needs."""
    held = DossierLock(tmp_path / "shop.rgpd")
    held.acquire()
    try:
        payload = held.path.read_bytes()
        assert 0 < len(payload) < WindowsLock.OFFSET
    finally:
        held.release()


def test_a_dossier_open_in_this_process_is_refused_to_another_opener(
        tmp_path: Path, windows_lock: WindowsLock) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    with open_dossier(path), pytest.raises(DossierLocked):
        open_dossier(path)
    with open_dossier(path):
        pass  # released when closed


HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from assistant.store import lock
from tests.store import fake_msvcrt
lock.BACKEND = lock.WindowsLock(fake_msvcrt)
held = lock.DossierLock(__import__("pathlib").Path({dossier!r}))
held.acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_a_killed_holder_leaves_no_lock_behind(tmp_path: Path,
                                               windows_lock: WindowsLock) -> None:
    """As Task Manager's End task: no clean-up runs; the system drops the lock."""
    dossier = tmp_path / "shop.rgpd"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT),
                                                                   dossier=str(dossier))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert is_locked(dossier)
        with pytest.raises(DossierLocked):
            DossierLock(dossier).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    deadline = time.monotonic() + 5
    while is_locked(dossier) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lock_path_left(dossier)  # the file stays, as after a crash
    taken = DossierLock(dossier)
    taken.acquire()  # the next opener takes it
    taken.release()


def lock_path_left(dossier: Path) -> bool:
    return lock.lock_path(dossier).exists()


def test_the_backend_is_chosen_by_system_not_by_fcntl() -> None:
    assert lock.BACKEND.name == ("msvcrt" if sys.platform == "win32" else "flock")
    source = (ROOT / "assistant" / "store" / "lock.py").read_text(encoding="utf-8")
    assert "os.kill" not in source and "import signal" not in source
