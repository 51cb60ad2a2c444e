"""Entry point of the frozen window app (double-click, file association)."""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
