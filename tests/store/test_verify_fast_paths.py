"""``verify``'s fast paths find exactly what their slow references find: the comparison of the
stored consent statuses with the ones derived from the events, in SQL for the people with one
event per purpose, against the ledger's own rule for everyone.

Each file of a released schema version (read without migrating) is checked as it is and then
with the same kinds of forgery a person with a database editor could make, several at once,
so that the first difference and the count come from both paths mixed."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.domain.progress import drive
from assistant.store import consent_verify
from assistant.store.verify import verify_dossier
from tests.store import forger

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = sorted(FIXTURES.glob("dossier-v*.rgpd"), key=lambda p: int(p.stem.split("v")[-1]))


def both(path: Path) -> tuple[object, object]:
    """What the fast comparison and its reference (the rule for everyone) find, or the
    error they stop on."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return (outcome(consent_verify._status_differences, conn),
                outcome(consent_verify._reference_differences, conn, None))
    finally:
        conn.close()


def outcome(function, *args) -> object:  # type: ignore[no-untyped-def]
    try:
        return function(*args)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def unguarded(path: Path) -> sqlite3.Connection:
    """A forger's connection with the ledger's and the statuses' guards out of the way."""
    return forger.unguarded(path, ("consent_status", "consent_event"))


def has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


def forge(conn: sqlite3.Connection, rng: random.Random) -> None:
    """One forgery, picked at random, of a status or of an event."""
    statuses = conn.execute("SELECT subject_id, purpose_id FROM consent_status "
                            "ORDER BY subject_id, purpose_id").fetchall()
    events = [r[0] for r in conn.execute("SELECT seq FROM consent_event WHERE purpose_id "
                                         "IS NOT NULL ORDER BY seq")]
    purposes = [r[0] for r in conn.execute("SELECT id FROM consent_purpose ORDER BY id")]
    subjects = [r[0] for r in conn.execute("SELECT id FROM subject ORDER BY id")]
    lean = has_column(conn, "consent_event", "batch_id")
    # the statuses' times as integer microseconds (a STRICT column: no text goes in)
    micros = any(r[1] == "occurred_at" and r[2] == "INTEGER"
                 for r in conn.execute("PRAGMA table_info(consent_status)"))
    s, p = rng.choice(statuses)
    key = f"subject_id = {s} AND purpose_id = {p}"
    seq = rng.choice(events)
    kind = rng.randrange(13)
    if kind == 0:
        conn.execute("UPDATE consent_status SET kind = CASE kind WHEN 'granted' THEN "
                     f"'withdrawn' ELSE 'granted' END WHERE {key}")
    elif kind == 1:  # the same time, written another way; of integers, a microsecond later
        change = "occurred_at + 1" if micros else "rtrim(occurred_at, 'Z')"
        conn.execute(f"UPDATE consent_status SET occurred_at = {change} WHERE {key}")
    elif kind == 2:
        conn.execute(f"UPDATE consent_status SET event_seq = event_seq + 1 WHERE {key}")
    elif kind == 3 and has_column(conn, "consent_status", "date_unknown"):
        conn.execute(f"UPDATE consent_status SET date_unknown = 1 - date_unknown WHERE {key}")
    elif kind == 4:
        conn.execute(f"DELETE FROM consent_status WHERE {key}")
    elif kind == 5:  # a status nobody's events support
        other = rng.choice(subjects)
        conn.execute("INSERT OR IGNORE INTO consent_status (subject_id, purpose_id, kind, "
                     "occurred_at, event_seq) VALUES (?, ?, 'granted', ?, 1)",
                     (other, rng.choice(purposes),
                      1_704_189_600_000_000 if micros else "2024-01-02T10:00:00.000000Z"))
    elif kind == 6:
        conn.execute("UPDATE consent_event SET kind = CASE kind WHEN 'granted' THEN "
                     f"'withdrawn' ELSE 'granted' END WHERE seq = {seq}")
    elif kind == 7:
        change = "occurred_at + 1" if lean else "replace(occurred_at, '.000000Z', '.000001Z')"
        conn.execute(f"UPDATE consent_event SET occurred_at = {change} WHERE seq = {seq}")
    elif kind == 8:  # moved to another purpose: a second event there, or a first
        conn.execute(f"UPDATE consent_event SET purpose_id = ? WHERE seq = {seq}",
                     (rng.choice(purposes),))
    elif kind == 9:  # moved to another person
        conn.execute(f"UPDATE consent_event SET subject_id = ? WHERE seq = {seq}",
                     (rng.choice(subjects),))
    elif kind == 10:  # turned into an erasure
        conn.execute(f"UPDATE consent_event SET purpose_id = NULL, kind = 'erased' "
                     f"WHERE seq = {seq}")
    elif kind == 11 and lean:  # the first and the last moment the text can say
        conn.execute(f"UPDATE consent_event SET occurred_at = ? WHERE seq = {seq}",
                     (rng.choice([0, 253_402_300_799_999_999]),))
    elif kind == 12 and micros:  # beyond what the text can say
        conn.execute(f"UPDATE consent_status SET occurred_at = {_YEAR_10000} WHERE {key}")
    elif kind == 12:  # bytes that are not UTF-8: the rule cannot read them
        conn.execute("UPDATE consent_status SET occurred_at = CAST(x'ff41' AS TEXT) "
                     f"WHERE {key}")


