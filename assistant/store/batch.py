"""Doing one thing to many dossiers: continue past a bad file, name it and say why.

A batch is a job (a generator of :class:`Progress`) that runs one step per file and returns
one :class:`Outcome` per file, in order. Each outcome also goes to ``on_item`` as soon as it
is known, so the command line can print it while the progress bar runs and the window can
list it. An environment error of one file (missing, damaged, newer, not a dossier...) is that
file's outcome; so is a bug met on one file (logged with its traceback, shown as
"unexpected"), so that one odd dossier never stops a batch of forty. Cancelling (closing the
generator) stops between two files, or inside one whose step cleans up after itself.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.domain.findings import ValidationError
from assistant.domain.progress import Progress
from assistant.store.errors import DossierError, from_sqlite_error

if TYPE_CHECKING:
    from assistant.store.verify import VerifyReport

log = logging.getLogger(__name__)


class UnexpectedError(DossierError):
    """A bug met while working on one file of a batch (its traceback is in the log).
    params: ``detail``."""

    code = "unexpected"


@dataclass
class Outcome:
    path: Path
    error: BaseException | None = None  # a DossierError or a ValidationError
    output: Path | None = None  # the file written, if any
    report: VerifyReport | None = None  # for a verification
    # "written", "replaced", "unchanged", "differs" (another file is there: left as it was,
    # to replace on request), "sound", "unsound"
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and (self.report is None or self.report.sound)


Step = Callable[[Path], Generator[Progress, None, Outcome]]


def run_batch(paths: Sequence[Path], step: Step, stage: str, *,
              on_item: Callable[[Outcome], None] | None = None
              ) -> Generator[Progress, None, list[Outcome]]:
    """Run ``step`` on each path; the progress counts files (``stage`` names the work)."""
    outcomes: list[Outcome] = []
    total = len(paths)
    yield Progress(0, total, stage)
    for n, path in enumerate(paths):
        try:
            job = step(path)
            try:
                while True:
                    next(job)
                    yield Progress(n, total, stage)
            except StopIteration as stop:
                outcome = stop.value
            finally:
                job.close()
        except (DossierError, ValidationError) as exc:
            outcome = Outcome(path, error=exc)
        except sqlite3.DatabaseError as exc:
            outcome = Outcome(path, error=from_sqlite_error(path, exc))
        except Exception as exc:
            log.exception("batch %s: one dossier failed", stage)  # no path: names in the log
            outcome = Outcome(path, error=UnexpectedError(
                path, detail=f"{type(exc).__name__}: {exc}"))
        outcomes.append(outcome)
        if on_item is not None:
            on_item(outcome)
        yield Progress(n + 1, total, stage)
    return outcomes


def verify_all(paths: Sequence[Path], *,
               on_item: Callable[[Outcome], None] | None = None
               ) -> Generator[Progress, None, list[Outcome]]:
    """Verify each dossier (and remember each result, as a single verify does)."""
    from assistant.store.verify_log import verify_and_record

    def step(path: Path) -> Generator[Progress, None, Outcome]:
        report = yield from verify_and_record(path)
        return Outcome(path, report=report, note="sound" if report.sound else "unsound")

    return (yield from run_batch(paths, step, "verify", on_item=on_item))


def failed(outcomes: Sequence[Outcome]) -> list[Outcome]:
    return [o for o in outcomes if not o.ok]


__all__ = ["Outcome", "UnexpectedError", "failed", "run_batch", "verify_all"]
