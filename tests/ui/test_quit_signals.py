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


def test_a_windows_logout_closes_the_dossier(qtbot, window, demo_copy: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows sends no SIGTERM: it asks through WM_QUERYENDSESSION, which Qt turns into
    commitDataRequest, then ends the process. No question may wait for an answer."""
    from PySide6.QtCore import SIGNAL
    from PySide6.QtWidgets import QApplication, QMessageBox

    from assistant.ui.quit_signals import close_on_logout

    window.open_path(demo_copy)
    lock = Path(f"{demo_copy}.lock")
    assert window.session.is_open and lock.exists()
    app = QApplication.instance()
    signature = SIGNAL("commitDataRequest(QSessionManager&)")
    before = app.receivers(signature)
    asked: list[str] = []
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod((lambda n: lambda *a, **k: asked.append(n))(name)))
    try:
        handler = close_on_logout(window, app)
        assert app.receivers(signature) == before + 1  # Qt will call it at logout
        handler(object())  # what Qt does, with its QSessionManager
    finally:
        app.commitDataRequest.disconnect(handler)
    assert not window.session.is_open and not lock.exists()
    assert asked == []
