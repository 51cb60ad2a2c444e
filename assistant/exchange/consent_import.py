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

import csv
import marshal
import operator
import re
import tempfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import (
    EMAIL_MAX,
    PHONE_MAX,
    REF_MAX,
    STATUS_DISPLAY,
    DateProblem,
    fold,
    parse_channel,
    parse_status,
    parse_when,
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
from assistant.store import held
from assistant.store.dossier import Dossier
from assistant.store.duplicate_index import DuplicateIndex
from assistant.store.errors import DossierError, ReadOnlyLocation, from_os_error
from assistant.store.ledger.bulk import Conflict, PreviousImport, bulk, previous_import
from assistant.store.outputs import check_output, install, temporary_beside
from assistant.store.phones import phone_key

MAX_KEPT_PROBLEMS = 10_000
REPORT_COLUMNS = ("line", "reason")  # added to the file's own, in the report of refused rows
BATCH = 5_000
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


class RowChecker:
    """Turns the cells of one record into a row (see
    :class:`~assistant.store.ledger.bulk.Row`) or a :class:`RowProblem`.

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
    previous: PreviousImport | None = None  # an earlier import of the same bytes
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
        plan.previous = previous_import(dossier.conn, plan.found.sha256)
    if all(p.previous is not None and p.previous.rows_refused == 0 for p in plans):
        # taken whole before: nothing can change
        result.already_imported_at = plans[0].previous.imported_at  # type: ignore[union-attr]
        head = dossier.consents.chain_head()
        result.chain_head, result.event_count = head.hash, head.count
        return result
    plans = [p for p in plans if p.previous is None or p.previous.rows_refused != 0]

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
        with bulk(dossier, recorded_by=recorded_by, now=now, rows=result.events_planned,
                  source_ids=result.source_ids) as writer_:
            done = 0
            for plan, staged in zip(plans, stagings, strict=True):
                writer_.start_part(plan.found.sha256, plan.display,
                                   plan.previous.id if plan.previous else None,
                                   plan.rows_read)
                for chunk in staged.chunks():
                    writer_.write(chunk)
                    done += len(chunk)
                    yield Progress(size + size * done // result.events_planned, total,
                                   "write")
            if writer_.conflicts:
                conflicts = [_problem(c) for c in writer_.conflicts]
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
            yield from writer_.finish(result.rows_invalid)
            result.events_added = writer_.added
            result.unchanged = writer_.unchanged
            result.subjects_added = writer_.new_subjects
            yield Progress(0, 0, "commit")  # 0 of 0: busy, no measurable progress
        from assistant.store.suppression_repo import record_import_from

        record_import_from(dossier, result.layout, writer_.recorded_at)
    finally:
        for staged in stagings:
            staged.drop()
    head = dossier.consents.chain_head()
    result.chain_head, result.event_count = head.hash, head.count
    return result


def _problem(conflict: Conflict) -> RowProblem:
    return RowProblem(conflict.line, conflict.code, conflict.params, conflict.part)


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
