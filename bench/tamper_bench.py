"""How much tampering `verify` catches: raw edits made with another tool, and random bit flips.

On a copy of the demo dossier, each raw edit (an UPDATE, INSERT or DELETE through plain
sqlite3, as a database editor would) and each bit flip (one bit of the file, at a random
offset, fixed seed) is applied, then `verify` runs twice: with every check, and without the
change-history check (the baseline: what `verify` caught before the history existed). A flip
is *silent* when `verify` calls the file sound although its content (every row of every
table) differs; *harmless* when the content is the same (free space, unused bytes).

Usage: ``python bench/tamper_bench.py [--flips 30] [--seed 19]``. Prints the figures and the
ratio of what is caught with the history to what is caught without it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant import paths
from assistant.demo import build_demo
from assistant.domain.progress import drive
from assistant.store import verify

RAW_EDITS = {
    "processing name": "UPDATE processing SET name = 'Fichier clients (copie)' WHERE id = 1",
    "processing purposes": "UPDATE processing SET purposes = '[\"Revente\"]' WHERE id = 2",
    "processing legal basis": "UPDATE processing SET legal_basis = 'consent' WHERE id = 3",
    "processing retention": "UPDATE processing SET retention = '{}' WHERE id = 4",
    "processing recipients": "UPDATE processing SET recipients = '[]' WHERE id = 5",
    "processing's processors": "DELETE FROM processing_processor WHERE processing_id = 1",
    "processing added": "INSERT INTO processing (name, created_at, updated_at) VALUES "
                        "('Caché', '2026-01-01', '2026-01-01')",
    "organisation siret": "UPDATE organisation SET siret = '00000000000000'",
    "organisation name": "UPDATE organisation SET legal_name = 'Autre SARL'",
    "processor country": "UPDATE processor SET country = 'US' WHERE id = 1",
    "request received on": "UPDATE rights_request SET received_on = '2026-01-01' WHERE id = 1",
    "request requester": "UPDATE rights_request SET requester = 'X' WHERE id = 2",
    "request deleted": "DELETE FROM rights_request WHERE id = 3",
    "breach aware at": "UPDATE breach SET aware_at = '2026-01-01T00:00:00Z' WHERE id = 1",
    "breach risk": "UPDATE breach SET risk_level = CASE risk_level WHEN 'high' THEN 'unlikely' "
                   "ELSE 'high' END WHERE id = 2",
    "identity email": "UPDATE subject SET email = 'autre@exemple.fr' WHERE id = 2",
    "identity name": "UPDATE subject SET last_name = 'Autre' WHERE id = 3",
    "identity phone": "UPDATE subject SET phone = '0600000000' WHERE id = 4",
}


def sound(path: Path, with_history: bool) -> bool:
    saved = list(verify.CHECKS)
    if not with_history:
        verify.CHECKS[:] = [c for c in saved if c.__name__ != "_history"]
    try:
        return drive(verify.verify_dossier(path)).sound
    except Exception:  # refused outright (not our file, damaged header): caught
        return False
    finally:
        verify.CHECKS[:] = saved


def content(path: Path) -> object:
    """Every row of every table, or the error reading them."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")]
            return [(t, conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"unreadable: {exc}"


def changed_tables(before: object, after: object) -> list[str]:
    if not isinstance(before, list) or not isinstance(after, list):
        return ["(unreadable)"]
    rows = dict(after)
    return [table for table, content_ in before if rows.get(table) != content_]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--flips", type=int, default=30)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder / "state")
        demo = folder / "demo.rgpd"
        drive(build_demo(demo, "fr"))
        conn = sqlite3.connect(demo)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # one file: flips land in the data
        conn.close()
        copy = folder / "copy.rgpd"

        caught = {True: 0, False: 0}
        for name, sql in RAW_EDITS.items():
            shutil.copy(demo, copy)
            conn = sqlite3.connect(copy)
            assert conn.execute(sql).rowcount >= 1, name
            conn.commit()
            conn.close()
            result = {h: not sound(copy, h) for h in (True, False)}
            for h in (True, False):
                caught[h] += result[h]
            print(f"  raw edit {name}: {'caught' if result[True] else 'MISSED'} "
                  f"(without the history: {'caught' if result[False] else 'missed'})")
        n = len(RAW_EDITS)
        print(f"raw edits caught: {caught[True]} of {n} with the history; {caught[False]} of "
              f"{n} without; ratio {caught[True] / max(caught[False], 1):.1f}")

        original = content(demo)
        size = demo.stat().st_size
        rng = random.Random(args.seed)
        tally = {h: {"caught": 0, "harmless": 0, "silent": 0} for h in (True, False)}
        silent_tables: dict[str, int] = {}
        for _ in range(args.flips):
            shutil.copy(demo, copy)
            offset = rng.randrange(100, size)  # past the header's first fields
            data = bytearray(copy.read_bytes())
            data[offset] ^= 1 << rng.randrange(8)
            copy.write_bytes(bytes(data))
            now = content(copy)
            same = now == original
            for h in (True, False):
                if not sound(copy, h):
                    tally[h]["caught"] += 1
                elif same:
                    tally[h]["harmless"] += 1
                else:
                    tally[h]["silent"] += 1
                    if h:
                        for table in changed_tables(original, now):
                            silent_tables[table] = silent_tables.get(table, 0) + 1
        for h in (True, False):
            t = tally[h]
            print(f"bit flips ({args.flips}, seed {args.seed}) "
                  f"{'with' if h else 'without'} the history: {t['caught']} caught, "
                  f"{t['harmless']} harmless (content unchanged), {t['silent']} silent "
                  "(content changed, verify sound)")
        if silent_tables:
            print("  tables changed by the silent flips (with the history): " + ", ".join(
                f"{t} ({n})" for t, n in sorted(silent_tables.items())))


if __name__ == "__main__":
    main()
