"""The log's rotation (1 MB, three old files kept), loaded once the window has painted:
``logging.handlers`` brings sockets, pickling and queues with it, which the window's first
paint need not wait for. Until then :mod:`assistant.logsetup` writes to the same file with a
plain handler, so that a crash at the start is logged all the same."""

from __future__ import annotations

import logging.handlers
import os
from pathlib import Path

from assistant.paths import owner_only


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
