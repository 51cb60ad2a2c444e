"""One small interface over the two spreadsheet libraries, so that filling and reading the
CNIL's template is written once for ODS (odfdo) and XLSX (openpyxl).

Rows and columns are 1-based, as a spreadsheet numbers them. Only what the template needs:
read a cell's value, write a text, a number or a date keeping the cell's look, insert rows
that look like an existing one, copy, rename, move and remove sheets.
"""

from __future__ import annotations

import copy
import datetime as dt
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

Value = str | int | float | dt.date | None
ROW_LIMIT = 2000  # rows looked at in a sheet (a register sheet holds under a hundred)


class Sheet(Protocol):
    name: str

    def value(self, row: int, col: int) -> Value: ...

    def set(self, row: int, col: int, value: Value) -> None: ...

    def insert_rows_like(self, row: int, count: int, look: int | None = None) -> None:
        """Insert ``count`` empty rows after ``row``, each with the look (styles, merged
        cells, drop-down list) of row ``look`` (default: ``row`` itself; above ``row``)."""

    @property
    def max_row(self) -> int: ...


class Book(Protocol):
    def sheets(self) -> list[Sheet]: ...

    def copy_sheet(self, source: Sheet, title: str, position: int) -> Sheet: ...

    def remove_sheet(self, sheet: Sheet) -> None: ...

    def save(self, target: Path) -> None: ...


def text(value: Value) -> str:
    """A cell's value as text (a date as ``YYYY-MM-DD``; a whole number without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


# -- ODS (odfdo) ---------------------------------------------------------------------------
_VALUE_ATTRIBUTES = ("office:value-type", "calcext:value-type", "office:value",
                     "office:string-value", "office:date-value", "office:boolean-value",
                     "office:time-value", "table:formula")


def _empty(cell: Any) -> None:
    """Remove a cell's value and text, keeping every other attribute."""
    for name in _VALUE_ATTRIBUTES:
        if cell.get_attribute(name) is not None:
            cell.del_attribute(name)
    for child in list(cell.children):
        cell.delete(child)


class OdsSheet:
    def __init__(self, table: Any) -> None:
        self.table = table

    @property
    def name(self) -> str:
        return str(self.table.name)

    @name.setter
    def name(self, value: str) -> None:
        self.table.name = value

    def value(self, row: int, col: int) -> Value:
        # the cell's own paragraphs, never its comment's (odfdo's value reads those)
        value = self.table.get_cell((col - 1, row - 1)).value
        if isinstance(value, Decimal):
            return float(value)
        return value  # type: ignore[no-any-return]

    def set(self, row: int, col: int, value: Value) -> None:
        from odfdo import Paragraph

        cell = self.table.get_cell((col - 1, row - 1))
        style = cell.style
        if value is None or value == "":
            _empty(cell)  # its look, spans and drop-down list stay
        elif isinstance(value, str):
            cell.set_value(value)
            for child in list(cell.children):
                cell.delete(child)
            for line in value.split("\n"):  # one paragraph per line: real line breaks
                cell.append(Paragraph(line))
        else:
            cell.set_value(value)
        cell.style = style
        self.table.set_cell((col - 1, row - 1), cell)

    def insert_rows_like(self, row: int, count: int, look: int | None = None) -> None:
        model = self.table.get_row((look or row) - 1)
        for _ in range(count):
            clone = model.clone
            # empty each cell element as it is (a repeated cell stays one element; its
            # style, spans and drop-down list stay)
            for cell in [*clone.get_elements("table:table-cell"),
                         *clone.get_elements("table:covered-table-cell")]:
                _empty(cell)
            self.table.insert_row(row, clone)

    @property
    def max_row(self) -> int:
        # the template's sheets are a million rows high, nearly all one repeated empty row:
        # stop at the last row with content
        return min(int(self.table.height), ROW_LIMIT)


class OdsBook:
    def __init__(self, path: Path) -> None:
        from odfdo import Document

        self.doc = Document(str(path))

    def sheets(self) -> list[Sheet]:
        return [OdsSheet(t) for t in self.doc.body.tables]

    def copy_sheet(self, source: Sheet, title: str, position: int) -> Sheet:
        assert isinstance(source, OdsSheet)
        old = source.name
        clone = source.table.clone
        clone.name = title
        ranges = clone.get_attribute("table:print-ranges")
        if ranges:
            clone.set_attribute("table:print-ranges", str(ranges).replace(old, title))
        tables = self.doc.body.tables
        anchor = tables[min(position, len(tables) - 1)]
        body = anchor.parent
        assert body is not None  # a table of the document's body has the body as parent
        if position >= len(tables):
            body.insert(clone, position=body.index(anchor) + 1)
        else:
            body.insert(clone, position=body.index(anchor))
        return OdsSheet(clone)

    def remove_sheet(self, sheet: Sheet) -> None:
        assert isinstance(sheet, OdsSheet)
        sheet.table.parent.delete(sheet.table)

    def save(self, target: Path) -> None:
        self.doc.save(str(target))


