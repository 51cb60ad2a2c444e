"""The one rule for every file a command or the window writes.

Nothing is written onto the dossier being read, onto a dossier open in this process or
held open by another, nor onto their working files (``-wal``, ``-shm``, ``-journal``,
``.lock``): a WAL that loses its database, or a database that loses its WAL, loses data.
Paths are compared as the system sees them (symbolic links resolved, and the same device
and inode for a file reached by another name), never as typed. A file that already exists
is refused unless the caller was asked to replace it (``--overwrite``, or the window after
asking); even then, a dossier is only ever replaced by a dossier.

Every output goes to a temporary file beside its target and is put in place at the end
(:func:`output_path`), so a failure or a kill never leaves half a file under the target's
name, and without ``overwrite`` a file that appeared meanwhile is not replaced either.

Use it so::

    from assistant.store.outputs import check_output, output_path

    check_output(target, overwrite=args.overwrite, reading=[dossier_path, source])  # early
    with output_path(target, overwrite=args.overwrite, reading=[...]) as tmp:
        write(tmp)                                                                  # then

Dossiers register themselves while open (:func:`opened`, done by the store), so a caller
need not list them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.store import filenames, held
from assistant.store.errors import (
    DossierError,
    NotAFile,
    OutputExists,
    OutputFolderMissing,
    from_os_error,
)

# The files SQLite and the app keep beside a dossier while it is open.
COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


class OutputIsDossier(DossierError):
    """The output would land on a dossier that is read or open, or on one of its working
    files. params: ``dossier``."""

    code = "output_is_dossier"


class OutputIsInput(DossierError):
    """The output would land on a file the command reads. params: ``source``."""

    code = "output_is_input"


class OutputWouldReplaceDossier(DossierError):
    """``overwrite`` was asked, but the file there is a dossier and the output is not one."""

    code = "output_replaces_dossier"


class WindowsNameRefused(DossierError):
    """Windows refuses the file name (a device name such as ``CON``, a character of
    ``< > : " / \\ | ? *``, a final dot or space, over 255 characters). params: ``name``;
    the code says which rule (:func:`assistant.store.filenames.name_problem`)."""

    code = "windows_name"

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(path, name=Path(path).name)
        self.code = f"windows_name_{problem}"


class PathTooLong(DossierError):
    """The whole path passes Windows' 260 characters and long paths are not enabled.
    params: ``length``, ``limit``."""

    code = "path_too_long"


@dataclass(frozen=True)
class _Open:
    path: Path  # resolved
    ident: tuple[int, int] | None  # (device, inode) when it was opened


_lock = threading.Lock()
_open: dict[int, _Open] = {}
_next_token = [0]


def opened(path: Path | str) -> int:
    """Record that this process holds the dossier ``path`` open; returns the token that
    :func:`closed` takes. The store calls it when it opens or creates a dossier."""
    path = Path(path)
    with _lock:
        _next_token[0] += 1
        token = _next_token[0]
        _open[token] = _Open(_resolved(path), _ident(path))
    return token


def closed(token: int) -> None:
    with _lock:
        _open.pop(token, None)


def open_dossiers() -> list[Path]:
    """The dossiers this process holds open (resolved paths)."""
    with _lock:
        return sorted({o.path for o in _open.values()})


def check_output(target: Path | str, *, overwrite: bool = False,
                 reading: Iterable[Path | str] = (), makes_dossier: bool = False) -> Path:
    """Refuse an output that breaks the rule of this module; returns ``target`` as a Path.

    ``reading``: the files the command reads (the dossier, an imported CSV or JSON); a
    dossier among them is protected with its working files. ``makes_dossier``: the output is
    a dossier (``backup``, ``new``, ``import json``), which alone may replace a dossier.
    Raises :class:`OutputIsDossier`, :class:`OutputIsInput`, :class:`OutputExists`,
    :class:`OutputWouldReplaceDossier`, :class:`OutputFolderMissing`, :class:`NotAFile`
    or, for a name the system refuses (too long), the storage error that says so.
    """
    target = Path(target)
    try:
        there = os.lstat(target)
    except FileNotFoundError:
        there = None
    except NotADirectoryError:
        raise OutputFolderMissing(target) from None
    except OSError as exc:  # a name too long for the file system, a folder we cannot read
        raise from_os_error(target, exc) from exc
    folder = target.parent
    if not folder.is_dir():
        raise OutputFolderMissing(target)
    check_windows_name(target)
    _check_not_protected(target, reading)
    if there is None:
        return target
    if target.is_dir():
        raise NotAFile(target)
    if not overwrite:
        raise OutputExists(target)
    if not makes_dossier and _is_dossier_file(target):
        raise OutputWouldReplaceDossier(target)
    return target


def check_windows_name(target: Path, *, on_windows: bool | None = None,
                       fstype: str | None = None, long_paths: bool | None = None) -> None:
    """Refuse, on Windows or on a disk formatted for it, a name Windows would refuse or
    change (:class:`WindowsNameRefused`) and a path past its 260 characters
    (:class:`PathTooLong`) when long paths are not enabled. Elsewhere any name goes."""
    if not filenames.windows_rules_apply(target.parent, on_windows=on_windows,
                                         fstype=fstype):
        return
    problem = filenames.name_problem(target.name)
    if problem is not None:
        raise WindowsNameRefused(target, problem)
    full = target.absolute()
    if filenames.path_too_long(full):
        allowed = filenames.long_paths_enabled() if long_paths is None else long_paths
        if not allowed:
            raise PathTooLong(target, length=filenames.utf16_len(str(full)),
                              limit=filenames.MAX_PATH_CHARS)


def _check_not_protected(target: Path, reading: Iterable[Path | str]) -> None:
    resolved = _resolved(target)
    target_ident = _ident(target)
    base, suffix = _strip_companion(resolved)
    with _lock:
        held = [o.path for o in _open.values()]
        held_idents = {o.ident for o in _open.values() if o.ident is not None}
    dossiers = list(held)
    for given in reading:
        source = Path(given)
        source_resolved = _resolved(source)
        if source_resolved == resolved or (target_ident is not None
                                           and _ident(source) == target_ident):
            if _is_dossier_file(source):
                raise OutputIsDossier(target, dossier=str(source))
            raise OutputIsInput(target, source=str(source))
        # its working files beside the file itself, and beside the name given (a link)
        dossiers += [source_resolved, _resolved(source.parent) / source.name]
    if target_ident is not None and target_ident in held_idents:
        raise OutputIsDossier(target, dossier=str(target))
    for dossier in dict.fromkeys(dossiers):
        candidates = [dossier, *(Path(f"{dossier}{s}") for s in COMPANIONS)]
        if resolved in candidates:
            raise OutputIsDossier(target, dossier=str(dossier))
        if target_ident is not None:
            for candidate in candidates:
                if _ident(candidate) == target_ident:
                    raise OutputIsDossier(target, dossier=str(dossier))
    # A dossier held open by another process (its lock is taken), or one of its files.
    from assistant.store.lock import is_locked

    for candidate in {resolved, base} if suffix else {resolved}:
        with contextlib.suppress(OSError):
            if is_locked(candidate):
                raise OutputIsDossier(target, dossier=str(candidate))


def _strip_companion(path: Path) -> tuple[Path, str]:
    for suffix in COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name[: -len(suffix)]), suffix
    return path, ""


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: compare it as written
        return path.absolute()


def _ident(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _is_dossier_file(path: Path) -> bool:
    from assistant.store.header import APPLICATION_ID, read_header

    try:
        header = read_header(path)
    except (OSError, ValueError, DossierError):
        return False
    return header is not None and header.application_id == APPLICATION_ID


# -- writing --------------------------------------------------------------------------------
TEMP_SUFFIX = ".part"


# Whether mode bits say who reads a file. On Windows os.chmod only sets or clears the
# read-only flag (a mode without the owner's write bit would make the file impossible to
# replace); who reads is the folder's access list (:mod:`assistant.store.exposure`).
MODE_BITS = os.name == "posix"


def _set_mode(name: str, mode: int) -> None:
    if MODE_BITS:
        os.chmod(name, mode)


def temporary_beside(target: Path, suffix: str = TEMP_SUFFIX, *, mode: int = 0o600) -> Path:
    """A new empty file beside ``target`` (``.NAME.pid-host.random.part``), owner-only by
    default; :func:`assistant.store.leftovers.sweep` removes those a killed process left
    (and is run here first, for this target's)."""
    from assistant.store.leftovers import owner_tag, sweep

    sweep(target.parent, name=target.name)
    tag = owner_tag()
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.{tag}.", suffix=suffix,
                                    dir=target.parent)
        os.close(fd)
        _set_mode(name, mode)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            # the temporary name is longer than the target's: try a short one
            try:
                fd, name = tempfile.mkstemp(prefix=f".rgpd.{tag}.", suffix=suffix,
                                            dir=target.parent)
                os.close(fd)
                _set_mode(name, mode)
            except OSError as again:
                raise from_os_error(target, again) from again
        else:
            raise from_os_error(target, exc) from exc
    return Path(name)


def install(tmp: Path, target: Path, *, overwrite: bool) -> None:
    """Put the finished ``tmp`` in place of ``target``: replaced when ``overwrite``, else
    only if no file appeared there meanwhile (a hard link where the file system allows it,
    so the check and the placing are one step)."""
    if overwrite:
        held.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputExists(target) from None
    except OSError:  # no hard links here (FAT, some shares): check, then rename
        if os.path.lexists(target):
            raise OutputExists(target) from None
        held.replace(tmp, target)
        return
    held.discard(tmp)


def fsync_file(path: Path) -> None:
    from assistant.store.sqlite_files import is_open

    if is_open(path):  # SQLite synced it, and a descriptor closed here drops its locks
        return
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def output_path(target: Path | str, *, overwrite: bool = False,
                reading: Iterable[Path | str] = (), mode: int = 0o600,
                makes_dossier: bool = False) -> Iterator[Path]:
    """:func:`check_output`, then yield a temporary path beside ``target``; when the block
    ends normally the file is synced and put in place (:func:`install`), the check made
    again first (a dossier may have been opened there meanwhile). On any error, and on a
    cancel, the temporary file is removed and ``target`` is as it was."""
    target = Path(target)
    reading = list(reading)
    check_output(target, overwrite=overwrite, reading=reading, makes_dossier=makes_dossier)
    tmp = temporary_beside(target, mode=mode)
    try:
        yield tmp
        fsync_file(tmp)
        check_output(target, overwrite=overwrite, reading=reading,
                     makes_dossier=makes_dossier)
        install(tmp, target, overwrite=overwrite)
        fsync_folder(target.parent)
    except OSError as exc:
        held.discard(tmp)
        raise from_os_error(_culprit(exc, target, tmp), exc) from exc
    except BaseException:
        held.discard(tmp)
        raise


def _culprit(exc: OSError, target: Path, tmp: Path) -> Path:
    """The file an error of the writing block is about: the target unless the system names
    another file (the dossier read, a font, a template). Calling the target read-only for a
    file the user never chose sends them looking in the wrong place."""
    named = [Path(os.fsdecode(f)) for f in (exc.filename, exc.filename2)
             if isinstance(f, (str, bytes, os.PathLike))]
    if not named:
        return target
    ours = {_resolved(target), _resolved(tmp), _resolved(target.parent)}
    for path in named:
        if _resolved(path) in ours:
            return target
    return named[0]


def place_dossier(tmp: Path, target: Path, *, overwrite: bool,
                  reading: Iterable[Path | str] = ()) -> None:
    """Put a finished, closed dossier file ``tmp`` in place of ``target``.

    Replacing a dossier takes its lock for the moment of the swap (refused if someone holds
    it) and removes its old ``-wal``/``-shm`` first: SQLite would otherwise read the old
    dossier's journal into the new file."""
    from assistant.store.lock import DossierLock

    check_output(target, overwrite=overwrite, reading=reading, makes_dossier=True)
    fsync_file(tmp)
    if not overwrite or not os.path.lexists(target):
        install(tmp, target, overwrite=False)
        fsync_folder(target.parent)
        return
    lock = DossierLock(target)
    lock.acquire()
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            held.remove(Path(f"{target}{suffix}"))
        held.replace(tmp, target)
        fsync_folder(target.parent)
    finally:
        lock.release()


def write_output(target: Path | str, data: bytes, *, overwrite: bool = False,
                 reading: Iterable[Path | str] = (), mode: int = 0o600) -> Path:
    """:func:`output_path` for bytes already in memory."""
    target = Path(target)
    with output_path(target, overwrite=overwrite, reading=reading, mode=mode) as tmp:
        tmp.write_bytes(data)
    return target


__all__ = [
    "COMPANIONS",
    "OutputIsDossier",
    "OutputIsInput",
    "OutputWouldReplaceDossier",
    "PathTooLong",
    "WindowsNameRefused",
    "check_output",
    "check_windows_name",
    "closed",
    "install",
    "open_dossiers",
    "opened",
    "output_path",
    "place_dossier",
    "temporary_beside",
    "write_output",
]
