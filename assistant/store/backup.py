"""Consistent copies of a dossier through SQLite's online backup API (never a file copy of a
live database: a copy taken mid-write, or without the WAL, can be corrupt or stale)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.clock import utc_now
from assistant.domain.progress import Progress
from assistant.paths import backups_dir
from assistant.store import held
from assistant.store.errors import (
    CorruptDossier,
    DossierError,
    NotSqlite,
    ReadOnlyLocation,
    from_os_error,
    from_sqlite_error,
)
from assistant.store.filenames import safe_stem
from assistant.store.outputs import check_output, place_dossier, temporary_beside

PAGES_PER_STEP = 256


BACKUP_SUFFIX = ".tmp"  # a copy being written beside its final name


def backup_to(
    source: sqlite3.Connection,
    target: Path,
    *,
    source_path: Path | str = "",
    progress: Callable[[int, int], None] | None = None,
    overwrite: bool = False,
) -> Path:
    """Copy the open database ``source`` to ``target`` atomically (temp file + rename).

    The copy is written beside ``target`` with owner-only permissions, checked with
    ``quick_check`` and only then put in place, so a failure leaves no partial file. An
    existing ``target`` is replaced only when ``overwrite``, never while it is open, and
    never when it is the source (:mod:`assistant.store.outputs`).
    """
    target = Path(target)
    reading = [source_path] if source_path else []
    check_output(target, overwrite=overwrite, reading=reading, makes_dossier=True)
    tmp = temporary_beside(target, BACKUP_SUFFIX)
    try:
        with closing(sqlite3.connect(tmp)) as dest:

            def _progress(status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            source.backup(dest, pages=PAGES_PER_STEP, progress=_progress)
            # A backup copies the source's journal mode header bytes; keep the copy as a
            # plain rollback-journal file so it is self-contained until opened by the app.
            dest.execute("PRAGMA journal_mode=DELETE")
            result = dest.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DossierError(target, detail=result)
        place_dossier(tmp, target, overwrite=overwrite, reading=reading)
    except sqlite3.Error as exc:
        _remove_with_journal(tmp)
        raise _blame(exc, target, source_path) from exc
    except OSError as exc:
        _remove_with_journal(tmp)
        raise from_os_error(target, exc) from exc
    except BaseException:
        _remove_with_journal(tmp)
        raise
    return target


def _blame(exc: sqlite3.Error, target: Path, source_path: Path | str) -> DossierError:
    """The error of a copy, naming the file at fault: SQLite's "read-only" or "not a
    database" while the copy's folder can be written comes from the dossier read, not from
    the copy (a target called read-only in a folder the user writes to sends them looking
    in the wrong place)."""
    error = from_sqlite_error(target, exc)
    if source_path and isinstance(error, (ReadOnlyLocation, NotSqlite, CorruptDossier)) \
            and os.access(target.parent, os.W_OK):
        return from_sqlite_error(source_path, exc)
    return error


def _remove_with_journal(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        held.discard(Path(f"{tmp}{suffix}"))


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: str  # canonical UTC text, from the name
    reason: str
    source: str = ""  # the name (stem) of the file it was taken from

    def from_other_file(self, dossier: Path) -> bool:
        """Taken from another file than ``dossier``: a copy of it shares its id (and so its
        backups) until the two are told apart."""
        return bool(self.source) and self.source not in (dossier.stem,
                                                          backup_stem(dossier.stem))


def backup_stem(dossier_stem: str) -> str:
    """The dossier's part of a backup's name: safe on Windows and short enough that the
    backup's path (``%LOCALAPPDATA%\\rgpd-assistant\\backups\\<id>\\...``) stays within
    Windows' 260 characters."""
    return safe_stem(dossier_stem, fallback="dossier", max_len=80)


def backup_folder(dossier_uuid: str) -> Path:
    from assistant.paths import private_dir

    return private_dir(backups_dir() / dossier_uuid)


