"""Light and dark: what the theme paints reads on its background, a switch repaints what
was built before it, and the keyboard's focus shows."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFocusFrame, QStyleFactory

from assistant.ui import colours, theme
from assistant.ui.main_window import MainWindow
from assistant.ui.theme import dark_palette


@pytest.fixture
def restore_style(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The other tests expect Qt's own style, no style sheet and no focus ring."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyleSheet("")
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    theme.remove_focus_ring(qapp)


def test_the_sidebar_headings_read_in_both_palettes(qapp, window: MainWindow,  # type: ignore[no-untyped-def]
                                                    restore_style) -> None:
    light = QStyleFactory.create("Fusion").standardPalette()
    for palette in (light, dark_palette()):
        qapp.setPalette(palette)
        window.paint_headings()
        headings = [window.sidebar.item(r) for r in range(window.sidebar.count())
                    if not window.sidebar.item(r).flags() & Qt.ItemFlag.ItemIsEnabled]
        assert len(headings) == 2
        base = palette.color(QPalette.ColorRole.Base)
        for item in headings:  # not the disabled grey (1.9:1)
            assert colours.contrast(item.foreground().color(), base) >= 4.5


def test_the_focus_ring_follows_the_keyboard(qapp, window: MainWindow,  # type: ignore[no-untyped-def]
                                             restore_style) -> None:
    theme.install_focus_ring(qapp)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.start.open_button.setFocus()
    window.start.new_button.setFocus()
    qapp.processEvents()
    ring = window.findChildren(QFocusFrame)
    assert ring and ring[0].widget() is window.start.new_button


def test_the_focus_ring_is_whole_around_a_control_in_a_tight_row(  # type: ignore[no-untyped-def]
        qapp, qtbot, restore_style) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

    # the application keeps Qt's own style: the ring's frame has the ring's style itself
    qapp.setStyle(QStyleFactory.create("Fusion"))
    theme.install_focus_ring(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    row = QWidget(window)  # a row exactly as tall as its radio buttons, like the till's
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    yes, no = QRadioButton("Oui", row), QRadioButton("Non", row)
    line.addWidget(yes)
    line.addWidget(no)
    outer.addWidget(row)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    no.setFocus()
    yes.setFocus()
    qapp.processEvents()
    (frame,) = window.findChildren(QFocusFrame)
    assert frame.widget() is yes
    holder = frame.parentWidget()
    assert holder is not row  # not clipped by the row
    assert holder.rect().contains(frame.geometry())
    assert frame.geometry().contains(QRect(yes.mapTo(holder, yes.rect().topLeft()),
                                           yes.size()))


# In a fresh process: the application-wide style sheet repolishes every widget alive, and in
# the full suite that is every widget the earlier tests left behind (a minute instead of 3 s).
_SWITCH = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from assistant import paths
from assistant.ui import colours
from assistant.ui.theme import apply_theme

paths.set_data_dir(Path(sys.argv[1]))
app = QApplication([])
apply_theme(app, "light")
from assistant.ui.main_window import MainWindow
from assistant.ui.settings import Settings

window = MainWindow(Settings())
window.show()
app.processEvents()
window.settings.set_value = lambda *_a: None
window.set_theme("dark")
app.processEvents()
for widget in window.findChildren(QWidget):  # every page, built before the switch
    if not widget.styleSheet():
        continue
    fg = widget.palette().color(widget.foregroundRole())
    bg = widget.palette().color(widget.backgroundRole())
    if colours.contrast(fg, bg) < colours.TEXT_CONTRAST:
        print(f"{type(widget).__name__} {fg.name()} on {bg.name()}")
window.session.close()
"""


def test_a_switch_to_dark_repaints_labels_built_in_light(tmp_path: Path) -> None:
    """The next thing to do, the score, the step buttons: labels with a style of their own
    take the dark palette's text colour (they were black on #2b2d31, 1.5:1)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _SWITCH, str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert not result.stdout, result.stdout


_FROM_SYSTEM = """
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from assistant.ui import colours
from assistant.ui.theme import apply_theme, base_style

app = QApplication([])
system = app.style().name()
window = app.palette().color(QPalette.ColorRole.Window).name()
apply_theme(app, "system")  # the start: the system's style, the tones' sheet on it
print(base_style() == system, base_style())  # the focus ring's frame takes its name
label = QLabel("due soon")
colours.set_tone(label, "warning")  # before its first polish
label.show()
app.processEvents()
shown = label.palette().color(label.foregroundRole()).name()
print(shown == colours.tone("warning").name(), shown)
apply_theme(app, "dark")
print(base_style() == "fusion", base_style())
apply_theme(app, "system")  # back to the system's own style and palette
print(base_style() == system, base_style(), system)
print(app.palette().color(QPalette.ColorRole.Window).name() == window)
"""


def test_the_system_theme_knows_the_system_s_style_and_a_switch_finds_it_again() -> None:
    """The start keeps the style the system gave, and knows its name (which the tones' style
    sheet hides once set); a tone set before a label's first polish shows once it is shown;
    a switch to dark and back finds the system's style again."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _FROM_SYSTEM], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5 and all(line.startswith("True") for line in lines), lines
