"""Integrity of a dossier file: SQLite's own checks and the application's invariants.

``verify_dossier`` is a job (a generator of :class:`Progress` whose return value is the
:class:`VerifyReport`), driven by the CLI's ``verify`` and by the GUI's menu action. Areas add
their own checks (the consent ledger's hash chain) to ``CHECKS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.progress import Progress
from assistant.store.dossier import check_file, open_worker_connection


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


def _register(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    n = conn.execute("SELECT count(*) FROM processing").fetchone()[0]
    report.facts["processing"] = str(n)
    yield Progress(1, 1, "register")


def _consents(conn: sqlite3.Connection, report: VerifyReport) -> Generator[Progress, None, None]:
    from assistant.store.consent_verify import check_chain

    yield from check_chain(conn, report)


CHECKS: list[Check] = [_integrity, _foreign_keys, _register, _consents]


def verify_dossier(path: Path | str, *, head: str = "") -> Generator[Progress, None, VerifyReport]:
    path = Path(path)
    report = VerifyReport(path, head=head)
    report.schema_version = check_file(path)
    conn = open_worker_connection(path, read_only=True)
    try:
        for check in CHECKS:
            try:
                yield from check(conn, report)
            except sqlite3.DatabaseError as exc:
                report.problems.append(Problem("unreadable", {"detail": str(exc)}))
                break
    finally:
        conn.close()
    return report
