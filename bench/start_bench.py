"""How long the app takes from launch to a window showing the demo dossier, against a bare
PySide6 window started the same way, in the same run.

    python bench/start_bench.py [--runs N]

Each figure is the median wall time of N fresh processes (offscreen). The app's run is
``python -m assistant --smoke-test DEMO`` (start, open the dossier, paint, quit); the baseline
imports PySide6, shows an empty QMainWindow, paints it and quits. Bytecode caching is left
as the environment sets it (PYTHONDONTWRITEBYTECODE makes every run compile the sources).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()\n"
    "w.grab(); w.close()\n"
)


def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RGPD_ASSISTANT_DATA_DIR": tmp}
        demo = Path(tmp) / "demo.rgpd"
        subprocess.run([sys.executable, "-m", "assistant", "demo", str(demo)], cwd=ROOT,
                       env=env, check=True, stdout=subprocess.DEVNULL)
        baseline = median_seconds([sys.executable, "-c", BASELINE], args.runs, env)
        ours = median_seconds([sys.executable, "-m", "assistant", "--smoke-test", str(demo)],
                              args.runs, env)
    print(f"bare PySide6 window:            {baseline:.2f} s (median of {args.runs})")
    print(f"app with the demo dossier open: {ours:.2f} s (median of {args.runs})")
    print(f"ratio app / bare window: {ours / baseline:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
