"""Atomic file output: write beside the target, fsync, then rename over it.

A cancelled or failed export therefore never leaves a partial file behind, and an existing
file is only replaced by a complete new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from assistant.exchange.errors import OutputFolderMissing
from assistant.store.errors import from_os_error


@contextlib.contextmanager
def atomic_path(target: Path | str, *, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputFolderMissing(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
        os.close(fd)
        os.chmod(name, mode)
    except OSError as exc:
        raise from_os_error(target, exc) from exc
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise from_os_error(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path | str, data: bytes, *, mode: int = 0o600) -> None:
    with atomic_path(target, mode=mode) as tmp:
        tmp.write_bytes(data)
