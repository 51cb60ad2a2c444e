"""How long opening a dossier takes, against a raw SQLite open of the same file.

    python bench/open_bench.py [--processing N]

Builds a dossier (the demo, plus N extra processing activities) in a temporary folder, then
times `open_dossier` (header check, lock, pragmas, quick_check) and a raw
`sqlite3.connect` + `SELECT count(*)` over the same file, median of 50 runs each, and prints
both with their ratio. Also prints the time to create the demo dossier.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import paths
from assistant.demo import build_demo
from assistant.domain.processing import Processing
from assistant.domain.progress import drive
from assistant.store.dossier import open_dossier


def median_ms(fn, runs: int = 50) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--processing", type=int, default=0,
                        help="extra processing activities to add to the demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder / "state")
        path = folder / "demo.rgpd"
        started = time.perf_counter()
        drive(build_demo(path, "fr"))
        build_ms = (time.perf_counter() - started) * 1000
        if args.processing:
            with open_dossier(path) as dossier:
                for i in range(args.processing):
                    dossier.register.create(Processing(name=f"Traitement {i}",
                                                       purposes=("x" * 200,)))

        def ours() -> None:
            with open_dossier(path) as dossier:
                dossier.register.list()

        def raw() -> None:
            conn = sqlite3.connect(path)
            conn.execute("SELECT * FROM processing").fetchall()
            conn.close()

        ours_ms, raw_ms = median_ms(ours), median_ms(raw)
        size = path.stat().st_size / 1024
        print(f"dossier: {size:.0f} KiB; demo built in {build_ms:.0f} ms")
        print(f"open_dossier + read the register: {ours_ms:.2f} ms (median of 50)")
        print(f"raw sqlite3 connect + read:       {raw_ms:.2f} ms (median of 50)")
        print(f"ratio ours / raw: {ours_ms / raw_ms:.1f}x")


if __name__ == "__main__":
    main()
