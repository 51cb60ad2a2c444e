"""Duplicate rows are found however far apart they are, with memory bounded by moving the
older keys to disk."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from assistant.store import duplicate_index
from assistant.store.duplicate_index import DuplicateIndex
from tests.exchange.test_consent_csv import refused_rows, shop, write  # noqa: F401


def test_first_lines_across_moves_to_disk() -> None:
    index = DuplicateIndex(memory_max=5, filter_bits=1 << 12)
    rng = random.Random(7)
    keys = [rng.getrandbits(64) - (1 << 63) for _ in range(200)]  # signed, like hash()
    first: dict[int, int] = {}
    for line, key in enumerate(keys + keys[::3] + [keys[0], keys[-1]], start=2):
        expected = first.get(key)
        assert index.first_line(key, line) == expected, line
        first.setdefault(key, line)
    assert len(index.recent) < 5 and index.disk_lookups >= len(keys[::3])
    index.close()


def test_distinct_keys_rarely_ask_the_disk() -> None:
    index = DuplicateIndex(memory_max=1000, filter_bits=1 << 20)
    rng = random.Random(11)
    for line in range(20_000):
        assert index.first_line(rng.getrandbits(63), line) is None
    assert index.disk_lookups < 200  # the filter answers for almost every new key
    index.close()


def test_an_import_names_the_first_of_two_rows_far_apart(
        shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    monkeypatch.setattr(duplicate_index, "MEMORY_MAX", 10)
    monkeypatch.setattr(duplicate_index, "FILTER_BITS", 1 << 12)
    rows = ["email,purpose,status,date"]
    rows += [f"p{i}@example.org,newsletter,granted,2025-01-{1 + i % 28:02d}" for i in range(60)]
    rows.append("p3@example.org,newsletter,granted,2025-01-04")  # the same as line 5
    problems = refused_rows(shop, write(tmp_path, "\n".join(rows) + "\n"))
    assert problems == ["62: the same row as line 5 (same person, purpose, status and date)."]
