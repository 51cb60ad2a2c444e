"""Renaming and removing files that another program holds for a moment.

On Windows a file that another program has open cannot be renamed over, nor removed:
antivirus software scans a file the instant it is closed, OneDrive uploads it, Explorer's
preview pane reads it, a search indexer opens it. ``os.replace`` and ``os.remove`` then fail
with ``PermissionError`` (Windows' "sharing violation", "access denied" on a file marked for
deletion) and succeed a moment later. So every atomic write, backup rotation and cleanup
goes through :func:`replace` and :func:`remove`, which try again for about two seconds, and
then say which file is held (:class:`FileHeld`) instead of calling it read-only.

On Linux nothing holds a file this way, and a ``PermissionError`` is a real lack of rights:
the first failure is the answer there (waiting would only delay the message). Tests select
the Windows behaviour with ``patient=True`` or by setting :data:`PATIENT`.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from assistant.store.errors import DossierError

log = logging.getLogger(__name__)
T = TypeVar("T")

# Delays between attempts, in seconds: about two seconds in all, most of them short (an
# antivirus scan of a small file takes tens of milliseconds).
DELAYS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8)
PATIENT = sys.platform == "win32"


class FileHeld(DossierError):
    """Another program keeps the file open, so it cannot be replaced or removed.
    params: ``path`` (the held file)."""

    code = "file_held"


def patiently(action: Callable[[], T], held: Path | str, *,
              patient: bool | None = None) -> T:
    """Run ``action``; while it fails with ``PermissionError``, wait a little and try again
    (:data:`DELAYS`); in the end raise :class:`FileHeld` naming ``held``. Without patience
    (Linux), the first ``PermissionError`` goes to the caller as it is."""
    if not (PATIENT if patient is None else patient):
        return action()
    for delay in DELAYS:
        try:
            return action()
        except PermissionError:
            time.sleep(delay)
    try:
        return action()
    except PermissionError as exc:
        log.warning("a file stays held by another program: %s", Path(held).name)
        raise FileHeld(held) from exc


def replace(source: Path | str, target: Path | str, *, patient: bool | None = None) -> None:
    """``os.replace(source, target)``, patient with a held ``target`` (or ``source``)."""
    patiently(lambda: os.replace(source, target), target, patient=patient)


def remove(path: Path | str, *, missing_ok: bool = True, patient: bool | None = None) -> None:
    """``os.remove(path)``, patient with a held file; a file already gone is fine."""

    def attempt() -> None:
        try:
            os.remove(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    patiently(attempt, path, patient=patient)


def discard(path: Path | str, *, patient: bool | None = None) -> bool:
    """Remove a file the app no longer needs (a temporary file after a failure, an old
    backup): patient, but never an error. Returns whether it is gone; a file that stays is
    logged, and the leftover sweep removes it later."""
    try:
        remove(path, patient=patient)
        return True
    except OSError:  # FileHeld is not an OSError; a real lack of rights is
        log.warning("could not remove %s", Path(path).name, exc_info=True)
        return False
    except FileHeld:
        return False


__all__ = ["DELAYS", "FileHeld", "discard", "patiently", "remove", "replace"]
