"""What the window shows before a consent import: :func:`preview` reads a file's header and
first records, :func:`preview_events` the events they give as the owner maps them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from assistant.domain.clock import utc_now
from assistant.exchange.consent_csv_read import (
    CsvRefused,
    Header,
    Scan,
    check_width,
    read_header,
    records,
    scan,
)
from assistant.exchange.consent_layouts import (
    CONVERTERS,
    OWN,
    Context,
    Converter,
    Mapped,
    RowProblem,
    detect,
    split_header,
)
from assistant.store.errors import from_os_error


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
    first = first_line(path, found)
    delimiter, names = split_header(first)
    layouts = detect(names)
    if layouts[:1] != [OWN]:
        check_width(path, names)
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


def first_line(path: Path, found: Scan) -> str:
    """The file's first line (its header), in the encoding the scan found."""
    try:
        with path.open("r", encoding=found.encoding, newline="", errors="strict") as text:
            return text.readline()
    except OSError as exc:
        raise from_os_error(path, exc) from exc
