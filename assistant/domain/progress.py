"""Progress of a long job. Long jobs are generators that yield these; the GUI runs them on a
worker with a progress bar and a cancel button, the CLI with a text bar. Stopping the
iteration (closing the generator) cancels the job, which cleans up in its ``finally``."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when unknown
    stage: str = ""  # a short code of what is being done ("read", "check", "write")

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


R = TypeVar("R")


def drive(job: Generator[Progress, None, R],
          show: Callable[[Progress], None] | None = None) -> R:
    """Run a job to its end, passing each progress to ``show``; returns what the job returns.

    The job is closed however this ends, so an exception or Ctrl+C runs its ``finally``
    blocks, which remove any partial output. The window runs the same generators on a worker
    thread (``ui/jobs.py``); the command line shows a text bar; tests pass nothing.
    """
    try:
        while True:
            try:
                progress = next(job)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if show is not None:
                show(progress)
    finally:
        job.close()
