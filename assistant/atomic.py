"""Atomic file output: write beside the target, fsync, then rename over it.

A cancelled or failed write therefore never leaves a partial file behind, and an existing
file is only replaced by a complete new one. This form replaces the target without asking:
it is for the app's own state files (settings beside it, drafts, logs). What a user asked
for goes through :func:`assistant.store.outputs.output_path`, which refuses an existing
file unless told to replace it and never writes onto a dossier.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from assistant.store import held
from assistant.store.errors import OutputFolderMissing, from_os_error
from assistant.store.outputs import fsync_file, temporary_beside


@contextlib.contextmanager
def atomic_path(target: Path | str, *, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputFolderMissing(target)
    tmp = temporary_beside(target, mode=mode)
    try:
        yield tmp
        fsync_file(tmp)
        held.replace(tmp, target)  # an antivirus or a sync client may hold either for a moment
    except OSError as exc:
        held.discard(tmp)
        raise from_os_error(target, exc) from exc
    except BaseException:
        held.discard(tmp)
        raise


def write_bytes_atomic(target: Path | str, data: bytes, *, mode: int = 0o600) -> None:
    with atomic_path(target, mode=mode) as tmp:
        tmp.write_bytes(data)
