from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.ui.i18n import install_translations


@pytest.fixture(autouse=True)
def a_program_opens_every_file(request, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Whether this machine has a PDF reader is not the tests' business: the windows offer
    to open what they write as on a desktop that has one (test_open_file checks the other
    case)."""
    if request.module.__name__.rsplit(".", 1)[-1] != "test_open_file":
        from assistant.ui import actions

        monkeypatch.setattr(actions, "can_open", lambda _path: True)


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


@pytest.fixture(scope="module", params=["fr", "en"])
def lang_window(request, qapp, demo_file: Path,  # type: ignore[no-untyped-def]
                tmp_path_factory: pytest.TempPathFactory):
    """One window per language and test module, on a copy of the demo dossier: the tests
    that open every page and dialog reuse it rather than building one each."""
    from assistant import paths
    from assistant.ui import screen_fit
    from assistant.ui.main_window import MainWindow
    from assistant.ui.settings import Settings

    paths.set_data_dir(tmp_path_factory.mktemp("fit-state"))
    install_translations(request.param)
    screen_fit.install(qapp)
    copy = tmp_path_factory.mktemp("fit") / "demo.rgpd"
    copy.write_bytes(demo_file.read_bytes())
    window = MainWindow(Settings())
    window.show()
    assert window.open_path(copy)
    window.statusBar().clearMessage()
    yield window
    window.setProperty("unattended", True)
    window.close()
    window.deleteLater()
    screen_fit.set_available_override(None)
    install_translations("en")


