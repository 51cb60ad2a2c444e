"""``verify``'s check of the identities' seals finds exactly what its reference finds: SQLite
writes the text each seal hashes and Python only hashes it, and every row it does not clear
is judged by :func:`~assistant.domain.history.sealer`, as the triggers seal it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.history import sealer
from assistant.store import verify_seals

FIXTURES = Path(__file__).parent / "fixtures"

AWKWARD = [None, "", "[]", "{}", " ", "[ ]", "0", "a\x00b", "Łukasz Wiśniewska", "Νίκος",
           "emoji 🧁", "é" * 300, "\x1e\x1f", 0, -5, 2 ** 62, 1.5, 1e20, 1 / 3, 100.0,
           b"", b"\x00\xff", b"[]", bytes(range(16))]


def both(conn: sqlite3.Connection) -> tuple[object, object]:
    # the fast path on any table, however small (it keeps to the reference below 20,000)
    return (outcome(verify_seals.broken_seals, conn, "subject", "subject", min_rows=0),
            outcome(verify_seals.broken_seals_reference, conn, "subject", "subject"))


def outcome(function, *args, **kwargs) -> object:  # type: ignore[no-untyped-def]
    try:
        return function(*args, **kwargs)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def test_awkward_values_of_any_type_are_sealed_as_the_reference_seals_them(
        tmp_path: Path) -> None:
    # a table without STRICT takes any value in any column, and a column of no type
    conn = sqlite3.connect(tmp_path / "loose.rgpd", isolation_level=None)
    conn.execute("CREATE TABLE subject (id INTEGER PRIMARY KEY, uid TEXT, email TEXT, "
                 "salt BLOB, note, \"odd'name\" TEXT)")
    conn.execute("CREATE TABLE record_seal (area TEXT, record INTEGER, content_sha TEXT, "
                 "PRIMARY KEY (area, record))")
    names = ("id", "uid", "email", "salt", "note", "odd'name")
    seal = sealer(names)
    rows = []
    for i, value in enumerate(AWKWARD * 4):
        column = 2 + i // len(AWKWARD)  # each value in each column
        row: list[object] = [i + 1, f"u{i}", "a@b.fr", b"\x01" * 16, None, "x"]
        row[column] = value
        rows.append(row)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO subject VALUES (?, ?, ?, ?, ?, ?)", rows)
    for stored in conn.execute("SELECT * FROM subject").fetchall():  # as SQLite keeps them
        sha = seal(stored)
        if stored[0] % 7 == 0:
            sha = "0" * 64  # a seal that no longer matches
        if stored[0] % 11 != 0:  # and some with no seal at all
            conn.execute("INSERT INTO record_seal VALUES ('subject', ?, ?)", (stored[0], sha))
    conn.execute("COMMIT")
    fast, reference = both(conn)
    assert fast == reference
    named = {record for record, _ in reference}  # type: ignore[union-attr]
    assert {r[0] for r in rows if r[0] % 7 == 0 or r[0] % 11 == 0} <= named
    # seals forged on the text SQLite writes: it clears a row only if that text is the
    # reference's to the byte
    forge_on_sql_text(conn)
    fast, reference = both(conn)
    assert fast == reference and reference  # type: ignore[comparison-overlap]
    # and without the bytes that are not UTF-8 (those send every row to the reference)
    conn.execute("DELETE FROM subject WHERE x'00ff' IN (email, salt, note, \"odd'name\")")
    fast, reference = both(conn)
    assert fast == reference and reference  # type: ignore[comparison-overlap]
    conn.close()


def forge_on_sql_text(conn: sqlite3.Connection, *, lean: bool = False) -> None:
    """Seal every row on the text the fast path's SQL writes for it (in ``subject_seal`` as
    bytes for lean rows, else in ``record_seal`` as hex)."""
    sql = verify_seals._seal_text_sql(conn, "subject")
    conn.execute("BEGIN")
    for record, text in conn.execute(
            f"SELECT s.id, CAST({sql} AS BLOB) FROM subject s").fetchall():
        if text is None:
            continue
        digest = hashlib.sha256(text[1:])
        if lean:
            conn.execute("INSERT OR REPLACE INTO subject_seal VALUES (?, ?)",
                         (record, digest.digest()))
        else:
            conn.execute("INSERT OR REPLACE INTO record_seal VALUES ('subject', ?, ?)",
                         (record, digest.hexdigest()))
    conn.execute("COMMIT")


def test_an_empty_table_a_file_in_memory_and_changes_not_committed(tmp_path: Path) -> None:
    for target in (str(tmp_path / "empty.rgpd"), ":memory:"):
        conn = sqlite3.connect(target)  # the insert below stays in an open transaction
        conn.execute("CREATE TABLE subject (id INTEGER PRIMARY KEY, uid TEXT)")
        conn.execute("CREATE TABLE record_seal (area TEXT, record INTEGER, content_sha TEXT)")
        assert both(conn) == ([], [])
        conn.execute("INSERT INTO subject VALUES (1, 'u')")
        assert both(conn) == ([(1, "u")], [(1, "u")])
        conn.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("dossier-v1[0-9].rgpd")),
                         ids=lambda p: p.stem)
def test_people_changed_outside_the_app_are_found_alike(fixture: Path,
                                                        tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    conn = sqlite3.connect(path, isolation_level=None)
    assert both(conn) == ([], [])
    for sql in ("UPDATE subject SET first_name = '' WHERE id = 2",
                "UPDATE subject SET last_name = '[]' WHERE id = 3",
                "UPDATE subject SET salt = x'' WHERE id = 4",
                "UPDATE subject SET email = 'Zoé 🧁' WHERE id = 5",
                "UPDATE subject SET customer_ref = NULL WHERE customer_ref IS NOT NULL AND "
                "id > 5 AND id < 9",
                "DELETE FROM record_seal WHERE record = 9",
                "UPDATE record_seal SET content_sha = upper(content_sha) WHERE record = 10"):
        conn.execute(sql)
    fast, reference = both(conn)
    assert fast == reference and len(reference) >= 6  # type: ignore[arg-type]
    # text that is not UTF-8 stops the check, as it always has, even under a seal of its
    # bytes
    conn.execute("UPDATE subject SET phone = CAST(x'ff41' AS TEXT) WHERE id = 12")
    forge_on_sql_text(conn)
    fast, reference = both(conn)
    assert fast == reference and "UTF-8" in str(reference)
    conn.close()


LEAN_AWKWARD = [None, 0, -5, 1, 2 ** 62, 1.5, "", "x", "2024-01-01 10:00", b"", b"\x00\xff",
                "0", 0.0]


def test_lean_rows_are_checked_in_their_text_form(tmp_path: Path) -> None:
    """People in lean rows: each seal covers the row's text form, and any value a column of
    either form takes (``ANY``: an edit outside the app may put anything there) is judged
    alike by the fast path and the reference."""
    from assistant.store.dossier import create_dossier
    from assistant.store.ledger.subject_forms import COLUMNS

    path = tmp_path / "lean.rgpd"
    marks = ", ".join("?" * len(COLUMNS))
    with create_dossier(path) as d, d.transaction() as conn:
        sid = 0
        for column in ("uid", "email_key", "created_at", "updated_at", "erased_at"):
            for value in LEAN_AWKWARD:
                sid += 1
                row: dict[str, object] = {
                    "id": sid, "uid": sid.to_bytes(16, "big"), "email": f"p{sid}@b.fr",
                    "email_key": None, "customer_ref": None, "first_name": "Zoé",
                    "last_name": "", "phone": "", "salt": b"\x01" * 16, "sort_key": "",
                    "created_at": 1_700_000_000_000_000, "updated_at": None,
                    "erased_at": None, "phone_key": None}
                if column in ("uid", "created_at") and value is None:
                    continue
                row[column] = value
                if column == "uid" and isinstance(value, str | int | float):
                    row[column] = f"{value}{sid}"  # unique
                conn.execute(f"INSERT INTO subject VALUES ({marks})",
                             [row[c] for c in COLUMNS])
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert both(conn) == ([], [])
        for sql in ("UPDATE subject SET created_at = created_at + 1 WHERE id = 20",
                    "UPDATE subject SET email_key = 'other' WHERE id = 21",
                    "UPDATE subject SET updated_at = 1.5 WHERE id = 22",
                    "UPDATE subject SET erased_at = x'00' WHERE id = 23",
                    "DELETE FROM subject_seal WHERE subject_id = 24",
                    "UPDATE subject_seal SET seal = zeroblob(32) WHERE subject_id = 25"):
            conn.execute(sql)
        fast, reference = both(conn)
        assert fast == reference
        assert {r for r, _ in reference} == set(range(20, 26))  # type: ignore[union-attr]
        # seals forged on the text SQLite writes: cleared only if it is the reference's
        forge_on_sql_text(conn, lean=True)
        fast, reference = both(conn)
        assert fast == reference
    finally:
        conn.close()
