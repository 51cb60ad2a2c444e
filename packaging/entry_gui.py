"""Entry point of the frozen window app (double-click, file association).

Built without a console (``console=False`` in the spec): on Windows ``sys.stdout`` and
``sys.stderr`` are then ``None``, and are given a file before anything may print.
"""

import sys

from assistant.windowed import ensure_streams

ensure_streams()

from assistant.cli import main  # noqa: E402 - after the streams exist

if __name__ == "__main__":
    sys.exit(main())
