"""The progress window of a long job: what it is doing, and Cancel reaching a statement that
runs for seconds."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Generator

import pytest

from assistant.domain.progress import Progress
from assistant.ui.jobs import JobRunner

# A statement that runs until it is interrupted (a recursive count to a billion).
ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
           "WHERE i < 1000000000) SELECT count(*) FROM n")


def test_cancel_interrupts_a_long_statement(qtbot) -> None:  # type: ignore[no-untyped-def]
    connection: list[sqlite3.Connection] = []
    running = threading.Event()

    def job() -> Generator[Progress, None, int]:
        conn = sqlite3.connect(":memory:")
        conn.set_progress_handler(lambda: running.set() and 0, 10_000)  # says it is running
        connection.append(conn)
        try:
            yield Progress(0, 0, "index")
            return int(conn.execute(ENDLESS).fetchone()[0])
        finally:
            conn.close()

    runner = JobRunner(None, "test", job, show_dialog=False,
                       interrupt=lambda: [c.interrupt() for c in connection])
    failed: list[object] = []
    runner.error.connect(failed.append)
    runner.start()
    assert running.wait(5)  # inside the statement now
    started = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.cancel()
    assert time.monotonic() - started < 2 and not failed
    runner.wait()


def test_an_error_without_a_cancel_is_still_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.errors import DossierError

    def job() -> Generator[Progress, None, None]:
        yield Progress(0, 0, "write")
        raise DossierError("x.rgpd")

    runner = JobRunner(None, "test", job, show_dialog=False, interrupt=lambda: None)
    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.start()
    assert isinstance(blocker.args[0], DossierError)
    runner.wait()


@pytest.mark.parametrize("lang,expected", [("en", "Building the search index…"),
                                           ("fr", "Construction de l'index de recherche…")])
def test_the_dialog_says_what_the_job_is_doing(qtbot, monkeypatch, lang: str,  # type: ignore[no-untyped-def]
                                               expected: str) -> None:
    from assistant.ui import i18n

    monkeypatch.setattr(i18n, "current_lang", lambda: lang)
    proceed = threading.Event()

    def job() -> Generator[Progress, None, int]:
        yield Progress(0, 0, "index")
        proceed.wait(5)
        yield Progress(0, 0, "no_text_for_this_stage")
        return 1

    from PySide6.QtWidgets import QApplication, QProgressDialog

    runner = JobRunner(None, "Importing", job)
    runner.start()

    def shown() -> list[QProgressDialog]:  # what the user sees once the job takes time
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                and w.windowTitle() == "Importing" and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=5000)
    (dialog,) = shown()
    qtbot.waitUntil(lambda: dialog.labelText() == f"Importing\n{expected}", timeout=5000)
    assert dialog.maximum() == 0  # busy: no measurable progress in that stage
    with qtbot.waitSignal(runner.done, timeout=5000):
        proceed.set()
    runner.wait()
