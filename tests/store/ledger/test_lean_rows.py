"""The ledger's lean rows: the conversions that must give back exactly the text the hashes
cover, the schema step that brings them, and the full-text search that replaced the key
table."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.consent import EventKind, Identity
from assistant.store import migrations
from assistant.store.dossier import create_dossier, open_dossier
from assistant.store.errors import MigrationFailed
from assistant.store.ledger.times import NotCanonical, hash_blob, micros_text, utc_micros

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.mark.parametrize("text", ["1970-01-01T00:00:00.000000Z", "2024-02-29T23:59:59.999999Z",
                                  "2026-12-07T12:07:48.029583Z", "9999-12-31T23:59:59.999999Z"])
def test_a_canonical_time_comes_back_as_it_was(text: str) -> None:
    assert micros_text(utc_micros(text)) == text


@pytest.mark.parametrize("text", [
    "2024-02-30T10:00:00.000000Z",  # no such day
    "2024-01-01T24:00:00.000000Z", "2024-01-01T10:60:00.000000Z",
    "2024-01-01T10:00:60.000000Z",  # a leap second: no integer gives it back
    "2024-01-01T10:00:00Z", "2024-01-01T10:00:00.000000+00:00", "2024-01-01 10:00:00.000000Z",
    "1969-12-31T23:59:59.999999Z", "２０24-01-01T10:00:00.000000Z", "", None])
def test_a_time_not_written_canonically_is_refused(text: object) -> None:
    with pytest.raises(NotCanonical):
        utc_micros(text)


def test_a_hash_is_kept_only_in_lower_case_hex_of_64_digits() -> None:
    digest = "0123456789abcdef" * 4
    assert hash_blob(digest).hex() == digest
    for bad in (digest.upper(), digest[:-2], digest + "00", "g" * 64, b"\0" * 32):
        with pytest.raises(NotCanonical):
            hash_blob(bad)


def _tampered_copy(tmp_path: Path, *statements: str) -> Path:
    path = tmp_path / "v12.rgpd"
    shutil.copy(FIXTURES / "dossier-v12.rgpd", path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER consent_event_no_update")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("statement", [
    # a time the lean row could not give back as it was hashed
    "UPDATE consent_event SET occurred_at = '2024-01-01T10:00:00Z' WHERE seq = 5",
    # a previous hash that is not the hash of the row before: the lean row has no place
    # for it, so the break would change its name
    "UPDATE consent_event SET prev_hash = '" + "b" * 64 + "' WHERE seq = 7",
])
def test_a_ledger_the_step_cannot_keep_as_it_is_is_not_migrated(tmp_path: Path,
                                                                statement: str) -> None:
    path = _tampered_copy(tmp_path, statement)
    with pytest.raises(MigrationFailed) as caught:
        open_dossier(path)
    assert caught.value.params["backup"]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
        assert "prev_hash" in {r[1] for r in conn.execute("PRAGMA table_info(consent_event)")}
    finally:
        conn.close()


OLD_NAMES = ("seq", "scheme", "subject_id", "identity_hash", "purpose_id", "kind",
             "occurred_at", "date_unknown", "recorded_at", "channel", "channel_detail",
             "notice_id", "evidence", "recorded_by", "import_id", "source_line", "prev_hash",
             "hash")


def test_the_step_keeps_each_write_once_and_the_events_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "v12.rgpd"
    shutil.copy(FIXTURES / "dossier-v12.rgpd", path)
    conn = sqlite3.connect(path)
    try:
        before = conn.execute(f"SELECT {', '.join(OLD_NAMES)} FROM consent_event "
                              "ORDER BY seq").fetchall()
        writes = conn.execute("SELECT count(*) FROM (SELECT DISTINCT recorded_at, recorded_by, "
                              "import_id FROM consent_event)").fetchone()[0]
    finally:
        conn.close()
    with open_dossier(path) as d:
        assert d.schema_version == migrations.CURRENT_VERSION
        names = [r[1] for r in d.conn.execute("PRAGMA table_info(consent_event_text)")]
        assert d.conn.execute("SELECT count(*) FROM consent_batch").fetchone()[0] == writes
    # every column of every event, read as text through the view, as it was stored before
    assert sorted(names) == sorted(OLD_NAMES)
    conn = sqlite3.connect(path)
    try:
        by_name = conn.execute(f"SELECT {', '.join(OLD_NAMES)} FROM consent_event_text "
                               "ORDER BY seq").fetchall()
    finally:
        conn.close()
    assert by_name == [tuple(row) for row in before]


def test_search_finds_by_every_word_and_forgets_the_erased(tmp_path: Path) -> None:
    path = tmp_path / "shop.rgpd"
    with create_dossier(path) as d:
        c = d.consents
        a = c.add_subject(Identity("zofia.wisniewska@example.pl", "PL-7", "Zofia",
                                   "Wiśniewska-Ødegaard", "+33 6 12 34 56 78"))
        b = c.add_subject(Identity("", "C-2", "Zoé", "Wiśniewski", ""))
        assert c.search("wis") == [a.id, b.id]
        assert c.search("zo wis") == [a.id, b.id]
        assert c.search("odegaard") == [a.id] and c.search("ØDEG zof") == [a.id]
        assert c.search("zofia.wisniewska@ex") == [a.id] and c.search("pl-7") == [a.id]
        assert c.search("06 12 34") == [a.id] and c.search("33612") == [a.id]
        assert c.search("wis zz") == [] and c.search('"') == []
        c.update_identity(b.id, Identity("", "C-2", "Zoé", "Nowak", ""))
        assert c.search("wis") == [a.id] and c.search("nowak") == [b.id]
        c.record(a.id, 1, EventKind.GRANTED)
        c.erase_subject(a.id, reason="Art. 17")
        assert c.search("wis") == [] and c.search("zo") == [b.id]
    data = path.read_bytes()
    assert b"zofia" not in data and b"odegaard" not in data and b"wisniewska" not in data
