"""Opening a dossier other accounts could read makes it owner-only, and the window says so."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX rights")


def test_the_window_says_it_closed_the_file_to_others(window: MainWindow,  # type: ignore[no-untyped-def]
                                                      demo_copy: Path) -> None:
    demo_copy.chmod(0o644)
    assert window.open_path(demo_copy)
    assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o600
    assert "now readable by you only" in window.statusBar().currentMessage()
