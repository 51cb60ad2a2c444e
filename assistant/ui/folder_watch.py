"""Noticing that a folder's dossiers changed, so that the folder view follows without F5.

A ``QFileSystemWatcher`` watches the folder (a file added, removed or renamed; a lock file
taken or released) and each dossier file. Events come in bursts (a save touches the file, its
``-wal`` and ``-shm``), so they are gathered for a moment, then each dossier's *signature* is
compared with the last one seen: its size and time, its ``-wal``'s when it holds changes, and
whether a lock file is there. Only the dossiers whose signature changed are read again; a new
or vanished file means listing the folder again. Reading a dossier creates and removes its
empty ``-wal`` and ``-shm``: those leave the signature alone, so reading never triggers
reading.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

Signature = tuple[float, int, float, int, bool]

DELAY_MS = 600


def signature(path: Path) -> Signature:
    """What changes when a dossier changes or is opened or closed somewhere."""
    mtime, size, wal_mtime, wal_size = 0.0, -1, 0.0, 0
    with contextlib.suppress(OSError):
        info = path.stat()
        mtime, size = info.st_mtime, info.st_size
    with contextlib.suppress(OSError):
        wal = Path(f"{path}-wal").stat()
        if wal.st_size > 0:  # an empty WAL holds no change
            wal_mtime, wal_size = wal.st_mtime, wal.st_size
    return mtime, size, wal_mtime, wal_size, Path(f"{path}.lock").exists()


class FolderWatch(QObject):
    """Emits ``changed(paths)`` for dossiers that changed and ``relist()`` when files came
    or went."""

    changed = Signal(object)  # list[Path]
    relist = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._check)
        self._folders: list[Path] = []
        self._seen: dict[Path, Signature] = {}
        self.enabled = True

    def watch(self, folders: Iterable[Path], paths: Iterable[Path]) -> None:
        """Watch these folders and dossiers (replacing what was watched)."""
        old = self._watcher.directories() + self._watcher.files()
        if old:
            self._watcher.removePaths(old)
        self._folders = [f for f in folders if f.is_dir()]
        self._seen = {p: signature(p) for p in paths}
        targets = [str(f) for f in self._folders] + [str(p) for p in self._seen if p.exists()]
        if targets:
            self._watcher.addPaths(targets)

    def stop(self) -> None:
        self._timer.stop()
        self.watch([], [])

    def _poke(self, _path: str) -> None:
        if self.enabled:
            self._timer.start()

    def _listing(self) -> set[Path]:
        from assistant.store.portfolio import SUFFIX

        found: set[Path] = set()
        for folder in self._folders:
            with contextlib.suppress(OSError):
                found |= {p for p in folder.iterdir() if p.name.lower().endswith(SUFFIX)
                          and not p.name.startswith(".")}
        return found

    def _check(self) -> None:
        if self._folders and self._listing() != {p for p in self._seen if p.parent in
                                                 self._folders}:
            self.relist.emit()
            return
        moved = []
        for path, before in self._seen.items():
            now = signature(path)
            if now != before:
                self._seen[path] = now
                moved.append(path)
                if path.exists() and str(path) not in self._watcher.files():
                    self._watcher.addPath(str(path))  # a rewritten file is a new inode
        if moved:
            self.changed.emit(moved)


__all__ = ["FolderWatch", "signature"]
