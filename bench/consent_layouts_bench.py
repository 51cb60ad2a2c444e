"""How much reading another tool's export costs: N customers in Shopify's customers export
layout imported into a fresh dossier, against the same customers, giving the same events,
in the app's own layout (one row per event, ``date_unknown`` = oui), imported the same way
in the same run (target: Shopify within 1.2 times the own layout's time, ratio <= 1.2).

Each customer has an email, a phone number in Shopify's ``'+33...`` form and a customer id;
70 % accept email marketing, 30 % SMS marketing (so some customers give two events, some
none). Both imports run three times, alternately, and the faster of each is kept (the machine is
shared).

Usage: ``python bench/consent_layouts_bench.py [--rows 100000] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Camille", "Léa", "Łukasz", "Chloé", "Hugo", "Noël", "Zoé", "Jérôme", "Agnès",
         "Théo", "Inès", "Gabriel", "Maëlle", "Loïc"]
LAST = ["Martin", "Bernard", "Dubois", "Nguyễn", "Kowalski", "Lefèvre", "Faure", "Girard",
        "Chevalier", "Rousseau", "Fontaine", "Mercier", "Dupont"]
SHOPIFY = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
           "Default Address Company", "Default Address Address1", "Default Address Address2",
           "Default Address City", "Default Address Province Code",
           "Default Address Country Code", "Default Address Zip", "Default Address Phone",
           "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
           "Tax Exempt", "Tags"]
OWN = ["customer_ref", "first_name", "last_name", "email", "phone", "purpose", "status",
       "date", "date_unknown", "channel"]


def generate(n: int, folder: Path) -> tuple[Path, Path, int]:
    rng = random.Random(15)
    shopify, own = folder / "customers_export.csv", folder / "own.csv"
    events = 0
    with shopify.open("w", encoding="utf-8", newline="") as s, \
            own.open("w", encoding="utf-8", newline="") as o:
        ws, wo = csv.writer(s), csv.writer(o)
        ws.writerow(SHOPIFY)
        wo.writerow(OWN)
        for i in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            ref, email = str(7210448300000 + i), f"client{i}@example.org"
            phone = f"+336{i:08d}"
            news, sms = rng.random() < 0.7, rng.random() < 0.3
            ws.writerow([f"'{ref}", first, last, email, "yes" if news else "no", "",
                         f"{i} rue de la Paix", "", "Lyon", "", "FR", "'69001", "",
                         f"'{phone}", "yes" if sms else "no", f"{rng.random() * 500:.2f}",
                         str(rng.randint(0, 20)), "", "no", ""])
            for purpose, yes in (("newsletter", news), ("sms", sms)):
                if yes:
                    wo.writerow([ref, first, last, email, phone, purpose, "oui", "", "oui",
                                 "web"])
                    events += 1
    return shopify, own, events


def timed_import(source: Path, folder: Path, name: str) -> tuple[float, int]:
    from assistant.domain.progress import drive
    from assistant.exchange.consent_import import import_consents
    from assistant.store.dossier import create_dossier

    target = folder / f"{name}.rgpd"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with create_dossier(target) as dossier:
        start = time.perf_counter()
        report = drive(import_consents(dossier, source))
        elapsed = time.perf_counter() - start
    return elapsed, report.events_added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="layouts-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        shopify, own, events = generate(args.rows, folder)
        print(f"{args.rows:,} Shopify customers, {events:,} events, Python "
              f"{sys.version.split()[0]}")
        best: dict[str, float] = {}
        for _round in range(3):
            for name, source in (("own", own), ("shopify", shopify)):
                elapsed, added = timed_import(source, folder, name)
                assert added == events, (name, added, events)
                best[name] = min(best.get(name, elapsed), elapsed)
        print(f"app's own layout: {best['own']:.2f} s ({events / best['own']:,.0f} events/s)")
        print(f"Shopify layout:   {best['shopify']:.2f} s "
              f"({events / best['shopify']:,.0f} events/s)")
        ratio = best["shopify"] / best["own"]
        print(f"ratio Shopify / own layout: {ratio:.2f} (target <= 1.2: "
              f"{'met' if ratio <= 1.2 else 'NOT met'})")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
