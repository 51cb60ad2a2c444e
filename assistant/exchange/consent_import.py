"""Importing consents from a CSV file (the **contract** of DESIGN.md).

:func:`import_consents` is a job (a generator of :class:`Progress` returning an
:class:`ImportReport`), driven by ``consents import`` and by the Consents page. It reads the
file twice, streaming: the bytes once (:func:`~consent_csv_read.scan`), then the records, to
check every row; the rows found valid wait in a temporary file (on disk, see
:class:`_Staging`) and are written only when every row has been checked, in one
transaction. By default any invalid row refuses the whole file (:class:`CsvRowsRefused`
lists every bad row as ``file:line: reason``); with ``skip_invalid`` the valid rows are
written and the others go, with their reason, to the report file. Re-importing a file
changes nothing: a file already imported (same SHA-256) is recognised, and a row whose
event is already in the ledger (same person, purpose, status and time) is not written twice.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import marshal
import operator
import re
import sqlite3
import tempfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import (
    EMAIL_MAX,
    PHONE_MAX,
    REF_MAX,
    SCHEME,
    SCHEME_TAG,
    SEPARATOR,
    STATUS_DISPLAY,
    DateProblem,
    Identity,
    fold,
    identity_hash,
    identity_hash_of,
    parse_channel,
    parse_status,
    parse_when,
    search_keys_folded,
    valid_email,
)
from assistant.domain.identity import NAME_FIELDS, invisible_character, nfc
from assistant.domain.identity import email_key as key_of_email
from assistant.domain.progress import Progress
from assistant.domain.text import BIDI_CONTROLS, NAME_MAX, describe_char
from assistant.exchange.consent_csv_read import (
    COLUMNS,
    CsvRefused,
    Header,
    Scan,
    read_header,
    records,
    scan,
)
from assistant.exchange.consent_layouts import (
    CONVERTERS,
    MAPPING,
    OWN,
    Context,
    Converter,
    LayoutRefused,
    Mapped,
    RowProblem,
    detect,
    split_header,
)
from assistant.exchange.consent_sources import Part, source_parts
from assistant.exchange.duplicate_index import DuplicateIndex
from assistant.store import held
from assistant.store.consent_repo import (
    ERASED_SORT,
    EVENT_INSERT,
    STATUS_FROM_EVENTS,
    Chain,
    uids_and_salts,
)
from assistant.store.dossier import Dossier
from assistant.store.errors import DossierError, ReadOnlyLocation, from_os_error
from assistant.store.outputs import check_output, install, temporary_beside
from assistant.store.phones import phone_key

MAX_KEPT_PROBLEMS = 10_000
REPORT_COLUMNS = ("line", "reason")  # added to the file's own, in the report of refused rows
RECENT_MAX = 200_000  # keys of people kept in memory during an import (about 70 MB)
BATCH = 5_000
CACHE_KIB = 131_072  # SQLite's page cache while an import writes (128 MB)
SORT_CACHE_KIB = 32_768  # and while it sorts the new search keys and builds indexes again
SORT_THREADS = 2
_LIMITS = {
    "email": EMAIL_MAX, "customer_ref": REF_MAX, "first_name": NAME_MAX,
    "last_name": NAME_MAX, "phone": PHONE_MAX, "purpose": NAME_MAX, "status": 50,
    "date": 50, "channel": NAME_MAX, "notice_version": 50, "date_unknown": 50,
    "evidence": 500,
}
# Values of the date_unknown column that say the date is unknown (folded); an empty cell,
# no/non/0/false/faux say it is known.
_UNKNOWN_WORDS = frozenset({"yes", "oui", "1", "true", "vrai", "x", "date_unknown",
                            "date_inconnue", "unknown", "inconnue"})
_KNOWN_WORDS = frozenset({"", "no", "non", "0", "false", "faux"})
_BAD_CHARS = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")
_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")  # our own export's formula guard




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
    layout: str = ""  # "own", a known tool's name, or "mapping"
    parts: list[str] = field(default_factory=list)  # the CSV files of a .zip
    roles: list[tuple[str, str]] = field(default_factory=list)  # (column, role) of a layout
    source_ids: bool = False  # customer_ref is the source tool's own id
    events_planned: int = 0  # events the checked rows give (before those already recorded)
    planned: dict[tuple[str, str, bool], int] = field(default_factory=dict)
    preview: list[PreviewRow] = field(default_factory=list)
    dry_run: bool = False


@dataclass(frozen=True)
class PreviewRow:
    """One event as it will be recorded (the window's preview and ``--dry-run``)."""

    line: int
    file: str
    person: str  # email, else phone, else customer reference
    name: str
    purpose: str  # code
    kind: str
    occurred_at: str
    date_unknown: bool


class Row(NamedTuple):
    """The layout of a checked row, ready to be written. Rows are made as plain tuples in this
    order (a million of them are made: a tuple costs half as much to build)."""

    line: int
    email: str
    customer_ref: str
    first_name: str
    last_name: str
    phone: str
    purpose_id: int
    kind: str  # an EventKind value
    occurred_at: str
    channel: str
    channel_detail: str
    notice_id: int | None
    person_key: str  # "r:" + customer reference, else "e:" + the email's key
    evidence: str
    date_unknown: int  # 1: the source did not say when; occurred_at is the import's time


class RowChecker:
    """Turns the cells of one record into a row (see :class:`Row`) or a :class:`RowProblem`.

    Most rows take a fast path: with no suspect character and no apostrophe in the record,
    the cells are picked and stripped in one go and their lengths checked together; the
    others are checked cell by cell (same problems, same order).
    """

    def __init__(self, dossier: Dossier, header: Header, now: datetime,
                 zone: tzinfo | None = None) -> None:
        self.header = header
        self.now = now
        self.zone = zone  # of the times written without one; None: this computer's
        self.purposes: dict[str, int] = {}
        self.codes: list[str] = []
        for p in dossier.consents.purposes():
            self.codes.append(p.code)
            self.purposes[fold(p.code)] = int(p.id or 0)
            self.purposes.setdefault(fold(p.label), int(p.id or 0))
        self.notices: dict[tuple[int, str], int] = {}
        self.notice_names: dict[int, list[str]] = {}
        self.notice_from: dict[int, str] = {}  # id -> the day it took effect
        for n in dossier.consents.notices():
            self.notices[(n.purpose_id, fold(n.version))] = int(n.id or 0)
            self.notice_from[int(n.id or 0)] = n.effective_from
            self.notice_names.setdefault(n.purpose_id, []).append(n.version)
        self.index = [(name, i) for name, i in header.columns.items()]
        self.width = len(header.names)
        indices = [i for _, i in self.index]
        self.limits = [_LIMITS[name] for name, _ in self.index]
        self.shortest_limit = min(self.limits)
        self.reach = max(indices) + 1
        picker = operator.itemgetter(*indices)
        self.pick = picker if len(indices) > 1 else (lambda cells: (picker(cells),))
        # where each contract column is in a picked row ("" past its end when absent)
        at = {name: n for n, (name, _) in enumerate(self.index)}
        absent = len(self.index)
        (self.at_email, self.at_ref, self.at_first, self.at_last, self.at_phone,
         self.at_purpose, self.at_status, self.at_date, self.at_channel,
         self.at_notice, self.at_unknown, self.at_evidence) = (
            at.get(name, absent) for name in COLUMNS)
        self.now_text = format_utc(now)
        self._dates: dict[str, tuple[str | None, DateProblem | None]] = {}
        self._purpose_of: dict[str, int] = {}
        self._kinds: dict[str, str] = {}
        self._channels: dict[str, tuple[str, str]] = {}

    def check(self, line: int, cells: list[str]) -> tuple[Any, ...] | RowProblem | None:
        """``None`` for an empty row (ignored)."""
        joined = "".join(cells)
        if not joined or joined.isspace():
            return None
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            return RowProblem(line, "too_many_values",
                              {"count": str(len(cells)), "columns": str(self.width)})
        if "'" in joined or (not joined.isprintable()
                             and _BAD_CHARS.search(joined) is not None):
            return self._check_cells(line, cells)
        if len(cells) < self.reach:
            cells = cells + [""] * (self.reach - len(cells))
        values = [v.strip() for v in self.pick(cells)]
        if max(map(len, values)) > self.shortest_limit:
            for value, limit, (_, i) in zip(values, self.limits, self.index, strict=True):
                if len(value) > limit:
                    return RowProblem(line, "too_long", {"column": self.header.names[i],
                                                         "length": str(len(value)),
                                                         "max": str(limit)})
        values.append("")
        return self._check_values(line, values)

    def _check_cells(self, line: int, cells: list[str]) -> tuple[Any, ...] | RowProblem:
        """The slow path: a suspect character somewhere, or a formula guard to remove."""
        values: list[str] = []
        names = self.header.names
        suspect = _BAD_CHARS.search("".join(cells)) is not None
        for name, i in self.index:
            value = cells[i] if i < len(cells) else ""
            if value and value[0] == "'" and (_NEUTRALISED.match(value) or name in (
                    "customer_ref", "phone")):
                value = value[1:]  # our formula guard, or Excel's "this is text" mark
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
            values.append(value)
        values.append("")
        return self._check_values(line, values)

    def _check_values(self, line: int, values: list[str]) -> tuple[Any, ...] | RowProblem:
        names = self.header.names
        problem = self._identity_text(line, values)
        if problem is not None:
            return problem
        email = values[self.at_email]
        ref = values[self.at_ref]
        person_key = ""
        if not email and values[self.at_phone]:
            # no email: found by phone, then by reference (an SMS list, a till's export)
            key = phone_key(values[self.at_phone])
            if key is not None:
                person_key = "p:" + key
        if not email and not ref and not person_key:
            return RowProblem(line, "no_identity")
        if email and not valid_email(email):
            return RowProblem(line, "invalid_email", {"value": email, "column": names[
                self.header.columns["email"]]})
        purpose_text = values[self.at_purpose]
        if not purpose_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["purpose"]]})
        purpose_id = self._purpose_of.get(purpose_text)
        if purpose_id is None:
            purpose_id = self.purposes.get(fold(purpose_text))
            if purpose_id is not None and len(self._purpose_of) < 10_000:
                self._purpose_of[purpose_text] = purpose_id
        if purpose_id is None:
            return RowProblem(line, "unknown_purpose", {
                "value": purpose_text, "known": ", ".join(self.codes),
                "column": names[self.header.columns["purpose"]]})
        status_text = values[self.at_status]
        kind = self._kinds.get(status_text)
        if kind is None:
            parsed_kind = parse_status(status_text)
            if parsed_kind is None:
                return RowProblem(line, "unknown_status", {
                    "value": status_text, "accepted": STATUS_DISPLAY,
                    "column": names[self.header.columns["status"]]})
            kind = parsed_kind.value
            if len(self._kinds) < 1000:
                self._kinds[status_text] = kind
        date_text = values[self.at_date]
        unknown = 0
        unknown_text = values[self.at_unknown]
        if unknown_text:
            word = fold(unknown_text).split(":")[0].strip()  # "oui : date inconnue"
            if word in _UNKNOWN_WORDS:
                unknown = 1
            elif word not in _KNOWN_WORDS:
                return RowProblem(line, "unknown_value", {
                    "value": unknown_text, "column": names[self.header.columns["date_unknown"]],
                    "accepted": "oui, non, yes, no, 1, 0"})
        if not date_text and unknown:
            date_text = self.now_text
        if not date_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["date"]]})
        parsed = self._dates.get(date_text)
        if parsed is None:
            moment, problem = parse_when(date_text, now=self.now, local_zone=self.zone)
            parsed = (format_utc(moment) if moment else None, problem)
            if len(self._dates) < 100_000:
                self._dates[date_text] = parsed
        occurred_at, problem = parsed
        if problem is not None or occurred_at is None:
            return RowProblem(line, str(problem), {
                "value": date_text, "column": names[self.header.columns["date"]]})
        channel_text = values[self.at_channel]
        channel = self._channels.get(channel_text)
        if channel is None:
            channel = parse_channel(channel_text)
            if len(self._channels) < 1000:
                self._channels[channel_text] = channel
        notice_id = None
        version = values[self.at_notice]
        if version:
            notice_id = self.notices.get((purpose_id, fold(version)))
            if notice_id is None:
                known = ", ".join(self.notice_names.get(purpose_id, [])) or "—"
                return RowProblem(line, "unknown_notice", {"value": version, "known": known,
                                                           "purpose": purpose_text})
            if occurred_at[:10] < self.notice_from[notice_id]:
                return RowProblem(line, "notice_not_yet_in_effect", {
                    "value": version, "purpose": purpose_text,
                    "from": self.notice_from[notice_id], "date": occurred_at[:10]})
        return (line, email, ref, values[self.at_first], values[self.at_last],
                values[self.at_phone], purpose_id, kind, occurred_at, channel[0], channel[1],
                notice_id, person_key or (("r:" + ref) if ref else ("e:" + key_of_email(email))),
                values[self.at_evidence], unknown)



    def _identity_text(self, line: int, values: list[str]) -> RowProblem | None:
        """The identity's cells in NFC (stored so, matched so), and refused when they hold
        an invisible character (:mod:`assistant.domain.identity`)."""
        for at, name in ((self.at_email, "email"), (self.at_ref, "customer_ref"),
                         (self.at_phone, "phone"), (self.at_first, "first_name"),
                         (self.at_last, "last_name")):
            value = values[at]
            if value.isascii():
                continue
            value = values[at] = nfc(value)
            char = invisible_character(value, allow_joiners=name in NAME_FIELDS)
            if char is not None:
                return RowProblem(line, "invisible_character", {
                    "column": self.header.names[self.header.columns[name]],
                    "char": describe_char(char)})
        return None
