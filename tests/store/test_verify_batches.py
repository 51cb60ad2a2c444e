"""``verify`` clears the ledger's events and the people's seals a whole batch at a time, and
judges row by row only a batch it cannot clear: what it reports must be exactly what the
row-by-row check reports, wherever in a batch, and in whichever batch, a change is."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from assistant.domain.progress import drive
from assistant.store import consent_verify, verify_seals
from assistant.store.verify import verify_dossier
from tests.store.forger import unguarded


def chain_findings(path: Path, head: str = "") -> tuple[list[tuple[str, dict[str, str]]],
                                                        dict[str, str]]:
    report = drive(verify_dossier(path, head=head))
    keys = ("chain_head", "consent_events", "head_found", "head_empty")
    return ([(p.code, p.params) for p in report.problems],
            {k: v for k, v in report.facts.items() if k in keys})


def both(path: Path, monkeypatch: pytest.MonkeyPatch, head: str = "") -> tuple[Any, Any]:
    """What verify finds with batches of 4 events, and what it finds row by row."""
    monkeypatch.setattr(consent_verify, "BATCH", 4)
    batched = chain_findings(path, head)
    with monkeypatch.context() as m:
        m.setattr(consent_verify, "_linked_rows", lambda *args: None)
        by_row = chain_findings(path, head)
    return batched, by_row


def test_a_sound_ledger_is_cleared_by_batches(demo_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    cleared: list[int] = []
    real = consent_verify._linked_rows

    def counting(rows, *args):  # type: ignore[no-untyped-def]
        found = real(rows, *args)
        cleared.append(found is not None)
        return found

    monkeypatch.setattr(consent_verify, "_linked_rows", counting)
    monkeypatch.setattr(consent_verify, "BATCH", 4)
    problems, facts = chain_findings(demo_file)
    assert problems == [] and int(facts["consent_events"]) > 8
    assert len(cleared) > 2 and all(cleared)  # no batch was judged row by row


@pytest.mark.parametrize("forgery", [
    "UPDATE consent_event SET evidence = 'changed' WHERE seq = 6",
    "UPDATE consent_event SET evidence = 'a' || char(31) || 'b' WHERE seq = 7",
    "UPDATE consent_event SET channel_detail = char(31) WHERE seq = 5",
    "UPDATE consent_event SET hash = zeroblob(32) WHERE seq = 8",
    "UPDATE consent_event SET hash = CAST(lower(hex(hash)) AS BLOB) WHERE seq = 5",
    "UPDATE consent_event SET hash = substr(hash, 1, 31) WHERE seq = 9",
    "UPDATE consent_event SET scheme = 9 WHERE seq = 6",
    "UPDATE consent_event SET scheme = 1 WHERE seq = 7",
    "DELETE FROM consent_event WHERE seq = 6",
    "DELETE FROM consent_event WHERE seq = 4",  # the last of a batch
    "DELETE FROM consent_event WHERE seq = 1",
    "UPDATE consent_event SET seq = 0 WHERE seq = 1",
    "UPDATE consent_event SET seq = 1000 WHERE seq = (SELECT max(seq) FROM consent_event)",
    "UPDATE consent_event SET occurred_at = occurred_at + 1 WHERE seq = 10",
    "UPDATE subject SET uid = x'00' WHERE id = (SELECT subject_id FROM consent_event "
    "WHERE seq = 6)",
    "UPDATE consent_batch SET recorded_by = 'x' WHERE id = (SELECT batch_id FROM "
    "consent_event WHERE seq = 6)",
])
def test_a_changed_event_is_named_as_row_by_row(demo_copy: Path, forgery: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    conn = unguarded(demo_copy)
    conn.execute(forgery)
    conn.close()
    batched, by_row = both(demo_copy, monkeypatch)
    assert batched == by_row
    assert any(code.startswith("chain") for code, _ in batched[0])


def rechain(conn: sqlite3.Connection, start: int) -> None:
    """Hash again every event from ``start`` on, each on the one before as it now is: a
    forger's chain that holds together."""
    for (seq,) in conn.execute("SELECT seq FROM consent_event WHERE seq >= ? ORDER BY seq",
                               (start,)).fetchall():
        (_, _, _, text), = conn.execute(consent_verify.LINKED_SELECT, (seq - 1, 1)).fetchall()
        conn.execute("UPDATE consent_event SET hash = ? WHERE seq = ?",
                     (hashlib.sha256(text).digest(), seq))


