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


# SQLite's primary result codes (https://sqlite.org/rescode.html); an error's
# ``sqlite_errorcode`` is the extended code, whose low byte is the primary one.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
FULL_BELOW = 1 << 20  # free bytes under which an I/O error is taken for a full disk

# What the user is told for each error of the environment: the disk, the file, another
# program. Every other code (no such column, a constraint, a misuse, an interrupt the code
# asked for…) is a bug of ours and goes to the crash dialog, as a bug should.
ENVIRONMENT: dict[int, type[DossierError]] = {
    SQLITE_FULL: DiskFull,
    SQLITE_READONLY: ReadOnlyLocation,
    SQLITE_PERM: ReadOnlyLocation,
    SQLITE_BUSY: Busy,
    SQLITE_LOCKED: Busy,
    SQLITE_NOTADB: NotSqlite,
    SQLITE_CORRUPT: CorruptDossier,
    SQLITE_IOERR: StorageError,
    SQLITE_CANTOPEN: StorageError,
}


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (``None`` for an error raised by Python's
    module itself, such as a wrong number of parameters: a bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def disk_full(path: Path | str, exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because the disk is full. SQLite says so itself only when the
    database file cannot grow (SQLITE_FULL); when its WAL or shared-memory file cannot, it
    reports an I/O error: then the free space of the folder decides."""
    code = primary_code(exc)
    if code == SQLITE_FULL:
        return True
    if code == SQLITE_IOERR:
        import shutil

        folder = Path(path).parent
        try:
            return shutil.disk_usage(folder).free < FULL_BELOW
        except OSError:
            return False
    return False


def environment_error(path: Path | str, exc: sqlite3.Error) -> DossierError | None:
    """Our error for an SQLite error the user can act on (sorted by its result code, never
    by its text), or ``None`` when it is a bug."""
    kind = ENVIRONMENT.get(primary_code(exc))  # type: ignore[arg-type]
    if kind is None:
        return None
    if disk_full(path, exc):
        return DiskFull(path)
    if kind in (CorruptDossier, StorageError):
        return kind(path, detail=str(exc))
    return kind(path)


def from_sqlite_error(path: Path | str, exc: sqlite3.Error) -> DossierError:
    """Our error for an SQLite error of the environment (see :data:`ENVIRONMENT`).

    Any other is a bug: ``exc`` itself is raised again, with its traceback, so that it
    reaches the crash dialog (or the command line's traceback) instead of being told to
    the user as a storage problem. Called as ``raise from_sqlite_error(path, exc) from
    exc`` inside the ``except`` block that caught ``exc``."""
    error = environment_error(path, exc)
    if error is None:
        raise exc
    return error
