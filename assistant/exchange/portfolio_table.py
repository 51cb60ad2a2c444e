"""The portfolio's work list as a spreadsheet (``export portfolio --format csv|xlsx``): the
same rows, in the same order, as the summary PDF, one value per column so that Excel or
LibreOffice can sort and filter them.

**CSV** is written for the spreadsheet the accountant has: UTF-8 with a byte-order mark (so
Excel reads the accents), ``;`` between values in French (French Excel's list separator),
``,`` in English, dates ``YYYY-MM-DD``. **XLSX** (openpyxl) has real dates, a bold frozen
header row and Client column, a filter on every column, sensible widths, and a light tint
on the rows that need attention.

The accountant's follow-up notes (staff in charge, next review, note) come from the app's
data folder (:mod:`assistant.store.desk`), never from the dossiers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.content.catalog import Lang
from assistant.content.desk_words import (
    attention_text,
    relative_text,
    rule_titles,
    what_text,
)
from assistant.content.messages import Messages, messages
from assistant.domain.guide.model import Priority
from assistant.domain.progress import Progress
from assistant.store.desk import Desk, client_key
from assistant.store.outputs import write_output
from assistant.store.portfolio import (
    DossierSummary,
    scan_folder,
    shared_siret,
    urgency_sort_key,
)

FORMATS = ("csv", "xlsx")

# column key -> width in characters (XLSX); the header's words are in messages-desk.toml
COLUMNS: dict[str, int] = {
    "client": 32, "file": 22, "siret": 16, "shared_siret": 20, "state": 14,
    "attention": 10, "attention_reasons": 36, "next_deadline": 40, "next_date": 12,
    "next_relative": 18, "overdue": 50, "overdue_count": 10, "contact_name": 22,
    "contact_phone": 16, "contact_email": 26, "last_change": 12, "steps_complete": 10,
    "tasks_settled": 10, "tasks_total": 10, "actions_high": 9, "actions_medium": 9,
    "actions_low": 9, "consents_to_renew": 10, "last_verification": 24, "language": 8,
    "staff": 18, "next_review": 12, "last_reminder": 12, "note": 40, "path": 50,
}
DATE_COLUMNS = frozenset({"next_date", "last_change", "next_review", "last_reminder"})


@dataclass(frozen=True)
class TableOptions:
    lang: Lang = "fr"
    date: dt.date = field(default_factory=dt.date.today)
    recursive: bool = False

    @property
    def moment(self) -> dt.datetime:
        """Noon, local time, on the date: the same instant as the summary PDF's."""
        return dt.datetime.combine(self.date, dt.time(12, 0)).astimezone()


def headers(lang: Lang) -> list[str]:
    words = messages(lang)
    return [words.get("desk_columns", key) for key in COLUMNS]


def _day(stamp: str) -> dt.date | None:
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def table_rows(summaries: Sequence[DossierSummary], options: TableOptions,
               desk: Desk | None = None) -> list[dict[str, Any]]:
    """One dict per dossier (keys of :data:`COLUMNS`), most urgent first; dates as
    :class:`datetime.date`, counts as ``int``."""
    words = messages(options.lang)
    moment = options.moment
    rules = rule_titles(options.lang)
    shared = shared_siret(summaries)
    desk = desk if desk is not None else Desk()
    rows = []
    for s in sorted(summaries, key=urgency_sort_key):
        rows.append(_row(s, words, moment, rules, shared.get(s.path, []), desk))
    return rows


