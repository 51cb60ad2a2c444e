"""People in lean rows: the uid as bytes, integer times, the email key only where it differs,
seals as bytes in ``subject_seal``. Every seal is still the seal of the row's text form, the
one the seals hashed before: a dossier sealed before the step verifies after it, a person
edited outside the app before it is still named after it, and each write path seals a
person as the code before the lean rows sealed them."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.domain.history import sealer
from assistant.domain.progress import drive
from assistant.exchange.consent_import import import_consents
from assistant.store import history, migrations
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.errors import MigrationFailed
from assistant.store.ledger.people import insert_subject
from assistant.store.ledger.subject_forms import (
    COLUMNS,
    lean_row,
    text_row,
    text_sql,
)
from assistant.store.verify import verify_dossier

FIXTURES = Path(__file__).parents[1] / "fixtures"
STEP = max(v for v, files in migrations.MIGRATIONS.items() if "lean_people.sql" in files)
OLD_SEAL = sealer(COLUMNS)  # what the code before the lean rows sealed a row with

# A person in the text form (the columns of the table before the lean rows).
KNOWN = (7, "0123456789abcdef0123456789abcdef", "Lea.Martin@Fleurs.example",
         "lea.martin@fleurs.example", "C-7", "Léa", "Martin", "06 12 34 56 78",
         bytes(range(16)), "martin lea lea.martin@fleurs.example c-7",
         "2026-03-01T10:00:00.000000Z", "2026-03-01T10:00:00.000000Z", None, "+33612345678")
# its seal, spelled out: the non-empty fields in name order, ``name U+001F value`` joined by
# U+001E, the salt in upper-case hex, then SHA-256
KNOWN_SEAL = hashlib.sha256("\x1e".join(
    f"{name}\x1f{value.hex().upper() if isinstance(value, bytes) else value}"
    for name, value in sorted(zip(COLUMNS, KNOWN, strict=True)) if value not in (None, "")
).encode()).hexdigest()


def text_of(conn: sqlite3.Connection, subject_id: int) -> tuple[object, ...]:
    return tuple(conn.execute("SELECT * FROM subject_text WHERE id = ?",
                              (subject_id,)).fetchone())


def seal_of(conn: sqlite3.Connection, subject_id: int) -> str:
    return str(conn.execute("SELECT lower(hex(seal)) FROM subject_seal WHERE subject_id = ?",
                            (subject_id,)).fetchone()[0])


def sealed_as_before(d: Dossier) -> None:
    """Every person's seal is the old seal of their text form, and verify agrees."""
    rows = d.conn.execute("SELECT * FROM subject_text").fetchall()
    assert rows
    for row in rows:
        assert seal_of(d.conn, row[0]) == OLD_SEAL(row)
    assert history.check(d.conn).identities == []


def test_a_known_person_has_a_known_seal(tmp_path: Path) -> None:
    assert KNOWN_SEAL == OLD_SEAL(KNOWN) == \
        "0712815e7afbe4f2c248947231e5cf31f4f64e68232d58227fc07b4b51e0e1d6"
    with create_dossier(tmp_path / "a.rgpd") as d:
        with d.transaction() as conn:
            insert_subject(conn, Identity(*KNOWN[2:3], *KNOWN[4:8]), KNOWN[1], KNOWN[8],
                           KNOWN[10], subject_id=7)
            conn.execute("UPDATE subject SET sort_key = ? WHERE id = 7", (KNOWN[9],))
        assert text_of(d.conn, 7) == KNOWN
        assert seal_of(d.conn, 7) == KNOWN_SEAL
        stored = d.conn.execute("SELECT uid, email_key, created_at, updated_at FROM subject "
                                "WHERE id = 7").fetchone()
        # the lean forms: 16 bytes, the key that differs, microseconds, NULL while unchanged
        assert stored == (bytes.fromhex(KNOWN[1]), KNOWN[3], 1772359200000000, None)
        assert d.conn.execute("SELECT phone_key FROM subject WHERE id = 7").fetchone() == (
            33612345678,)


