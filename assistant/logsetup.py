"""A rotating log in the platformdirs log folder. Only what the app does and what failed is
logged (codes, exceptions, file names): never the content of a dossier."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from assistant.paths import log_dir, owner_only

LOG_NAME = "assistant.log"


def log_path() -> Path:
    return log_dir() / LOG_NAME


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """The log names the files the user works on: readable by them only, each new file
    of the rotation too."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        owner_only(Path(self.baseFilename))
        return stream


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rgpd_assistant", False):
            root.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler._rgpd_assistant = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
