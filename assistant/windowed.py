"""What a window program without a console needs, on Windows above all.

The frozen window app (``rgpd-assistant.exe``, built with ``console=False``) and
``pythonw.exe`` start with no console: ``sys.stdout`` and ``sys.stderr`` are ``None``, so a
``print`` (an argparse message, ``--version``, the crash handler's fallback) would raise
``AttributeError`` and end the program. :func:`ensure_streams` gives them a home in the log
folder. And a console program started from a window program opens a console window of its
own on Windows unless told not to: :data:`NO_CONSOLE` is the flag that says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TextIO

# CREATE_NO_WINDOW: the child gets no console window (Windows only; 0 elsewhere).
NO_CONSOLE: int = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
STREAMS_NAME = "console.txt"


def ensure_streams(folder: Path | None = None) -> Path | None:
    """Give ``sys.stdout`` and ``sys.stderr`` a file when the program has no console
    (``None``); returns that file, or ``None`` when both streams were there."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    if folder is None:
        from assistant.paths import log_dir

        folder = log_dir()
    path = folder / STREAMS_NAME
    try:
        stream: TextIO = open(path, "a", encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        import os

        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return path


__all__ = ["NO_CONSOLE", "ensure_streams"]
