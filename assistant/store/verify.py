"""Integrity of a dossier file: SQLite's own checks and the application's invariants.

``verify_dossier`` is a job (a generator of :class:`Progress` whose return value is the
:class:`VerifyReport`), driven by the CLI's ``verify`` and by the GUI's menu action. Areas add
their own checks (the consent ledger's hash chain) to ``CHECKS``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.progress import Progress
from assistant.store.dossier import check_file, note_if_readable_by_others, open_worker_connection
from assistant.store.errors import DiskFull, disk_full


@dataclass
class Problem:
    code: str  # a key of [verify] in messages.toml
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class VerifyReport:
    path: Path
    schema_version: int = 0
    checks: list[str] = field(default_factory=list)  # codes of the checks that ran
    problems: list[Problem] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # figures worth printing
    head: str = ""  # a chain head printed earlier, that must still be in the ledger

    @property
    def sound(self) -> bool:
        return not self.problems


# A check takes the connection and the report, and yields progress.
Check = Callable[[sqlite3.Connection, VerifyReport], Generator[Progress, None, None]]


def _integrity(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    yield Progress(0, 1, "integrity")
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        report.problems.append(Problem("integrity", {"detail": "; ".join(rows[:5])}))
    report.checks.append("integrity")
    yield Progress(1, 1, "integrity")


def _foreign_keys(conn: sqlite3.Connection,
                  report: VerifyReport) -> Generator[Progress, None, None]:
    yield Progress(0, 1, "foreign_keys")
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        table, rowid, parent, _ = bad[0]
        report.problems.append(Problem("foreign_key", {
            "table": str(table), "rowid": str(rowid), "parent": str(parent),
            "count": str(len(bad))}))
    report.checks.append("foreign_keys")
    yield Progress(1, 1, "foreign_keys")


def _schema(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    """The tables, indexes and triggers are those of the file's schema version: none
    missing (the ledger's append-only triggers dropped), added or changed."""
    from assistant.store.schema_check import differences

    yield Progress(0, 1, "schema")
    found = differences(conn, report.schema_version)
    if found:
        what, kind, name = found[0]
        report.problems.append(Problem(f"schema_{what}", {
            "kind": kind, "name": name, "version": str(report.schema_version),
            "count": str(len(found))}))
    report.checks.append("schema")
    yield Progress(1, 1, "schema")


def _register(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    n = conn.execute("SELECT count(*) FROM processing").fetchone()[0]
    report.facts["processing"] = str(n)
    yield Progress(1, 1, "register")


def _consents(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    from assistant.store.consent_verify import check_chain

    yield from check_chain(conn, report)


def _signatures(conn: sqlite3.Connection,
                report: VerifyReport) -> Generator[Progress, None, None]:
    from assistant.store.consent_verify import check_signatures

    yield from check_signatures(conn, report)


MAX_LISTED = 20  # records named per kind of finding; the rest are counted


def _history(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    """The change history's chain, and every record against its last entry (identities
    against their seals): what was changed outside the app."""
    from assistant.store import history

    yield Progress(0, 1, "history")
    if not history.has_history(conn):
        return
    found = history.check(conn)
    report.facts["history_entries"] = str(found.entries)
    report.facts["register_version"] = str(history.register_version(conn).number)
    if found.broken_at is not None:
        report.problems.append(Problem("history_broken", {"seq": str(found.broken_at)}))
    for kind, records in (("changed", found.changed), ("added", found.added),
                          ("removed", found.removed)):
        for area, record, title in records[:MAX_LISTED]:
            report.problems.append(Problem(f"outside_{kind}_{area}", {
                "record": str(record), "title": title}))
        if len(records) > MAX_LISTED:
            report.problems.append(Problem(f"outside_{kind}_more", {
                "count": str(len(records) - MAX_LISTED)}))
    from assistant.store.consent_verify import erasure_mismatches

    # an erasure put back or made outside the app is named by the derived check already
    named = erasure_mismatches(conn) if found.identities else set()
    found.identities = [(s, u) for s, u in found.identities if s not in named]
    for subject, uid in found.identities[:MAX_LISTED]:
        report.problems.append(Problem("outside_identity", {"record": str(subject),
                                                            "uid": uid}))
    if len(found.identities) > MAX_LISTED:
        report.problems.append(Problem("outside_identity_more", {
            "count": str(len(found.identities) - MAX_LISTED)}))
    report.checks.append("history")
    yield Progress(1, 1, "history")


def _derived(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    from assistant.store.consent_verify import check_derived

    yield from check_derived(conn, report)


CHECKS: list[Check] = [_integrity, _foreign_keys, _schema, _register, _consents, _signatures,
                       _derived, _history]


def verify_dossier(path: Path | str, *, head: str = "") -> Generator[Progress, None, VerifyReport]:
    path = Path(path)
    report = VerifyReport(path, head=head)
    report.schema_version = check_file(path)
    note_if_readable_by_others(path)
    conn = open_worker_connection(path, read_only=True, mapped=True)
    background: _BackgroundIntegrity | None = None
    try:
        if _integrity in CHECKS:
            background = _BackgroundIntegrity(path)
        # where the integrity check's findings go once it is done: the report reads as if
        # the checks had run one after the other, in the order of CHECKS
        slot: tuple[int, int, dict[str, str]] | None = None
        for check in CHECKS:
            if check is _integrity and background is not None:
                yield Progress(0, 1, "integrity")
                slot = (len(report.problems), len(report.checks), dict(report.facts))
                continue
            try:
                yield from check(conn, report)
            except sqlite3.DatabaseError as exc:
                if disk_full(path, exc):  # not the dossier's fault: say what it is
                    raise DiskFull(path) from exc
                report.problems.append(Problem("unreadable", {"detail": str(exc)}))
                break
        if background is not None and slot is not None:
            while not background.wait(0.1):
                yield Progress(0, 1, "integrity")
            problems_at, checks_at, facts = slot
            if background.unavailable:
                try:
                    background.rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
                except sqlite3.DatabaseError as exc:
                    background.error = str(exc)
                    background.full = disk_full(path, exc)
            if background.full:
                raise DiskFull(path)
            if background.error is not None:  # as if it had stopped the checks there
                del report.problems[problems_at:], report.checks[checks_at:]
                report.facts = facts
                report.problems.append(Problem("unreadable", {"detail": background.error}))
            else:
                if background.rows != ["ok"]:
                    report.problems.insert(problems_at, Problem(
                        "integrity", {"detail": "; ".join(background.rows[:5])}))
                report.checks.insert(checks_at, "integrity")
            yield Progress(1, 1, "integrity")
    finally:
        if background is not None:
            background.stop()
        conn.close()
    return report


class _BackgroundIntegrity:
    """``PRAGMA integrity_check`` on a connection of its own, in a thread.

    It is the longest check (SQLite reads every page and every index entry) and SQLite runs
    it without holding Python's GIL, so on a computer with two cores it runs while the
    other checks, the hash chain's recompute above all, run in Python (100,000 events: the
    whole verify from 2.3 s to about the chain's own 1 s). It checks exactly what it
    checked when it ran first. A cancelled verify interrupts it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[str] = []
        self.error: str | None = None
        self.full = False  # the error was a full disk, not damage
        self.unavailable = False
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="verify-integrity",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._lock:
                if self._stopped:
                    return
                self._conn = open_worker_connection(self.path, read_only=True,
                                                    mapped=True)
            self.rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            self.error = str(exc)
            self.full = disk_full(self.path, exc)
        except Exception:  # no second connection: the check runs on the main one
            self.unavailable = True
        finally:
            with self._lock:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None
            self._done.set()

    def wait(self, timeout: float) -> bool:
        return self._done.wait(timeout)

    def stop(self) -> None:
        """Interrupt the check if it still runs, and wait for its thread."""
        with self._lock:
            self._stopped = True
            if self._conn is not None and not self._done.is_set():
                self._conn.interrupt()
        self._thread.join()
