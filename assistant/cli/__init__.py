"""The command line (the **contract** of DESIGN.md).

``python -m assistant`` with no arguments opens the GUI; subcommands run headless and go
through the same core functions as the GUI. Exit status: 0 on success, 1 when the input was
refused (reasons on stderr), 2 on usage errors (argparse's own), 70 on a bug (its traceback on
stderr).

Each area's commands live in a module of ``commands/``; ``base`` holds what they share.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from assistant import __version__
from assistant.cli.base import EXIT_BUG, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Cli, program_name
from assistant.cli.tree import CommandTree
from assistant.content.catalog import normalise_lang, system_lang
from assistant.domain.findings import ValidationError
from assistant.store.errors import DossierError, OutputExists

__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    from assistant.cli.commands import modules

    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="GDPR compliance assistant for small shops. Without a command, opens "
        "the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the app's own state "
                        "(settings, recent files, backups) instead of the user's folders")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages, and of "
                        "the window for this run (default: the system's, or the one chosen "
                        "in the window's settings)")
    tree = CommandTree(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in modules():
        module.register(tree)
    _global_options_after_commands(parser)
    return parser


def _gui_dossier_argument(argv: list[str], parser: argparse.ArgumentParser) -> str | None:
    """The dossier to open in the window when the only positional argument is a file."""
    commands: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        commands.update(getattr(action, "choices", {}) or {})
    positionals = [a for a in argv if not a.startswith("-")]
    for option in ("--data-dir", "--lang"):  # their values are not positionals
        if option in argv:
            i = argv.index(option)
            if i + 1 < len(argv) and argv[i + 1] in positionals:
                positionals.remove(argv[i + 1])
    if len(positionals) == 1 and positionals[0] not in commands:
        candidate = positionals[0]
        if candidate.lower().endswith(".rgpd") or Path(candidate).is_file():
            return candidate
    return None


def _window_arguments(argv: list[str]) -> tuple[Path | None, str | None, str | None] | None:
    """``(data dir, dossier, language)`` when ``argv`` plainly asks for the window: nothing but
    ``--data-dir DIR``, ``--lang fr|en`` and at most one ``*.rgpd`` path. Anything else
    (a command, ``--help``, a file of another name) goes through the whole parser, which
    imports every command's module: a start of the window need not wait for them."""
    data_dir: Path | None = None
    dossier: str | None = None
    lang: str | None = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--data-dir", "--lang") and rest and not rest[0].startswith("-"):
            value = rest.pop(0)
            if arg == "--data-dir":
                data_dir = Path(value)
            elif value not in ("fr", "en"):
                return None  # argparse says what is wrong
            else:
                lang = value
        elif not arg.startswith("-") and dossier is None and arg.lower().endswith(".rgpd"):
            dossier = arg
        else:
            return None
    return data_dir, dossier, lang


def _open_window(data_dir: Path | None, dossier: str | None, lang: str | None) -> int:
    if data_dir is not None:
        from assistant.paths import set_data_dir

        set_data_dir(data_dir)
    from assistant.app import main as gui_main

    return gui_main([dossier] if dossier else [], lang=lang)


def _global_options_after_commands(parser: argparse.ArgumentParser) -> None:
    """Accept ``--lang`` and ``--data-dir`` after the command too (``demo x.rgpd --lang en``),
    as people type them; given there, they win over the same option before the command."""
    def leaves(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        children = [c for a in p._actions if isinstance(a, argparse._SubParsersAction)
                    for c in dict.fromkeys(a.choices.values())]
        return [leaf for c in children for leaf in leaves(c)] if children else [p]

    for leaf in leaves(parser):
        leaf.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                          help="folder for the app's own state (also before the command)")
        leaf.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS,
                          help="language of messages (also before the command)")


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--smoke-test" in argv:  # the packaging check of the window app (see app.py)
        from assistant.app import main as gui_main

        return gui_main(argv)
    window = _window_arguments(argv)
    if window is not None:  # the window, without building every command's parser first
        return _open_window(*window)
    parser = build_parser()
    dossier_arg = _gui_dossier_argument(argv, parser)
    if dossier_arg is not None:  # `python -m assistant Shop.rgpd` opens it in the window
        argv.remove(dossier_arg)
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        from assistant.paths import set_data_dir

        set_data_dir(args.data_dir)
    if args.command is None:
        from assistant.app import main as gui_main

        return gui_main([dossier_arg] if dossier_arg else [], lang=args.lang)
    lang = normalise_lang(args.lang) if args.lang else system_lang()
    cli = Cli(lang, out or sys.stdout, err or sys.stderr)
    from assistant.store.file_notes import take

    take()  # notes of an earlier run in this process (tests call main() many times)
    try:
        return _run(cli, args)
    finally:
        _say_file_notes(cli)


def _say_file_notes(cli: Cli) -> None:
    """What opening a dossier noticed about its file (a dossier others could read), on
    stderr: the command's own result stays alone on stdout."""
    from assistant.store.file_notes import take

    for item in take():
        print(cli.msg.get("permissions", item.code, {"path": item.path, "mode": item.mode}),
              file=cli.err)


def _run(cli: Cli, args: argparse.Namespace) -> int:
    try:
        return int(args.run(cli, args))
    except DossierError as exc:
        code = cli.refuse(cli.msg.exception(exc))
        if isinstance(exc, OutputExists):
            print(cli.msg.get("cli", "overwrite_hint"), file=cli.err)
        return code
    except ValidationError as exc:
        return cli.refuse("; ".join(cli.msg.finding_with_field(f) for f in exc.findings))
    except KeyboardInterrupt:
        return cli.refuse(cli.msg.get("cli", "cancelled"))
    except Exception as exc:  # a bug: its traceback to report it, and a status of its own
        import traceback

        traceback.print_exc(file=cli.err)
        print(cli.msg.get("cli", "bug", {"error": f"{type(exc).__name__}: {exc}"}),
              file=cli.err)
        return EXIT_BUG
