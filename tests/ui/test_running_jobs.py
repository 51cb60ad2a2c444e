"""Closing the window stops the jobs its pages started: no worker thread outlives it."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from pathlib import Path

from assistant.domain.progress import Progress
from assistant.ui.jobs import JobRunner, RunningJobs


def endless(started: threading.Event, ended: threading.Event
            ) -> Generator[Progress, None, None]:
    started.set()
    try:
        while True:
            time.sleep(0.01)
            yield Progress(0, 0, "waiting")
    finally:
        ended.set()


def test_stop_all_cancels_and_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = RunningJobs()
    started, ended = threading.Event(), threading.Event()
    runner = JobRunner(None, "test", lambda: endless(started, ended), show_dialog=False)
    jobs.start(runner)
    assert started.wait(5) and len(jobs) == 1
    jobs.stop_all()
    assert ended.is_set() and not runner.running and len(jobs) == 0


def test_a_finished_job_is_forgotten(qtbot) -> None:  # type: ignore[no-untyped-def]
    def quick() -> Generator[Progress, None, int]:
        yield Progress(1, 1, "done")
        return 7

    jobs = RunningJobs()
    runner = JobRunner(None, "test", quick, show_dialog=False)
    with qtbot.waitSignal(runner.done, timeout=5000):
        jobs.start(runner)
    assert len(jobs) == 0


def test_closing_the_window_stops_a_page_job(qtbot, window, demo_copy: Path  # type: ignore[no-untyped-def]
                                             ) -> None:
    window.open_path(demo_copy)
    started, ended = threading.Event(), threading.Event()
    for key in ("consents", "documents"):
        started.clear()
        ended.clear()
        page = window.pages[key]
        runner = JobRunner(page, "test", lambda: endless(started, ended), show_dialog=False)
        if key == "consents":
            page.run_job(runner)
        else:
            page.runner = runner
            runner.start()
        assert started.wait(5)
        window.stop_jobs()
        assert ended.is_set() and not runner.running, key
