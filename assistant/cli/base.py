"""What every command of the command line shares: the ``Cli`` context (language, output
streams, how to print a message or a refusal), the exit statuses, the text progress bar and
the small argument helpers."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from assistant.content.catalog import Lang
from assistant.domain.progress import Progress, drive

if TYPE_CHECKING:
    from assistant.content.messages import Messages

R = TypeVar("R")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
# A bug of ours, not a fault of the input (sysexits' EX_SOFTWARE): a script can tell them apart.
EXIT_BUG = 70


class TextProgress:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    # the words of the command line's language, for the stages that have some (set by Cli)
    messages: Messages | None = None

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.active = stream.isatty()
        self._last = ""

    def show(self, p: Progress) -> None:
        if not self.active:
            return
        stage = p.stage
        text = self.messages.optional("stage", stage) if self.messages is not None else None
        if text:
            stage = text.rstrip("…")
        if p.total:
            filled = int(self.width * min(p.fraction, 1.0))
            line = f"[{'#' * filled}{'.' * (self.width - filled)}] {p.done}/{p.total} {stage}"
        elif p.done:
            line = f"{p.done} {stage}"
        else:
            line = f"{stage}…"
        if line != self._last:
            self.stream.write("\r" + line.ljust(len(self._last)))
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self.active and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self.stream.flush()
            self._last = ""


def run_job(job: Generator[Progress, None, R], bar: TextProgress | None = None) -> R:
    """Run a job to its end with a text progress bar on stderr; returns what the job returns.

    Ctrl+C closes the job, whose ``finally`` blocks remove any partial output.
    """
    bar = bar or TextProgress()
    try:
        return drive(job, bar.show)
    finally:
        bar.finish()


class Cli:
    """One run of the command line: its language and where it writes."""

    def __init__(self, lang: Lang, out: TextIO, err: TextIO) -> None:
        # the catalogue loads with the first command, not with the window, which has its own
        from assistant.content.messages import messages

        self.lang = lang
        self.msg: Messages = messages(lang)
        TextProgress.messages = self.msg
        self.out = out
        self.err = err

    def say(self, code: str, **params: Any) -> None:
        print(self.msg.get("cli", code, params), file=self.out)

    def say_section(self, section: str, code: str, **params: Any) -> None:
        print(self.msg.get(section, code, params), file=self.out)

    def refuse(self, text: str) -> int:
        print(f"{self.msg.get('cli', 'error_prefix')}: {text}", file=self.err)
        return EXIT_REFUSED


def usage(cli: Cli, command: str, text: str) -> int:
    """A usage error, worded like argparse's own (exit status 2)."""
    print(f"{program_name()} {command}: error: {text}", file=cli.err)
    return EXIT_USAGE


def program_name() -> str:
    """How the user called us, for usage and error lines: the installed command
    (``rgpd-assistant-cli``, also the bundle's) or ``python -m assistant``."""
    called = re.split(r"[\\/]", sys.argv[0])[-1] if sys.argv and sys.argv[0] else ""
    return "rgpd-assistant-cli" if called.startswith("rgpd-assistant-cli") \
        else "python -m assistant"


def iso_date(text: str) -> dt.date:
    """An argparse type: a calendar date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") \
            from None


OVERWRITE_HELP = ("replace the output file if it exists (never a dossier being read or open, "
                  "nor its -wal, -shm or .lock)")


def overwrite_argument(parser: argparse.ArgumentParser, text: str = OVERWRITE_HELP) -> None:
    """``--overwrite``, the same for every command that writes a file: without it an
    existing file is refused (:mod:`assistant.store.outputs`)."""
    parser.add_argument("--overwrite", action="store_true", help=text)


def rgpd_path(path: str) -> Path:
    """Dossier paths get the ``.rgpd`` extension when given none."""
    p = Path(path)
    return p if p.suffix else p.with_suffix(".rgpd")