def test_every_write_path_seals_a_person_as_before(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        # typed in, then a consent recorded
        lea = d.consents.add_subject(Identity(email="Lea@Fleurs.example", first_name="Léa"))
        purpose = d.consents.purposes()[0]
        d.consents.record(lea.id, int(purpose.id or 0), EventKind.GRANTED)
        # an import (the bulk writer seals its people itself)
        source = tmp_path / "c.csv"
        source.write_text(
            "email;reference_client;prenom;nom;telephone;finalite;statut;date;canal\r\n"
            f"hugo@fleurs.example;C-2;Hugo;Faure;06 00 00 00 01;{purpose.code};oui;"
            "01/03/2026 10:00;magasin\r\n"
            f";C-3;Νίκος;Παπαδόπουλος;;{purpose.code};non;02/03/2026 10:00;site\r\n",
            encoding="utf-8")
        drive(import_consents(d, source))
        assert d.consents.subject_count() == 3
        sealed_as_before(d)
        # an identity corrected: updated_at now differs from created_at
        d.consents.update_identity(lea.id, Identity(email="lea@fleurs.example",
                                                    first_name="Léa", last_name="Martin"))
        updated = text_of(d.conn, lea.id)
        assert updated[COLUMNS.index("updated_at")] != updated[COLUMNS.index("created_at")]
        assert updated[COLUMNS.index("email_key")] == "lea@fleurs.example"
        sealed_as_before(d)
        # an erasure
        d.consents.erase_subject(lea.id, reason="asked")
        erased = text_of(d.conn, lea.id)
        assert erased[COLUMNS.index("erased_at")] and erased[COLUMNS.index("email_key")] is None
        sealed_as_before(d)
        # the readers see the text forms
        subject = d.consents.subject_by_uid(lea.uid)
        assert subject is not None and subject.id == lea.id and subject.erased


def test_lookups_by_key_use_the_indexes(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        plans = {sql: " ".join(str(r[-1]) for r in d.conn.execute(
            "EXPLAIN QUERY PLAN " + sql, ("x",))) for sql in (
            "SELECT id FROM subject_text WHERE email_key = ?",
            f"SELECT id FROM subject s WHERE {text_sql('s')['email_key']} = ?",
            "SELECT id FROM subject WHERE uid = ?",
            "SELECT id FROM subject WHERE phone_key = ?",
            "SELECT id, uid FROM subject_text WHERE customer_ref = ?")}
    for sql, plan in plans.items():
        assert "USING" in plan and "INDEX subject_by_" in plan, (sql, plan)


AWKWARD_TEXT_ROWS = [
    KNOWN,
    # erased: no email, no key, no salt
    (8, "f" * 32, "", None, None, "", "", "", None, "\uffff", "2026-03-01T10:00:00.000000Z",
     "2026-03-02T10:00:00.000000Z", "2026-03-02T10:00:00.000000Z", None),
    # edited outside the app: a uid not in lower-case hex, times not canonical, an email
    # without a key, an empty key, a key that is "0"
    (9, "F" * 32, "a@b.fr", None, None, "", "", "", None, "", "2024-01-01 10:00",
     "2024-01-01 10:00", "1969-12-31T23:59:59.000000Z", None),
    (10, "0" * 32, "", "", None, "", "", "", None, "", "x", "y", "", None),
    (11, "1" * 32, "b@b.fr", "0", None, "", "", "", None, "", "", "", None, None),
    # phone keys not in E.164
    (12, "2" * 32, "", None, None, "", "", "", None, "", "x", "x", None, "+033"),
    (13, "3" * 32, "", None, None, "", "", "", None, "", "x", "x", None, "33612345678"),
    (14, "4" * 32, "", None, None, "", "", "", None, "", "x", "x", None, "+1234567890123456789"),
    (15, "5" * 32, "", None, None, "", "", "", None, "", "x", "x", None, ""),
]


@pytest.mark.parametrize("row", AWKWARD_TEXT_ROWS, ids=lambda r: str(r[0]))
def test_each_row_comes_back_in_its_text_form(row: tuple[object, ...]) -> None:
    assert text_row(lean_row(row)) == row


def test_the_view_gives_the_rows_back_as_python_does(tmp_path: Path) -> None:
    with create_dossier(tmp_path / "a.rgpd") as d:
        with d.transaction() as conn:
            conn.executemany(f"INSERT INTO subject VALUES ({', '.join('?' * len(COLUMNS))})",
                             [lean_row(r) for r in AWKWARD_TEXT_ROWS])
        for row in AWKWARD_TEXT_ROWS:
            assert text_of(d.conn, row[0]) == row  # type: ignore[arg-type]
            assert seal_of(d.conn, row[0]) == OLD_SEAL(row)  # type: ignore[arg-type]
        assert history.check(d.conn).identities == []


def test_the_view_and_python_read_any_stored_value_alike(tmp_path: Path) -> None:
    odd = [None, 0, -5, 1, 2 ** 62, 1.5, "", "x", b"", b"\x00\xff", "0", 0.0,
           253_402_300_799_999_999, 253_402_300_800_000_000]
    with create_dossier(tmp_path / "a.rgpd") as d:
        with d.transaction() as conn:
            for n, value in enumerate(odd, start=1):
                conn.execute("INSERT INTO subject (id, uid, email, email_key, created_at, "
                             "updated_at, erased_at, phone_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (n, b"u%d" % n,
                              "" if n % 2 else "a@b.fr", value, 0 if value is None else value,
                              value, value, value))
        stored = d.conn.execute("SELECT * FROM subject ORDER BY id").fetchall()
        assert d.conn.execute("SELECT * FROM subject_text ORDER BY id").fetchall() == [
            text_row(row) for row in stored]


def _v14(tmp_path: Path) -> Path:
    path = tmp_path / "dossier-v14.rgpd"
    shutil.copy(FIXTURES / "dossier-v14.rgpd", path)
    return path


def test_a_migrated_dossier_keeps_every_value_and_seal(tmp_path: Path) -> None:
    path = _v14(tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    fixed = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'subject_uid_is_fixed'"
                         ).fetchone()[0]
    conn.executescript(
        # values the app never writes, edited outside the app and sealed again
        "DROP TRIGGER subject_uid_is_fixed;"
        "UPDATE subject SET uid = upper(uid), created_at = '2024-01-01 10:00' WHERE id = 3;"
        f"UPDATE subject SET email_key = NULL WHERE id = 4; {fixed};")
    conn.execute("UPDATE subject SET phone_key = '0612' WHERE id = 6")
    for sid in (3, 4, 6):
        row = conn.execute("SELECT * FROM subject WHERE id = ?", (sid,)).fetchone()
        conn.execute("UPDATE record_seal SET content_sha = ? WHERE record = ?",
                     (OLD_SEAL(row), sid))
    conn.execute("UPDATE record_seal SET content_sha = 'not a seal' WHERE record = 5")
    before = conn.execute("SELECT * FROM subject ORDER BY id").fetchall()
    seals = dict(conn.execute("SELECT record, content_sha FROM record_seal"))
    conn.close()
    with open_dossier(path) as d:
        assert d.schema_version == migrations.CURRENT_VERSION
        assert d.conn.execute("SELECT * FROM subject_text ORDER BY id").fetchall() == before
        kept = dict(d.conn.execute("SELECT subject_id, lower(hex(seal)) FROM subject_seal"))
        assert {k: v for k, v in seals.items() if k != 5} == kept
        # the seal that is not one stays where it was, and its person is named
        assert d.conn.execute("SELECT content_sha FROM record_seal WHERE record = 5"
                              ).fetchone() == ("not a seal",)
        assert [r for r, _ in history.check(d.conn).identities] == [5]
        stored = d.conn.execute("SELECT uid, created_at, email_key, phone_key FROM subject "
                                "WHERE id IN (3, 4, 6) ORDER BY id").fetchall()
        assert stored[0][:2] == (before[2][1], "2024-01-01 10:00")  # kept as they were
        assert stored[1][2] == 0  # an email without a key
        assert stored[2][3] == "0612"
        assert isinstance(stored[1][3], int)  # E.164 as an integer


def test_a_person_edited_outside_the_app_before_the_step_is_named_after_it(
        tmp_path: Path) -> None:
    path = _v14(tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE subject SET first_name = 'Mallory' WHERE id = 2")
    uid = conn.execute("SELECT uid FROM subject WHERE id = 2").fetchone()[0]
    conn.close()
    with open_dossier(path) as d:
        assert history.check(d.conn).identities == [(2, uid)]
    report = drive(verify_dossier(path))
    assert not report.sound
    assert any(p.code == "outside_identity" and p.params["uid"] == uid
               for p in report.problems)


def test_a_value_that_would_not_come_back_stops_the_step(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _v14(tmp_path)
    functions = migrations._step_functions

    def lossy() -> dict[str, object]:
        found = dict(functions())
        found["rgpd_lean_time"] = (1, lambda text: 0 if isinstance(text, str) else text)
        return found

    monkeypatch.setattr(migrations, "_step_functions", lossy)
    with pytest.raises(MigrationFailed) as caught:
        open_dossier(path)
    assert caught.value.params["version"] == STEP and caught.value.params["backup"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == STEP - 1
        assert conn.execute("SELECT typeof(uid) FROM subject LIMIT 1").fetchone() == ("text",)
    finally:
        conn.close()


def test_the_list_order_is_by_name_then_as_added_by_every_writer(tmp_path: Path) -> None:
    from assistant.store.ledger.people import sort_key

    with create_dossier(tmp_path / "a.rgpd") as d:
        typed = d.consents.add_subject(Identity(email="z@b.fr", first_name="Léa",
                                                last_name="Martin"))
        purpose = d.consents.purposes()[0].code
        source = tmp_path / "c.csv"
        source.write_text(
            "email;reference_client;prenom;nom;telephone;finalite;statut;date;canal\r\n"
            + "".join(f"{email};{ref};{first};{last};;{purpose};oui;01/03/2026 10:00;site\r\n"
                      for email, ref, first, last in (
                          ("a@b.fr", "C-1", "Léa", "Martin"), ("", "C-2", "", "Łukasz"),
                          ("b@b.fr", "", "Zoé", ""), ("Ødegaard@b.fr", "C-4", "", ""),
                          ("", "C-5", "", ""))),
            encoding="utf-8")
        drive(import_consents(d, source))
        rows = d.conn.execute("SELECT id, email, coalesce(customer_ref, ''), first_name, "
                              "last_name, phone, sort_key FROM subject ORDER BY id").fetchall()
        assert [r[6] for r in rows] == [sort_key(Identity(*r[1:6])) for r in rows]
        assert [r[6] for r in rows] == ["martin lea", "martin lea", "lukasz", "zoe",
                                        "odegaard@b.fr", "c-5"]
        # the same name: in the order they were added
        listed = [r.id for r in d.consents.subject_rows(0, 10)]
        assert listed == [6, 3, 1, 2, 5, 4]
        assert typed.id == 1