# -- XLSX (openpyxl) -----------------------------------------------------------------------
class XlsxSheet:
    def __init__(self, ws: Any) -> None:
        self.ws = ws

    @property
    def name(self) -> str:
        return str(self.ws.title)

    @name.setter
    def name(self, value: str) -> None:
        self.ws.title = value

    def value(self, row: int, col: int) -> Value:
        value = self.ws.cell(row=row, column=col).value
        if isinstance(value, str) and value.startswith("="):
            return None  # a formula: its result is not stored by openpyxl
        return value  # type: ignore[no-any-return]

    def set(self, row: int, col: int, value: Value) -> None:
        cell = self.ws.cell(row=row, column=col)
        cell.value = None if value == "" else value
        if isinstance(value, dt.date):
            cell.number_format = "DD/MM/YYYY"

    def insert_rows_like(self, row: int, count: int, look: int | None = None) -> None:
        """openpyxl's ``insert_rows`` moves the cells only: the merged ranges and the
        drop-down lists below are moved here, and the new rows take ``look``'s look."""
        from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

        ws = self.ws
        ws.insert_rows(row + 1, count)
        for merged in list(ws.merged_cells.ranges):
            if merged.min_row > row:
                ws.merged_cells.remove(merged)
                merged.shift(0, count)
                ws.merged_cells.add(merged)
        for dv in ws.data_validations.dataValidation:
            moved = []
            for rng in dv.sqref.ranges:
                r = CellRange(rng.coord)
                if r.min_row > row:
                    r.shift(0, count)
                elif r.min_row <= row <= r.max_row:
                    r.expand(down=count)
                moved.append(r.coord)
            dv.sqref = MultiCellRange(" ".join(moved))
        look = look or row
        source_merges = [m for m in ws.merged_cells.ranges if m.min_row == m.max_row == look]
        height = ws.row_dimensions[look].height
        for n in range(1, count + 1):
            for col in range(1, ws.max_column + 1):
                src = ws.cell(row=look, column=col)
                dst = ws.cell(row=row + n, column=col)
                if src.has_style:
                    dst._style = copy.copy(src._style)
            for m in source_merges:
                ws.merge_cells(start_row=row + n, end_row=row + n, start_column=m.min_col,
                               end_column=m.max_col)
            if height is not None:
                ws.row_dimensions[row + n].height = height

    @property
    def max_row(self) -> int:
        return min(int(self.ws.max_row), ROW_LIMIT)


def _trim(ws: Any, keep_rows: int = 70) -> None:
    """Drop the empty rows and columns a conversion leaves below and right of the content
    (1,000 x 26 cells per sheet: slow to read, copy and write), keeping at least
    ``keep_rows`` rows (the list's empty lines are styled, waiting to be filled)."""
    last_row, last_col = keep_rows - 2, 1
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                last_row = max(last_row, cell.row)
                last_col = max(last_col, cell.column)
    for merged in ws.merged_cells.ranges:
        last_row = max(last_row, merged.max_row)
        last_col = max(last_col, merged.max_col)
    if ws.max_row > last_row + 2:
        ws.delete_rows(last_row + 3, ws.max_row - last_row - 2)
    if ws.max_column > last_col + 1:
        ws.delete_cols(last_col + 2, ws.max_column - last_col - 1)


def trim_file(path: Path | str) -> None:
    """Trim a freshly converted template in place (how the shipped XLSX was made; see
    ``resources/templates/cnil/README.md``)."""
    from openpyxl import load_workbook

    wb = load_workbook(str(path))
    for ws in wb.worksheets:
        _trim(ws)
    wb.save(str(path))


class XlsxBook:
    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook

        self.wb = load_workbook(str(path))

    def sheets(self) -> list[Sheet]:
        return [XlsxSheet(ws) for ws in self.wb.worksheets]

    def copy_sheet(self, source: Sheet, title: str, position: int) -> Sheet:
        assert isinstance(source, XlsxSheet)
        with warnings.catch_warnings():  # "<name> Copy" is over 31 characters for a moment
            warnings.simplefilter("ignore", UserWarning)
            ws = self.wb.copy_worksheet(source.ws)
        ws.title = title
        for dv in source.ws.data_validations.dataValidation:  # not copied by openpyxl
            ws.add_data_validation(copy.copy(dv))
        ws.sheet_view.zoomScale = source.ws.sheet_view.zoomScale
        ws.page_setup.orientation = source.ws.page_setup.orientation
        ws.print_options.horizontalCentered = source.ws.print_options.horizontalCentered
        self.wb.move_sheet(ws, offset=position - self.wb.worksheets.index(ws))
        return XlsxSheet(ws)

    def remove_sheet(self, sheet: Sheet) -> None:
        assert isinstance(sheet, XlsxSheet)
        self.wb.remove(sheet.ws)

    def save(self, target: Path) -> None:
        self.wb.save(str(target))


def open_book(path: Path) -> Book:
    """An ODS or XLSX workbook, by the file's content (a zip with the matching parts)."""
    import zipfile

    from assistant.store.sqlite_files import refuse_if_open

    refuse_if_open(path)  # a dossier open here is never read (and closed) as a zip

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") \
                if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise ValueError("not a spreadsheet (ODS or XLSX)") from exc
    if "spreadsheet" in mimetype and "opendocument" in mimetype:
        return OdsBook(path)
    if "xl/workbook.xml" in names:
        return XlsxBook(path)
    raise ValueError("not a spreadsheet (ODS or XLSX)")


def rows(sheet: Sheet, col: int = 1) -> Iterator[tuple[int, str]]:
    """Each row's text in column ``col`` (default: the labels of column A)."""
    for row in range(1, sheet.max_row + 1):
        yield row, text(sheet.value(row, col))


__all__ = ["Book", "OdsBook", "Sheet", "Value", "XlsxBook", "open_book", "rows", "text"]
