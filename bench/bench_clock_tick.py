"""How much the one-second tick of the clocks costs, against reading the rows again.

The pages of internal processes repaint their clocks every second from the rows they
already hold. The alternative this replaces is reading the register again each second. This
prints the cost of one tick over N requests and N breaches (recomputing the clocks that can
move, in memory, and telling the view what changed) and, as the raw baseline measured in the
same run, the cost of one read of the same rows from the dossier, with their ratio.

The data is a worst case: 72 % of the breaches have their 72-hour clock running (a shop has
none or one). Requests count calendar days, so their clocks are recomputed only when the
date changes; a tick then costs what the running breach clocks cost.

    QT_QPA_PLATFORM=offscreen python bench/bench_clock_tick.py [N]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication

from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.clock import format_utc, utc_now
from assistant.domain.deadlines import local_date
from assistant.domain.rights_request import Right, RightsRequest
from assistant.store.dossier import create_dossier


def best(fn, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(n: int) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841
    from assistant.ui.models.breach_table_model import BreachTableModel
    from assistant.ui.models.request_table_model import RequestTableModel

    now = utc_now()
    today = local_date(now)
    with tempfile.TemporaryDirectory() as folder:
        d = create_dossier(Path(folder) / "bench.rgpd")
        with d.transaction():
            d.requests.put(RightsRequest(Right.ACCESS, (today - timedelta(days=i % 60))
                                         .isoformat(), f"Person {i}", id=i + 1,
                                         reference=f"D-{i + 1:05d}", created_at=format_utc(now),
                                         updated_at=format_utc(now)) for i in range(n))
            d.breaches.put(Breach(f"Breach {i}", format_utc(now - timedelta(hours=i % 100)),
                                  id=i + 1, reference=f"V-{i + 1:05d}",
                                  risk_level=BreachRisk.RISK, created_at=format_utc(now),
                                  updated_at=format_utc(now)) for i in range(n))
        requests, breaches = RequestTableModel(), BreachTableModel()
        requests.set_rows(d.requests.list())
        breaches.set_rows(d.breaches.list())
        tick = best(lambda: (requests.tick(), breaches.tick()))
        read = best(lambda: (d.requests.list(), d.breaches.list()))
        d.close()
    print(f"{n} requests + {n} breaches")
    print(f"  one tick (clocks recomputed in memory): {tick * 1000:8.2f} ms")
    print(f"  baseline, one read of the rows:         {read * 1000:8.2f} ms")
    print(f"  ratio tick / read: {tick / read:.2f} "
          f"(a tick uses {tick * 100:.2f} % of each second)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
