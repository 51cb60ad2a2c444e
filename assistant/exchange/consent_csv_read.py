"""Reading a consent CSV file safely: encoding, delimiter, header and records with the line
each starts on (the **contract** of DESIGN.md, "Consent CSV import").

Nothing here knows the dossier: :func:`scan` checks the raw bytes once (empty, binary, NUL,
UTF-16, a workbook saved under a .csv name, UTF-8 or Windows-1252, mixed encodings) without
holding the file in memory; :func:`records` then streams ``(line, cells)``.

Traps measured on this project's machine, and what is done about them:
- ``csv.Sniffer`` guesses ``u`` as the delimiter of a one-column file: the delimiter is
  chosen between ``,`` and ``;`` by which one splits the header into known column names.
- Latin-1 turns ``€`` into a control character: the fallback is Windows-1252.
- Lax quoting swallows the rest of the file after an unclosed quote: ``strict=True`` and the
  line the broken record starts on is named.
- Python's csv module accepts NUL: NUL bytes are refused while scanning the bytes.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import itertools
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.findings import Finding, Severity
from assistant.domain.text import fold
from assistant.store.errors import DossierError, from_os_error
from assistant.store.sqlite_files import refuse_if_open

CHUNK = 1 << 20
FIELD_LIMIT = 100_000  # a runaway quoted field stops here instead of at the end of the file
LINE_LIMIT = 1 << 20  # no line of a consent CSV is this long: it is not one

# The contract's columns, each with its accepted header names (folded, underscores).
COLUMNS: dict[str, tuple[str, ...]] = {
    "email": ("email", "courriel", "e_mail", "mail", "adresse_email"),
    "customer_ref": ("customer_ref", "reference_client", "ref_client", "customer_reference"),
    "first_name": ("first_name", "prenom"),
    "last_name": ("last_name", "nom"),
    "phone": ("phone", "telephone", "tel"),
    "purpose": ("purpose", "finalite"),
    "status": ("status", "statut"),
    "date": ("date",),
    "channel": ("channel", "canal"),
    "notice_version": ("notice_version", "version_mention"),
    # Optional: the source did not say when the choice was made (yes/oui/1); the event then
    # carries the date in `date`, or the import's when it is empty, and says it is unknown.
    "date_unknown": ("date_unknown", "date_inconnue"),
    "evidence": ("evidence", "preuve"),
}
REQUIRED = ("purpose", "status", "date")
_ALIASES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
_UTF8_IN_CP1252 = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


class CsvRefused(DossierError):
    """The file cannot be read as a consent CSV. params: ``line``, ``detail`` (a Finding)."""

    code = "csv_refused"

    def __init__(self, path: Path | str, line: int, code: str, **params: object) -> None:
        finding = Finding(code, "", Severity.ERROR, {k: str(v) for k, v in params.items()})
        super().__init__(path, line=line, detail=finding)
        self.line = line
        self.finding = finding


def header_key(text: str) -> str:
    """``Référence client`` -> ``reference_client`` (accents, case and spacing ignored)."""
    return re.sub(r"[\s\-.]+", "_", fold(text).strip().strip('"').strip()).strip("_")


@dataclass
class Scan:
    path: Path
    size: int
    sha256: str
    encoding: str  # "utf-8-sig" (UTF-8, with or without BOM) or "cp1252"
    lines: int  # 1 + the number of line breaks: the number of the line after the last break
    mtime_ns: int
    ends_with_break: bool = True

    @property
    def physical_lines(self) -> int:
        """Lines as an editor counts them (a last line without a break counts)."""
        return self.lines - 1 if self.ends_with_break else self.lines


def scan(path: Path) -> Scan:
    """Check the bytes of the whole file, streaming (a 1 GB file is never held whole)."""
    refuse_if_open(path)
    try:
        stat = path.stat()
        handle = path.open("rb")
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    digest = hashlib.sha256()
    encoding = _EncodingCheck(path)
    line, offset = 1, 0
    with handle:
        chunk = handle.read(CHUNK)
        _refuse_other_formats(path, chunk)
        last = b""
        carriage_returns = False
        while chunk:
            digest.update(chunk)
            nul = chunk.find(b"\x00")
            if nul >= 0:
                at = line + chunk.count(b"\n", 0, nul)
                raise CsvRefused(path, at, "csv_binary" if offset + nul < 4096 else "csv_nul")
            encoding.feed(chunk, line)
            line += chunk.count(b"\n")
            carriage_returns = carriage_returns or b"\r" in chunk
            offset += len(chunk)
            last = chunk[-1:]
            chunk = handle.read(CHUNK)
    if line == 1 and carriage_returns:
        # lines ended by CR alone: Excel for Mac's "CSV (Macintosh)" and old Mac files
        raise CsvRefused(path, 1, "csv_cr_only")
    return Scan(path, stat.st_size, digest.hexdigest(), encoding.finish(line), line,
                stat.st_mtime_ns, last == b"\n")


# What a file that is no CSV starts with, in the order they are told apart.
_OTHER_FORMATS = ((codecs.BOM_UTF16_LE, "csv_utf16"), (codecs.BOM_UTF16_BE, "csv_utf16"),
                  (b"PK\x03\x04", "csv_workbook"),  # .xlsx, .ods: a zip
                  (b"%PDF", "csv_binary"), (b"\xd0\xcf\x11\xe0", "csv_binary"))  # old .xls


def _refuse_other_formats(path: Path, head: bytes) -> None:
    if not head:
        raise CsvRefused(path, 1, "csv_empty")
    for magic, code in _OTHER_FORMATS:
        if head.startswith(magic):
            raise CsvRefused(path, 1, code)


class _EncodingCheck:
    """UTF-8 (with or without BOM) or, failing that from the start, Windows-1252; a file
    that mixes them, or has bytes Windows-1252 leaves undefined, is refused at its line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.utf8_ok = True
        self.seen_non_ascii = False
        self.cp1252_problem: tuple[int, str] | None = None

    def feed(self, chunk: bytes, line: int) -> None:
        """Check ``chunk``, whose first byte is on ``line``."""
        if self.utf8_ok:
            try:
                self.decoder.decode(chunk)
                if not self.seen_non_ascii and not chunk.isascii():
                    self.seen_non_ascii = True
            except UnicodeDecodeError as exc:
                bad = exc.start
                first_bad_line = line + chunk.count(b"\n", 0, max(bad, 0))
                earlier = chunk[:max(bad, 0)]
                if self.seen_non_ascii or not earlier.isascii():
                    raise CsvRefused(self.path, first_bad_line,
                                     "csv_mixed_encoding") from None
                self.utf8_ok = False
        if not self.utf8_ok and self.cp1252_problem is None:
            m = _CP1252_UNDEFINED.search(chunk)
            if m:
                self.cp1252_problem = (line + chunk.count(b"\n", 0, m.start()), "csv_encoding")
            else:
                m = _UTF8_IN_CP1252.search(chunk)
                if m and _is_utf8_sequence(chunk, m.start()):
                    self.cp1252_problem = (line + chunk.count(b"\n", 0, m.start()),
                                           "csv_mixed_encoding")

    def finish(self, line: int) -> str:
        """The file's encoding, once every chunk is fed (``line``: the last line)."""
        if self.utf8_ok:
            try:
                self.decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                raise CsvRefused(self.path, line, "csv_mixed_encoding" if self.seen_non_ascii
                                 else "csv_encoding") from None
            return "utf-8-sig"
        if self.cp1252_problem is not None:
            raise CsvRefused(self.path, self.cp1252_problem[0], self.cp1252_problem[1])
        return "cp1252"


