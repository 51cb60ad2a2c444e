"""A rotating log in the platformdirs log folder. Only what the app does and what failed is
logged (codes, exceptions, file names): never the content of a dossier.

The window opens the log with a plain handler at once (a crash at the start is logged) and
hands it to the rotating one (:mod:`assistant.logrotation`) once it has painted:
:func:`setup_logging` with ``rotate=False``, then :func:`start_rotation`."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.paths import log_dir, owner_only

LOG_NAME = "assistant.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return log_dir() / LOG_NAME


class OwnerOnlyFileHandler(logging.FileHandler):
    """The log, appended to and readable by its owner only (it names the user's files)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        owner_only(Path(self.baseFilename))
        return stream


def _ours(handler: logging.Handler) -> logging.Handler:
    handler._rgpd_assistant = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def _rotating(path: Path | str) -> logging.Handler:
    from assistant.logrotation import PatientRotatingFileHandler

    return _ours(PatientRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                            encoding="utf-8"))


def setup_logging(level: int = logging.INFO, *, rotate: bool = True) -> Path:
    """Log to the log file from now on; ``rotate=False``: without rotation until
    :func:`start_rotation` (the window, which starts faster without it)."""
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rgpd_assistant", False):
            root.removeHandler(handler)
            handler.close()
    root.addHandler(_rotating(path) if rotate
                    else _ours(OwnerOnlyFileHandler(path, encoding="utf-8")))
    root.setLevel(level)
    return path


def start_rotation() -> None:
    """The plain handler :func:`setup_logging` gave the log, replaced by the rotating one:
    the next line rotates a log grown past its size. The new handler is in place before the
    old one goes, so that no line is lost."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, OwnerOnlyFileHandler):
            root.addHandler(_rotating(handler.baseFilename))
            root.removeHandler(handler)
            handler.close()
