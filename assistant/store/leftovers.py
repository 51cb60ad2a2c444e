"""Temporary files the app writes beside a target, and removing those a killed process left.

A dossier being built (``import json``, ``new``, the demo), a backup being copied and an
export being written each go to a hidden file beside their final name, renamed into place
at the end. A process killed mid-way leaves it behind, with personal data in it (a killed
``import json`` of a million people left 313 MB). Their names say who wrote them::

    .Shop.rgpd.4242-1f3a.k3j9x2_q.building     (+ -wal, -shm, -journal, .lock)
    .copy.rgpd.4242-1f3a.8dh2k1lz.tmp          (+ -journal)
    .export.csv.4242-1f3a.a9s8d7f6.part

``4242`` is the writing process, ``1f3a`` a short mark of its computer: :func:`sweep`
removes a file whose process is no longer running on this computer. A file from another
computer (a shared folder) is removed once a day old; so is one named before marks existed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import time
from pathlib import Path

from assistant.paths import host_name

KINDS = ("building", "tmp", "part")
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
OTHER_HOST_AGE_S = 24 * 3600

_PATTERN = re.compile(
    r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)-(?P<host>[0-9a-f]{4})\.)?[A-Za-z0-9_]{8}"
    r"\.(?P<kind>building|tmp|part)(?P<companion>-wal|-shm|-journal|\.lock)?$")


def host_mark() -> str:
    return hashlib.sha256(host_name().encode("utf-8", "replace")).hexdigest()[:4]


def owner_tag() -> str:
    """``pid-host``: what a temporary name carries so that a sweep can tell it is dead."""
    return f"{os.getpid()}-{host_mark()}"


def is_leftover_name(name: str) -> bool:
    return _PATTERN.match(name) is not None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # LIMITED_QUERY
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OSError:
        return True
    return True


def is_dead_leftover(path: Path, *, now: float | None = None) -> bool:
    """Whether ``path`` is a temporary file of ours whose writer is gone."""
    match = _PATTERN.match(path.name)
    if match is None:
        return False
    pid, host = match.group("pid"), match.group("host")
    if pid is not None and host == host_mark():
        return not _alive(int(pid))
    try:
        age = (now if now is not None else time.time()) - path.lstat().st_mtime
    except OSError:
        return False
    return age > OTHER_HOST_AGE_S


def sweep(folder: Path, *, name: str | None = None) -> list[Path]:
    """Remove the dead leftovers in ``folder`` (only those for the file ``name`` when
    given); returns what was removed. Never raises: a file it cannot remove stays."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    prefix = f".{name}." if name is not None else "."
    for entry in entries:
        if not entry.name.startswith(prefix) or not is_leftover_name(entry.name):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                continue
        except OSError:
            continue
        if is_dead_leftover(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def sweep_state() -> list[Path]:
    """Sweep the app's own folders (dossiers' default folder, backups, drafts): run when
    the window starts."""
    from assistant.paths import backups_dir, data_dir

    removed: list[Path] = []
    folders = [data_dir(), backups_dir(), data_dir() / "drafts"]
    for top in folders[1:]:
        with contextlib.suppress(OSError):
            folders += [p for p in top.iterdir() if p.is_dir() and not p.is_symlink()]
    for folder in folders:
        removed += sweep(folder)
    return removed


__all__ = ["is_dead_leftover", "is_leftover_name", "owner_tag", "sweep", "sweep_state"]