def _is_utf8_sequence(chunk: bytes, start: int) -> bool:
    """Do the bytes at ``start`` form one whole UTF-8 multi-byte character?"""
    lead = chunk[start]
    need = 1 if lead < 0xE0 else 2 if lead < 0xF0 else 3
    piece = chunk[start:start + need + 1]
    try:
        piece.decode("utf-8")
        return len(piece) == need + 1
    except UnicodeDecodeError:
        return False


@dataclass
class Header:
    delimiter: str
    names: list[str]  # as written in the file
    columns: dict[str, int]  # contract column -> index
    ignored: list[str] = field(default_factory=list)


MAX_COLUMNS = 500  # a consent list or a tool's export has tens; the mapping step one row each
FOUND_SHOWN = 60  # the columns a message names


def check_width(path: Path, names: list[str]) -> None:
    """Refuse a header of more than :data:`MAX_COLUMNS` columns read with another tool's
    layout or a mapping: no list a shop keeps, and the mapping step would build a row of
    widgets for each (a file of 200,000 columns froze the window). The app's own layout
    keeps taking extra columns, ignored and summarised."""
    if len(names) > MAX_COLUMNS:
        raise CsvRefused(path, 1, "too_many_columns", count=len(names), max=MAX_COLUMNS)


def read_header(path: Path, encoding: str) -> Header:
    """Find the delimiter and map the header's columns; refuses what cannot be imported."""
    with _open_text(path, encoding) as text:
        first = text.readline()
    if not first.strip():
        raise CsvRefused(path, 1, "csv_no_header")
    delimiter, cells = _split_first_line(path, first)
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        name = _ALIASES.get(header_key(cell))
        if name is None:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        if name in columns:
            raise CsvRefused(path, 1, "csv_duplicate_column", column=cell.strip(),
                             first=columns[name] + 1, second=index + 1)
        columns[name] = index
    _refuse_missing(path, cells, columns)
    return Header(delimiter, cells, columns, ignored)


