"""The command line's word when it saved a dossier where other accounts can read it
(Windows: outside the user's profile; :mod:`assistant.store.exposure`)."""

from __future__ import annotations

from pathlib import Path

from assistant.cli.base import Cli


def warn_if_exposed(cli: Cli, path: Path) -> None:
    """A warning on stderr, the command still succeeds."""
    from assistant.store.exposure import exposure

    kind = exposure(path)
    if kind is not None:
        print(cli.msg.get("exposure", kind, {"path": path}), file=cli.err)


__all__ = ["warn_if_exposed"]
