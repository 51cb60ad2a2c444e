"""Keyboard and screen reader, on every page and every dialog (found by walking the package,
see :mod:`tests.ui.dialog_samples`), in French and English: every control has a name (a
combo box a visible label), Tab goes round and comes back in screen order, Alt+letter never
reaches two things, the shortcuts of a page work wherever the focus is, and every colour
the app paints reads against its background in the light and the dark palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from assistant.ui import colours
from assistant.ui.main_window import MainWindow, page_specs
from assistant.ui.theme import dark_palette, readable_placeholder
from tests.ui import dialog_samples
from tests.ui.a11y_checks import (
    clashing_mnemonics,
    first_focusable,
    out_of_screen_order,
    tab_round,
    unnamed_controls,
)
from tests.ui.dialog_samples import SampleContext
from tests.ui.layout_checks import each_tab

PAGES = [spec.key for spec in page_specs()]
DIALOGS = sorted(dialog_samples.discovered())


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _dialogs(window: MainWindow, name: str, folder: Path) -> list[QWidget]:
    dossier = window.session.dossier
    assert dossier is not None
    return dialog_samples.build(name, SampleContext(dossier, folder, window))


@pytest.mark.parametrize("key", PAGES)
def test_page_controls_have_names_and_tab_goes_round(lang_window: MainWindow,
                                                     key: str) -> None:
    from assistant.ui import screen_fit

    screen_fit.set_available_override(None)
    lang_window.resize(1350, 720)  # a laptop: the toolbars show all their buttons
    lang_window.show_page(key)
    page = lang_window.pages[key]
    _settle()
    problems = unnamed_controls(page) + clashing_mnemonics(lang_window, page)
    start = first_focusable(page)
    assert start is not None
    met, back = tab_round(start)
    if not back:
        problems.append(f"Tab is trapped after {[type(w).__name__ for w in met[-5:]]}")
    problems += out_of_screen_order(met, page)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_controls_have_names_and_tab_goes_round(lang_window: MainWindow, name: str,
                                                       tmp_path: Path) -> None:
    problems: list[str] = []
    for dialog in _dialogs(lang_window, name, tmp_path):
        dialog.show()
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog, 1000)
        _settle()
        for _ in each_tab(dialog):
            _settle()
            found = unnamed_controls(dialog) + clashing_mnemonics(dialog, dialog)
            start = first_focusable(dialog)
            if start is not None:
                met, back = tab_round(start)
                if not back:
                    found.append("Tab is trapped after "
                                 f"{[type(w).__name__ for w in met[-5:]]}")
                found += out_of_screen_order(met, dialog)
            problems += [f"{dialog.windowTitle()}: {p}" for p in found]
        dialog.hide()
        dialog.deleteLater()
    assert not problems, "\n".join(dict.fromkeys(problems))


# -- colours --------------------------------------------------------------------------------
def _palettes() -> dict[str, QPalette]:
    light = QStyleFactory.create("Fusion").standardPalette()
    return {"light": readable_placeholder(light), "dark": readable_placeholder(dark_palette())}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_tone_reads_on_every_background(qapp, theme: str) -> None:  # type: ignore[no-untyped-def]
    palette = _palettes()[theme]
    problems = []
    for name in colours.TONES:
        wanted = colours.FOCUS_CONTRAST if name == "focus" else colours.TEXT_CONTRAST
        for bg in colours.backgrounds(palette):
            ratio = colours.contrast(colours.tone(name, palette), bg)
            if ratio < wanted:
                problems.append(f"{name} on {bg.name()}: {ratio:.2f}")
    for role in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Text):
        ratio = colours.contrast(palette.color(role), palette.color(QPalette.ColorRole.Base))
        if ratio < colours.TEXT_CONTRAST:
            problems.append(f"{role.name}: {ratio:.2f}")
    assert not problems, "\n".join(problems)


# the palette's mid, dark and light greys are for lines and frames: as text they fall
# under 4.5:1 (the till's key hints vanished in the dark theme)
_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"|GlobalColor\.(?!transparent)|"
                      r"palette\((placeholder-text|mid|midlight|dark|light|shadow)\)")


def test_no_colour_is_set_outside_the_tones() -> None:
    """A colour written in a widget does not follow the theme: every colour goes through
    :mod:`assistant.ui.colours` (the theme's palette is in :mod:`assistant.ui.theme`)."""
    root = Path(__file__).resolve().parents[2] / "assistant" / "ui"
    found = []
    for path in sorted(root.rglob("*.py")):
        # the signature pad is paper and ink (white, black), whatever the theme
        if path.name in ("colours.py", "theme.py", "signature_pad.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _LITERAL.search(line.split("  #")[0]):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
