"""Importing consents from a CSV file (the **contract** of DESIGN.md).

:func:`import_consents` is a job (a generator of :class:`Progress` returning an
:class:`ImportReport`), driven by ``consents import`` and by the Consents page. It reads the
file twice, streaming: the bytes once (:func:`~consent_csv_read.scan`), then the records, to
check every row; the rows found valid wait in a temporary file (on disk, see
:class:`~.consent_import_files.Staging`) and are written only when every row has been
checked, in one transaction. By default any invalid row refuses the whole file
(:class:`CsvRowsRefused` lists every bad row as ``file:line: reason``); with
``skip_invalid`` the valid rows are written and the others go, with their reason, to the
report file. Re-importing a file changes nothing: a file already imported (same SHA-256) is
recognised, and a row whose event is already in the ledger (same person, purpose, status
and time) is not written twice.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from assistant.domain.clock import utc_now
from assistant.domain.progress import Progress
from assistant.exchange.consent_csv_read import (
    CsvRefused,
    Header,
    Scan,
    check_width,
    read_header,
    records,
    scan,
)
from assistant.exchange.consent_import_files import (
    REPORT_COLUMNS,
    RefusedReport,
    Staging,
    guard,
    guard_row,
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

# the window's preview, read before importing, keeps its import path here
from assistant.exchange.consent_preview import Preview as Preview
from assistant.exchange.consent_preview import PreviewRow, first_line
from assistant.exchange.consent_preview import preview as preview
from assistant.exchange.consent_preview import preview_events as preview_events
from assistant.exchange.consent_rows import RowChecker
from assistant.exchange.consent_sources import Part, source_parts
from assistant.store.dossier import Dossier
from assistant.store.duplicate_index import DuplicateIndex
from assistant.store.errors import DossierError, ReadOnlyLocation, from_os_error
from assistant.store.ledger.bulk import Conflict, PreviousImport, bulk, previous_import
from assistant.store.outputs import check_output

MAX_KEPT_PROBLEMS = 10_000
# (line, cells) -> one row (the own layout), the rows of a record (a tool's export), the
# problem, or None for an empty record
RecordCheck = Callable[[int, list[str]],
                       tuple[Any, ...] | list[tuple[Any, ...]] | RowProblem | None]

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
    check: RecordCheck
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
        missing = CONVERTERS[layout].missing_columns(names) if layout != OWN else []
        if missing:
            raise LayoutsRefused(source, "layout_columns_missing", layout=layout, part=part,
                                 wanted=" ; ".join(" / ".join(g) for g in missing),
                                 found=", ".join(n for n in names if n.strip()) or "—")
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
    (a key of :data:`~consent_layouts.CONVERTERS`); ``mapping``: a
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
    check: RecordCheck
    for part in parts:
        display = f"{source.name}:{part.name}" if part.name else source.name
        found = scan(part.path)
        delimiter, names = split_header(first_line(part.path, found))
        name = choose_layout(names, layout, mapping, source, part.name)
        if name not in ("", OWN):
            check_width(source, names)
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
        return _with_head(dossier, result)
    plans = [p for p in plans if p.previous is None or p.previous.rows_refused != 0]
    if dossier.read_only and not dry_run:
        raise ReadOnlyLocation(dossier.path)
    report_path = Path(report) if report is not None and not dry_run else None
    stagings: list[Staging] = []
    try:
        # -- pass 1: check every row, keeping the checked ones in temporary files ----------
        yield from _check_pass(dossier, source, plans, stagings, result, report=report_path,
                               reason_text=reason_text, preview_limit=preview_limit,
                               overwrite=overwrite, total=total)
        if result.rows_invalid and not skip_invalid:
            raise CsvRowsRefused(source, result.problems, result.rows_invalid)
        if result.rows_valid == 0:
            raise CsvRefused(source, 2, "csv_no_valid_rows" if result.rows_invalid
                             else "csv_no_rows")
        result.dry_run = dry_run
        # valid rows may say nothing to record
        if not dry_run and result.events_planned:
            # -- pass 2: write the checked rows, in one transaction -------------------------
            yield from _write_pass(dossier, source, plans, stagings, result,
                                   report=report_path, skip_invalid=skip_invalid,
                                   recorded_by=recorded_by, reason_text=reason_text, now=now,
                                   total=total)
    finally:
        for staged in stagings:
            staged.drop()
    return _with_head(dossier, result)


def _with_head(dossier: Dossier, result: ImportReport) -> ImportReport:
    head = dossier.consents.chain_head()
    result.chain_head, result.event_count = head.hash, head.count
    return result


def _check_pass(dossier: Dossier, source: Path, plans: list[_Plan], stagings: list[Staging],
                result: ImportReport, *, report: Path | None, reason_text: Any,
                preview_limit: int, overwrite: bool,
                total: int) -> Generator[Progress, None, None]:
    """Pass 1: every record checked, the valid rows staged (one staging per file, appended
    to ``stagings``), the refused ones counted and written to the report."""
    seen = DuplicateIndex()
    refused = RefusedReport(report, plans[0].header, single=len(plans) == 1,
                            reason_text=reason_text)
    codes = {int(p.id or 0): p.code for p in dossier.consents.purposes()}
    planned: dict[tuple[int, str, int], int] = {}  # (purpose id, kind, unknown) -> events
    try:
        done_bytes = 0
        for plan in plans:
            staged = Staging()
            stagings.append(staged)
            yield from _check_part(plan, staged, seen, refused, result, planned, codes,
                                   preview_limit=preview_limit, done_bytes=done_bytes,
                                   total=total)
            done_bytes += plan.found.size
        for (purpose_id, kind, unknown), count in planned.items():
            result.events_planned += count
            key = (codes.get(purpose_id, "?"), kind, bool(unknown))
            result.planned[key] = result.planned.get(key, 0) + count
        seen.close()
        result.report_path = refused.finish(result.rows_invalid, [source, dossier.path],
                                            overwrite=overwrite)
    except OSError as exc:
        raise from_os_error(report or source, exc) from exc
    finally:
        seen.close()
        refused.close()


def _check_part(plan: _Plan, staged: Staging, seen: DuplicateIndex, refused: RefusedReport,
                result: ImportReport, planned: dict[tuple[int, str, int], int],
                codes: dict[int, str], *, preview_limit: int, done_bytes: int,
                total: int) -> Generator[Progress, None, None]:
    """Pass 1 over one file of the import."""
    position = [0]
    check = plan.check
    part = plan.part.name
    for n, (line, cells) in enumerate(records(plan.part.path, plan.found, plan.header,
                                              position)):
        result.rows_read += 1
        plan.rows_read += 1
        checked = _new_rows(check(line, cells), line, seen, result)
        if checked is None:
            result.empty_rows += 1
            continue
        if isinstance(checked, RowProblem):
            if part:
                checked = RowProblem(checked.line, checked.code, checked.params, part)
            result.rows_invalid += 1
            if len(result.problems) < MAX_KEPT_PROBLEMS:
                result.problems.append(checked)
            refused.add(plan.display, cells, checked)
            continue
        result.rows_valid += 1
        for row in checked:
            staged.add(row)
            key = (row[6], row[7], row[14])
            planned[key] = planned.get(key, 0) + 1
            if len(result.preview) < preview_limit:
                result.preview.append(PreviewRow(
                    line, plan.display, row[1] or row[5] or row[2],
                    " ".join(x for x in (row[3], row[4]) if x), codes.get(row[6], "?"),
                    row[7], row[8], bool(row[14])))
        if n % 2000 == 0:
            yield Progress(done_bytes + position[0], total, "check")
    staged.flush()


def _new_rows(checked: tuple[Any, ...] | list[tuple[Any, ...]] | RowProblem | None, line: int,
              seen: DuplicateIndex,
              result: ImportReport) -> list[tuple[Any, ...]] | RowProblem | None:
    """What a record gives, less the events an earlier record of the file gave: in the app's
    own layout a repeated row is refused; in a tool's export the repeat is counted
    unchanged (its exports list one consent under several headings)."""
    if type(checked) is tuple:
        first = seen.first_line(hash((checked[12], checked[6], checked[7], checked[8])), line)
        if first is not None:
            return RowProblem(line, "duplicate", {"first": str(first)})
        return [checked]
    if isinstance(checked, list):
        kept = []
        for row in checked:  # a tool's export: the same event twice is one
            if seen.first_line(hash((row[12], row[6], row[7], row[8])), line) is None:
                kept.append(row)
            else:
                result.unchanged += 1
        return kept
    return checked  # type: ignore[return-value]  # a RowProblem or None: type() ruled out tuple


def _write_pass(dossier: Dossier, source: Path, plans: list[_Plan], stagings: list[Staging],
                result: ImportReport, *, report: Path | None, skip_invalid: bool,
                recorded_by: str, reason_text: Any, now: datetime,
                total: int) -> Generator[Progress, None, None]:
    """Pass 2: the staged rows written in one transaction; a row the ledger refuses (a
    person whose email and reference point at two people) refuses the file, or with
    ``skip_invalid`` joins the refused rows."""
    size = total // 2
    yield Progress(size, total, "write")
    with bulk(dossier, recorded_by=recorded_by, now=now, rows=result.events_planned,
              source_ids=result.source_ids) as writer:
        done = 0
        for plan, staged in zip(plans, stagings, strict=True):
            writer.start_part(plan.found.sha256, plan.display,
                              plan.previous.id if plan.previous else None, plan.rows_read)
            for chunk in staged.chunks():
                writer.write(chunk)
                done += len(chunk)
                yield Progress(size + size * done // result.events_planned, total, "write")
        if writer.conflicts:
            _take_conflicts([_problem(c) for c in writer.conflicts], source, plans, result,
                            report=report, skip_invalid=skip_invalid, reason_text=reason_text)
        yield from writer.finish(result.rows_invalid)
        result.events_added = writer.added
        result.unchanged = writer.unchanged
        result.subjects_added = writer.new_subjects
        yield Progress(0, 0, "commit")  # 0 of 0: busy, no measurable progress
    from assistant.store.suppression_repo import record_import_from

    record_import_from(dossier, result.layout, writer.recorded_at)


def _take_conflicts(conflicts: list[RowProblem], source: Path, plans: list[_Plan],
                    result: ImportReport, *, report: Path | None, skip_invalid: bool,
                    reason_text: Any) -> None:
    """The rows refused while writing: reported beside those the check refused, and then
    refused (all-or-nothing) or counted with them."""
    if report is not None:  # beside the rows the check refused, if any
        _report_more(report, plans, conflicts, reason_text,
                     append=result.report_path is not None)
        result.report_path = report
    if not skip_invalid:
        raise CsvRowsRefused(source, conflicts[:MAX_KEPT_PROBLEMS], len(conflicts))
    result.rows_invalid += len(conflicts)
    result.rows_valid -= len(conflicts)
    room = MAX_KEPT_PROBLEMS - len(result.problems)
    result.problems = sorted([*result.problems, *conflicts[:max(room, 0)]],
                             key=lambda problem: (problem.part, problem.line))


def _problem(conflict: Conflict) -> RowProblem:
    return RowProblem(conflict.line, conflict.code, conflict.params, conflict.part)


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
                                     guard(reason_text(p) if reason_text else p.code)])
                return
            why = {p.line: reason_text(p) if reason_text else p.code for p in problems}
            if not append:
                writer.writerow([*header.names, *REPORT_COLUMNS])
            plan = plans[0]
            for line, cells in records(plan.part.path, plan.found, header, [0]):
                if line in why:
                    writer.writerow([*guard_row(cells), str(line), guard(why[line])])
    except OSError as exc:
        raise from_os_error(report, exc) from exc
