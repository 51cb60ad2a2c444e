"""``verify`` runs SQLite's integrity check in a thread, beside the other checks: the report
must read exactly as if the checks had run one after the other."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from assistant.domain.progress import drive
from assistant.store.verify import verify_dossier


def _break_index(path: Path) -> None:
    """Make an index disagree with its table (the file still opens and reads)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_schema SET sql = replace(sql, '(sort_key, id)', "
                     "'(last_name, id)') WHERE name = 'subject_by_sort_key'")
    finally:
        conn.close()


def _integrity_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "verify-integrity"]


def test_sound_dossier_lists_the_checks_in_order(demo_file: Path) -> None:
    report = drive(verify_dossier(demo_file))
    assert report.sound, report.problems
    assert report.checks[:2] == ["integrity", "foreign_keys"]
    assert "chain" in report.checks
    assert int(report.facts["consent_events"]) > 0
    assert not _integrity_threads()


def test_broken_index_is_reported_first_and_the_chain_still_checked(demo_copy: Path) -> None:
    _break_index(demo_copy)
    conn = sqlite3.connect(demo_copy)
    expected = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    conn.close()
    assert expected != ["ok"]
    report = drive(verify_dossier(demo_copy))
    assert not report.sound
    assert report.problems[0].code == "integrity"
    assert report.problems[0].params["detail"] == "; ".join(expected[:5])
    assert "subject_by_sort_key" in report.problems[0].params["detail"]
    # the index's definition no longer that of the schema; the ledger itself is sound
    assert [p.code for p in report.problems] == ["integrity", "schema_changed"]
    assert report.checks[:2] == ["integrity", "foreign_keys"]
    assert "chain" in report.checks and "chain_head" in report.facts


def test_cancelled_verify_stops_the_integrity_thread(demo_file: Path) -> None:
    job = verify_dossier(demo_file)
    first = next(job)
    assert first.stage == "integrity"
    assert _integrity_threads()
    job.close()  # what the GUI's cancel button does
    assert not _integrity_threads()


def test_integrity_error_stops_the_report_as_before(demo_copy: Path, monkeypatch) -> None:
    """An integrity check that cannot read the file ends the checks there, as it did."""
    from assistant.store import verify

    def failing(path: Path, *, read_only: bool = True,
                mapped: bool = False) -> sqlite3.Connection:
        raise sqlite3.DatabaseError("database disk image is malformed")

    real = verify.open_worker_connection
    calls: list[int] = []

    def second_fails(path: Path, *, read_only: bool = True,
                     mapped: bool = False) -> sqlite3.Connection:
        calls.append(1)
        return real(path, read_only=read_only) if len(calls) == 1 else failing(path)

    monkeypatch.setattr(verify, "open_worker_connection", second_fails)
    report = drive(verify_dossier(demo_copy))
    assert [p.code for p in report.problems] == ["unreadable"]
    assert report.problems[0].params["detail"] == "database disk image is malformed"
    assert report.checks == [] and "consent_events" not in report.facts


def test_no_second_connection_falls_back_to_the_main_one(demo_copy: Path,
                                                         monkeypatch) -> None:
    from assistant.store import verify
    from assistant.store.errors import DossierError

    real = verify.open_worker_connection
    calls: list[int] = []

    def second_refused(path: Path, *, read_only: bool = True,
                       mapped: bool = False) -> sqlite3.Connection:
        calls.append(1)
        if len(calls) > 1:
            raise DossierError(path)
        return real(path, read_only=read_only)

    _break_index(demo_copy)
    monkeypatch.setattr(verify, "open_worker_connection", second_refused)
    report = drive(verify_dossier(demo_copy))
    assert [p.code for p in report.problems] == ["integrity", "schema_changed"]
    assert report.checks[:2] == ["integrity", "foreign_keys"]
