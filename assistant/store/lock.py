"""One writer per dossier: a lock file beside it, held with an OS lock while open.

``Shop.rgpd.lock`` holds who opened the dossier (user, host, process, since when) so that a
refused user is told who and since when. The OS lock (``flock``/``msvcrt.locking``) dies with
its process, so a lock file left by a crash never blocks anyone: the next opener takes it.
Nothing depends on the pid written there (it is shown, never checked) nor on a signal.

What the file says is flushed to the disk by a thread of its own, not before opening goes on
(the window's start waited for that ``fsync``, longer on a busy disk). Its durability
decides nothing: after a power cut no process holds the OS lock, and whatever the file then
holds (our words, older ones of this computer, nothing, or a torn write that does not
parse) lets the next opener in. Only another computer's words make the opener ask, and a
power cut here never writes those. The flush is for the other computers of a network
share, whose refused opener reads the file to say who holds it: a share's client may keep
our write in its cache until the file is flushed, closed or unlocked.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.clock import now_text
from assistant.store.errors import DossierLocked, PossiblyLocked, from_os_error


class OsLock:
    """A lock the operating system holds for an open file and drops when the process ends,
    however it ends (a crash, Task Manager's "End task", a power cut): never a pid to
    check, nor a signal to catch. One per system, chosen at import (:data:`BACKEND`)."""

    name = ""

    def try_lock(self, fd: int) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def unlock(self, fd: int) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class FlockLock(OsLock):
    """``flock``: a whole-file lock of the open file description (Linux, macOS)."""

    name = "flock"

    def __init__(self) -> None:
        import fcntl

        self._fcntl = fcntl

    def try_lock(self, fd: int) -> bool:
        try:
            self._fcntl.flock(fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(self, fd: int) -> None:
        self._fcntl.flock(fd, self._fcntl.LOCK_UN)


class WindowsLock(OsLock):
    """``msvcrt.locking``: a byte-range lock of the file handle (``LockFile``), which
    Windows releases when the handle closes or the process ends.

    Windows locks are mandatory: a locked byte cannot even be read by others. The lock
    covers one byte far past the payload, so that whoever is refused can still read who
    holds the dossier and since when. ``msvcrt`` may be given (tests select this branch on
    any system with a stand-in that keeps Windows' rules)."""

    name = "msvcrt"
    OFFSET = 1 << 30

    def __init__(self, msvcrt: object | None = None) -> None:
        if msvcrt is None:  # pragma: no cover - Windows only
            import msvcrt as module

            msvcrt = module
        self._msvcrt = msvcrt

    def try_lock(self, fd: int) -> bool:
        try:
            os.lseek(fd, self.OFFSET, os.SEEK_SET)
            self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False

    def unlock(self, fd: int) -> None:
        try:
            os.lseek(fd, self.OFFSET, os.SEEK_SET)
            self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            pass


BACKEND: OsLock = WindowsLock() if sys.platform == "win32" else FlockLock()


def _try_lock(fd: int) -> bool:
    return BACKEND.try_lock(fd)


def _unlock(fd: int) -> None:
    BACKEND.unlock(fd)


def lock_path(dossier: Path) -> Path:
    """The lock file of the dossier, beside the file itself: a dossier reached through a
    symbolic link (or ``..``) has the same lock as through its own name."""
    try:
        real = dossier.resolve()
    except (OSError, RuntimeError):  # a loop of links: no file behind it to share
        real = dossier.absolute()
    return real.with_name(real.name + ".lock")


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}@{self.host} (pid {self.pid})"


def read_holder(dossier: Path) -> Holder | None:
    """Who the lock file says holds the dossier (it may be stale; see :func:`is_locked`)."""
    try:
        data = json.loads(lock_path(dossier).read_text(encoding="utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


# The lock files this process holds (see :func:`is_locked`).
_held_here: set[Path] = set()


class DossierLock:
    """Held for as long as a dossier is open for writing in this process."""

    def __init__(self, dossier: Path) -> None:
        self.dossier = dossier
        self.path = lock_path(dossier)
        self._fd: int | None = None
        self._flushing: threading.Thread | None = None

    def acquire(self, *, force: bool = False) -> None:
        """Take the lock, or raise :class:`DossierLocked` naming who holds it.

        A lock file left by another computer whose lock we cannot see (a crash there, or a
        cloud or network folder that carries the file but not the lock) raises
        :class:`PossiblyLocked` unless ``force``: the user decides whether it is stale.
        """
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise from_os_error(self.path, exc) from exc
            if not _try_lock_patiently(fd):
                os.close(fd)
                holder = read_holder(self.dossier)
                raise DossierLocked(
                    self.dossier,
                    holder=holder.describe() if holder else "?",
                    since=holder.since if holder else "?",
                )
            # The previous holder may have removed the file between our open and our lock:
            # then we locked a file nobody else will see. Start again on the new one.
            try:
                same = _same_file(fd, self.path)
            except OSError:
                same = False
            if same:
                break
            _unlock(fd)
            os.close(fd)
        else:
            raise DossierLocked(self.dossier, holder="?", since="?")
        previous = _payload(fd)
        if previous is not None and previous.host != _host() and not force:
            _unlock(fd)
            os.close(fd)
            raise PossiblyLocked(self.dossier, holder=previous.describe(), since=previous.since)
        info = {
            "user": _user(),
            "host": _host(),
            "pid": os.getpid(),
            "since": now_text(),
        }
        payload = json.dumps(info).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            if os.write(fd, payload) != len(payload):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:  # a full disk: no lock, and no empty lock file left behind
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                if self.path.stat().st_size == 0:
                    self.path.unlink()
            raise from_os_error(self.dossier, exc) from exc
        self._fd = fd
        _held_here.add(self.path)
        # on its way to the disk meanwhile (see the module's docstring); release waits for it
        self._flushing = threading.Thread(target=_flush, args=(fd,), name="lock-flush",
                                          daemon=True)
        self._flushing.start()

    def release(self) -> None:
        if self._fd is None:
            return
        if self._flushing is not None:  # never a flush of a descriptor closed or reused
            self._flushing.join()
            self._flushing = None
        fd, self._fd = self._fd, None
        _held_here.discard(self.path)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)
        with contextlib.suppress(OSError):
            self.path.unlink()

    @property
    def held(self) -> bool:
        return self._fd is not None


# A folder view asks "is this dossier open?" by taking the lock for an instant
# (:func:`is_locked`); an owner opening the dossier at that very instant must not be refused.
PATIENCE_S = 0.25


def _try_lock_patiently(fd: int) -> bool:
    """Take the lock, trying again for a short while if it is busy."""
    deadline = time.monotonic() + PATIENCE_S
    while True:
        if _try_lock(fd):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def _flush(fd: int) -> None:
    """The holder's words to the disk; a failure only leaves them in the system's cache
    (they decide nothing: see the module's docstring)."""
    with contextlib.suppress(OSError):
        os.fsync(fd)


def _payload(fd: int) -> Holder | None:
    """The holder a lock file names (a cleanly released one is empty)."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_file(fd: int, path: Path) -> bool:
    opened = os.fstat(fd)
    current = os.stat(path)
    return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "?"


def is_locked(dossier: Path) -> bool:
    """True if a live process holds the dossier's lock (used by folder views)."""
    path = lock_path(dossier)
    if path in _held_here:
        # ours: no need to test it, and where flock is emulated with record locks (NFS)
        # closing the test's descriptor would drop the lock we hold
        return True
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        try:  # a share we may only read: a shared-mode descriptor can still test the lock
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def _host() -> str:
    """This computer's name, as a lock file records its holder's."""
    from assistant.paths import host_name

    return host_name()
