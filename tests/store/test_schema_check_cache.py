"""The tables an open checks for are kept in the cache folder under the digest of the steps'
text: the next start reads them there, a changed step is followed again, and a cache that is
damaged or cannot be written changes nothing but the time it takes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from assistant import paths
from assistant.store import migrations, schema_check


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    schema_check.table_names.cache_clear()  # as a new process starts
    yield
    schema_check.table_names.cache_clear()


def test_the_next_start_reads_the_names_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    version = migrations.CURRENT_VERSION
    first = schema_check.table_names(version)
    assert (paths.cache_dir() / schema_check.CACHE_NAME).is_file()
    schema_check.table_names.cache_clear()

    def not_again(scripts: list[str]) -> frozenset[str]:
        raise AssertionError("followed the statements again")

    monkeypatch.setattr(schema_check, "followed_tables", not_again)
    assert schema_check.table_names(version) == first
    assert "guide_pilot" in first


def test_a_changed_step_is_followed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: ()})
    monkeypatch.setattr(migrations, "step_script", lambda version: "CREATE TABLE a (x);")
    assert schema_check.table_names(1) == {"a"}
    schema_check.table_names.cache_clear()
    monkeypatch.setattr(migrations, "step_script",
                        lambda version: "CREATE TABLE a (x); ALTER TABLE a RENAME TO b;")
    assert schema_check.table_names(1) == {"b"}
    kept = json.loads((paths.cache_dir() / schema_check.CACHE_NAME).read_text("utf-8"))
    assert sorted(map(sorted, kept.values())) == [["a"], ["b"]]  # both versions kept


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"%s": "guide_pilot"}'])
def test_a_damaged_cache_is_followed_again_and_mended(content: str) -> None:
    version = migrations.CURRENT_VERSION
    right = schema_check.followed_tables(
        [migrations.step_script(step) for step in sorted(migrations.MIGRATIONS)])
    cache = paths.cache_dir() / schema_check.CACHE_NAME
    if "%s" in content:  # the right digest, a wrong value
        schema_check.table_names(version)
        digest = next(iter(json.loads(cache.read_text("utf-8"))))
        content = content % digest
    cache.write_text(content, "utf-8")
    schema_check.table_names.cache_clear()
    assert schema_check.table_names(version) == right
    assert sorted(json.loads(cache.read_text("utf-8")).popitem()[1]) == sorted(right)


def test_a_cache_that_cannot_be_written_changes_nothing(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", "utf-8")
    monkeypatch.setattr(schema_check, "_cache_file", lambda: blocked / schema_check.CACHE_NAME)
    names = schema_check.table_names(migrations.CURRENT_VERSION)
    assert "guide_pilot" in names
    assert list(tmp_path.iterdir()) == [blocked]  # no part file left behind
