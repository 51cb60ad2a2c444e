"""Benchmarks of the consent ledger, each printed with its ratio to a raw baseline measured in
the same run on the same machine, and at the end the table of targets, each met or not:

| figure | target |
|---|---|
| CSV import vs a raw ``executemany`` of the events with a SHA-256 chain | >= 0.25x |
| file size | <= 700 B per event |
| ``verify`` vs a raw recompute of the hashes | >= 0.5x |
| disk written by the import | <= 2x the final file |
| import peak memory | <= 250 MB |
| search, two words / one word | median <= 15 ms / 5 ms |
| the last window of the people list vs the middle one | no slower |

The import runs in a child process of its own, so its peak memory and the bytes it writes
(``/proc/self/io``: ``write_bytes`` less ``cancelled_write_bytes``, the temporary files
deleted before they reached the disk; the gross figure is printed too) are its alone.
Also printed: SQLite alone writing the same rows (the ceiling of any import of this schema)
and opening the Consents page on the result.

Usage: ``nice -n 10 python bench/consents_bench.py [--rows 1000000] [--keep DIR]
[--only-import | --only-verify]``; ``--only-import`` measures the raw baseline and the
import alone (the import's four figures, in a third of the time), and says so;
``--only-verify`` measures ``verify`` alone again, on the files an earlier run kept in
``--keep DIR`` (a million events: two minutes instead of fifteen).
Everything is generated in a temporary folder and removed afterwards (unless ``--keep``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Camille", "Léa", "Łukasz", "Chloé", "Hugo", "Noël", "Zoé", "Jérôme", "Agnès",
         "Małgorzata", "Νίκος", "Văn An", "Ingrid", "Théo", "Inès", "Gabriel", "Maëlle", "Loïc"]
LAST = ["Martin", "Bernard", "Dubois", "Ødegaard", "Nguyễn", "Kowalski", "Lefèvre", "Faure",
        "Παπαδόπουλος", "Wiśniewska", "Chevalier", "Rousseau", "Girard", "Bœuf", "Trần",
        "Fontaine", "Mercier", "Dupont"]
PURPOSES = ["newsletter", "sms", "partners", "loyalty"]
CHANNELS = ["magasin", "site", "papier", "courriel", "téléphone"]


def person(i: int) -> tuple[str, str, str, str, str]:
    first = FIRST[i % len(FIRST)]
    last = LAST[(i // len(FIRST)) % len(LAST)]
    return (f"client{i}@courriel.example", f"C-{i:07d}", first, f"{last}{i % 997}",
            f"06 {i % 100:02d} {(i // 100) % 100:02d} {(i // 10_000) % 100:02d} 00")


def make_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("courriel;reference_client;prenom;nom;telephone;finalite;statut;date;canal\r\n")
        for i in range(rows):
            email, ref, first, last, phone = person(i)
            day = 1 + i % 28
            month = 1 + (i // 28) % 12
            status = "non" if i % 11 == 0 else "oui"
            f.write(f"{email};{ref};{first};{last};{phone};{PURPOSES[i % 4]};{status};"
                    f"{day:02d}/{month:02d}/2024 {i % 24:02d}:{i % 60:02d};"
                    f"{CHANNELS[i % 5]}\r\n")


def raw_baseline(folder: Path, rows: int) -> tuple[float, float]:
    """rows/s of a bare executemany of the same event rows with a SHA-256 chain, by the
    clock and by the CPU time of this process (on a shared machine the second is the
    steadier)."""
    path = folder / "raw.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE event (seq INTEGER PRIMARY KEY, subject TEXT, purpose TEXT, "
                 "kind TEXT, occurred_at TEXT, recorded_at TEXT, channel TEXT, prev TEXT, "
                 "hash TEXT)")
    data = [(i + 1, f"{i:032x}", PURPOSES[i % 4], "granted", "2024-01-01T10:00:00.000000Z",
             "2026-01-01T10:00:00.000000Z", "in_store") for i in range(rows)]
    start, cpu = time.perf_counter(), time.process_time()
    prev = "0" * 64
    out = []
    for row in data:
        digest = hashlib.sha256("\x1f".join(map(str, (*row, prev))).encode()).hexdigest()
        out.append((*row, prev, digest))
        prev = digest
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?)", out)
    conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return rows / elapsed, rows / cpu


def sqlite_floor(folder: Path, imported: Path) -> tuple[float, list[tuple[str, float]]]:
    """Seconds SQLite alone takes to write the rows an import wrote, and each step's share.

    The people, events, their batch and statuses of the imported dossier are copied, by SQL
    with no Python per row, into a new dossier whose consent indexes are built afterwards,
    sorted, in one transaction with the dossier's settings (WAL, synchronous FULL, foreign
    keys); the search index, which holds no copy of its words, is filled from the people
    with the app's folding (one Python call per person). No import, in any language that
    writes this schema through SQLite, can be much faster: it is about the ceiling of the
    import's ratio to the raw baseline.
    """
    from assistant.store.dossier import create_dossier
    from assistant.store.ledger.large_write import CACHE_KIB

    path = folder / "floor.rgpd"
    with create_dossier(path):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    from assistant.store.ledger.times import search_words

    conn.create_function("rgpd_search_words", 5, search_words, deterministic=True)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # the import's own cache
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('subject', 'consent_event', 'consent_status')").fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("ATTACH DATABASE ? AS imported", (str(imported),))
        conn.execute("INSERT INTO consent_import SELECT * FROM imported.consent_import")
        # "WHERE": a plain INSERT ... SELECT * would copy the records without decoding them
        steps = [(table, f"INSERT INTO {table} SELECT * FROM imported.{table} WHERE {key} > 0")
                 for table, key in (("subject", "id"), ("consent_batch", "id"),
                                    ("consent_event", "seq"),
                                    ("consent_status", "subject_id"))]
        steps.insert(1, ("subject_search", "INSERT INTO subject_search (rowid, keys) SELECT id, "
                         "rgpd_search_words(email, coalesce(customer_ref, ''), first_name, "
                         "last_name, phone) FROM imported.subject WHERE id > 0"))
        steps += [(name, sql) for name, sql in indexes] + [("commit", "COMMIT")]
        shares = []
        start = time.perf_counter()
        conn.execute("BEGIN")
        for name, sql in steps:
            t = time.perf_counter()
            conn.execute(sql)
            shares.append((name, time.perf_counter() - t))
        return time.perf_counter() - start, shares
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def raw_recompute(folder: Path) -> tuple[float, float]:
    """Seconds to read every raw event back and recompute its hash (clock, CPU)."""
    conn = sqlite3.connect(folder / "raw.db")
    start, cpu = time.perf_counter(), time.process_time()
    prev = "0" * 64
    for row in conn.execute("SELECT seq, subject, purpose, kind, occurred_at, recorded_at, "
                            "channel, prev, hash FROM event ORDER BY seq"):
        digest = hashlib.sha256("\x1f".join(map(str, (*row[:7], prev))).encode()).hexdigest()
        assert digest == row[8]
        prev = digest
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, cpu


IMPORT_SCRIPT = r"""
import sys, time
sys.path.insert(0, sys.argv[3])
from assistant import paths
paths.set_data_dir(sys.argv[4])
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store.dossier import open_dossier


