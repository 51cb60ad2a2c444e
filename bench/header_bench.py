"""What it costs to read a dossier's header without ever breaking the locks of a connection
that holds it: read through SQLite while the file is held open in this process, against
Python's plain read of 100 bytes (the baseline, what a closed file still gets), and a
worker's second connection opened while the window holds the dossier.

Usage: ``python bench/header_bench.py [--rounds 500]`` (a temporary folder, removed after).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def per_call_ms(action, rounds: int) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    for _ in range(rounds):
        action()
    return (time.perf_counter() - started) / rounds * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=500)
    args = parser.parse_args()
    from assistant.store.dossier import create_dossier, open_dossier
    from assistant.store.header import effective_header

    folder = Path(tempfile.mkdtemp(prefix="header-bench-"))
    try:
        path = folder / "Shop.rgpd"
        create_dossier(path).close()
        plain = per_call_ms(lambda: effective_header(path), args.rounds)
        window = open_dossier(path)
        window.set_meta("bench", "1")  # frames in the WAL, as in a working session
        held = per_call_ms(lambda: effective_header(path), args.rounds)
        worker = per_call_ms(lambda: open_dossier(path, check=False, lock=False).close(),
                             max(1, args.rounds // 10))
        window.close()
        print(f"header of a closed file (plain read, baseline): {plain:.3f} ms")
        print(f"header of a file held open here (through SQLite): {held:.3f} ms "
              f"(x{held / plain:.1f} the baseline)")
        print(f"a worker's connection opened while the window holds the dossier: "
              f"{worker:.1f} ms (x{worker / held:.0f} its header read)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
