"""A rotating log in the platformdirs log folder. Only what the app does and what failed is
logged (codes, exceptions, file names): never the content of a dossier."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from assistant.paths import log_dir, owner_only

LOG_NAME = "assistant.log"


def log_path() -> Path:
    return log_dir() / LOG_NAME


class PatientRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotation that survives a log another program holds: on Windows the window app and
    a command line run at the same time share the log, and an antivirus or a search
    indexer may have it open, so renaming it fails. The rename waits a moment
    (:mod:`assistant.store.held`); if the file stays held, logging goes on in the same file
    and the rotation waits for the next start, instead of losing every later line."""

    def _open(self):  # type: ignore[no-untyped-def]
        # the log names the files the user works on: readable by them only, each new
        # file of the rotation too
        stream = super()._open()
        owner_only(Path(self.baseFilename))
        return stream

    def rotate(self, source: str, dest: str) -> None:
        from assistant.store import held

        if os.path.exists(source):
            held.replace(source, dest)

    def doRollover(self) -> None:
        from assistant.store.held import FileHeld

        try:
            super().doRollover()
        except (OSError, FileHeld):
            self.maxBytes = 0  # no more attempts in this run
            if self.stream is None:
                self.stream = self._open()


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rgpd_assistant", False):
            root.removeHandler(handler)
            handler.close()
    handler = PatientRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                         encoding="utf-8")
    handler._rgpd_assistant = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