def io_written():
    # bytes sent to the disk, less those of files deleted before they reached it (the
    # kernel counts them in write_bytes, then in cancelled_write_bytes); and the gross
    counts = {}
    for line in open("/proc/self/io"):
        name, value = line.split(":")
        counts[name] = int(value)
    return counts.get("write_bytes", 0) - counts.get("cancelled_write_bytes", 0), \
        counts.get("write_bytes", 0)


def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


written, gross = io_written()
with open_dossier(sys.argv[1]) as d:
    start, cpu = time.perf_counter(), time.process_time()
    report = drive(import_consents(d, sys.argv[2]))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
net_after, gross_after = io_written()
print(f"{elapsed:.3f} {report.events_added} {report.subjects_added} {peak_mb():.0f} "
      f"{net_after - written} {cpu:.3f} {gross_after - gross}")
"""


PAGE_SCRIPT = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])


def peak_mb():  # this process's own peak (ru_maxrss would include the parent's, on Linux)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


from PySide6.QtWidgets import QApplication
app = QApplication([])
from assistant import paths
paths.set_data_dir(sys.argv[3])
from assistant.store.dossier import open_dossier
from assistant.ui.session import Session
from assistant.ui.pages.consents_page import ConsentsPage
before = peak_mb()
start = time.perf_counter()
dossier = open_dossier(sys.argv[1], read_only=True, check=False)
opened = time.perf_counter() - start
start = time.perf_counter()
session = Session()
page = ConsentsPage(session)
page.resize(1300, 850)
session.open(dossier)
page.show()
app.processEvents()
page.table.scrollToBottom()
app.processEvents()
elapsed = time.perf_counter() - start
print(f"{elapsed:.3f} {peak_mb():.0f} {before:.0f} {page.model.rowCount()} "
      f"{page.model.fetches} {opened:.3f}")
session.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--only-import", action="store_true",
                        help="measure the import alone (no floor, verify, search or page)")
    parser.add_argument("--only-verify", action="store_true",
                        help="measure verify alone, on the files an earlier run kept in "
                             "--keep DIR")
    args = parser.parse_args()
    if args.only_verify:
        if args.keep is None or not (args.keep / "bench.rgpd").exists() or \
                not (args.keep / "raw.db").exists():
            parser.error("--only-verify needs --keep DIR with the files of an earlier run")
        _only_verify(args.keep)
        return
    folder = Path(tempfile.mkdtemp(prefix="consents-bench-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    from assistant import paths

    paths.set_data_dir(folder / "state")
    from assistant.store.dossier import create_dossier, open_dossier

    n = args.rows
    figures: dict[str, tuple[str, bool, str]] = {}
    print(f"consent ledger benchmarks, {n:,} rows, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPU(s)")
    try:
        source = folder / "consents.csv"
        t = time.perf_counter()
        make_csv(source, n)
        print(f"  generated {source.stat().st_size / 1e6:.0f} MB of CSV in "
              f"{time.perf_counter() - t:.1f} s")

        raw, raw_cpu = raw_baseline(folder, n)
        print(f"raw executemany + SHA-256 chain: {raw:,.0f} rows/s ({raw_cpu:,.0f} rows per "
              f"CPU second)")

        dossier_path = folder / "bench.rgpd"
        with create_dossier(dossier_path):
            pass
        out = subprocess.run([sys.executable, "-c", IMPORT_SCRIPT, str(dossier_path),
                              str(source), str(ROOT), str(folder / "state")],
                             capture_output=True, text=True, check=True)
        elapsed_s, added, people, import_peak, written, cpu_s, gross = out.stdout.split()
        elapsed, import_mb = float(elapsed_s), float(import_peak)
        rate, cpu_rate = n / elapsed, n / float(cpu_s)
        file_bytes = sum(Path(f"{dossier_path}{x}").stat().st_size
                         for x in ("", "-wal") if Path(f"{dossier_path}{x}").exists())
        written_ratio = int(written) / file_bytes
        per_event = file_bytes / int(added)
        raw_per_event = (folder / "raw.db").stat().st_size / n
        figures["import"] = (f"{rate / raw:.2f}x ({elapsed:.1f} s, {rate:,.0f} rows/s; raw "
                             f"{raw:,.0f}); by CPU time {cpu_rate / raw_cpu:.2f}x "
                             f"({float(cpu_s):.1f} s)", rate / raw >= 0.25, ">= 0.25x")
        figures["size"] = (f"{per_event:,.0f} B per event ({per_event / raw_per_event:.1f}x raw"
                           f" {raw_per_event:.0f} B)", per_event <= 700, "<= 700 B")
        figures["written"] = (f"{written_ratio:.2f}x ({int(written) / 1e6:,.0f} MB for "
                              f"{file_bytes / 1e6:,.0f} MB; counting the temporary files "
                              f"deleted before they reached the disk "
                              f"{int(gross) / file_bytes:.2f}x)", written_ratio <= 2, "<= 2x")
        figures["memory"] = (f"{import_mb:.0f} MB", import_mb <= 250, "<= 250 MB")
        print(f"CSV import: {elapsed:.1f} s, {rate:,.0f} rows/s, ratio {rate / raw:.2f}; "
              f"{int(added):,} events, {int(people):,} people; peak memory {import_mb:.0f} MB;"
              f" wrote {int(written) / 1e6:,.0f} MB ({int(gross) / 1e6:,.0f} MB counting "
              f"temporary files deleted before they reached the disk) for a file of "
              f"{file_bytes / 1e6:,.0f} MB")
        if args.only_import:
            print("(--only-import: the SQLite floor, verify, search and the Consents page are "
                  "not measured)")
            _print_table(n, figures)
            return

        floor_cpu = time.process_time()
        floor, shares = sqlite_floor(folder, dossier_path)
        floor_cpu = time.process_time() - floor_cpu
        print(f"  SQLite alone writing the same rows (copied by SQL, indexes built after): "
              f"{floor:.1f} s, {n / floor:,.0f} rows/s, ratio {n / floor / raw:.2f} (by CPU "
              f"time {floor_cpu:.1f} s, {n / floor_cpu / raw_cpu:.2f}): the ceiling of any "
              f"import of this schema")
        print("    " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in shares))

        figures["verify"] = _measure_verify(folder, dossier_path)

        rng = random.Random(7)
        queries = []
        for _ in range(60):
            i = rng.randrange(n)
            email, ref, first, last, phone = person(i)
            queries += [first[:3], last[:5], email[:10], ref, f"{first} {last[:3]}",
                        f"{last[:4]} {first[:2]}", phone[:8]]
        queries += ["lukasz", "odegaard", "nguyen", "παπαδ", "kowalski12"]
        with open_dossier(dossier_path, read_only=True) as d:
            times: dict[bool, list[float]] = {False: [], True: []}
            for q in queries:
                t = time.perf_counter()
                d.consents.search(q, limit=1000)
                two = " " in q and not q.replace(" ", "").isdigit()
                times[two].append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            d.conn.execute("SELECT count(*) FROM subject WHERE last_name || ' ' || first_name "
                           "|| ' ' || email LIKE ?", ("%kowalski12%",)).fetchone()
            like_ms = (time.perf_counter() - t) * 1000
            windows: dict[str, list[float]] = {"middle": [], "end": []}
            for _ in range(5):
                for name, at in (("middle", n // 2), ("end", n - 200)):
                    t = time.perf_counter()
                    d.consents.subject_rows(at, 200)
                    windows[name].append((time.perf_counter() - t) * 1000)
        one_ms, two_ms = (statistics.median(times[k]) for k in (False, True))
        every = sorted(times[False] + times[True])
        median = statistics.median(every)
        figures["search"] = (f"two words {two_ms:.1f} ms, one word {one_ms:.1f} ms (median)",
                             two_ms <= 15 and one_ms <= 5, "<= 15 ms / 5 ms")
        print(f"search in {n:,} people ({len(every)} queries): median {median:.1f} ms "
              f"(one word {one_ms:.1f}, two words {two_ms:.1f}), "
              f"p95 {every[int(len(every) * 0.95)]:.1f} ms, max {every[-1]:.1f} ms; "
              f"raw LIKE scan {like_ms:.0f} ms, ratio {like_ms / median:.0f}x faster")
        middle_ms, end_ms = (statistics.median(windows[k]) for k in ("middle", "end"))
        figures["scroll"] = (f"end {end_ms:.0f} ms, middle {middle_ms:.0f} ms "
                             f"({end_ms / middle_ms:.2f}x)", end_ms <= middle_ms * 1.1,
                             "end <= middle")
        print(f"  a window of 200 people of the name-ordered list: middle {middle_ms:.0f} ms, "
              f"end {end_ms:.0f} ms")

        out = subprocess.run([sys.executable, "-c", PAGE_SCRIPT, str(dossier_path), str(ROOT),
                              str(folder / "state")], capture_output=True, text=True,
                             timeout=300)
        if out.returncode != 0:
            print("page open failed:", out.stderr[-2000:])
        else:
            seconds, rss, base, rows, fetches, opened = out.stdout.split()
            print(f"Consents page open + scroll to the end: {float(seconds):.2f} s "
                  f"(target < 1 s), peak memory of that process {rss} MB (target < 200 MB;"
                  f" Python + Qt before the page: {base} MB); {int(rows):,} rows, "
                  f"{fetches} windows fetched; opening the file itself (no quick_check): "
                  f"{float(opened):.2f} s")
        print(f"bench process peak resident size (import, verify with its mapped file "
              f"pages, search): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
              f" MB")
        _print_table(n, figures)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def _measure_verify(folder: Path, dossier_path: Path) -> tuple[str, bool, str]:
    """Verify against the raw recompute of the same run, printed; its line of the table."""
    from assistant.domain.progress import drive
    from assistant.store.verify import verify_dossier

    raw_seconds, raw_cpu_seconds = raw_recompute(folder)
    sampler = _AnonymousPeak()
    t, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
    verified = drive(verify_dossier(dossier_path))
    elapsed, verify_cpu = time.perf_counter() - t, time.process_time() - cpu
    # the process's CPU counts the integrity check and the seals' texts, which run on the
    # other core: the thread that walks the chain is the figure a change to it moves
    own = time.thread_time() - own
    sampler.stop()
    assert verified.sound, verified.problems
    print(f"verify (integrity + chain): {elapsed:.1f} s; raw recompute {raw_seconds:.1f} s;"
          f" ratio {raw_seconds / elapsed:.2f} (target >= 0.5); CPU {verify_cpu:.1f} s, of "
          f"which the verifying thread {own:.1f} s; memory of its own at most "
          f"{sampler.peak:.0f} MB (it reads the dossier through a memory map: those file "
          f"pages, the system's file cache, count in the process's resident size)")
    t = time.perf_counter()
    chain_only = drive(_chain_only(dossier_path))
    chain_elapsed = time.perf_counter() - t
    print(f"  of which the hash chain: {chain_elapsed:.1f} s, ratio "
          f"{raw_seconds / chain_elapsed:.2f} ({chain_only} events)")
    integrity_seconds, integrity_cpu = _integrity_only(dossier_path)
    print(f"  SQLite's integrity check alone: {integrity_seconds:.1f} s (CPU "
          f"{integrity_cpu:.1f} s), ratio {raw_seconds / integrity_seconds:.2f}")
    # What the checks' CPU allows on this machine: even with every core busy from the
    # first moment to the last, verify could not end sooner than its CPU time spread over
    # them, nor sooner than its longest single check (the integrity check cannot be split).
    cores = os.cpu_count() or 1
    floor = max(verify_cpu / cores, integrity_seconds)
    print(f"  at best on {cores} core(s): {floor:.1f} s (its CPU over the cores, or the "
          f"integrity check if longer), ratio at most {raw_seconds / floor:.2f}")
    return (f"{raw_seconds / elapsed:.2f}x ({elapsed:.1f} s; raw {raw_seconds:.1f} s); by "
            f"CPU time {raw_cpu_seconds / verify_cpu:.2f}x (both cores' time counted)",
            raw_seconds / elapsed >= 0.5, ">= 0.5x")


def _only_verify(folder: Path) -> None:
    from assistant import paths

    paths.set_data_dir(folder / "state")
    dossier_path = folder / "bench.rgpd"
    with sqlite3.connect(f"file:{dossier_path}?mode=ro", uri=True) as conn:
        (n,) = conn.execute("SELECT count(*) FROM consent_event").fetchone()
    conn.close()
    print(f"verify alone, {n:,} events kept in {folder}, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.2f}")
    _print_table(n, {"verify": _measure_verify(folder, dossier_path)})


def _print_table(n: int, figures: dict[str, tuple[str, bool, str]]) -> None:
    print()
    print(f"| figure, {n:,} rows | measured | target | met |")
    print("|---|---|---|---|")
    for key, label in (("import", "import vs raw"), ("size", "file size"),
                       ("verify", "verify vs raw recompute"),
                       ("written", "disk written / final file"),
                       ("memory", "import peak memory"), ("search", "search"),
                       ("scroll", "last window vs middle")):
        if key in figures:
            text, met, target = figures[key]
            print(f"| {label} | {text} | {target} | {'yes' if met else 'no'} |")


def _status_mb(field: str) -> float:
    """A figure of /proc/self/status (Linux), in MB."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _AnonymousPeak:
    """The highest anonymous (not file-backed) resident memory, sampled every 20 ms."""

    def __init__(self) -> None:
        import threading

        self.peak = _status_mb("RssAnon")
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(0.02):
            self.peak = max(self.peak, _status_mb("RssAnon"))

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _integrity_only(path: Path) -> tuple[float, float]:
    """Seconds and CPU seconds of ``PRAGMA integrity_check`` alone, read as verify reads
    (read-only, memory-mapped)."""
    from assistant.store.dossier import open_worker_connection

    conn = open_worker_connection(path, mapped=True)
    try:
        t, cpu = time.perf_counter(), time.process_time()
        conn.execute("PRAGMA integrity_check(20)").fetchall()
        return time.perf_counter() - t, time.process_time() - cpu
    finally:
        conn.close()


def _chain_only(path: Path):  # type: ignore[no-untyped-def]
    from assistant.store.consent_verify import check_chain
    from assistant.store.dossier import open_worker_connection
    from assistant.store.verify import VerifyReport

    report = VerifyReport(path)
    conn = open_worker_connection(path)
    try:
        yield from check_chain(conn, report)
    finally:
        conn.close()
    return report.facts.get("consent_events")


if __name__ == "__main__":
    main()
