"""The files a consent import writes beside the dossier: the checked rows waiting for the
write (:class:`Staging`) and the report of refused rows (:class:`RefusedReport`)."""

from __future__ import annotations

import csv
import marshal
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from assistant.exchange.consent_csv_read import Header
from assistant.exchange.consent_layouts import RowProblem
from assistant.store import held
from assistant.store.outputs import check_output, install, temporary_beside

REPORT_COLUMNS = ("line", "reason")  # added to the file's own, in the report of refused rows
BATCH = 5_000
# Staged rows kept in memory (about 110,000 rows of the app's layout): a shop's import
# writes nothing to the disk but the dossier; a larger one moves them to the file.
IN_MEMORY_MAX = 16 * 1024 * 1024


class Staging:
    """The rows pass 1 found valid, waiting for pass 2 in memory up to
    :data:`IN_MEMORY_MAX` bytes, beyond in an unnamed temporary file (removed when closed,
    or by the system if the process dies), in chunks written with :mod:`marshal`: pass 2
    writes them without reading and checking the file again, and a million rows stay out
    of memory. (A temporary SQLite table cost 4 us a row to fill and read back; this costs
    0.5 us.)"""

    def __init__(self) -> None:
        self.batch: list[tuple[Any, ...]] = []
        # closed by drop(), in the import's finally blocks
        self.file = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=IN_MEMORY_MAX, prefix="rgpd-import-")

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


class RefusedReport:
    """The report of refused rows (their cells, line and reason, in the file's own layout;
    file and line for a .zip's several files), written into a temporary file beside the
    target and put in place only when some row was refused."""

    def __init__(self, target: Path | None, header: Header, *, single: bool,
                 reason_text: Any) -> None:
        self.target = target
        self.single = single
        self.reason_text = reason_text
        self.tmp: Path | None = None
        self.out: IO[str] | None = None
        if target is None:
            return
        self.tmp = temporary_beside(target)
        self.out = self.tmp.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.out, delimiter=header.delimiter, lineterminator="\r\n")
        if self.single:
            self.writer.writerow([*header.names, *REPORT_COLUMNS])
        else:
            self.writer.writerow(["file", *REPORT_COLUMNS])

    def add(self, display: str, cells: list[str], problem: RowProblem) -> None:
        """A refused record: its cells (or, for one of several files, the file's name)."""
        if self.out is None:
            return
        why = self.reason_text(problem) if self.reason_text else problem.code
        if self.single:
            self.writer.writerow([*guard_row(cells), str(problem.line), guard(why)])
        else:
            self.writer.writerow([display, str(problem.line), guard(why)])

    def finish(self, refused: int, reading: list[Path], *,
               overwrite: bool) -> Path | None:
        """Put the report in place if ``refused`` rows went into it; its path, or None."""
        if self.out is None:
            return None
        self.out.close()
        self.out = None
        if not refused or self.tmp is None or self.target is None:
            return None
        check_output(self.target, overwrite=overwrite, reading=reading)
        install(self.tmp, self.target, overwrite=overwrite)
        return self.target

    def close(self) -> None:
        if self.out is not None:
            self.out.close()
        if self.tmp is not None:
            held.discard(self.tmp)


def guard(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def guard_row(cells: Sequence[str]) -> list[str]:
    return [guard(c) for c in cells]
