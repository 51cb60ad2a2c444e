"""The folder view's speed on 100 demo-sized dossiers, against a raw SQLite baseline.

    QT_QPA_PLATFORM=offscreen python bench/portfolio_bench.py [--dossiers 100] [--runs 3]

Builds the demo dossier once in a temporary folder and copies it N times, each copy with its
own organisation name and uuid (set with plain SQL: the copies are demo-sized, not
different shops). Then measures, best of ``--runs`` runs each:

* **raw baseline**: for every file, ``sqlite3.connect`` + one ``SELECT`` (the organisation's
  name) + close, on this thread;
* **core scan**: ``scan_folder`` driven to its end (every figure of every dossier: header
  check, lock probe, read-only open with ``quick_check``, the guide's assessment, clocks,
  consents to renew, last verification), with the time to its first summary;
* **folder view**: the ``PortfolioWindow`` (offscreen): time from choosing the folder until
  every file's row is shown, until the first row is filled, and until the table is complete.

Targets: first rows within 1 s, complete within 5 s. Prints each figure and its
ratio to the raw baseline.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import paths
from assistant.demo import build_demo
from assistant.domain.progress import drive


def make_folder(folder: Path, count: int) -> None:
    demo = folder.parent / "demo.rgpd"
    drive(build_demo(demo, "fr"))
    data = demo.read_bytes()
    for i in range(count):
        path = folder / f"client-{i:03d}.rgpd"
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE organisation SET trade_name = '', legal_name = ?",
                     (f"Client n° {i:03d} SARL",))
        conn.execute("UPDATE app_meta SET value = ? WHERE key = 'uuid'", (str(uuid.uuid4()),))
        conn.commit()
        conn.close()


def raw_baseline(folder: Path) -> float:
    started = time.perf_counter()
    for path in sorted(folder.glob("*.rgpd")):
        conn = sqlite3.connect(path)
        conn.execute("SELECT legal_name FROM organisation").fetchone()
        conn.close()
    return time.perf_counter() - started


def core_scan(folder: Path) -> tuple[float, float]:
    from assistant.store.portfolio import scan_folder

    first: list[float] = []
    started = time.perf_counter()
    drive(scan_folder(folder, on_summary=lambda _s: first or first.append(
        time.perf_counter() - started)))
    return first[0], time.perf_counter() - started


def window_scan(folder: Path, count: int) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QApplication

    from assistant.ui.portfolio_window import PortfolioWindow
    from assistant.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    window = PortfolioWindow(Settings())
    window.show()
    app.processEvents()
    marks: dict[str, float] = {}
    started = time.perf_counter()
    window._relay.listed.connect(lambda *_a: marks.setdefault("listed",
                                                              time.perf_counter() - started))
    window._relay.summarised.connect(lambda *_a: marks.setdefault(
        "first", time.perf_counter() - started))
    window.set_folder(folder)
    while window._scan is not None:
        app.processEvents()
        time.sleep(0.001)
    done = time.perf_counter() - started
    assert window.model.rowCount() == count and window.model.read_count == count
    window.stop_jobs()
    window.close()
    window.deleteLater()
    app.processEvents()
    return marks["listed"], marks["first"], done


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths.set_data_dir(root / "state")
        folder = root / "clients"
        folder.mkdir()
        started = time.perf_counter()
        make_folder(folder, args.dossiers)
        size = sum(p.stat().st_size for p in folder.iterdir()) / args.dossiers / 1024
        print(f"{args.dossiers} dossiers of {size:.0f} KiB each, built in "
              f"{time.perf_counter() - started:.1f} s (one demo, copied)")
        core_scan(folder)  # imports and the page cache warm, as in a running app
        raw = min(raw_baseline(folder) for _ in range(args.runs))
        core = min((core_scan(folder) for _ in range(args.runs)), key=lambda t: t[1])
        view = min((window_scan(folder, args.dossiers) for _ in range(args.runs)),
                   key=lambda t: t[2])

        def line(label: str, seconds: float) -> None:
            print(f"  {label:<44} {seconds * 1000:8.0f} ms   x{seconds / raw:6.1f} raw")

        print(f"raw baseline (connect + 1 SELECT per file): {raw * 1000:.0f} ms")
        line("core scan: first summary", core[0])
        line("core scan: every dossier summarised", core[1])
        line("folder view: every file listed (rows shown)", view[0])
        line("folder view: first row filled", view[1])
        line("folder view: complete", view[2])
        print(f"per dossier: {core[1] / args.dossiers * 1000:.1f} ms "
              f"(raw {raw / args.dossiers * 1000:.2f} ms)")
        ok_first = view[1] <= 1.0
        ok_done = view[2] <= 5.0
        print(f"targets: first rows within 1 s: {'yes' if ok_first else 'NO'}; "
              f"complete within 5 s: {'yes' if ok_done else 'NO'}")


if __name__ == "__main__":
    main()
