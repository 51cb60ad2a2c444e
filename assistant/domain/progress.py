"""Progress of a long job. Long jobs are generators that yield these; the GUI runs them on a
worker with a progress bar and a cancel button, the CLI with a text bar. Stopping the
iteration (closing the generator) cancels the job, which cleans up in its ``finally``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when unknown
    stage: str = ""  # a short code of what is being done ("read", "check", "write")

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0
