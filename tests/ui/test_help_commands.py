"""The help (and the window's own hints) name only what a user has: the menu entries and
page buttons it sends them to ("File › Verify the dossier", "Consents › Export ›
Withdrawals…") exist under those words in that language, and its command lines are the
installed command's (``rgpd-assistant-cli``, not a developer's ``python -m``), with
subcommands and options the command line accepts."""

from __future__ import annotations

import argparse
import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QToolButton, QWidget

from assistant.paths import resources_dir

LANGS = ["en", "fr"]
ARROW = " › "
# Programs whose menus the messages name, to send a user through them.
OTHER_PROGRAMS = ("Excel", "LibreOffice", "Mailchimp", "Brevo", "Shopify", "WooCommerce",
                  "Add contacts")


def _help_text(lang: str) -> dict[str, str]:
    folder = resources_dir() / "help" / lang
    return {p.name: p.read_text(encoding="utf-8").replace("**", "").replace("`", "")
            for p in sorted(folder.glob("*.md"))}


def _plain(text: str) -> str:
    """A menu entry or button as the help writes it: no mnemonic, no trailing dots."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip().casefold()


# -- command lines --------------------------------------------------------------------------

def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subcommands only there
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _command_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()
            if re.search(r"(^|\s)(python3? -m assistant|rgpd-assistant-cli)\b", line)]


@pytest.mark.parametrize("lang", LANGS)
def test_help_command_lines_are_the_installed_commands_and_parse(lang: str) -> None:
    from assistant.cli import build_parser

    problems = []
    for name, text in _help_text(lang).items():
        for line in _command_lines(text):
            start = line.index("rgpd-assistant-cli") if "rgpd-assistant-cli" in line else -1
            if start < 0:
                problems.append(f"{name}: {line!r} is not the installed command")
                continue
            words = line[start:].split()[1:]
            parser = build_parser()
            path = []
            while words and words[0] in _subcommands(parser):
                path.append(words[0])
                parser = _subcommands(parser)[words.pop(0)]
            if not path or _subcommands(parser):
                problems.append(f"{name}: {line!r} names no complete command")
                continue
            for word in words:
                for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", word):
                    if option not in parser._option_string_actions:
                        problems.append(f"{name}: {' '.join(path)} has no {option}")
    assert problems == [], "\n".join(problems)


# -- menu paths -----------------------------------------------------------------------------

def _menu_tree(menu: QMenu, tree: dict[str, set[str]]) -> None:
    children = tree.setdefault(_plain(menu.title()), set())
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        children.add(_plain(action.text()))
        if action.menu() is not None:
            _menu_tree(action.menu(), tree)


def _widget_names(widget: QWidget, tree: dict[str, set[str]], name: str) -> None:
    """What a page offers by name: its buttons, its commands, the menus of its buttons."""
    children = tree.setdefault(name, set())
    for action in widget.findChildren(QAction):
        if action.text():
            children.add(_plain(action.text()))
            if action.menu() is not None:
                _menu_tree(action.menu(), tree)
                children.add(_plain(action.menu().title() or action.text()))
    for button in widget.findChildren(QAbstractButton):
        if button.text():
            children.add(_plain(button.text()))
        if isinstance(button, QToolButton) and button.menu() is not None:
            sub = tree.setdefault(_plain(button.text()), set())
            sub.update(_plain(a.text()) for a in button.menu().actions() if a.text())


@pytest.fixture(params=LANGS)
def named_tree(request, qtbot, demo_copy: Path):  # type: ignore[no-untyped-def]
    from assistant.ui.i18n import install_translations
    from assistant.ui.main_window import MainWindow, page_specs
    from assistant.ui.settings import Settings

    install_translations(request.param)
    window = MainWindow(Settings())
    window.show()
    try:
        assert window.open_path(demo_copy)
        tree: dict[str, set[str]] = {}
        for action in window.menuBar().actions():
            if action.menu() is not None:
                _menu_tree(action.menu(), tree)
        for spec in page_specs():
            page = window.pages[spec.key]
            _widget_names(page, tree, _plain(spec.title))
            title = _plain(spec.title.split(". ", 1)[-1])  # "2. Map…" is also "Map…"
            tree.setdefault(title, set()).update(tree[_plain(spec.title)])
        yield request.param, tree
    finally:
        window.setProperty("unattended", True)
        window.close()
        window.deleteLater()
        install_translations("en")


def _root(tree: dict[str, set[str]], text: str) -> str | None:
    """The menu, page or button whose name ``text`` ends with (the longest)."""
    text = text.casefold().rstrip()
    names = [n for n in tree if n and text.endswith(n)
             and not text[len(text) - len(n) - 1:len(text) - len(n)].isalnum()]
    return max(names, key=len) if names else None


def _path_problems(tree: dict[str, set[str]], flat: str) -> list[str]:
    """What the "A › B › C" paths of one paragraph name that does not exist. A path starts
    at one of the window's menus, pages or buttons; an entry runs on into the sentence: it
    is the longest entry the text after the arrow starts with, and what follows it is the
    text before the next arrow."""
    pieces = flat.split(ARROW)
    problems = []
    node = _root(tree, pieces[0])
    chained = False  # the text before this arrow is an entry of the path so far
    for before, piece in itertools.pairwise(pieces):
        if node is None or (not chained and any(o in before[-40:] for o in OTHER_PROGRAMS)):
            # not one of ours: another program's menu (Excel's File › Save as)
            node, chained = _root(tree, piece), False
            continue
        text = piece.casefold().replace("\u00a0", " ")
        found = [c for c in tree.get(node, ()) if node is not None and text.startswith(c)
                 and not text[len(c):len(c) + 1].isalnum()]
        if not found:
            problems.append(f"{before[-25:]!r} › {piece[:45]!r}: no such entry")
            node, chained = _root(tree, piece), False
            continue
        entry = max(found, key=len)
        rest = piece[len(entry):]
        chained = not rest.strip()
        node = entry if chained else _root(tree, rest)
    return problems


def _window_texts(lang: str) -> dict[str, str]:
    """The window's own sentences with a path (a status message, a hint), in ``lang``."""
    import tomllib
    import xml.etree.ElementTree as ET

    texts = {}
    catalogue = ET.parse(resources_dir() / "translations" / "assistant_fr.ts").getroot()
    for n, message in enumerate(catalogue.iter("message")):
        source = message.findtext("source") or ""
        text = source if lang == "en" else message.findtext("translation") or ""
        if ARROW in text:
            texts[f"window text {n} ({source[:30]!r})"] = text
    folder = resources_dir() / "content" / lang
    for path in sorted(folder.glob("messages*.toml")):
        def walk(node: object, where: str) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    walk(value, f"{where}.{key}")
            elif isinstance(node, str) and ARROW in node:
                texts[where] = node
        walk(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    return texts


def test_help_menu_paths_name_real_entries(named_tree) -> None:  # type: ignore[no-untyped-def]
    lang, tree = named_tree
    problems = []
    texts = {**_help_text(lang), **_window_texts(lang)}
    for name, text in texts.items():
        for paragraph in re.split(r"\n\s*\n", text):
            problems += [f"{name}: {p}" for p in _path_problems(tree, " ".join(
                paragraph.split()))]
    assert problems == [], "\n".join(problems)
