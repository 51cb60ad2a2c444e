"""The rows of an import already seen, by a 64-bit key, in bounded memory.

A CSV file may hold millions of rows, and each must be compared with all the rows before it
("duplicate of line N"). Up to ``memory_max`` keys stay in a dict. Beyond that they move, in
sorted batches, to a temporary SQLite database on disk (deleted when closed), and a Bloom
filter over the moved keys says which rows may be there: only those rows (the true duplicates
and a few others) cost a lookup on disk. Memory therefore stays near ``memory_max`` entries
plus the filter (16 MB) whatever the size of the file: a 1 GB file (about nine million rows)
no longer needs a gigabyte to be checked.
"""

from __future__ import annotations

import sqlite3

# Keys kept in the dict (about 100 bytes each) before they move to disk. Moving costs about
# 1.3 s a million keys, so files up to this size never pay it; larger ones stay within
# about 130 MB instead of growing with the file.
MEMORY_MAX = 1_200_000
FILTER_BITS = 1 << 27  # 16 MB: two bits a key; false hits 0.02 % at 1M keys, 2 % at 10M
_MASK64 = (1 << 64) - 1


class DuplicateIndex:
    def __init__(self, *, memory_max: int | None = None,
                 filter_bits: int | None = None) -> None:
        self.memory_max = memory_max or MEMORY_MAX
        filter_bits = filter_bits or FILTER_BITS
        self.recent: dict[int, int] = {}
        self._db: sqlite3.Connection | None = None
        self._filter: bytearray | None = None
        self._bits = filter_bits
        self._mask = filter_bits - 1
        self.disk_lookups = 0  # for the tests and the bench: how often the disk was asked

    def first_line(self, key: int, line: int) -> int | None:
        """The line ``key`` was first seen on, or ``None`` (and ``line`` is remembered)."""
        first = self.recent.get(key)
        if first is not None:
            return first
        if self._filter is not None and self._maybe_on_disk(key):
            self.disk_lookups += 1
            row = self._db.execute(  # type: ignore[union-attr]
                "SELECT line FROM seen WHERE key = ?", (key,)).fetchone()
            if row is not None:
                return int(row[0])
        self.recent[key] = line
        if len(self.recent) >= self.memory_max:
            self._move_to_disk()
        return None

    def close(self) -> None:
        self.recent.clear()
        self._filter = None
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- disk -----------------------------------------------------------------------------
    def _positions(self, key: int) -> tuple[int, int]:
        k = key & _MASK64
        return k & self._mask, (k >> 32) & self._mask

    def _maybe_on_disk(self, key: int) -> bool:
        f = self._filter
        assert f is not None
        a, b = self._positions(key)
        return bool(f[a >> 3] & (1 << (a & 7))) and bool(f[b >> 3] & (1 << (b & 7)))

    def _move_to_disk(self) -> None:
        if self._db is None:
            # "" is a private temporary database on disk, removed when closed
            self._db = sqlite3.connect("")
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.execute("CREATE TABLE seen (key INTEGER PRIMARY KEY, line INTEGER NOT NULL)")
            self._filter = bytearray(self._bits >> 3)
        f = self._filter
        assert f is not None
        for key in self.recent:
            a, b = self._positions(key)
            f[a >> 3] |= 1 << (a & 7)
            f[b >> 3] |= 1 << (b & 7)
        with self._db:
            recent = self.recent  # in key order (fewer page writes), without a list of pairs
            self._db.executemany("INSERT INTO seen VALUES (?, ?)",
                                 ((key, recent[key]) for key in sorted(recent)))
        self.recent.clear()