@dataclass
class Preview:
    """What the GUI shows before importing: the mapping and the first rows."""

    scan: Scan
    header: Header
    rows: list[list[str]]
    total_lines: int
    layouts: list[str] = field(default_factory=list)  # the layouts the header matches
    lines: list[int] = field(default_factory=list)  # the line each of ``rows`` starts on


def preview(path: Path | str, *, limit: int = 20) -> Preview:
    """Scan the file and read its header and first rows (refusals as in the import). A file
    in the app's own layout gets its columns mapped; any other its raw header, with the
    layouts it matches (none: the window's mapping step)."""
    path = Path(path)
    found = scan(path)
    first = _first_line(path, found)
    delimiter, names = split_header(first)
    layouts = detect(names)
    if layouts[:1] == [OWN] or not layouts:
        try:
            header = read_header(path, found.encoding)
        except CsvRefused:
            if layouts:
                raise
            header = Header(delimiter, names, {}, [])
    else:
        header = Header(delimiter, names, {}, [])
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for line, cells in records(path, found, header):
            rows.append(cells)
            lines.append(line)
            if len(rows) >= limit:
                break
    except CsvRefused:
        if not rows:
            raise
    return Preview(found, header, rows, found.physical_lines, layouts, lines)


def preview_events(purposes: dict[str, int], found: Preview, *, layout: str,
                   mapping: Any = None, choices: dict[str, str] | None = None,
                   zone: tzinfo | None = None, limit: int = 20
                   ) -> list[PreviewRow | RowProblem]:
    """The events the first rows of ``found`` give (the window's preview, updated as the
    owner maps): read with ``mapping``, or the known ``layout`` with the owner's choice of
    purposes. :class:`~consent_layouts.LayoutRefused` when the layout cannot be read."""
    ctx = Context(purposes, utc_now(), zone)
    names = found.header.names
    converter: Converter = (Mapped(ctx, names, mapping) if mapping is not None
                            else CONVERTERS[layout](ctx, names, choices))
    codes = {i: code for code, i in purposes.items()}
    out: list[PreviewRow | RowProblem] = []
    for line, cells in zip(found.lines, found.rows, strict=False):
        checked = converter.check(line, cells)
        if checked is None:
            continue
        if isinstance(checked, RowProblem):
            out.append(checked)
        else:
            out += [PreviewRow(line, "", row[1] or row[5] or row[2],
                               " ".join(x for x in (row[3], row[4]) if x),
                               codes.get(row[6], "?"), row[7], row[8], bool(row[14]))
                    for row in checked]
        if len(out) >= limit:
            break
    return out[:limit]