def automatic_backup(source: sqlite3.Connection, dossier_path: Path, dossier_uuid: str,
                     reason: str, keep: int = 10) -> Path:
    """A backup in the app's backups folder, named by time and reason; keeps the last ``keep``."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_folder(dossier_uuid)
    target = folder / f"{backup_stem(dossier_path.stem)}_{stamp}_{reason}.rgpd"
    backup_to(source, target, source_path=dossier_path)
    prune(folder, keep)
    return target


def list_backups(dossier_uuid: str) -> list[BackupFile]:
    """Backups of a dossier, newest first."""
    folder = backups_dir() / dossier_uuid
    found = []
    for path in folder.glob("*.rgpd") if folder.is_dir() else ():
        parts = path.stem.rsplit("_", 2)
        if len(parts) != 3:
            continue
        source, stamp, reason = parts
        try:
            taken = (f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:"
                     f"{stamp[13:15]}.{stamp[15:21]}Z")
        except IndexError:
            continue
        found.append(BackupFile(path, taken, reason, source))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(folder: Path, keep: int) -> None:
    """Keep the newest ``keep`` backups. One that another program holds (an antivirus
    scanning it, a sync client) is waited for a moment, then left for the next rotation.
    Copies a killed backup left half written (``.NAME.pid-host.random.tmp``) go too."""
    from assistant.store.leftovers import sweep

    sweep(folder)
    files = sorted(folder.glob("*.rgpd"), key=lambda p: p.name.rsplit("_", 2)[-2:-1])
    for old in files[: max(0, len(files) - keep)]:
        held.discard(old)



def backup_job(source: Path, target: Path, *,
               overwrite: bool = False) -> Generator[Progress, None, Path]:
    """The GUI's form of a backup: runs on a worker with its own connection. SQLite's backup
    runs as one call, so progress is indefinite until it ends."""
    from assistant.store.dossier import open_worker_connection

    yield Progress(0, 0, "backup")
    conn = open_worker_connection(source)
    try:
        backup_to(conn, target, source_path=source, overwrite=overwrite)
    finally:
        conn.close()
    yield Progress(1, 1, "backup")
    return target


DAILY_SECONDS = 24 * 3600


def daily_backup_due(dossier_uuid: str, now: float | None = None) -> bool:
    """True when the newest backup of the dossier is more than a day old (or there is none)."""
    import time
    from datetime import datetime

    found = list_backups(dossier_uuid)
    if not found:
        return True
    newest = datetime.fromisoformat(found[0].taken_at.replace("Z", "+00:00")).timestamp()
    return (now if now is not None else time.time()) - newest >= DAILY_SECONDS


def daily_backup_job(source: Path, dossier_uuid: str,
                     keep: int = 10) -> Generator[Progress, None, Path | None]:
    """Back the dossier up if its last backup is a day old; returns the new file or None."""
    from assistant.store.dossier import open_worker_connection

    yield Progress(0, 1, "backup")
    if not daily_backup_due(dossier_uuid):
        return None
    conn = open_worker_connection(source)
    try:
        made = automatic_backup(conn, source, dossier_uuid, "daily", keep=keep)
    finally:
        conn.close()
    yield Progress(1, 1, "backup")
    return made


def restore_from(backup: Path, target: Path) -> None:
    """Replace the (closed) dossier ``target`` by a consistent copy of ``backup``."""
    from assistant.store.dossier import check_file, open_worker_connection

    check_file(backup)
    conn = open_worker_connection(backup, read_only=True)
    try:
        backup_to(conn, target, source_path=backup, overwrite=True)
    finally:
        conn.close()


def all_backups() -> list[BackupFile]:
    """Every automatic backup of every dossier, newest first (a dossier that is gone, or
    too damaged to say its id, is found by name)."""
    root = backups_dir()
    found: list[BackupFile] = []
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if folder.is_dir():
            found += list_backups(folder.name)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_of_file(path: Path, dossier_uuid: str = "") -> list[BackupFile]:
    """The backups of the dossier ``path``, newest first: those of its id when it could be
    read; otherwise (a file too damaged to say its id, or none of that id) those taken
    from a file of its name."""
    if dossier_uuid:
        found = list_backups(dossier_uuid)
        if found:
            return found
    names = {path.stem, backup_stem(path.stem)}
    return [b for b in all_backups() if b.source in names]


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, said before it replaces anything."""

    organisation: str
    processing: int
    people: int
    events: int


def backup_contents(backup: Path) -> BackupContents | None:
    """What ``backup`` holds; ``None`` if it cannot be read (it is then no use either)."""
    from assistant.store.dossier import open_dossier

    try:
        with open_dossier(backup, read_only=True, lock=False) as dossier:
            conn = dossier.conn
            row = conn.execute("SELECT trade_name, legal_name FROM organisation").fetchone()
            name = (row[0] or row[1]) if row else ""
            processing = conn.execute(
                "SELECT count(*) FROM processing WHERE status != 'archived'").fetchone()[0]
            people = conn.execute("SELECT count(*) FROM subject").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    except (DossierError, sqlite3.Error):
        return None
    return BackupContents(str(name), int(processing), int(people), int(events))


def set_aside(path: Path, label: str) -> Path:
    """Move the dossier ``path`` (with its ``-wal``, ``-shm`` and ``-journal``, which belong
    to it) to a free name beside it, ``NAME.<label>.rgpd`` (then ``-2``, ``-3``…): a file
    about to be replaced by a backup is kept, never deleted. Returns the new name."""
    n = 1
    while True:
        aside = path.with_name(f"{path.stem}.{label}{'' if n == 1 else f'-{n}'}{path.suffix}")
        if not any(os.path.lexists(f"{aside}{s}") for s in ("", "-wal", "-shm", "-journal")):
            break
        n += 1
    try:
        os.rename(path, aside)
        for suffix in ("-wal", "-shm", "-journal"):
            if os.path.lexists(f"{path}{suffix}"):
                os.rename(f"{path}{suffix}", f"{aside}{suffix}")
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    return aside
