"""What it costs to never show a status the ledger does not hold, each figure beside a raw
baseline measured in the same run:

- verify's rebuild of every current status from the events (and its comparison with the
  table), against the hash chain's own recompute;
- the per-purpose summary derived from the ledger (what the PDF prints), against the same
  summary read from the status table (what the window shows);
- a CSV import into a dossier whose status table is guarded by its triggers, against the
  same import with the guards dropped.

Usage: ``python bench/derived_bench.py [--rows 200000]`` (a temporary folder, removed after).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    n = parser.parse_args().rows

    from consents_bench import make_csv

    from assistant import paths
    from assistant.domain.progress import drive
    from assistant.exchange.consent_import import import_consents
    from assistant.store.consent_verify import check_chain, check_derived
    from assistant.store.dossier import create_dossier, open_dossier
    from assistant.store.verify import VerifyReport

    folder = Path(tempfile.mkdtemp(prefix="derived-bench-"))
    try:
        paths.set_data_dir(folder / "state")
        source = folder / "in.csv"
        make_csv(source, n)
        print(f"derived tables of the consent ledger, {n:,} people, one event each")
        guarded, bare = folder / "guarded.rgpd", folder / "bare.rgpd"
        create_dossier(guarded).close()
        create_dossier(bare).close()
        conn = sqlite3.connect(bare)
        for name in ("consent_status_follows_the_ledger", "consent_status_moves_forward",
                     "consent_status_is_never_deleted"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.commit()
        conn.close()

        def load(path: Path) -> None:
            with open_dossier(path) as d:
                drive(import_consents(d, source))

        with_guards, without = timed(lambda: load(guarded)), timed(lambda: load(bare))
        print(f"CSV import with the status guards: {with_guards:.1f} s; without: "
              f"{without:.1f} s; ratio {without / with_guards:.2f}")
        with open_dossier(guarded, read_only=True) as d:
            chain = timed(lambda: drive(check_chain(d.conn, VerifyReport(guarded))))
            derived = timed(lambda: drive(check_derived(d.conn, VerifyReport(guarded))))
            print(f"verify: rebuilding the statuses from the events {derived:.2f} s; the "
                  f"hash chain's recompute {chain:.2f} s; ratio {chain / derived:.2f}")
            table = timed(lambda: d.consents.purpose_summary())
            ledger = timed(lambda: d.consents.purpose_summary(from_ledger=True))
            print(f"summary per purpose from the table {table:.3f} s (window); from the "
                  f"ledger {ledger:.3f} s (PDF); ratio {table / ledger:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