def _first_line(path: Path, found: Scan) -> str:
    try:
        with path.open("r", encoding=found.encoding, newline="", errors="strict") as text:
            return text.readline()
    except OSError as exc:
        raise from_os_error(path, exc) from exc


class LayoutsRefused(DossierError):
    """The file cannot be read with any layout, or with the one asked for. params:
    ``detail`` (a code of ``[layouts]``) and its own."""

    code = "layout_refused"

    def __init__(self, path: Path | str, detail: str, **params: str) -> None:
        from assistant.domain.findings import Finding, Severity

        finding = Finding(detail, "", Severity.ERROR, {k: str(v) for k, v in params.items()})
        super().__init__(path, detail=finding)
        self.finding = finding


class MappingRefused(DossierError):
    """A mapping that does not fit this file or dossier: ``problems`` (MappingIssue)."""

    code = "mapping_refused"

    def __init__(self, path: Path | str, problems: list[Any]) -> None:
        super().__init__(path, count=len(problems))
        self.problems = problems


@dataclass
class _Plan:
    """One CSV file of the import, and how its records are read."""

    part: Part
    found: Scan
    header: Header
    check: Any  # (line, cells) -> row tuple | list of rows | RowProblem | None
    display: str  # how messages name it: "file.csv" or "export.zip:members.csv"
    previous: tuple[int, str, int] | None = None  # an earlier import of the same bytes
    rows_read: int = 0


def choose_layout(names: list[str], layout: str, mapping: Any, source: Path,
                  part: str = "") -> str:
    """The layout a header is read with: the one asked for, the mapping given, or the only
    one it matches; refused when it matches none (with the way to map it) or several."""
    if mapping is not None:
        return MAPPING
    if layout not in ("auto", ""):
        if layout != OWN and layout not in CONVERTERS:
            raise LayoutsRefused(source, "unknown_layout", value=layout,
                                 known=", ".join(("auto", OWN, *CONVERTERS)))
        return layout
    found = detect(names)
    if len(found) > 1:
        raise LayoutsRefused(source, "ambiguous", layouts=", ".join(found),
                             part=part)
    if not found:
        return ""  # the own layout's reader names what is missing, and the way to map
    return found[0]


def import_consents(
    dossier: Dossier, source: Path | str, *, skip_invalid: bool = False,
    report: Path | str | None = None, recorded_by: str = "",
    reason_text: Any = None, zone: tzinfo | None = None, layout: str = "auto",
    mapping: Any = None, purposes: dict[str, str] | None = None, dry_run: bool = False,
    preview_limit: int = 20, overwrite: bool = False,
) -> Generator[Progress, None, ImportReport]:
    """Import a consent file into ``dossier`` (see the module docstring).

    ``layout``: ``auto`` (recognise the header), ``own`` or a known tool's name
    (:data:`~consent_layouts.KNOWN`); ``mapping``: a
    :class:`~assistant.domain.consent_mapping.Mapping` for any other file; ``purposes``:
    the dossier's purpose to record each of the layout's default purposes under
    (``{"newsletter": "lettre"}``). ``dry_run`` reads and checks everything, fills the
    report's ``preview`` and ``planned``, and writes nothing.

    ``reason_text(problem) -> str`` puts a problem into words for the report file. A date
    or time written without a zone is read in ``zone`` (this computer's when ``None``: an
    accountant's server in UTC imports a Paris shop's file with ``Europe/Paris``).
    ``overwrite``: the report file may replace an existing one.
    """
    source = Path(source)
    if report is not None and not dry_run:
        check_output(report, overwrite=overwrite, reading=[source, dossier.path])
    result = ImportReport(source)
    yield Progress(0, 0, "scan")
    with source_parts(source) as parts:
        return (yield from _import_parts(
            dossier, source, parts, result, skip_invalid=skip_invalid, report=report,
            recorded_by=recorded_by, reason_text=reason_text, zone=zone, layout=layout,
            mapping=mapping, purposes=purposes, dry_run=dry_run, preview_limit=preview_limit,
            overwrite=overwrite))


