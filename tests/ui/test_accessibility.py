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


_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"|GlobalColor\.(?!transparent)|"
                      r"palette\(placeholder-text\)")


def test_no_colour_is_set_outside_the_tones() -> None:
    """A colour written in a widget does not follow the theme: every colour goes through
    :mod:`assistant.ui.colours` (the theme's palette is in :mod:`assistant.ui.theme`)."""
    root = Path(__file__).resolve().parents[2] / "assistant" / "ui"
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name in ("colours.py", "theme.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _LITERAL.search(line.split("  #")[0]):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert found == []


def test_the_dark_theme_repaints_what_was_built_in_the_light_one(qapp, lang_window: MainWindow,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    """Labels with their own style (the next thing to do, the score, the step buttons) take
    the dark palette's text colour when the user switches."""
    from assistant.ui import theme
    from assistant.ui.theme import apply_theme

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    monkeypatch.setattr(lang_window.settings, "set_value", lambda *_a: None)
    apply_theme(qapp, "light")
    try:
        lang_window.set_theme("dark")
        problems = []
        for key in ("overview", "step1", "consents"):
            lang_window.show_page(key)
            _settle()
            page = lang_window.pages[key]
            image = page.grab().toImage()
            for widget in page.findChildren(QWidget):
                if not widget.isVisibleTo(page) or not widget.styleSheet():
                    continue
                fg = widget.palette().color(widget.foregroundRole())
                bg = widget.palette().color(widget.backgroundRole())
                if colours.contrast(fg, bg) < colours.TEXT_CONTRAST:
                    problems.append(f"{key}: {type(widget).__name__} {fg.name()} on "
                                    f"{bg.name()}")
            assert not image.isNull()
        assert not problems, "\n".join(problems)
    finally:  # as the other tests expect it: Qt's own style, no style sheet, no ring
        qapp.setStyleSheet("")
        qapp.setStyle(QStyleFactory.create(style))
        qapp.setPalette(palette)
        if theme._ring is not None:
            qapp.focusChanged.disconnect(theme._ring._moved)
            theme._ring = None


def test_the_sidebar_headings_and_the_focus_ring_can_be_seen(qapp, qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFocusFrame, QPushButton

    from assistant.ui import theme

    style, palette = qapp.style().name(), QPalette(qapp.palette())
    monkeypatch.setattr(window.settings, "set_value", lambda *_a: None)
    try:
        for name in ("light", "dark"):
            window.set_theme(name)
            base = qapp.palette().color(QPalette.ColorRole.Base)
            headings = [window.sidebar.item(r) for r in range(window.sidebar.count())
                        if not window.sidebar.item(r).flags() & Qt.ItemFlag.ItemIsEnabled]
            assert len(headings) == 2
            for item in headings:
                assert colours.contrast(item.foreground().color(), base) >= 4.5, name
        window.show()
        button = window.start.new_button
        assert isinstance(button, QPushButton)
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.start.open_button.setFocus()
        button.setFocus()
        qapp.processEvents()
        ring = window.findChildren(QFocusFrame)
        assert ring and ring[0].widget() is button  # a 2-pixel ring around it
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(QStyleFactory.create(style))
        qapp.setPalette(palette)
        if theme._ring is not None:
            qapp.focusChanged.disconnect(theme._ring._moved)
            theme._ring = None
