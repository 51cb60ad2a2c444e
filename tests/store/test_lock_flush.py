"""The lock file's words are flushed to the disk beside the opening, not before it goes on:
what a power cut leaves in the file never keeps anyone out, and the words still reach the
disk (a network share's other computers read them) before the lock is let go."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from assistant.store import lock as lock_module
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.lock import DossierLock, lock_path, read_holder


@pytest.mark.parametrize("left", [b"", b'{"user": "me", "host": "', b"\0" * 64],
                         ids=["empty", "torn", "zeros"])
def test_what_a_power_cut_leaves_in_the_lock_file_lets_the_next_opener_in(
        tmp_path: Path, left: bytes) -> None:
    """Words that never reached the disk: an empty file, a torn write, a block of zeros."""
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    lock_path(path).write_bytes(left)
    with open_dossier(path) as dossier:
        assert not dossier.read_only
        holder = read_holder(path)
        assert holder is not None and holder.pid == os.getpid()
        assert holder.host == socket.gethostname()
    assert not lock_path(path).exists()


def test_the_words_reach_the_disk_before_the_lock_is_let_go(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The flush runs beside the opening (the opener does not wait for it), and letting the
    lock go waits for it: never a flush of a descriptor closed, or reused by another file."""
    path = tmp_path / "shop.rgpd"
    path.write_bytes(b"")
    flushing = threading.Event()
    may_end = threading.Event()
    flushed: list[tuple[int, bytes]] = []
    real_fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        flushing.set()
        assert may_end.wait(10)
        flushed.append((fd, os.pread(fd, 4096, 0)))
        real_fsync(fd)

    monkeypatch.setattr(lock_module.os, "fsync", slow_fsync)
    lock = DossierLock(path)
    lock.acquire()  # returns while the flush still waits
    assert lock.held and flushing.wait(10) and not flushed
    releasing = threading.Thread(target=lock.release)
    releasing.start()
    time.sleep(0.05)
    assert releasing.is_alive() and lock_path(path).exists()  # waits for the flush
    may_end.set()
    releasing.join(10)
    assert not releasing.is_alive() and not lock_path(path).exists()
    assert len(flushed) == 1 and json.loads(flushed[0][1])["pid"] == os.getpid()


def test_a_failed_flush_keeps_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The words decide nothing after a power cut: a flush the disk refuses is no reason to
    refuse the user the dossier."""
    def refused(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(lock_module.os, "fsync", refused)
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    with open_dossier(path) as dossier:
        assert not dossier.read_only
        assert read_holder(path) is not None
    assert not lock_path(path).exists()
