from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.ui.i18n import install_translations


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_translations("en")
    yield


@pytest.fixture
def window(qtbot, english, tmp_path: Path):  # type: ignore[no-untyped-def]
    from assistant.ui.main_window import MainWindow
    from assistant.ui.settings import Settings

    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.session.close()