def _plans(dossier: Dossier, source: Path, parts: list[Part], result: ImportReport, *,
           zone: tzinfo | None, layout: str, mapping: Any, purposes: dict[str, str] | None,
           now: datetime) -> list[_Plan]:
    plans = []
    ctx: Context | None = None
    zipped = len(parts) > 1 or bool(parts[0].name)
    chosen: list[str] = []
    for part in parts:
        display = f"{source.name}:{part.name}" if part.name else source.name
        found = scan(part.path)
        delimiter, names = split_header(_first_line(part.path, found))
        name = choose_layout(names, layout, mapping, source, part.name)
        if zipped and name not in ("mailchimp", MAPPING):
            raise LayoutsRefused(source, "zip_not_mailchimp", part=part.name,
                                 found=", ".join(n for n in names if n.strip()) or "—")
        if name in ("", OWN):
            header = read_header(part.path, found.encoding)  # names what is missing
            checker = RowChecker(dossier, header, now, zone)
            check = checker.check
            result.columns = {n: header.names[i] for n, i in header.columns.items()}
            result.ignored_columns = list(header.ignored)
            name = OWN
        else:
            header = Header(delimiter, names, {}, [])
            if ctx is None:
                ctx = Context({p.code: int(p.id or 0)
                               for p in dossier.consents.purposes(include_archived=False)},
                              now, zone)
            if name == MAPPING:
                from assistant.domain.consent_mapping import check_mapping

                problems = check_mapping(mapping, names, ctx.purposes)
                if problems:
                    raise MappingRefused(source, problems)
            try:
                converter: Converter = (Mapped(ctx, names, mapping) if name == MAPPING
                                        else CONVERTERS[name](ctx, names, purposes))
            except LayoutRefused as exc:
                raise LayoutsRefused(source, exc.code, **exc.params) from None
            check = converter.check
            result.roles = converter.roles()
            result.source_ids = converter.source_ids
        chosen.append(name)
        result.sha256, result.encoding, result.delimiter = found.sha256, found.encoding, \
            header.delimiter
        plans.append(_Plan(part, found, header, check, display))
    result.layout = chosen[0] if len(set(chosen)) == 1 else "+".join(dict.fromkeys(chosen))
    result.parts = [p.display for p in plans] if zipped else []
    return plans


def _import_parts(
    dossier: Dossier, source: Path, parts: list[Part], result: ImportReport, *,
    skip_invalid: bool, report: Path | str | None, recorded_by: str, reason_text: Any,
    zone: tzinfo | None, layout: str, mapping: Any, purposes: dict[str, str] | None,
    dry_run: bool, preview_limit: int, overwrite: bool,
) -> Generator[Progress, None, ImportReport]:
    now = utc_now()
    plans = _plans(dossier, source, parts, result, zone=zone, layout=layout, mapping=mapping,
                   purposes=purposes, now=now)
    total = sum(p.found.size for p in plans) * 2 or 1
    for plan in plans:
        plan.previous = dossier.conn.execute(
            "SELECT id, imported_at, rows_refused FROM consent_import WHERE sha256 = ?",
            (plan.found.sha256,)).fetchone()
    if all(p.previous is not None and p.previous[2] == 0 for p in plans):
        # taken whole before: nothing can change
        result.already_imported_at = plans[0].previous[1]  # type: ignore[index]
        head = dossier.consents.chain_head()
        result.chain_head, result.event_count = head.hash, head.count
        return result
    plans = [p for p in plans if p.previous is None or p.previous[2] != 0]

    # -- pass 1: check every row, keeping the checked ones in a temporary file ------------
    if dossier.read_only and not dry_run:
        raise ReadOnlyLocation(dossier.path)
    if dry_run:
        report = None
    seen = DuplicateIndex()
    stagings: list[_Staging] = []
    report_tmp: Path | None = None
    report_out = None
    codes = {int(p.id or 0): p.code for p in dossier.consents.purposes()}
    if report is not None:
        report = Path(report)
        report_tmp = temporary_beside(report)
        report_out = report_tmp.open("w", encoding="utf-8-sig", newline="")
        writer = csv.writer(report_out, delimiter=plans[0].header.delimiter,
                            lineterminator="\r\n")
        if len(plans) == 1:
            writer.writerow([*plans[0].header.names, *REPORT_COLUMNS])
        else:
            writer.writerow(["file", *REPORT_COLUMNS])
    done_bytes = 0
    planned: dict[tuple[int, str, int], int] = {}  # (purpose id, kind, unknown) -> events
    previews = preview_limit
    try:
        for plan in plans:
            staged = _Staging()
            stagings.append(staged)
            add = staged.add
            position = [0]
            check = plan.check
            part = plan.part.name
            for n, (line, cells) in enumerate(records(plan.part.path, plan.found, plan.header,
                                                      position)):
                result.rows_read += 1
                plan.rows_read += 1
                checked = check(line, cells)
                if checked is None:
                    result.empty_rows += 1
                    continue
                if type(checked) is tuple:
                    first = seen.first_line(hash((checked[12], checked[6], checked[7],
                                                  checked[8])), line)
                    if first is not None:
                        checked = RowProblem(line, "duplicate", {"first": str(first)})
                    else:
                        checked = [checked]
                elif isinstance(checked, list):
                    kept = []
                    for row in checked:  # a tool's export: the same event twice is one
                        if seen.first_line(hash((row[12], row[6], row[7], row[8])),
                                           line) is None:
                            kept.append(row)
                        else:
                            result.unchanged += 1
                    checked = kept
                if isinstance(checked, RowProblem):
                    if part:
                        checked = RowProblem(checked.line, checked.code, checked.params, part)
                    result.rows_invalid += 1
                    if len(result.problems) < MAX_KEPT_PROBLEMS:
                        result.problems.append(checked)
                    if report_out is not None:
                        why = reason_text(checked) if reason_text else checked.code
                        if len(plans) == 1:
                            writer.writerow([*_guard_row(cells), str(line), _guard(why)])
                        else:
                            writer.writerow([plan.display, str(line), _guard(why)])
                    continue
                result.rows_valid += 1
                for row in checked:
                    add(row)
                    key = (row[6], row[7], row[14])
                    planned[key] = planned.get(key, 0) + 1
                    if previews:
                        previews -= 1
                        result.preview.append(PreviewRow(
                            line, plan.display, row[1] or row[5] or row[2],
                            " ".join(x for x in (row[3], row[4]) if x), codes.get(row[6], "?"),
                            row[7], row[8], bool(row[14])))
                if n % 2000 == 0:
                    yield Progress(done_bytes + position[0], total, "check")
            staged.flush()
            done_bytes += plan.found.size
        for (purpose_id, kind, unknown), count in planned.items():
            result.events_planned += count
            key = (codes.get(purpose_id, "?"), kind, bool(unknown))
            result.planned[key] = result.planned.get(key, 0) + count
        seen.close()
        if report_out is not None:
            report_out.close()
            report_out = None
            if result.rows_invalid and report_tmp is not None:
                check_output(report, overwrite=overwrite, reading=[source, dossier.path])
                install(report_tmp, report, overwrite=overwrite)  # type: ignore[arg-type]
                result.report_path = Path(report)  # type: ignore[arg-type]
    except OSError as exc:
        for staged in stagings:
            staged.drop()
        raise from_os_error(report or source, exc) from exc
    except BaseException:
        for staged in stagings:
            staged.drop()
        raise
    finally:
        seen.close()
        if report_out is not None:
            report_out.close()
        if report_tmp is not None:
            held.discard(report_tmp)
    conn = dossier.conn
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    try:
        if result.rows_invalid and not skip_invalid:
            raise CsvRowsRefused(source, result.problems, result.rows_invalid)
        if result.rows_valid == 0:
            raise CsvRefused(source, 2, "csv_no_valid_rows" if result.rows_invalid
                             else "csv_no_rows")
        if dry_run:
            result.dry_run = True
            head = dossier.consents.chain_head()
            result.chain_head, result.event_count = head.hash, head.count
            return result
        if result.events_planned == 0:  # valid rows that say nothing to record
            head = dossier.consents.chain_head()
            result.chain_head, result.event_count = head.hash, head.count
            return result

        # -- pass 2: write the checked rows, in one transaction -----------------------------
        size = total // 2
        yield Progress(size, total, "write")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = FILE")
        # SQLite may sort on helper threads when it orders the search keys and builds the
        # indexes again (a million people: that phase from 23 s to 18 s on two cores, with
        # the sorting below as it was)
        conn.execute(f"PRAGMA threads = {SORT_THREADS}")
        writer_ = _Writer(dossier, recorded_by, now, result.events_planned,
                          source_ids=result.source_ids)
        with dossier.transaction():
            writer_.begin()
            done = 0
            for plan, staged in zip(plans, stagings, strict=True):
                writer_.start_part(plan.found, plan.display,
                                   int(plan.previous[0]) if plan.previous else None,
                                   plan.rows_read)
                for chunk in staged.chunks():
                    writer_.write(chunk)
                    done += len(chunk)
                    yield Progress(size + size * done // result.events_planned, total,
                                   "write")
            if writer_.conflicts:
                conflicts = writer_.conflicts
                if report is not None:  # beside the rows the check refused, if any
                    _report_more(Path(report), plans, conflicts, reason_text,
                                 append=result.report_path is not None)
                    result.report_path = Path(report)
                if not skip_invalid:
                    raise CsvRowsRefused(source, conflicts[:MAX_KEPT_PROBLEMS], len(conflicts))
                result.rows_invalid += len(conflicts)
                result.rows_valid -= len(conflicts)
                room = MAX_KEPT_PROBLEMS - len(result.problems)
                result.problems = sorted([*result.problems, *conflicts[:max(room, 0)]],
                                         key=lambda problem: (problem.part, problem.line))
            yield from writer_.finish(result)
            yield Progress(0, 0, "commit")  # 0 of 0: busy, no measurable progress
        from assistant.store.suppression_repo import record_import_from

        record_import_from(dossier, result.layout, writer_.recorded_at)
    finally:
        for staged in stagings:
            staged.drop()
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
            conn.execute("PRAGMA threads = 0")
    head = dossier.consents.chain_head()
    result.chain_head, result.event_count = head.hash, head.count
    return result