@pytest.mark.parametrize("fixture", VERSIONS, ids=lambda p: p.stem)
def test_an_untouched_file_of_every_version_is_found_sound_both_ways(fixture: Path,
                                                                    tmp_path: Path) -> None:
    # a copy: even read-only, SQLite leaves a WAL file's -shm and -wal beside it
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    fast, reference = both(path)
    assert fast == reference == (None, 0)


@pytest.mark.parametrize("fixture", VERSIONS, ids=lambda p: p.stem)
def test_forged_statuses_and_events_are_found_alike(fixture: Path, tmp_path: Path) -> None:
    rng = random.Random(fixture.stem)
    found = 0
    for round_ in range(6):
        path = tmp_path / f"{round_}.rgpd"
        shutil.copy(fixture, path)
        conn = unguarded(path)
        for _ in range(1 + round_ % 4):
            forge(conn, rng)
        conn.close()
        fast, reference = both(path)
        assert fast == reference, round_
        found += reference[1] if isinstance(reference, tuple) else 1
    assert found > 0  # the forgeries were seen at all


_YEAR_10000 = 253_402_300_800_000_000  # microseconds: the first the text cannot say


@pytest.mark.parametrize("fixture", [p for p in VERSIONS if p.stem in ("dossier-v14",)]
                         + VERSIONS[-1:], ids=lambda p: p.stem)
def test_a_time_beyond_what_the_text_can_say_is_found_as_the_rule_finds_it(
        fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "far.rgpd"
    shutil.copy(fixture, path)
    conn = unguarded(path)
    assert has_column(conn, "consent_event", "batch_id")  # lean rows: integer times
    as_text = not any(r[1] == "occurred_at" and r[2] == "INTEGER"
                      for r in conn.execute("PRAGMA table_info(consent_status)"))
    conn.execute("UPDATE consent_event SET occurred_at = 253402300800000000 WHERE seq = "
                 "(SELECT max(seq) FROM consent_event WHERE purpose_id IS NOT NULL)")
    conn.close()
    fast, reference = both(path)
    assert fast == reference
    if as_text:  # statuses held as text: the event's time cannot be written to compare
        assert str(reference).startswith("ValueError")
    else:  # held as integers, like the events': compared as they are, they differ
        assert isinstance(reference, tuple) and reference[1] == 1


def verify_findings(path: Path) -> object:
    report = drive(verify_dossier(path))
    return report.problems, report.checks, report.facts


@pytest.mark.parametrize("damage", [
    # SQLite's integrity check names it, and verify gives the rule's findings
    "PRAGMA ignore_check_constraints = ON; UPDATE consent_status SET kind = 'bogus' "
    "WHERE subject_id = (SELECT min(subject_id) FROM consent_status)",
    # a time beyond what the text can say (the column holds integers only)
    "UPDATE consent_status SET occurred_at = 253402300800000000 "
    "WHERE subject_id = (SELECT max(subject_id) FROM consent_status)",
    *(f"flip {n}" for n in range(8)),
])
def test_verify_finds_on_a_damaged_file_what_the_rule_alone_finds(
        damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "damaged.rgpd"
    shutil.copy(VERSIONS[-1], path)
    if damage.startswith("flip"):  # a bit of the consent statuses' pages, at random
        conn = sqlite3.connect(path)
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name LIKE 'consent_status%' ORDER BY pageno")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        rng = random.Random(damage)
        data = bytearray(path.read_bytes())
        offset = (rng.choice(pages) - 1) * size + rng.randrange(100, size)
        data[offset] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    else:
        conn = unguarded(path)
        conn.executescript(damage)
        conn.close()
    fast = outcome(verify_findings, path)
    monkeypatch.setattr(consent_verify, "_all_statuses_match", lambda conn: False)
    assert outcome(verify_findings, path) == fast
