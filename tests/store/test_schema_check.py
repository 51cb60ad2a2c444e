"""The tables an open checks for, followed from the steps' statements, against the schema
that running the steps makes."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.store import migrations, schema_check


@pytest.mark.parametrize("version", sorted(migrations.MIGRATIONS))
def test_the_tables_followed_are_those_running_the_steps_makes(version: int) -> None:
    made = {name for kind, name in schema_check.reference(version) if kind == "table"}
    assert schema_check.table_names(version) == made


def test_a_file_without_a_table_of_its_version_is_named_missing() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in migrations.pending_steps(0):
            migrations.apply_step(conn, step)
        assert schema_check.missing_tables(conn, migrations.CURRENT_VERSION) == []
        conn.execute("DROP TABLE guide_pilot")
        assert schema_check.missing_tables(conn, migrations.CURRENT_VERSION) == ["guide_pilot"]
        conn.execute("DROP TABLE subject_search")  # a virtual table: its own tables go too
        assert schema_check.missing_tables(conn, migrations.CURRENT_VERSION) == [
            "guide_pilot", "subject_search", "subject_search_config", "subject_search_data",
            "subject_search_docsize", "subject_search_idx"]
    finally:
        conn.close()


@pytest.mark.parametrize(("script", "tables"), [
    ('CREATE TABLE "odd ""name""" (a); CREATE TABLE IF NOT EXISTS main.[b] (x);',
     {'odd "name"', "b"}),
    ("CREATE TABLE a (x); -- a; comment\n/* b; */ ALTER TABLE A RENAME TO c;", {"c"}),
    ("CREATE TABLE a (x); CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM a; "
     "DELETE FROM a WHERE x = ';DROP TABLE a;'; END; CREATE VIEW v AS SELECT 1;", {"a"}),
    ("CREATE VIRTUAL TABLE f USING fts5(w); ALTER TABLE f RENAME TO g;",
     {"g", "g_data", "g_idx", "g_content", "g_docsize", "g_config"}),
    ("CREATE VIRTUAL TABLE f USING fts5(w); DROP TABLE IF EXISTS F; DROP TABLE IF EXISTS x;",
     set()),
])
def test_statements_are_followed_as_sqlite_runs_them(
        monkeypatch: pytest.MonkeyPatch, script: str, tables: set[str]) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: ()})
    monkeypatch.setattr(migrations, "step_script", lambda version: script)
    schema_check.table_names.cache_clear()
    try:
        assert schema_check.table_names(1) == tables
        conn = sqlite3.connect(":memory:")
        conn.executescript(script)
        assert {n for (n,) in conn.execute("SELECT name FROM sqlite_schema "
                                           "WHERE type = 'table'")} == tables
        conn.close()
    finally:
        schema_check.table_names.cache_clear()
