"""Every keyboard shortcut the windows offer is in the help's table, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from assistant.paths import resources_dir
from assistant.ui.main_window import MainWindow
from assistant.ui.portfolio_window import PortfolioWindow
from assistant.ui.settings import Settings

# How the French page writes the keys Qt names in English.
FRENCH_KEYS = {"Shift": "Maj", "Del": "Suppr", "PgDown": "Page suiv.", "PgUp": "Page préc.",
               "Return": "Entrée", "Enter": "Entrée", "Space": "Espace"}


def offered(widget: object) -> set[str]:
    keys: set[QKeySequence] = set()
    for action in widget.findChildren(QAction):  # type: ignore[attr-defined]
        keys.update(s for s in action.shortcuts() if not s.isEmpty())
    for shortcut in widget.findChildren(QShortcut):  # type: ignore[attr-defined]
        keys.add(shortcut.key())
    texts = {k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys}
    # Enter and Return are one key to a user; the help names it Enter.
    return {"Enter" if t == "Return" else t for t in texts if t}


def in_french(key: str) -> str:
    return "+".join(FRENCH_KEYS.get(part, part) for part in key.split("+"))


def written(text: str, key: str) -> bool:
    return re.search(rf"(?<![\w+]){re.escape(key)}(?![\w+])", text) is not None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_shortcut_is_in_the_help(qtbot, english, demo_copy: Path,  # type: ignore[no-untyped-def]
                                       lang: str) -> None:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.open_path(demo_copy)
    main.ensure_menus()  # their entries come right after the first paint: this one never paints
    folder = PortfolioWindow(Settings())
    qtbot.addWidget(folder)
    try:
        keys = offered(main) | offered(folder)
    finally:
        main.session.close()
        folder.stop_jobs()
    assert {"Ctrl+P", "Ctrl+K", "Ctrl+L", "Ctrl+Shift+O", "Ctrl+Shift+P"} <= keys
    text = (resources_dir() / "help" / lang / "shortcuts.md").read_text(encoding="utf-8")
    missing = sorted(k for k in keys if not written(text, k if lang == "en" else in_french(k)))
    assert missing == [], f"help/{lang}/shortcuts.md lacks {missing}"
