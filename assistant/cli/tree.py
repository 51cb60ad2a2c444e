"""How commands are declared: each module of ``assistant/cli/commands/`` adds its own
commands to a ``CommandTree``, so a new command is a new module and one line in the list of
``commands/__init__.py``, never an edit of a shared parser function."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.cli.base import Cli

Runner = Callable[["Cli", argparse.Namespace], int]


class CommandTree:
    """A level of subcommands: ``command()`` adds a leaf, ``group()`` a level below
    (``consents import``, ``export pdf``); a group asked for twice is the same group."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self._sub = sub
        self._groups: dict[str, CommandTree] = {}

    def command(self, name: str, help: str, run: Runner) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._sub.add_parser(name, help=help)
        parser.set_defaults(run=run)
        return parser

    def group(self, name: str, help: str, *, dest: str = "action",
              metavar: str = "ACTION") -> CommandTree:
        if name not in self._groups:
            parser = self._sub.add_parser(name, help=help)
            self._groups[name] = CommandTree(
                parser.add_subparsers(dest=dest, metavar=metavar, required=True))
        return self._groups[name]