def _row(s: DossierSummary, words: Messages, moment: dt.datetime, rules: dict[str, str],
         shared: list[Path], desk: Desk) -> dict[str, Any]:
    follow = desk.follow_up(client_key(s.uuid, s.path))
    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    row.update(client=s.display_name, file=s.path.name, path=str(s.path),
               attention=words.get("desk", "yes" if s.needs_attention else "no"),
               attention_reasons=attention_text(words, s.attention),
               staff=follow.staff, note=follow.note, next_review=_iso_day(follow.next_review),
               last_reminder=_iso_day(follow.last_reminder))
    if not s.readable:
        row["state"] = words.get("desk", "unreadable")
        row["overdue"] = words.error(s.status.value, path=s.path.name, **s.error_params)
        return row
    nxt = s.next_deadline
    late = s.overdue
    actions = s.open_actions
    record = s.last_verify
    verify = ""
    if record is not None:
        verify = f"{'OK' if record.sound else record.problems} {record.at[:10]}"
    row.update(
        siret=s.siret_or_siren, shared_siret=", ".join(p.name for p in shared),
        state=words.get("desk", "readable"),
        next_deadline=what_text(words, nxt, rules) if nxt else "",
        next_date=nxt.due_date if nxt else None,
        next_relative=relative_text(words, nxt, moment) if nxt else "",
        overdue="; ".join(f"{what_text(words, d, rules)} ({relative_text(words, d, moment)})"
                          for d in late),
        overdue_count=len(late), contact_name=s.contact_name, contact_phone=s.contact_phone,
        contact_email=s.contact_email, last_change=_day(s.last_change),
        steps_complete=s.steps_complete, tasks_settled=s.settled, tasks_total=s.tasks,
        actions_high=actions.get(Priority.HIGH, 0),
        actions_medium=actions.get(Priority.MEDIUM, 0),
        actions_low=actions.get(Priority.LOW, 0), consents_to_renew=s.consents_to_renew,
        last_verification=verify, language=s.language)
    return row


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_bytes(rows: Sequence[dict[str, Any]], lang: Lang) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow(headers(lang))
    for row in rows:
        writer.writerow([_text(row[key]) for key in COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(rows: Sequence[dict[str, Any]], lang: Lang, *, title: str = "",
               date: dt.date | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = messages(lang).get("desk_columns", "sheet")[:31]
    sheet.append(headers(lang))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    tint = PatternFill("solid", fgColor="FFF0D2")
    keys = list(COLUMNS)
    for r, row in enumerate(rows, start=2):
        sheet.append([row[key] if row[key] is not None else "" for key in keys])
        attention = row["attention_reasons"] != ""
        for c, key in enumerate(keys, start=1):
            cell = sheet.cell(row=r, column=c)
            if key in DATE_COLUMNS and isinstance(row[key], dt.date):
                cell.number_format = "DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD"
            if attention:
                cell.fill = tint
    for c, width in enumerate(COLUMNS.values(), start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(len(rows) + 1, 1)}"
    props = book.properties
    props.title = title
    props.creator = "RGPD Assistant"
    if date is not None:  # the document's date, not the clock's
        moment = dt.datetime.combine(date, dt.time(12, 0))
        props.created = props.modified = moment
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export_table(folder: Path | str, target: Path | str, fmt: str,
                 options: TableOptions | None = None, *, desk: Desk | None = None,
                 overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Read every dossier of ``folder`` and write the work list as CSV or XLSX (an existing
    file replaced only when ``overwrite``; never a dossier)."""
    from assistant.store.outputs import check_output

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    options = options or TableOptions()
    folder, target = Path(folder), Path(target)
    check_output(target, overwrite=overwrite)
    summaries = yield from scan_folder(folder, recursive=options.recursive,
                                       now=options.moment, lang=options.lang)
    yield Progress(0, 1, "write")
    rows = table_rows(summaries, options, desk)
    if fmt == "csv":
        data = csv_bytes(rows, options.lang)
    else:
        data = xlsx_bytes(rows, options.lang, title=folder.name, date=options.date)
    write_output(target, data, overwrite=overwrite)
    yield Progress(1, 1, "write")
    return target


__all__ = ["COLUMNS", "FORMATS", "TableOptions", "csv_bytes", "export_table", "headers",
           "table_rows", "xlsx_bytes"]
