"""Entry point of the frozen command line (a console program on Windows)."""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
