"""CSV that Excel opens right in one double-click, as a French shop's PC has it.

Excel reads a double-clicked ``.csv`` with the list separator of Windows' regional settings
(``;`` in France, where ``,`` is the decimal mark) and, without a byte order mark, in the
ANSI code page (Windows-1252): a comma-separated UTF-8 file opens as one column of
"Ã©" where the accents were. So every CSV meant for a person is: UTF-8 **with a BOM**,
``;`` between values, CRLF line ends, and no cell a spreadsheet would run as a formula
(a value starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe, which the app's own import removes again).

The app's import reads this form as it reads its own contract (delimiter ``,`` or ``;``,
UTF-8 with or without BOM, or Windows-1252, all detected). Files meant for another tool
(a newsletter service's suppression list) follow that tool's format instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any, TextIO

DELIMITER = ";"
LINE_END = "\r\n"
ENCODING = "utf-8-sig"  # writes the BOM
BOM = "\ufeff"


def formula_safe(value: object) -> str:
    """The formula-injection guard of every exported cell."""
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def writer(stream: TextIO) -> Any:
    """A ``csv.writer`` in Excel's form; open ``stream`` with ``encoding=ENCODING`` and
    ``newline=""``."""
    return csv.writer(stream, delimiter=DELIMITER, lineterminator=LINE_END)


def csv_bytes(rows: Iterable[Iterable[object]], *, guard: bool = True) -> bytes:
    """The whole file: BOM, ``;``, CRLF; each cell through :func:`formula_safe` unless
    ``guard`` is off (a header the app wrote itself)."""
    sink = io.StringIO()
    out = writer(sink)
    for row in rows:
        out.writerow([formula_safe(v) for v in row] if guard else list(row))
    return (BOM + sink.getvalue()).encode("utf-8")


__all__ = ["BOM", "DELIMITER", "ENCODING", "LINE_END", "csv_bytes", "formula_safe", "writer"]
