"""A SIGTERM (logout, shutdown) closes the window as a user would: the dossier is closed and
its lock file removed."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from assistant.ui.quit_signals import quit_on_signals


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM to send on Windows")
def test_sigterm_closes_the_dossier(qtbot, window, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(demo_copy)
    lock = Path(f"{demo_copy}.lock")
    assert window.session.is_open and lock.exists()
    quitted: list[bool] = []
    restore = quit_on_signals(window, quit_app=lambda: quitted.append(True))
    ours = signal.getsignal(signal.SIGTERM)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quitted), timeout=5000)
    finally:
        restore()
    assert not window.session.is_open and not lock.exists()
    assert signal.getsignal(signal.SIGTERM) is not ours  # the previous handler is back
