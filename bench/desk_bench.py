"""The accountant's desk exports on 100 demo-sized dossiers, against the PDF summary of the
same folder measured in the same run.

    python bench/desk_bench.py [--dossiers 100] [--runs 3]

Builds the demo dossier once and copies it N times (each copy with its own name and uuid, as
``portfolio_bench.py`` does), then measures, best of ``--runs`` runs each, the command line's
own code paths:

* **baseline**: ``export portfolio --format pdf`` (read every dossier, lay out the PDF);
* ``export portfolio --format xlsx`` (target: under 2 s for 100 dossiers);
* ``export letters`` (a PDF and a DOCX per dossier; target: under 20 s for 100 dossiers);
* ``export calendar`` of the folder, for the record.

Prints each figure and its ratio to the PDF summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import paths
from assistant.domain.progress import drive
from bench.portfolio_bench import make_folder


def best(runs: int, job) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        root = Path(tmp)
        paths.set_data_dir(root / "state")
        folder = root / "clients"
        folder.mkdir()
        make_folder(folder, args.dossiers)
        out = root / "out"
        out.mkdir()
        day = dt.date.today()

        from assistant.exchange.calendar_ics import export_calendar
        from assistant.exchange.portfolio_table import TableOptions, export_table
        from assistant.reports.client_letter import LetterOptions, write_letters
        from assistant.reports.portfolio_pdf import PortfolioOptions, export_portfolio
        from assistant.store.portfolio import find_dossiers

        def pdf() -> None:
            drive(export_portfolio(folder, out / "summary.pdf", PortfolioOptions("fr", day),
                                   overwrite=True))

        def xlsx() -> None:
            drive(export_table(folder, out / "summary.xlsx", "xlsx", TableOptions("fr", day),
                               overwrite=True))

        def letters() -> None:
            target = out / "letters"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            drive(write_letters(find_dossiers(folder), target, LetterOptions(day, firm="Bench")))

        def calendar() -> None:
            drive(export_calendar(find_dossiers(folder), out / "deadlines.ics", "fr",
                                  overwrite=True))

        base = best(args.runs, pdf)
        figures = {"export portfolio --format xlsx": (best(args.runs, xlsx), 2.0),
                   "export letters": (best(args.runs, letters), 20.0),
                   "export calendar": (best(args.runs, calendar), None)}
        n = args.dossiers
        print(f"{n} dossiers, best of {args.runs}")
        print(f"  baseline: export portfolio --format pdf   {base:7.2f} s")
        for name, (seconds, target) in figures.items():
            goal = f"  (target < {target:g} s: {'met' if seconds < target else 'MISSED'})" \
                if target is not None else ""
            print(f"  {name:<38} {seconds:7.2f} s  ratio {seconds / base:5.2f}{goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
