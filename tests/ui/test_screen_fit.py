"""Every page and every dialog on a 1024×600 netbook and a 1366×768 laptop, in French and
in English: it fits the screen, every button can be reached, no text is cut in the middle of
a word, and a page never scrolls inside a scrolling page.

One window per language is built and reused (and the demo dossier opened once): the cases
only resize it and open their dialog, so the whole set runs in seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from assistant.ui import screen_fit
from assistant.ui.main_window import MainWindow, page_specs
from tests.ui import dialog_samples
from tests.ui.dialog_samples import SampleContext
from tests.ui.layout_checks import (
    cut_texts,
    each_tab,
    nested_scrolling,
    overlapping,
    unreachable_buttons,
    usable,
    window_fits,
)

SCREENS = {"1024x600": QSize(1024, 600), "1366x768": QSize(1366, 768)}
PAGES = [spec.key for spec in page_specs()]
DIALOGS = sorted(dialog_samples.discovered())


def _screen(name: str) -> QSize:
    size = SCREENS[name]
    screen_fit.set_available_override(QRect(0, 0, size.width(), size.height()))
    return size


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_every_dialog_has_a_sample() -> None:
    missing = sorted(set(dialog_samples.discovered()) - set(dialog_samples.SAMPLES))
    assert missing == [], "add these to tests/ui/dialog_samples.py"


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("key", PAGES)
def test_page_fits(lang_window: MainWindow, screen: str, key: str) -> None:
    size = _screen(screen)
    room = usable(size)
    lang_window.resize(room)
    lang_window.show_page(key)
    _settle()
    problems = window_fits(lang_window, size)
    page = lang_window.pages[key]
    problems += unreachable_buttons(lang_window)
    problems += cut_texts(page) + cut_texts(lang_window.sidebar)
    problems += nested_scrolling(page) + overlapping(page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_fits(lang_window: MainWindow, screen: str, name: str,
                     tmp_path: Path) -> None:
    size = _screen(screen)
    dossier = lang_window.session.dossier
    assert dossier is not None
    ctx = SampleContext(dossier, tmp_path, lang_window)
    problems: list[str] = []
    for dialog in dialog_samples.build(name, ctx):
        dialog.show()
        _settle()
        found = window_fits(dialog, size)
        for _ in each_tab(dialog):
            _settle()
            found += unreachable_buttons(dialog) + cut_texts(dialog) + overlapping(dialog)
        problems += [f"{dialog.windowTitle()}: {p}" for p in dict.fromkeys(found)]
        dialog.hide()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_the_main_window_fits_a_netbook(lang_window: MainWindow) -> None:
    size = _screen("1024x600")
    lang_window.resize(1600, 1000)  # a geometry remembered from a larger monitor
    screen_fit.fit_to_screen(lang_window)
    _settle()
    assert window_fits(lang_window, size) == []


