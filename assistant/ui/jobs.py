"""Long jobs off the GUI thread, with a progress dialog and a cancel button.

A job is a generator of :class:`Progress` made by a factory that runs *in the worker thread*
(so any SQLite connection it opens belongs to that thread). The dialog only appears if the job
lasts more than ~600 ms; Cancel closes the generator, whose ``finally`` blocks clean up.
The result (the generator's return value) or the error is delivered on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from assistant.domain.findings import ValidationError
from assistant.domain.progress import Progress
from assistant.store.errors import DossierError

if TYPE_CHECKING:  # their Python types are made with the first job (after the first paint)
    from PySide6.QtWidgets import QProgressDialog

JobFactory = Callable[[], Generator[Progress, None, Any]]
SHOW_AFTER_MS = 600


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, factory: JobFactory, interrupt: Callable[[], None] | None) -> None:
        super().__init__()
        self._factory = factory
        self._interrupt = interrupt
        self._stop = threading.Event()

    def request_stop(self) -> None:
        self._stop.set()
        if self._interrupt is not None:
            self._interrupt()

    @Slot()
    def run(self) -> None:
        job = None
        try:
            job = self._factory()
            while True:
                if self._stop.is_set():
                    job.close()
                    self.cancelled.emit()
                    return
                try:
                    p = next(job)
                except StopIteration as stop:
                    self.finished.emit(stop.value)
                    return
                self.progressed.emit(p.done, p.total, p.stage)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            if job is not None:
                job.close()
            if self._stop.is_set() and self._interrupt is not None:
                self.cancelled.emit()  # the statement that was running was interrupted
                return
            self.failed.emit(exc)


class JobRunner(QObject):
    """Runs one job; ``done``, ``error`` or ``cancelled`` fires on the GUI thread.

    ``error`` carries environment and input errors (show them with
    :func:`assistant.ui.errors.show_error`); a bug also goes to the crash dialog first.
    """

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)

    def __init__(self, parent: QWidget | None, title: str, factory: JobFactory,
                 *, show_dialog: bool = True,
                 interrupt: Callable[[], None] | None = None) -> None:
        """``interrupt``, called from the GUI thread on Cancel, stops what the job is doing
        right now (e.g. ``sqlite3.Connection.interrupt`` of the job's connection); the
        error the job then raises counts as the cancellation."""
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QProgressDialog

        super().__init__(parent)
        self._title = title
        self._stage = ""
        self._thread = QThread()
        self._worker = _Worker(factory, interrupt)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._dialog: QProgressDialog | None = None
        if show_dialog:
            self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowTitle(title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(SHOW_AFTER_MS)
            # wide enough for the stage's words: the window does not jump as they change
            self._dialog.setMinimumWidth(self._dialog.fontMetrics().averageCharWidth() * 52)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)
        self.running = False

    def start(self) -> None:
        self.running = True
        if self._dialog is not None:
            self._dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.request_stop()

    def wait(self, ms: int = 30000) -> bool:
        return self._thread.wait(ms)

    def stop(self, ms: int = 60000) -> bool:
        """Cancel and wait for the worker thread to end, without the GUI loop's help (when the
        window closes). The job's ``finally`` blocks run; no signal is delivered after."""
        self._worker.request_stop()
        self._thread.quit()  # the thread's loop ends as soon as the job's loop returns
        ended = self._thread.wait(ms)
        self.running = not ended
        if self._dialog is not None:
            self._dialog.hide()
        return ended

    def _on_progress(self, done: int, total: int, stage: str) -> None:
        if self._dialog is not None:
            if stage != self._stage:
                self._stage = stage
                self._dialog.setLabelText(self._label(stage))
            self._dialog.setMaximum(max(total, 0))  # 0: busy, no measurable progress
            self._dialog.setValue(min(done, total) if total else 0)
        self.progress.emit(done, total, stage)

    def _label(self, stage: str) -> str:
        """The title, and under it what the job is doing, when the stage has a text."""
        from assistant.content.messages import messages
        from assistant.ui.i18n import current_lang

        text = messages(current_lang()).optional("stage", stage)
        return f"{self._title}\n{text}" if text else self._title

    def _finish(self) -> None:
        self.running = False
        self._thread.quit()
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_finished(self, value: object) -> None:
        self._finish()
        self.done.emit(value)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        assert isinstance(exc, BaseException)
        if isinstance(exc, DossierError | ValidationError):
            self.error.emit(exc)  # the environment's or the input's: the caller says so
        else:  # a bug: one crash dialog, never a silent failure
            sys.excepthook(type(exc), exc, exc.__traceback__)
            self.error.emit(exc)

    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()


class RunningJobs:
    """The jobs a window or page started and has not yet heard the end of. Its owner calls
    :meth:`stop_all` when it closes: a worker thread must not outlive the window (or Qt)."""

    def __init__(self) -> None:
        self._runners: list[JobRunner] = []

    def start(self, runner: JobRunner) -> None:
        self._runners.append(runner)

        def forget(*_args: object) -> None:
            if runner in self._runners:
                self._runners.remove(runner)

        runner.done.connect(forget)
        runner.error.connect(forget)
        runner.cancelled.connect(forget)
        runner.start()

    def stop_all(self) -> None:
        """Cancel every job and wait for its thread; their ``finally`` blocks run."""
        for runner in list(self._runners):
            runner.stop()
        self._runners.clear()

    def __len__(self) -> int:
        return len(self._runners)

    def __iter__(self) -> Iterator[JobRunner]:
        return iter(list(self._runners))
