"""Cancel, from the GUI thread, the statement a worker's dossier is running (sorting a
million search keys takes seconds: Cancel should not wait for it)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator

from assistant.store.dossier import Dossier


class Interrupter:
    """Holds the dossiers of a job while it runs; calling it interrupts what they run."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[sqlite3.Connection] = []

    @contextlib.contextmanager
    def watching(self, dossier: Dossier) -> Iterator[Dossier]:
        with self._lock:
            self._held.append(dossier.conn)
        try:
            yield dossier
        finally:
            with self._lock:
                self._held.remove(dossier.conn)

    def __call__(self) -> None:
        with self._lock:
            held = list(self._held)
        for conn in held:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: the
                conn.interrupt()  # job has ended
