"""Close the window properly when the system asks the app to stop (SIGTERM at logout or
shutdown, Ctrl+C in the terminal that started it, SIGHUP when that terminal closes), and at
a Windows logout or shutdown, which sends no signal: Windows asks each window program
(``WM_QUERYENDSESSION``, which Qt turns into ``commitDataRequest``) and then ends it
without a word once ``WM_ENDSESSION`` has gone round (:func:`close_on_logout`).

Without this, Python's default handling ends the process at once: every change is already
committed, but running jobs are cut, the lock file stays behind and the WAL is not folded
back into the dossier. Python runs signal handlers only between bytecodes, and the Qt event
loop waits in C, so a light timer wakes the interpreter a few times a second.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
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


def close_on_logout(window: QWidget, app: QApplication | None = None
                    ) -> Callable[[object], None]:
    """Close ``window`` when the session ends (Windows logout or shutdown, a desktop's
    session manager on Linux): running jobs stopped, the dossier closed, its lock removed
    and its journal folded back, the layout saved, as SIGTERM does on Linux. Nobody is asked
    anything: Windows gives a program a few seconds, and what was being typed is kept as a
    draft that the next start offers back. Returns the handler Qt calls."""
    app = app or QApplication.instance()  # type: ignore[assignment]

    def handler(_manager: object) -> None:  # the QSessionManager: nothing to ask of it
        log.info("the session ends: closing the window")
        window.setProperty("unattended", True)
        window.close()  # on the GUI thread, now: Windows may end us right after

    if app is not None:
        # Qt's documentation: connect directly, the manager is valid only during the call
        app.commitDataRequest.connect(handler, Qt.ConnectionType.DirectConnection)
    return handler


__all__ = ["close_on_logout", "quit_on_signals"]
