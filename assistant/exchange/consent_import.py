"""Importing consents from a CSV file (the **contract** of DESIGN.md).

:func:`import_consents` is a job (a generator of :class:`Progress` returning an
:class:`ImportReport`), driven by ``consents import`` and by the Consents page. It reads the
file twice, streaming: the bytes once (:func:`~consent_csv_read.scan`), then the records, to
check every row; the rows found valid wait in a temporary table (on disk) and are written
only when every row has been checked, in one transaction. By default any invalid
row refuses the whole file (:class:`CsvRowsRefused` lists every bad row as ``file:line:
reason``); with ``skip_invalid`` the valid rows are written and the others go, with their
reason, to the report file. Re-importing a file changes nothing: a file already imported
(same SHA-256) is recognised, and a row whose event is already in the ledger (same person,
purpose, status and time) is not written twice.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import sqlite3
import tempfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import (
    EMAIL_MAX,
    PHONE_MAX,
    REF_MAX,
    SCHEME,
    STATUS_DISPLAY,
    DateProblem,
    EventKind,
    Identity,
    fold,
    identity_hash,
    parse_channel,
    parse_status,
    parse_when,
    search_keys,
    valid_email,
)
from assistant.domain.progress import Progress
from assistant.domain.text import BIDI_CONTROLS, NAME_MAX, describe_char
from assistant.exchange.consent_csv_read import (
    CsvRefused,
    Header,
    Scan,
    read_header,
    records,
    scan,
)
from assistant.store.consent_repo import (
    EVENT_INSERT,
    Chain,
    new_salt,
    new_uid,
    sort_key,
)
from assistant.store.dossier import Dossier
from assistant.store.errors import DossierError, ReadOnlyLocation, from_os_error

MAX_KEPT_PROBLEMS = 10_000
CACHE_MAX = 400_000  # people kept in memory during an import (about 100 MB at most)
BATCH = 5_000
_LIMITS = {
    "email": EMAIL_MAX, "customer_ref": REF_MAX, "first_name": NAME_MAX,
    "last_name": NAME_MAX, "phone": PHONE_MAX, "purpose": NAME_MAX, "status": 50,
    "date": 50, "channel": NAME_MAX, "notice_version": 50,
}
_BAD_CHARS = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")
_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")  # our own export's formula guard


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str  # a key of [csv] in messages-consents.toml
    params: dict[str, str] = field(default_factory=dict)


class CsvRowsRefused(DossierError):
    """Some rows are invalid and the import is all-or-nothing. params: ``count``;
    ``problems`` holds the first ones (all when there are at most 10,000)."""

    code = "csv_rows_refused"

    def __init__(self, path: Path | str, problems: list[RowProblem], count: int) -> None:
        super().__init__(path, count=count)
        self.problems = problems
        self.count = count


@dataclass
class ImportReport:
    path: Path
    sha256: str = ""
    encoding: str = ""
    delimiter: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # contract column -> header
    ignored_columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    empty_rows: int = 0
    rows_valid: int = 0
    rows_invalid: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    events_added: int = 0
    subjects_added: int = 0
    unchanged: int = 0  # rows whose event was already in the ledger
    already_imported_at: str = ""
    report_path: Path | None = None
    chain_head: str = ""
    event_count: int = 0


class Row(NamedTuple):
    """A checked row, ready to be written (a tuple: a million of them are made)."""

    line: int
    identity: Identity
    purpose_id: int
    kind: EventKind
    occurred_at: str
    channel: str
    channel_detail: str
    notice_id: int | None
    person_key: str  # "r:" + customer reference, else "e:" + casefolded email


class RowChecker:
    """Turns the cells of one record into a :class:`Row` or a :class:`RowProblem`."""

    def __init__(self, dossier: Dossier, header: Header, now: datetime) -> None:
        self.header = header
        self.now = now
        self.purposes: dict[str, int] = {}
        self.codes: list[str] = []
        for p in dossier.consents.purposes():
            self.codes.append(p.code)
            self.purposes[fold(p.code)] = int(p.id or 0)
            self.purposes.setdefault(fold(p.label), int(p.id or 0))
        self.notices: dict[tuple[int, str], int] = {}
        self.notice_names: dict[int, list[str]] = {}
        for n in dossier.consents.notices():
            self.notices[(n.purpose_id, fold(n.version))] = int(n.id or 0)
            self.notice_names.setdefault(n.purpose_id, []).append(n.version)
        self.index = [(name, i) for name, i in header.columns.items()]
        self.width = len(header.names)
        self._dates: dict[str, tuple[str | None, DateProblem | None]] = {}
        self._purpose_of: dict[str, int] = {}

    def check(self, line: int, cells: list[str]) -> Row | RowProblem | None:
        """``None`` for an empty row (ignored)."""
        if not any(c.strip() for c in cells):
            return None
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            return RowProblem(line, "too_many_values",
                              {"count": str(len(cells)), "columns": str(self.width)})
        values: dict[str, str] = {}
        names = self.header.names
        suspect = _BAD_CHARS.search("".join(cells)) is not None
        for name, i in self.index:
            value = cells[i] if i < len(cells) else ""
            if value and value[0] == "'" and _NEUTRALISED.match(value):
                value = value[1:]
            bad = _BAD_CHARS.search(value) if suspect else None
            if bad:
                char = bad.group()
                if char in "\r\n":
                    return RowProblem(line, "line_break", {"column": names[i]})
                return RowProblem(line, "forbidden_character",
                                  {"column": names[i], "char": describe_char(char)})
            value = value.strip()
            if len(value) > _LIMITS[name]:
                return RowProblem(line, "too_long", {"column": names[i],
                                                     "length": str(len(value)),
                                                     "max": str(_LIMITS[name])})
            values[name] = value
        email = values.get("email", "")
        ref = values.get("customer_ref", "")
        if not email and not ref:
            return RowProblem(line, "no_identity")
        if email and not valid_email(email):
            return RowProblem(line, "invalid_email", {"value": email})
        purpose_text = values.get("purpose", "")
        if not purpose_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["purpose"]]})
        purpose_id = self._purpose_of.get(purpose_text)
        if purpose_id is None:
            purpose_id = self.purposes.get(fold(purpose_text))
            if purpose_id is not None:
                self._purpose_of[purpose_text] = purpose_id
        if purpose_id is None:
            return RowProblem(line, "unknown_purpose", {"value": purpose_text,
                                                        "known": ", ".join(self.codes)})
        status_text = values.get("status", "")
        kind = parse_status(status_text)
        if kind is None:
            return RowProblem(line, "unknown_status", {"value": status_text,
                                                       "accepted": STATUS_DISPLAY})
        date_text = values.get("date", "")
        if not date_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["date"]]})
        parsed = self._dates.get(date_text)
        if parsed is None:
            moment, problem = parse_when(date_text, now=self.now)
            parsed = (format_utc(moment) if moment else None, problem)
            if len(self._dates) < 100_000:
                self._dates[date_text] = parsed
        occurred_at, problem = parsed
        if problem is not None or occurred_at is None:
            return RowProblem(line, str(problem), {"value": date_text})
        channel, detail = parse_channel(values.get("channel", ""))
        notice_id = None
        version = values.get("notice_version", "")
        if version:
            notice_id = self.notices.get((purpose_id, fold(version)))
            if notice_id is None:
                known = ", ".join(self.notice_names.get(purpose_id, [])) or "—"
                return RowProblem(line, "unknown_notice", {"value": version, "known": known,
                                                           "purpose": purpose_text})
        identity = Identity(email, ref, values.get("first_name", ""),
                            values.get("last_name", ""), values.get("phone", ""))
        key = ("r:" + ref) if ref else ("e:" + email.casefold())
        return Row(line, identity, purpose_id, kind, occurred_at, channel, detail, notice_id,
                   key)


@dataclass
class Preview:
    """What the GUI shows before importing: the mapping and the first rows."""

    scan: Scan
    header: Header
    rows: list[list[str]]
    total_lines: int


def preview(path: Path | str, *, limit: int = 20) -> Preview:
    """Scan the file and read its header and first rows (refusals as in the import)."""
    path = Path(path)
    found = scan(path)
    header = read_header(path, found.encoding)
    rows: list[list[str]] = []
    try:
        for _line, cells in records(path, found, header):
            rows.append(cells)
            if len(rows) >= limit:
                break
    except CsvRefused:
        if not rows:
            raise
    return Preview(found, header, rows, found.lines)


def import_consents(
    dossier: Dossier, source: Path | str, *, skip_invalid: bool = False,
    report: Path | str | None = None, recorded_by: str = "",
    reason_text: Any = None,
) -> Generator[Progress, None, ImportReport]:
    """Import a consent CSV into ``dossier`` (see the module docstring).

    ``reason_text(problem) -> str`` puts a problem into words for the report file.
    """
    source = Path(source)
    result = ImportReport(source)
    yield Progress(0, 0, "scan")
    found = scan(source)
    header = read_header(source, found.encoding)
    result.sha256, result.encoding, result.delimiter = found.sha256, found.encoding, \
        header.delimiter
    result.columns = {name: header.names[i] for name, i in header.columns.items()}
    result.ignored_columns = list(header.ignored)
    total = found.size * 2 or 1
    previous = dossier.conn.execute(
        "SELECT imported_at FROM consent_import WHERE sha256 = ?", (found.sha256,)).fetchone()
    if previous is not None:
        result.already_imported_at = previous[0]
        head = dossier.consents.chain_head()
        result.chain_head, result.event_count = head.hash, head.count
        return result

    # -- pass 1: check every row, keeping the checked ones in a temporary table -----------
    if dossier.read_only:
        raise ReadOnlyLocation(dossier.path)
    now = utc_now()
    checker = RowChecker(dossier, header, now)
    seen: dict[int, int] = {}
    staged = _Staging(dossier.conn)
    report_tmp: Path | None = None
    report_out = None
    if report is not None:
        report = Path(report)
        if not report.parent.is_dir():
            from assistant.exchange.errors import OutputFolderMissing

            raise OutputFolderMissing(report)
        fd, name = tempfile.mkstemp(prefix=f".{report.name}.", suffix=".part",
                                    dir=report.parent)
        os.close(fd)
        report_tmp = Path(name)
        report_out = report_tmp.open("w", encoding="utf-8-sig", newline="")
        writer = csv.writer(report_out, delimiter=header.delimiter, lineterminator="\r\n")
        writer.writerow([*header.names, "line", "reason"])
    try:
        position = [0]
        for n, (line, cells) in enumerate(records(source, found, header, position)):
            result.rows_read += 1
            checked = checker.check(line, cells)
            if checked is None:
                result.empty_rows += 1
            elif isinstance(checked, Row):
                key = hash((checked.person_key, checked.purpose_id, checked.kind,
                            checked.occurred_at))
                first = seen.get(key)
                if first is not None:
                    checked = RowProblem(line, "duplicate", {"first": str(first)})
                else:
                    seen[key] = line
            if isinstance(checked, RowProblem):
                result.rows_invalid += 1
                if len(result.problems) < MAX_KEPT_PROBLEMS:
                    result.problems.append(checked)
                if report_out is not None:
                    why = reason_text(checked) if reason_text else checked.code
                    writer.writerow([*_guard_row(cells), str(line), _guard(why)])
            elif checked is not None:
                result.rows_valid += 1
                staged.add(checked)
            if n % 2000 == 0:
                yield Progress(position[0], total, "check")
        seen.clear()
        staged.flush()
        if report_out is not None:
            report_out.close()
            report_out = None
            if result.rows_invalid and report_tmp is not None:
                os.replace(report_tmp, report)  # type: ignore[arg-type]
                result.report_path = Path(report)  # type: ignore[arg-type]
    except OSError as exc:
        staged.drop()
        raise from_os_error(report or source, exc) from exc
    except BaseException:
        staged.drop()
        raise
    finally:
        if report_out is not None:
            report_out.close()
        if report_tmp is not None:
            report_tmp.unlink(missing_ok=True)
    try:
        if result.rows_invalid and not skip_invalid:
            raise CsvRowsRefused(source, result.problems, result.rows_invalid)
        if result.rows_valid == 0:
            raise CsvRefused(source, 2, "csv_no_valid_rows" if result.rows_invalid
                             else "csv_no_rows")

        # -- pass 2: write the checked rows, in one transaction -----------------------------
        yield Progress(found.size, total, "write")
        conn = dossier.conn
        conn.execute("PRAGMA cache_size = -65536")
        writer_ = _Writer(dossier, found, source, recorded_by, now)
        with dossier.transaction():
            writer_.begin(result)
            for n, row in enumerate(staged.rows(), start=1):
                writer_.add(row)
                if n % 2000 == 0:
                    yield Progress(found.size + found.size * n // result.rows_valid, total,
                                   "write")
            writer_.finish(result)
            yield Progress(total, total, "commit")
    finally:
        staged.drop()
    head = dossier.consents.chain_head()
    result.chain_head, result.event_count = head.hash, head.count
    return result


class _Staging:
    """The rows pass 1 found valid, kept in a temporary table of the connection (on disk,
    not in memory) so that pass 2 writes them without reading and checking the file again."""

    COLUMNS = ("line", "email", "customer_ref", "first_name", "last_name", "phone",
               "purpose_id", "kind", "occurred_at", "channel", "channel_detail", "notice_id",
               "person_key")

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.batch: list[tuple[Any, ...]] = []
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS consent_import_row "
                     f"({', '.join(self.COLUMNS)})")
        conn.execute("DELETE FROM temp.consent_import_row")

    def add(self, row: Row) -> None:
        i = row.identity
        self.batch.append((row.line, i.email, i.customer_ref, i.first_name, i.last_name,
                           i.phone, row.purpose_id, row.kind.value, row.occurred_at,
                           row.channel, row.channel_detail, row.notice_id, row.person_key))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.conn.executemany(
                f"INSERT INTO temp.consent_import_row VALUES "
                f"({', '.join('?' * len(self.COLUMNS))})", self.batch)
            self.batch.clear()

    def rows(self) -> Iterator[Row]:
        last = 0
        while True:
            batch = self.conn.execute(
                f"SELECT {', '.join(self.COLUMNS)} FROM temp.consent_import_row "
                "WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, BATCH)).fetchall()
            if not batch:
                return
            for r in batch:
                yield Row(r[0], Identity(r[1], r[2], r[3], r[4], r[5]), r[6],
                          EventKind(r[7]), r[8], r[9], r[10], r[11], r[12])
            last += len(batch)

    def drop(self) -> None:
        self.batch.clear()
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("DROP TABLE IF EXISTS temp.consent_import_row")


class _Writer:
    """Appends checked rows to the ledger inside the import's transaction, in batches."""

    def __init__(self, dossier: Dossier, found: Scan, source: Path, recorded_by: str,
                 now: datetime) -> None:
        self.d = dossier
        self.conn = dossier.conn
        self.found = found
        self.source = source
        self.recorded_by = recorded_by
        self.recorded_at = format_utc(now)
        self.cache: dict[str, tuple[int, str, str, bool]] = {}  # key -> id, uid, ihash, new
        self.events: list[tuple[Any, ...]] = []
        self.subjects: list[tuple[Any, ...]] = []
        self.keys: list[tuple[str, int]] = []
        self.added = 0
        self.unchanged = 0
        self.new_subjects = 0
        self.purpose_codes = {int(p.id or 0): p.code for p in dossier.consents.purposes()}
        self.notice_info = {int(n.id or 0): (n.version, n.sha256)
                            for n in dossier.consents.notices()}

    def begin(self, result: ImportReport) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.consent_import_key")
        self.conn.execute("CREATE TEMP TABLE consent_import_key (key TEXT, subject_id INTEGER)")
        self.chain = Chain(self.conn)
        self.first_seq = self.chain.seq + 1
        cur = self.conn.execute(
            "INSERT INTO consent_import (sha256, file_name, imported_at, recorded_by, "
            "rows_read, events_added) VALUES (?, ?, ?, ?, ?, 0)",
            (self.found.sha256, self.source.name, self.recorded_at, self.recorded_by,
             result.rows_read))
        self.import_id = int(cur.lastrowid or 0)
        row = self.conn.execute("SELECT coalesce(max(id), 0) FROM subject").fetchone()
        self.next_subject = int(row[0]) + 1
        self.db_may_know = self.next_subject > 1

    def _person(self, row: Row) -> tuple[int, str, str, bool]:
        key = row.person_key
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        identity = row.identity
        found = None
        if not self.db_may_know:
            pass  # an empty ledger at the start, and every person of the file is cached
        elif identity.customer_ref:
            found = self.conn.execute(
                "SELECT id, uid, salt, email, customer_ref, first_name, last_name, phone "
                "FROM subject WHERE customer_ref = ?", (identity.customer_ref,)).fetchone()
        if found is None and identity.email and self.db_may_know:
            found = self.conn.execute(
                "SELECT id, uid, salt, email, coalesce(customer_ref, ''), first_name, "
                "last_name, phone FROM subject WHERE email_key = ?",
                (identity.email.casefold(),)).fetchone()
        if found is None and identity.customer_ref and identity.email:
            # the same person may be known in this file by the other key
            hit = self.cache.get("e:" + identity.email.casefold())
            if hit is not None:
                self.cache[key] = hit
                return hit
        if found is None:
            subject_id = self.next_subject
            self.next_subject += 1
            uid, salt = new_uid(), new_salt()
            ihash = identity_hash(salt, identity)
            keys = search_keys(identity)
            self.subjects.append((
                subject_id, uid, identity.email, identity.email.casefold() or None,
                identity.customer_ref or None, identity.first_name, identity.last_name,
                identity.phone, salt, sort_key(identity),
                " " + " ".join(sorted(keys)) if keys else "", self.recorded_at,
                self.recorded_at))
            self.keys.extend((k, subject_id) for k in keys)
            self.new_subjects += 1
            value = (subject_id, uid, ihash, True)
        else:
            subject_id, uid, salt, *current = found
            current_identity = Identity(*(x or "" for x in current))
            merged = Identity(*(old or new for old, new in zip(
                (current_identity.email, current_identity.customer_ref,
                 current_identity.first_name, current_identity.last_name,
                 current_identity.phone),
                (identity.email, identity.customer_ref, identity.first_name,
                 identity.last_name, identity.phone), strict=True)))
            if merged != current_identity and self._can_merge(subject_id, merged):
                from assistant.store.consent_repo import write_identity

                self._flush()
                write_identity(self.conn, subject_id, merged, self.recorded_at)
                current_identity = merged
            ihash = identity_hash(salt, current_identity) if salt else "0" * 64
            value = (subject_id, uid, ihash, False)
        if len(self.cache) > CACHE_MAX:
            self._flush()  # people not in the cache must be found in the dossier
            self.cache.clear()
            self.db_may_know = True
        self.cache[key] = value
        if value[3]:  # found again by either key, even before it is flushed
            if identity.customer_ref:
                self.cache["r:" + identity.customer_ref] = value
            if identity.email:
                self.cache["e:" + identity.email.casefold()] = value
        return value

    def _can_merge(self, subject_id: int, merged: Identity) -> bool:
        if merged.email:
            other = self.conn.execute("SELECT id FROM subject WHERE email_key = ?",
                                      (merged.email.casefold(),)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        if merged.customer_ref:
            other = self.conn.execute("SELECT id FROM subject WHERE customer_ref = ?",
                                      (merged.customer_ref,)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        return True

    def add(self, row: Row) -> None:
        subject_id, uid, ihash, new = self._person(row)
        if not new and self.conn.execute(
                "SELECT 1 FROM consent_event WHERE subject_id = ? AND purpose_id = ? AND "
                "occurred_at = ? AND kind = ? LIMIT 1",
                (subject_id, row.purpose_id, row.occurred_at, row.kind.value)).fetchone():
            self.unchanged += 1
            return
        version, sha = self.notice_info.get(row.notice_id or 0, ("", ""))
        seq, prev, digest = self.chain.next(
            subject_uid=uid, identity_hash_=ihash, purpose_code=self.purpose_codes[row.purpose_id],
            kind=row.kind.value, occurred_at=row.occurred_at, recorded_at=self.recorded_at,
            channel=row.channel, channel_detail=row.channel_detail, notice_version=version,
            notice_sha=sha, evidence="", recorded_by=self.recorded_by,
            source_sha=self.found.sha256, source_line=row.line)
        self.events.append((seq, SCHEME, subject_id, ihash, row.purpose_id, row.kind.value,
                            row.occurred_at, self.recorded_at, row.channel, row.channel_detail,
                            row.notice_id, "", self.recorded_by, self.import_id, row.line,
                            prev, digest))
        self.added += 1
        if len(self.events) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.subjects:
            self.conn.executemany(
                "INSERT INTO subject (id, uid, email, email_key, customer_ref, first_name, "
                "last_name, phone, salt, sort_key, search, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.subjects)
            self.conn.executemany("INSERT INTO temp.consent_import_key VALUES (?, ?)",
                                  self.keys)
            self.subjects.clear()
            self.keys.clear()
        if self.events:
            self.conn.executemany(EVENT_INSERT, self.events)
            self.events.clear()

    def finish(self, result: ImportReport) -> None:
        self._flush()
        # The new people's search keys go into the index in its own order: far fewer page
        # writes than inserting them one person at a time.
        self.conn.execute("INSERT INTO subject_key (key, subject_id) SELECT key, subject_id "
                          "FROM temp.consent_import_key ORDER BY key, subject_id")
        self.conn.execute("DROP TABLE temp.consent_import_key")
        last = self.chain.seq
        if last >= self.first_seq:
            # The current state of each person: the newest event wins (time, then order).
            self.conn.execute(
                "INSERT INTO consent_status (subject_id, purpose_id, kind, occurred_at, "
                "event_seq) SELECT subject_id, purpose_id, kind, occurred_at, seq "
                "FROM consent_event WHERE seq BETWEEN ? AND ? ORDER BY seq "
                "ON CONFLICT (subject_id, purpose_id) DO UPDATE SET kind = excluded.kind, "
                "occurred_at = excluded.occurred_at, event_seq = excluded.event_seq "
                "WHERE excluded.occurred_at > consent_status.occurred_at OR "
                "(excluded.occurred_at = consent_status.occurred_at "
                "AND excluded.event_seq > consent_status.event_seq)",
                (self.first_seq, last))
        self.conn.execute("UPDATE consent_import SET events_added = ? WHERE id = ?",
                          (self.added, self.import_id))
        result.events_added = self.added
        result.unchanged = self.unchanged
        result.subjects_added = self.new_subjects


def _guard(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _guard_row(cells: Sequence[str]) -> list[str]:
    return [_guard(c) for c in cells]
