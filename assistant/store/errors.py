"""Environment errors of the store: the things a user can act on, each with a message code.

The text of each message is in ``resources/content/<lang>/messages.toml`` under ``[errors]``
(placeholders are the exception's ``params``), so the CLI and the GUI say the same thing.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class DossierError(Exception):
    """Something about a dossier file that the user must be told, in words, with the path."""

    code = "storage_error"

    def __init__(self, path: Path | str, **params: object) -> None:
        self.path = Path(path)
        self.params: dict[str, object] = {"path": str(path), **params}
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(f"{self.code}: {path}" + (f" ({detail})" if detail else ""))


class DossierNotFound(DossierError):
    code = "not_found"


class NotAFile(DossierError):
    code = "not_a_file"


class AlreadyExists(DossierError):
    code = "already_exists"


class NotSqlite(DossierError):
    code = "not_sqlite"


class NotOurFile(DossierError):
    code = "not_our_file"


class NewerVersion(DossierError):
    """params: ``version`` (the file's), ``supported`` (ours)."""

    code = "newer_version"


class CorruptDossier(DossierError):
    """params: ``detail`` (first lines of quick_check)."""

    code = "corrupt"


class DossierLocked(DossierError):
    """Another running instance holds the dossier. params: ``holder``, ``since``."""

    code = "locked"


class PossiblyLocked(DossierError):
    """Another computer's lock file is there but its lock cannot be seen from here: it may
    hold the dossier, or it stopped without closing it. params: ``holder``, ``since``."""

    code = "maybe_locked"


class ReadOnlyLocation(DossierError):
    code = "read_only"


class DiskFull(DossierError):
    code = "disk_full"


class Busy(DossierError):
    code = "busy"


class StorageError(DossierError):
    """params: ``detail``."""

    code = "storage_error"


class InUse(DossierError):
    """A record cannot be deleted because others refer to it. params: ``detail``."""

    code = "in_use"


class OutputExists(DossierError):
    """An output file (export, new dossier) is already there: never overwritten silently."""

    code = "output_exists"


class OutputFolderMissing(DossierError):
    code = "output_dir_missing"


class NameTooLong(DossierError):
    """The file system refuses a name this long."""

    code = "name_too_long"


class NeedsUpgrade(DossierError):
    """An older dossier too large to be upgraded in memory for reading: it must be opened
    once for writing. params: ``version``, ``current``."""

    code = "needs_upgrade"


class MigrationFailed(DossierError):
    """params: ``version``, ``detail``, ``backup``."""

    code = "migration_failed"


def from_os_error(path: Path | str, exc: OSError) -> DossierError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(path)
    if exc.errno == errno.ENAMETOOLONG:
        return NameTooLong(path)
    if exc.errno == errno.ENOENT:
        return DossierNotFound(path)
    if exc.errno == errno.EEXIST:
        return AlreadyExists(path)
    return StorageError(path, detail=exc.strerror or str(exc))


SQLITE_IOERR, SQLITE_FULL = 10, 13
FULL_BELOW = 1 << 20  # free bytes under which an I/O error is taken for a full disk


def disk_full(path: Path | str, exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because the disk is full. SQLite says so itself only when the
    database file cannot grow (SQLITE_FULL); when its WAL or shared-memory file cannot, it
    reports an I/O error: then the free space of the folder decides."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == SQLITE_FULL:
        return True
    if (code is not None and code & 0xFF == SQLITE_IOERR) or "disk i/o error" in str(exc):
        import shutil

        folder = Path(path).parent
        try:
            return shutil.disk_usage(folder).free < FULL_BELOW
        except OSError:
            return False
    return False


def from_sqlite_error(path: Path | str, exc: sqlite3.Error) -> DossierError:
    """Map SQLite's environment errors to ours; anything else is a bug and is re-raised."""
    text = str(exc).lower()
    if disk_full(path, exc) or "database or disk is full" in text:
        return DiskFull(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLocation(path)
    if "database is locked" in text or "database table is locked" in text:
        return Busy(path)
    if "file is not a database" in text:
        return NotSqlite(path)
    if "malformed" in text or "corrupt" in text:
        return CorruptDossier(path, detail=str(exc))
    if "unable to open" in text:
        return StorageError(path, detail=str(exc))
    return StorageError(path, detail=str(exc))