class _Staging:
    """The rows pass 1 found valid, waiting for pass 2 in an unnamed temporary file (removed
    when closed, or by the system if the process dies), in chunks written with
    :mod:`marshal`: pass 2 writes them without reading and checking the file again, and a
    million rows stay out of memory. (A temporary SQLite table cost 4 us a row to fill and
    read back; this costs 0.5 us.)"""

    def __init__(self) -> None:
        self.batch: list[tuple[Any, ...]] = []
        # closed by drop(), in the import's finally blocks
        self.file = tempfile.TemporaryFile(prefix="rgpd-import-")  # noqa: SIM115

    def add(self, row: tuple[Any, ...]) -> None:
        self.batch.append(row)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            data = marshal.dumps(self.batch)
            self.file.write(len(data).to_bytes(8, "little"))
            self.file.write(data)
            self.batch = []

    def chunks(self) -> Iterator[list[tuple[Any, ...]]]:
        self.file.seek(0)
        while True:
            size = self.file.read(8)
            if not size:
                return
            yield marshal.loads(self.file.read(int.from_bytes(size, "little")))

    def drop(self) -> None:
        self.batch = []
        self.file.close()


_SUBJECT_INSERT = (
    "INSERT INTO subject (id, uid, email, email_key, customer_ref, first_name, last_name, "
    "phone, phone_key, salt, sort_key, search, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_KEY_SLOTS = 8  # search keys per row of the temporary key table (a person has about 5)
_NO_KEYS = (None,) * _KEY_SLOTS
_KEY_STAGE_INSERT = (f"INSERT INTO temp.consent_import_key VALUES "
                     f"({', '.join('?' * (_KEY_SLOTS + 1))})")
# Every key of the temporary table, in the index's order: one pass over the table, each row
# crossed with the slot numbers, into one sorter (a UNION ALL of one SELECT per slot gets a
# sorter per slot, all in memory at once).
_KEY_STAGE_SORTED = (
    "SELECT k, subject_id FROM (SELECT CASE slot.n "
    + " ".join(f"WHEN {i} THEN k{i}" for i in range(1, _KEY_SLOTS + 1))
    + " END AS k, subject_id FROM temp.consent_import_key CROSS JOIN ("
    + " UNION ALL ".join(f"SELECT {i} AS n" for i in range(1, _KEY_SLOTS + 1))
    + ") AS slot) WHERE k IS NOT NULL ORDER BY 1, 2")
# Indexes nothing reads while an import writes: dropped when the import at least doubles the
# ledger, and built again (sorted, far fewer page writes than a million random inserts)
# before the commit. The people's email and reference indexes stay: the import looks people
# up by them. The events' index by person stays unless the ledger has nobody in it yet: the
# import reads it to skip the events already recorded.
_BULK_INDEXES = ("subject_by_uid", "subject_by_sort_key", "consent_status_by_purpose")
_EVENT_INDEX = "consent_event_by_subject"


class _Writer:
    """Appends checked rows to the ledger inside the import's transaction, chunk by chunk.

    People are found by the row's key in ``recent`` (the people of the last chunks, by both
    their keys), else in the dossier. A person created by this import and no longer in
    ``recent`` is found in the dossier too (each chunk is written before the next one is
    read), and is treated exactly as if it were still in ``recent``. ``seen`` is a Bloom
    filter of the keys of the people this import created: on a ledger that had nobody, a key
    it does not hold belongs to a new person, without looking the dossier up (a million
    people: 8 MB instead of 300 MB of keys in memory).

    A row that gives both an email and a customer reference must not contradict the person
    they find: a reference recorded with another email, an email recorded with another
    reference, or an email that belongs to someone else than the reference's person. Such a
    row is not written (an event cannot be taken back from an append-only ledger, and it
    would prove the consent of the wrong person); it goes to ``conflicts``, with its line.

    Rows of another tool's export (``source_ids``) find people by email, then phone, then
    the tool's own customer id, which is a weaker key: a person found by email keeps the
    reference they have (two tools number their customers each their own way).
    """

    def __init__(self, dossier: Dossier, recorded_by: str, now: datetime, rows: int, *,
                 source_ids: bool = False) -> None:
        self.d = dossier
        self.conn = dossier.conn
        self.source_ids = source_ids
        self.part_added: dict[int, int] = {}
        self.part = ""
        self.recorded_by = recorded_by
        self.recorded_at = format_utc(now)
        # key -> id, uid, identity hash, made by this import, email key, reference
        self.recent: dict[str, tuple[int, str, str, bool, str, str]] = {}
        # one bit per key, in a table of at least 32 bits for each of the 2 keys of a row: at
        # most 3% of the new keys are taken for known ones (and looked up for nothing)
        bits = 1 << max(16, (rows * 64).bit_length())
        self.seen = bytearray(bits >> 3)
        self.seen_mask = bits - 1
        self.events: list[tuple[Any, ...]] = []
        self.subjects: list[tuple[Any, ...]] = []
        self.keys: list[tuple[Any, ...]] = []
        self.pending_known: set[tuple[int, int, str, str]] = set()
        self.conflicts: list[RowProblem] = []
        self.added = 0
        self.unchanged = 0
        self.new_subjects = 0
        self.rows = rows
        self.import_id = 0
        self.ids = uids_and_salts()  # the next people's ids and salts
        self.rebuild: list[str] = []  # SQL of the indexes dropped for the bulk write
        self.purpose_codes = {int(p.id or 0): p.code for p in dossier.consents.purposes()}
        self.notice_info = {int(n.id or 0): (n.version, n.sha256)
                            for n in dossier.consents.notices()}

    def start_part(self, found: Scan, file_name: str, import_id: int | None,
                   rows_read: int) -> None:
        """The rows that follow are of this file (``import_id``: its earlier import, which
        left rows out; ``None``: a new one)."""
        self._flush()
        if import_id is None:
            cur = self.conn.execute(
                "INSERT INTO consent_import (sha256, file_name, imported_at, recorded_by, "
                "rows_read, events_added) VALUES (?, ?, ?, ?, ?, 0)",
                (found.sha256, file_name, self.recorded_at, self.recorded_by, rows_read))
            import_id = int(cur.lastrowid or 0)
        self.import_id = import_id
        self.part_added.setdefault(import_id, 0)
        self.part = file_name
        self.after_notice = SEPARATOR.join(("", self.recorded_by, found.sha256, ""))

    def begin(self) -> None:
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp.consent_import_key")
        conn.execute(f"CREATE TEMP TABLE consent_import_key (subject_id INTEGER, "
                     f"{', '.join(f'k{i}' for i in range(1, _KEY_SLOTS + 1))})")
        chain = Chain(conn)
        self.seq, self.head = chain.seq, chain.head
        self.first_seq = self.seq + 1
        row = conn.execute("SELECT coalesce(max(id), 0) FROM subject").fetchone()
        self.next_subject = self.first_new = int(row[0]) + 1
        self.had_people = self.first_new > 1
        bulk = list(_BULK_INDEXES) if self.rows >= self.first_new - 1 else []
        if not self.had_people:
            bulk.append(_EVENT_INDEX)
        if bulk:
            marks = ", ".join("?" * len(bulk))
            for name, sql in conn.execute(
                    f"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                    f"name IN ({marks})", bulk).fetchall():
                conn.execute(f"DROP INDEX {name}")
                self.rebuild.append(sql)
        # The canonical form of each event (assistant.domain.consent.canonical), written
        # out: the texts that are the same for every row of the file are joined once. A
        # value typed by someone may hold no separator (the checks refuse control
        # characters); the few that come from elsewhere are checked here, once.
        for text in (self.recorded_by, *(v for v, _ in self.notice_info.values())):
            if SEPARATOR in text:
                raise ValueError("an event field holds the separator U+001F")
        self.after_occurred = SEPARATOR + self.recorded_at + SEPARATOR

    def _person(self, row: tuple[Any, ...]) -> tuple[int, str, str, bool, str, str] | None:
        """The person of a row not in ``recent``: found in the dossier, or new; ``None`` when
        the row's email and reference contradict the person (see ``conflicts``)."""
        _, email, ref, first, last, phone = row[:6]
        key = row[12]
        email_key = key_of_email(email)
        ref_key, mail_key = "r:" + ref, "e:" + email_key
        seen, mask = self.seen, self.seen_mask
        conn = self.conn
        found = None
        if ref and (self.had_people or seen[(bit := hash(ref_key) & mask) >> 3] & (1 << (bit & 7))):
            found = conn.execute(
                "SELECT id, uid, salt, email, customer_ref, first_name, last_name, phone "
                "FROM subject WHERE customer_ref = ?", (ref,)).fetchone()
        found_by_ref = found is not None
        if found is None and email and (
                self.had_people or seen[(bit := hash(mail_key) & mask) >> 3] & (1 << (bit & 7))):
            found = conn.execute(
                "SELECT id, uid, salt, email, coalesce(customer_ref, ''), first_name, "
                "last_name, phone FROM subject WHERE email_key = ?", (email_key,)).fetchone()
        if found is None and ref and email:
            # the same person may be known in this file by the other key
            hit = self.recent.get(mail_key)
            if hit is not None:
                if hit[5] and hit[5] != ref:
                    return self._conflict(row, "email_has_other_ref", hit[5])
                self.recent[key] = hit
                return hit
        if found is None:
            return self._new_subject(email, email_key, ref, first, last, phone)
        subject_id, uid, salt, *current = found
        current_identity = Identity(*(x or "" for x in current))
        if email and ref:
            if found_by_ref and current_identity.email and \
                    key_of_email(current_identity.email) != email_key:
                return self._conflict(row, "ref_has_other_email", current_identity.email)
            if not found_by_ref and current_identity.customer_ref and \
                    current_identity.customer_ref != ref:
                return self._conflict(row, "email_has_other_ref",
                                      current_identity.customer_ref)
        if subject_id >= self.first_new:
            # made by this import, and gone from ``recent``: as if it were still there
            value = (subject_id, uid, identity_hash(salt, current_identity), True,
                     key_of_email(current_identity.email), current_identity.customer_ref)
        else:
            merged = Identity(*(old or new for old, new in zip(
                (current_identity.email, current_identity.customer_ref,
                 current_identity.first_name, current_identity.last_name,
                 current_identity.phone),
                (email, ref, first, last, phone), strict=True)))
            if merged != current_identity:
                if not self._can_merge(subject_id, merged):
                    # the email (or reference) the row adds is someone else's
                    return self._conflict(row, "email_of_other_person", "")
                from assistant.store.consent_repo import write_identity

                self._flush()
                write_identity(conn, subject_id, merged, self.recorded_at)
                current_identity = merged
            ihash = identity_hash(salt, current_identity) if salt else "0" * 64
            value = (subject_id, uid, ihash, False, key_of_email(current_identity.email),
                     current_identity.customer_ref)
        self.recent[key] = value
        return value

    def _new_subject(self, email: str, email_key: str, ref: str, first: str, last: str,
                     phone: str, pkey: str | bool | None = False
                     ) -> tuple[int, str, str, bool, str, str]:
        """A person this import makes, found again in ``recent`` by each of their keys."""
        seen, mask = self.seen, self.seen_mask
        subject_id = self.next_subject
        self.next_subject += 1
        uid, salt = next(self.ids)
        value = (subject_id, uid, identity_hash_of(salt, email, ref, first, last, phone), True,
                 email_key, ref)
        email_folded, ref_folded = fold(email), fold(ref)
        # in no order: the index sorts them, and a search finds a word anywhere
        keys = list(search_keys_folded(email_folded, ref_folded, first, last, phone))
        # consent_repo.sort_key, with the texts folded once
        sort_key = " ".join([folded for text, folded in (
            (last, fold(last)), (first, fold(first)), (email, email_folded),
            (ref, ref_folded)) if text])[:300]
        if pkey is False:
            pkey = phone_key(phone) if phone else None
        self.subjects.append((
            subject_id, uid, email, email_key or None, ref or None, first, last, phone,
            pkey, salt, sort_key or ERASED_SORT, " " + " ".join(keys) if keys else "",
            self.recorded_at, self.recorded_at))
        if len(keys) <= _KEY_SLOTS:
            self.keys.append((subject_id, *keys, *_NO_KEYS[len(keys):]))
        else:
            for i in range(0, len(keys), _KEY_SLOTS):
                part = keys[i:i + _KEY_SLOTS]
                self.keys.append((subject_id, *part, *_NO_KEYS[len(part):]))
        self.new_subjects += 1
        # found again by any key (the row's own key is one of them)
        for present, found_by in ((ref, "r:" + ref), (email, "e:" + email_key),
                                  (pkey, f"p:{pkey}")):
            if present:
                self.recent[found_by] = value
                bit = hash(found_by) & mask
                seen[bit >> 3] |= 1 << (bit & 7)
        return value

    def _maybe(self, key: str) -> bool:
        """Can a person with this key be in the dossier (not if it had nobody and this
        import made nobody with it)?"""
        if self.had_people:
            return True
        bit = hash(key) & self.seen_mask
        return bool(self.seen[bit >> 3] & (1 << (bit & 7)))

    def _person_by_source(self, row: tuple[Any, ...]
                          ) -> tuple[int, str, str, bool, str, str] | None:
        """The person of a row of another tool's export, not in ``recent``: found by email,
        else by phone (only when one person has that number, and has no other email), else
        by the tool's customer id (unless that person has another email); or new."""
        _, email, ref, first, last, phone = row[:6]
        email_key = key_of_email(email)
        pkey = phone_key(phone) if phone else None
        conn, recent = self.conn, self.recent
        columns = ("SELECT id, uid, salt, email, coalesce(customer_ref, ''), first_name, "
                   "last_name, phone FROM subject ")
        if pkey:
            hit = recent.get("p:" + pkey)
            if hit is not None and (not email or not hit[4] or hit[4] == email_key):
                recent[row[12]] = hit
                return hit
        if ref:
            hit = recent.get("r:" + ref)
            if hit is not None and (not email or not hit[4] or hit[4] == email_key):
                recent[row[12]] = hit
                return hit
        found = None
        if not self.had_people:
            # a ledger that had nobody: only the people this import made can be found
            seen, mask = self.seen, self.seen_mask
            if not any(seen[(bit := hash(key) & mask) >> 3] & (1 << (bit & 7)) for key in (
                    f"e:{email_key}" if email else "", f"p:{pkey}" if pkey else "",
                    f"r:{ref}" if ref else "") if key):
                value = self._new_subject(email, email_key, ref, first, last, phone, pkey)
                recent[row[12]] = value
                return value
        if email and self._maybe("e:" + email_key):
            found = conn.execute(columns + "WHERE email_key = ?", (email_key,)).fetchone()
        if found is None and pkey and self._maybe("p:" + pkey):
            people = conn.execute(columns + "WHERE phone_key = ? LIMIT 2", (pkey,)).fetchall()
            if len(people) == 1 and not (email and people[0][3]
                                         and key_of_email(people[0][3]) != email_key):
                found = people[0]
            elif len(people) > 1 and not email:
                return self._conflict(row, "phone_of_several", pkey)
        if found is None and ref and self._maybe("r:" + ref):
            other = conn.execute(columns + "WHERE customer_ref = ?", (ref,)).fetchone()
            if other is not None:
                if email and other[3] and key_of_email(other[3]) != email_key:
                    return self._conflict(row, "ref_has_other_email", other[3])
                found = other
        if found is None:
            taken = ref and self._maybe("r:" + ref) and conn.execute(
                "SELECT 1 FROM subject WHERE customer_ref = ?", (ref,)).fetchone()
            value = self._new_subject(email, email_key, "" if taken else ref, first, last,
                                      phone, pkey)
            recent[row[12]] = value
            return value
        subject_id, uid, salt, *current = found
        current_identity = Identity(*(x or "" for x in current))
        if subject_id >= self.first_new:
            value = (subject_id, uid, identity_hash(salt, current_identity), True,
                     key_of_email(current_identity.email), current_identity.customer_ref)
        else:
            merged = Identity(*(old or new for old, new in zip(
                (current_identity.email, current_identity.customer_ref,
                 current_identity.first_name, current_identity.last_name,
                 current_identity.phone),
                (email, ref, first, last, phone), strict=True)))
            if merged != current_identity and not self._can_merge(subject_id, merged):
                # the tool's id (or email) is already another person's: keep theirs
                merged = replace(merged, customer_ref=current_identity.customer_ref,
                                 email=current_identity.email or (
                                     "" if merged.email != email else email))
                if not self._can_merge(subject_id, merged):
                    merged = current_identity
            if merged != current_identity:
                from assistant.store.consent_repo import write_identity

                self._flush()
                write_identity(conn, subject_id, merged, self.recorded_at)
                current_identity = merged
            ihash = identity_hash(salt, current_identity) if salt else "0" * 64
            value = (subject_id, uid, ihash, False, key_of_email(current_identity.email),
                     current_identity.customer_ref)
        recent[row[12]] = value
        return value

    def _conflict(self, row: tuple[Any, ...], code: str, other: str) -> None:
        self.conflicts.append(RowProblem(row[0], code, {
            "email": row[1], "ref": row[2], "phone": row[5], "other": other}, self.part))
        return None

    def _can_merge(self, subject_id: int, merged: Identity) -> bool:
        if merged.email:
            other = self.conn.execute("SELECT id FROM subject WHERE email_key = ?",
                                      (key_of_email(merged.email),)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        if merged.customer_ref:
            other = self.conn.execute("SELECT id FROM subject WHERE customer_ref = ?",
                                      (merged.customer_ref,)).fetchone()
            if other is not None and other[0] != subject_id:
                return False
        return True

    def _known(self, subject_id: int, row: tuple[Any, ...]) -> bool:
        """Is this event of a person already in the dossier recorded already? A choice
        whose date is unknown is, when it is the person's current state already (the same
        web shop export imported again a month later adds nothing)."""
        event = (subject_id, row[6], row[8], row[7])
        if event in self.pending_known:
            return True
        self.pending_known.add(event)
        if row[14]:
            current = self.conn.execute(
                "SELECT kind FROM consent_status WHERE subject_id = ? AND purpose_id = ?",
                (subject_id, row[6])).fetchone()
            if current is not None and current[0] == row[7]:
                return True
        return self.conn.execute(
            "SELECT 1 FROM consent_event WHERE subject_id = ? AND purpose_id = ? AND "
            "occurred_at = ? AND kind = ? LIMIT 1", event).fetchone() is not None

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        recent, events, codes = self.recent, self.events, self.purpose_codes
        notice_info, sha256 = self.notice_info, hashlib.sha256
        after_occurred, after_notice = self.after_occurred, self.after_notice
        recorded_at, recorded_by, import_id = self.recorded_at, self.recorded_by, \
            self.import_id
        seq, head = self.seq, self.head
        source_ids = self.source_ids
        for row in rows:
            person = recent.get(row[12])
            if person is None:
                person = (self._person_by_source(row) if source_ids or row[12][:2] == "p:"
                          else self._person(row))
                if person is None:
                    continue
            elif source_ids:
                pass
            elif row[1] and row[2] and person[4] and person[4] != key_of_email(row[1]):
                # found by its reference (a row's key), recorded with another email
                self._conflict(row, "ref_has_other_email", person[4])
                continue
            subject_id, uid, ihash, new = person[:4]
            if not new and self._known(subject_id, row):
                self.unchanged += 1
                continue
            (line, _, _, _, _, _, purpose_id, kind, occurred_at, channel, detail,
             notice_id, _, evidence, unknown) = row
            version, notice_sha = notice_info[notice_id] if notice_id else ("", "")
            seq += 1
            digest = sha256((
                f"{SCHEME_TAG}\x1f{seq}\x1f{head}\x1f{uid}\x1f{ihash}\x1f{codes[purpose_id]}"
                f"\x1f{kind}\x1f{occurred_at}\x1f{unknown}{after_occurred}{channel}\x1f{detail}"
                f"\x1f{version}\x1f{notice_sha}\x1f{evidence}{after_notice}{line}"
            ).encode()).hexdigest()
            events.append((seq, SCHEME, subject_id, ihash, purpose_id, kind, occurred_at,
                           recorded_at, channel, detail, notice_id, evidence, recorded_by,
                           import_id, line, head, digest, unknown))
            head = digest
        self.added += seq - self.seq
        self.part_added[import_id] += seq - self.seq
        self.seq, self.head = seq, head
        self._flush()
        if len(recent) > RECENT_MAX:
            recent.clear()  # every person made so far is in the dossier now

    def _flush(self) -> None:
        if self.subjects:
            self.conn.executemany(_SUBJECT_INSERT, self.subjects)
            self.conn.executemany(_KEY_STAGE_INSERT, self.keys)
            self.subjects.clear()
            self.keys.clear()
        if self.events:
            self.conn.executemany(EVENT_INSERT, self.events)
            self.events.clear()
        self.pending_known.clear()

    def finish(self, result: ImportReport) -> Generator[Progress, None, None]:
        conn = self.conn
        self._flush()
        # Every row is written: the people kept for lookups are no longer needed.
        self.recent.clear()
        self.seen = bytearray()
        yield Progress(0, 0, "index")  # busy: SQLite sorts and builds, with no progress
        # The new people's search keys go into the index in its own order: far fewer page
        # writes than inserting them one person at a time. From here on SQLite sorts more
        # than it caches: with a smaller cache, its sorter keeps smaller runs in memory and
        # merges them from a temporary file (a million people: 23 s and 450 MB at the
        # peak with one sorter per key slot and a 128 MB cache; 14 s and 360 MB so).
        conn.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
        conn.execute(f"INSERT INTO subject_key (key, subject_id) {_KEY_STAGE_SORTED}")
        conn.execute("DROP TABLE temp.consent_import_key")
        last = self.seq
        if last >= self.first_seq:
            # The current state of each person: the newest event wins (time, then order),
            # as assistant.domain.consent.supersedes() allows.
            conn.execute(STATUS_FROM_EVENTS, (self.first_seq, last))
        for sql in self.rebuild:
            yield Progress(0, 0, "index")
            conn.execute(sql)
        for import_id, added in self.part_added.items():
            conn.execute("UPDATE consent_import SET events_added = events_added + ?, "
                         "rows_refused = ? WHERE id = ?",
                         (added, result.rows_invalid, import_id))
        result.events_added = self.added
        result.unchanged = self.unchanged
        result.subjects_added = self.new_subjects


def _report_more(report: Path, plans: list[_Plan], problems: list[RowProblem],
                 reason_text: Any, *, append: bool) -> None:
    """Add the rows refused while writing (their cells read again from the file) to the
    report of refused rows, made now if the check found none."""
    try:
        with report.open("a" if append else "w", encoding="utf-8" if append else "utf-8-sig",
                         newline="") as out:
            header = plans[0].header
            writer = csv.writer(out, delimiter=header.delimiter, lineterminator="\r\n")
            if len(plans) > 1:
                if not append:
                    writer.writerow(["file", *REPORT_COLUMNS])
                for p in problems:
                    writer.writerow([p.part, str(p.line),
                                     _guard(reason_text(p) if reason_text else p.code)])
                return
            why = {p.line: reason_text(p) if reason_text else p.code for p in problems}
            if not append:
                writer.writerow([*header.names, *REPORT_COLUMNS])
            plan = plans[0]
            for line, cells in records(plan.part.path, plan.found, header, [0]):
                if line in why:
                    writer.writerow([*_guard_row(cells), str(line), _guard(why[line])])
    except OSError as exc:
        raise from_os_error(report, exc) from exc


def _guard(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _guard_row(cells: Sequence[str]) -> list[str]:
    return [_guard(c) for c in cells]
