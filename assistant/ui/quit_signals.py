"""Close the window properly when the system asks the app to stop (SIGTERM at logout or
shutdown, Ctrl+C in the terminal that started it, SIGHUP when that terminal closes).

Without this, Python's default handling ends the process at once: every change is already
committed, but running jobs are cut, the lock file stays behind and the WAL is not folded
back into the dossier. Python runs signal handlers only between bytecodes, and the Qt event
loop waits in C, so a light timer wakes the interpreter a few times a second.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)
WAKE_MS = 300


def quit_on_signals(window: QWidget, quit_app: Callable[[], None] | None = None
                    ) -> Callable[[], None]:
    """Install the handlers; returns a function that puts the previous ones back."""
    names = ["SIGTERM", "SIGINT", "SIGHUP"]
    signals = [getattr(signal, n) for n in names if hasattr(signal, n)]
    previous = {s: signal.getsignal(s) for s in signals}
    wake = QTimer(window)
    wake.setInterval(WAKE_MS)
    wake.timeout.connect(lambda: None)
    wake.start()
    finish = quit_app if quit_app is not None else QApplication.quit

    def close() -> None:
        window.setProperty("unattended", True)  # nobody is there to answer a question
        window.close()  # as a user would: jobs stopped, dossier closed, layout saved
        finish()

    def handler(number: int, _frame: object) -> None:
        log.info("signal %s received: closing the window", signal.Signals(number).name)
        QTimer.singleShot(0, close)

    for s in signals:
        signal.signal(s, handler)

    def restore() -> None:
        wake.stop()
        for s, h in previous.items():
            signal.signal(s, h)

    return restore


__all__ = ["quit_on_signals"]