def _split_first_line(path: Path, first: str) -> tuple[str, list[str]]:
    """The delimiter (``;`` or ``,``, whichever names more known columns, then more
    columns) and the header's cells; a tab- or bar-separated header is refused by name."""
    best: tuple[int, int, str, list[str]] | None = None
    for delimiter in (";", ","):
        try:
            cells = next(csv.reader([first.rstrip("\r\n")], delimiter=delimiter, strict=True))
        except (csv.Error, StopIteration):
            continue
        known = sum(1 for c in cells if header_key(c) in _ALIASES)
        candidate = (known, len(cells), delimiter, cells)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    if best is None:
        raise CsvRefused(path, 1, "csv_no_header")
    if best[0] == 0:
        for other, code in (("\t", "csv_tab_separated"), ("|", "csv_bar_separated")):
            if other in first and sum(
                    1 for c in first.split(other) if header_key(c) in _ALIASES) >= 2:
                raise CsvRefused(path, 1, code)
    return best[2], best[3]


def _refuse_missing(path: Path, cells: list[str], columns: dict[str, int]) -> None:
    """Refuse a header without a required column, naming each (with its French name, as a
    French file would spell it) and the columns found."""
    missing = [_both(c) for c in REQUIRED if c not in columns]
    if "email" not in columns and "customer_ref" not in columns:
        missing.insert(0, "email / customer_ref (courriel / reference_client)")
    if missing:
        named = [c.strip() for c in cells if c.strip()]
        found = ", ".join(named[:FOUND_SHOWN]) or "—"
        if len(named) > FOUND_SHOWN:  # a page of names, not 200,000 of them
            found += f", … ({len(named)})"
        raise CsvRefused(path, 1, "csv_missing_columns", columns=", ".join(missing),
                         found=found)


def _both(column: str) -> str:
    """``purpose (finalite)``: the contract's English and French names of a column."""
    names = COLUMNS[column]
    return f"{names[0]} ({names[1]})" if len(names) > 1 else names[0]


def _open_text(path: Path, encoding: str):  # type: ignore[no-untyped-def]
    refuse_if_open(path)
    try:
        return path.open("r", encoding=encoding, newline="", errors="strict")
    except OSError as exc:
        raise from_os_error(path, exc) from exc


def records(path: Path, scan_: Scan, header: Header,
            position: list[int] | None = None) -> Iterator[tuple[int, list[str]]]:
    """``(line the record starts on, cells)`` for each record after the header.

    ``position``, if given, receives the byte offset read so far (for progress).
    Raises :class:`CsvRefused` on broken quoting, naming the record's first line, and if
    the file changed since it was scanned.
    """
    csv.field_size_limit(FIELD_LIMIT)
    refuse_if_open(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    with raw:
        text = _TextLines(raw, scan_.encoding)
        reader = csv.reader(text, delimiter=header.delimiter, strict=True)
        try:
            next(reader)  # the header
        except (csv.Error, StopIteration):
            raise CsvRefused(path, 1, "csv_no_header") from None
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                detail = str(exc)
                if "field larger" in detail or "unexpected end of data" in detail:
                    raise CsvRefused(path, start, "csv_unclosed_quote") from None
                raise CsvRefused(path, start, "csv_quoting", detail=detail) from None
            except UnicodeDecodeError:
                raise CsvRefused(path, start, "csv_changed") from None
            except _LineTooLong as exc:
                raise CsvRefused(path, exc.line, "csv_line_too_long") from None
            if position is not None:
                position[0] = text.offset
            yield start, cells
    try:
        now = path.stat()
    except OSError as exc:
        raise from_os_error(path, exc) from exc
    if now.st_size != scan_.size or now.st_mtime_ns != scan_.mtime_ns:
        raise CsvRefused(path, 1, "csv_changed")


class _TextLines:
    """Decoded lines of a binary file (line ends kept, as csv wants with newline=''), cut a
    megabyte at a time: csv takes them through a C iterator, not a Python call per line."""

    def __init__(self, raw, encoding: str) -> None:  # type: ignore[no-untyped-def]
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)("strict")
        self.offset = 0
        self.lines = 0  # lines handed out so far
        self._lines = itertools.chain.from_iterable(self._chunks())

    def __iter__(self) -> Iterator[str]:
        return self._lines

    def _chunks(self) -> Iterator[list[str]]:
        tail = ""
        while True:
            chunk = self._raw.read(CHUNK)
            self.offset += len(chunk)
            text = tail + self._decoder.decode(chunk, final=not chunk)
            if not chunk:
                if text:
                    self.lines += 1
                    yield [text]
                return
            parts = text.split("\n")
            tail = parts.pop()
            if len(tail) > LINE_LIMIT:  # the lines before it have all been read
                raise _LineTooLong(self.lines + len(parts) + 1)
            self.lines += len(parts)
            yield [p + "\n" for p in parts]


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def file_size(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