@pytest.mark.parametrize("forgery", [
    "UPDATE consent_event SET evidence = 'a' || char(31) || 'b' WHERE seq = 7",
    "UPDATE consent_event SET channel_detail = char(31) WHERE seq = 5",
    "DELETE FROM consent_event WHERE seq = 6",
    "DELETE FROM consent_event WHERE seq = 8",  # the first of a batch
    "UPDATE consent_event SET seq = seq + 100000 WHERE seq >= 10",
])
def test_a_chain_forged_to_hold_is_named_as_row_by_row(demo_copy: Path, forgery: str,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    conn = unguarded(demo_copy)
    conn.execute(forgery)
    rechain(conn, 5)
    conn.close()
    batched, by_row = both(demo_copy, monkeypatch)
    assert batched == by_row
    assert any(code.startswith("chain") for code, _ in batched[0])


def test_a_head_is_found_in_a_later_batch_as_row_by_row(demo_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    conn = sqlite3.connect(demo_file.resolve().as_uri() + "?mode=ro", uri=True)
    (stored,) = conn.execute("SELECT hash FROM consent_event WHERE seq = 7").fetchone()
    conn.close()
    for head in (stored.hex()[:16], stored.hex(), "ab" * 32):
        batched, by_row = both(demo_file, monkeypatch, head)
        assert batched == by_row
    assert both(demo_file, monkeypatch, stored.hex()[:20])[0][1]["head_found"] == "7"


# -- the people's seals ---------------------------------------------------------------------
def seal_findings(conn: sqlite3.Connection) -> tuple[Any, Any]:
    return (verify_seals.broken_seals(conn, "subject", "subject", min_rows=0),
            verify_seals.broken_seals_reference(conn, "subject", "subject"))


def test_seals_are_cleared_chunk_by_chunk_as_the_reference_judges_them(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_seals._SealTexts, "CHUNK", 5)
    conn = sqlite3.connect(demo_copy, isolation_level=None)
    try:
        (people,) = conn.execute("SELECT count(*) FROM subject").fetchone()
        assert people > 15
        assert seal_findings(conn) == ([], [])
        conn.execute("PRAGMA ignore_check_constraints = ON")
        text = verify_seals._seal_text_sql(conn, "subject")
        (sound,) = conn.execute(f"SELECT CAST({text} AS BLOB) FROM subject s "
                                "WHERE s.id = 13").fetchone()
        for sql in ("UPDATE subject SET first_name = 'Autre' WHERE id = 7",
                    "UPDATE subject_seal SET seal = CAST(hex(seal) AS BLOB) WHERE subject_id = 3",
                    "UPDATE subject_seal SET seal = substr(seal, 1, 31) WHERE subject_id = 12",
                    "DELETE FROM subject_seal WHERE subject_id IN (13, 14)",
                    "UPDATE subject_seal SET seal = x'' WHERE subject_id = 15"):
            conn.execute(sql)
        # a seal kept as hex beside the lean rows still clears its person
        conn.execute("INSERT OR REPLACE INTO record_seal VALUES ('subject', 13, ?)",
                     (hashlib.sha256(sound[1:]).hexdigest(),))
        fast, reference = seal_findings(conn)
        assert fast == reference
        assert {r for r, _ in reference} == {3, 7, 12, 14, 15}
    finally:
        conn.close()
