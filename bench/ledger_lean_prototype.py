"""A measurement for a schema step not taken yet: the ledger in lean rows with a contentless
FTS5 search, written with the bench's generated people, against the same rows' size in the
app's schema (``consents_bench.py`` prints that one).

The proposal: ids, salts and hashes as blobs (16 and 32 bytes), no stored previous hash (it
is the previous row's hash), times as integer microseconds, the recording time, author and
source file held once per import (``batch``), the lower-cased email only where it differs,
and the search keys (folded by :func:`assistant.domain.consent.search_keys_of`, so ``ł``
and ``ø`` are folded by the app, as today) in a contentless FTS5 table with prefix indexes
instead of ``subject_key`` and ``subject.search``. The hash here is a stand-in (the real
canonical form would be made from the blobs in hex, bit for bit as today); the figures are
the file's bytes per event and the search times.

Usage: ``nice -n 10 python bench/ledger_lean_prototype.py [--rows 100000]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from consents_bench import person

from assistant.domain.consent import fold, search_keys_of

SCHEMA = """
CREATE TABLE person (id INTEGER PRIMARY KEY, uid BLOB NOT NULL, email TEXT NOT NULL DEFAULT '',
  email_key TEXT, customer_ref TEXT, first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', phone_key TEXT,
  salt BLOB, sort_key TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL, updated INTEGER,
  erased INTEGER) STRICT;
CREATE VIRTUAL TABLE person_search USING fts5(keys, content='', detail='none',
  prefix='2 3 4', tokenize="unicode61 remove_diacritics 0 tokenchars '@._-+'");
CREATE TABLE batch (id INTEGER PRIMARY KEY, recorded_at INTEGER, recorded_by TEXT,
  sha256 BLOB, file_name TEXT);
CREATE TABLE event (seq INTEGER PRIMARY KEY, person INTEGER NOT NULL, purpose INTEGER,
  kind INTEGER NOT NULL, occurred INTEGER NOT NULL, unknown INTEGER NOT NULL,
  channel INTEGER NOT NULL, detail TEXT NOT NULL DEFAULT '', notice INTEGER,
  evidence TEXT NOT NULL DEFAULT '', batch INTEGER NOT NULL, line INTEGER,
  identity_hash BLOB NOT NULL, hash BLOB NOT NULL) STRICT;
CREATE TABLE status (person INTEGER, purpose INTEGER, kind INTEGER, occurred INTEGER,
  unknown INTEGER, seq INTEGER, PRIMARY KEY (person, purpose)) STRICT, WITHOUT ROWID
"""
INDEXES = """
CREATE UNIQUE INDEX person_by_uid ON person (uid);
CREATE UNIQUE INDEX person_by_email ON person (coalesce(email_key, email)) WHERE email != '';
CREATE UNIQUE INDEX person_by_ref ON person (customer_ref) WHERE customer_ref IS NOT NULL;
CREATE INDEX person_by_sort_key ON person (sort_key, id);
CREATE INDEX person_by_phone ON person (phone_key) WHERE phone_key IS NOT NULL;
CREATE INDEX event_by_person ON event (person, purpose, occurred);
CREATE INDEX status_by_purpose ON status (purpose, kind, occurred)
"""
CHUNK = 50_000


def build(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -131072")
    for statement in SCHEMA.split(";"):
        conn.execute(statement)
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO batch VALUES (1, 1700000000000000, 'bench', randomblob(32), "
                 "'consents.csv')")
    people: list[tuple[object, ...]] = []
    search: list[tuple[int, str]] = []
    events: list[tuple[object, ...]] = []
    statuses: list[tuple[object, ...]] = []
    prev = b"\0" * 32
    for i in range(n):
        email, ref, first, last, phone = person(i)
        uid, salt = os.urandom(16), os.urandom(16)
        key = email.lower()
        people.append((i + 1, uid, email, None if key == email else key, ref, first, last,
                       phone, "".join(c for c in phone if c.isdigit()), salt,
                       " ".join(fold(x) for x in (last, first, email, ref)),
                       1_700_000_000_000_000))
        search.append((i + 1, " ".join(search_keys_of(email, ref, first, last, phone))))
        occurred = 1_700_000_000_000_000 + i * 1_000_000
        ihash = hashlib.sha256(salt + email.encode()).digest()
        digest = hashlib.sha256(prev + uid + ihash + str(occurred).encode()).digest()
        events.append((i + 1, i + 1, i % 4 + 1, 1, occurred, 0, 1, "", None, "", 1, i + 2,
                       ihash, digest))
        statuses.append((i + 1, i % 4 + 1, 1, occurred, 0, i + 1))
        prev = digest
        if len(people) == CHUNK or i == n - 1:
            conn.executemany("INSERT INTO person (id, uid, email, email_key, customer_ref, "
                             "first_name, last_name, phone, phone_key, salt, sort_key, "
                             "created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", people)
            conn.executemany("INSERT INTO person_search (rowid, keys) VALUES (?, ?)", search)
            conn.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
            conn.executemany("INSERT INTO status VALUES (?,?,?,?,?,?)", statuses)
            for rows in (people, search, events, statuses):
                rows.clear()
    for statement in INDEXES.split(";"):
        conn.execute(statement)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return elapsed


def search_times(path: Path, n: int) -> tuple[float, float]:
    conn = sqlite3.connect(path)
    rng = random.Random(7)
    one: list[float] = []
    two: list[float] = []
    for _ in range(60):
        _, _, first, last, _ = person(rng.randrange(n))
        for query, bucket in ((fold(last[:5]), one), (fold(first[:3]), one),
                              (f"{fold(first)} {fold(last[:3])}", two),
                              (f"{fold(last[:4])} {fold(first[:2])}", two)):
            match = " ".join('"' + w + '"*' for w in query.split())
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM person_search WHERE person_search MATCH ? "
                         "LIMIT 1000", (match,)).fetchall()
            bucket.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(one), statistics.median(two)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ledger-lean-") as folder:
        path = Path(folder) / "lean.db"
        seconds = build(path, args.rows)
        size = path.stat().st_size
        one, two = search_times(path, args.rows)
    print(f"lean rows + contentless FTS5, {args.rows:,} people and events: "
          f"{size / args.rows:.0f} B per event (target <= 700), written in {seconds:.1f} s; "
          f"search median: one word {one:.1f} ms (target <= 5), two words {two:.1f} ms "
          f"(target <= 15)")


if __name__ == "__main__":
    main()
