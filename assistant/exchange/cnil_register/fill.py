"""Fill the CNIL's template with a dossier's register (``export register``).

The template itself is opened and filled, never rebuilt: its tutorial, styles, merged cells,
comments and drop-down lists stay as the CNIL made them. Sheet 2 gets the controller and DPO
contacts and one line per processing; sheet 3 (the model) is copied once per processing and
each copy filled; the model and the worked example are then removed. A list longer than the
model's rows (a sixth sub-purpose, a third category of people...) gets rows inserted in the
same look. Under each processing's sheet, a "Compléments" block in the template's own look
holds what the app records beyond the template: legal basis, data source, processors, the
general retention rule, status and notes.

Two of the template's choices are outdated: "Privacy shield" and the United States rated
"adéquat". Neither is ever written; the lists sheet is corrected too (``mapping.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.domain.guide.model import Dpo
from assistant.domain.organisation import Organisation
from assistant.domain.processing import Processing, ProcessingStatus
from assistant.exchange.cnil_register import cells
from assistant.exchange.cnil_register.layout import (
    ACTOR_COLUMNS,
    BLOCKS,
    COL_DETAIL,
    COL_VALUE,
    HEADER_REF,
    LIST_COLUMNS,
    LIST_CONTROLLER,
    LIST_DPO,
    LIST_FIRST_ROW,
    NO_TRANSFER_YES,
    SUPPLEMENT_ROWS,
    SUPPLEMENT_TITLE,
    TRANSFER_COLUMNS,
    locate,
    mapping,
    sheet_number,
)
from assistant.exchange.cnil_register.workbook import Book, Sheet, text

SHEET_TITLE = "Fiche de registre"
SHEET_NAME_MAX = 31  # Excel's limit; LibreOffice accepts it too
_FORBIDDEN = re.compile(r"[\[\]\*\?:/\\']")


@dataclass(frozen=True)
class RegisterData:
    """What goes into the template: the controller, its DPO, the register."""

    organisation: Organisation
    dpo: Dpo | None = None
    processings: tuple[Processing, ...] = ()
    processor_names: dict[int, str] = field(default_factory=dict)


def sheet_title(n: int, p: Processing, taken: set[str]) -> str:
    """``1 - Vente en boutique``: short enough for Excel, no forbidden character, unique."""
    base = _FORBIDDEN.sub(" ", f"{p.reference or n} - {p.name}")
    base = " ".join(base.split())[:SHEET_NAME_MAX].strip()
    title, k = base, 2
    while title.casefold() in taken:
        suffix = f" ({k})"
        title = base[:SHEET_NAME_MAX - len(suffix)] + suffix
        k += 1
    taken.add(title.casefold())
    return title


def fill(book: Book, data: RegisterData) -> None:
    sheets = {sheet_number(s): s for s in book.sheets()}
    listing, model, example, lists = (sheets.get(n) for n in (2, 3, 4, 5))
    if listing is None or model is None:
        raise ValueError("the template's list or model sheet is missing")
    if lists is not None:
        _fix_lists(lists)
    _fill_listing(listing, data)
    processings = list(data.processings)
    taken = {s.name.casefold() for s in book.sheets()}
    position = [s.name for s in book.sheets()].index(model.name)
    for n, p in enumerate(processings, start=1):
        copy = book.copy_sheet(model, sheet_title(n, p, taken), position + n - 1)
        _fill_processing(copy, p, data)
    if processings:  # the blank model and the fictional example give way to the real sheets
        book.remove_sheet(model)
        if example is not None:
            book.remove_sheet(example)


# -- the lists sheet -----------------------------------------------------------------------
def _fix_lists(lists: Sheet) -> None:
    fixes = mapping().get("lists_fixes", {})
    safeguards, zones = fixes.get("safeguard", {}), fixes.get("zone", {})
    for row in range(1, 200):
        garantie = text(lists.value(row, 1))
        if garantie in safeguards:
            lists.set(row, 1, safeguards[garantie])
        country = text(lists.value(row, 3))
        if country in zones:
            lists.set(row, 4, zones[country])


# -- sheet 2 -------------------------------------------------------------------------------
def _fill_listing(sheet: Sheet, data: RegisterData) -> None:
    org, dpo = data.organisation, data.dpo
    controller = {"name": org.representative_name, "address": org.address,
                  "postcode": org.postcode, "city": org.city, "phone": org.phone,
                  "email": org.email}
    for key, (row, col) in LIST_CONTROLLER.items():
        if key in controller:
            sheet.set(row, col, controller[key])
    if dpo is not None and dpo.designated:
        dpo_cells = {"name": dpo.name, "organisation": dpo.organisation,
                     "address": dpo.address, "postcode": dpo.postcode, "city": dpo.city,
                     "phone": dpo.phone, "email": dpo.email}
        for key, (row, col) in LIST_DPO.items():
            if key in dpo_cells:
                sheet.set(row, col, dpo_cells[key])
    styled = _styled_list_rows(sheet)
    lines = list(data.processings)
    if len(lines) > styled:
        sheet.insert_rows_like(LIST_FIRST_ROW + styled - 1, len(lines) - styled)
    for i in range(max(styled, len(lines))):
        row = LIST_FIRST_ROW + i
        if i >= len(lines):
            for col in LIST_COLUMNS.values():
                sheet.set(row, col, None)  # the template's example line goes
            continue
        p = lines[i]
        values: dict[str, object] = {
            "name": p.name, "reference": p.reference or str(i + 1),
            # dates as the template's example writes them: the list's cells below its first
            # line have no date format, and a date value would show as a serial number
            "created": cells.date_text(p.created_at), "updated": cells.date_text(p.updated_at),
            "purpose": "\n".join(p.purposes),
            "sensitive": "Oui" if p.has_sensitive_data else "Non",
        }
        for key, col in LIST_COLUMNS.items():
            sheet.set(row, col, values[key])  # type: ignore[arg-type]
    return


def _styled_list_rows(sheet: Sheet) -> int:
    """How many processing lines the template's list has room for (its example's line and
    the empty lines below it in the same look); at least one."""
    count = 0
    row = LIST_FIRST_ROW
    while row < LIST_FIRST_ROW + 200 and (text(sheet.value(row, 1)) or count == 0
                                          or _has_look(sheet, row)):
        count += 1
        row += 1
    return max(count, 1)


def _has_look(sheet: Sheet, row: int) -> bool:
    look = getattr(sheet, "has_look", None)
    return bool(look(row)) if look is not None else row < LIST_FIRST_ROW + 41


# -- a processing's sheet ------------------------------------------------------------------
def _fill_processing(sheet: Sheet, p: Processing, data: RegisterData) -> None:
    org, dpo = data.organisation, data.dpo
    _grow_blocks(sheet, p)
    at = locate(sheet)
    f = at.fields
    ref = p.reference or sheet.name.split(" - ")[0]
    sheet.set(1, 1, SHEET_TITLE)  # the model's "to complete" title, now a filled sheet
    sheet.set(*HEADER_REF, ref)
    sheet.set(f["name"], COL_VALUE, p.name)
    sheet.set(f["reference"], COL_VALUE, ref)
    sheet.set(f["created"], COL_VALUE, cells.date_text(p.created_at))
    sheet.set(f["updated"], COL_VALUE, cells.date_text(p.updated_at))
    _actor(sheet, f.get("controller"), (org.legal_name, org.address, org.postcode, org.city,
                                        org.country, org.phone, org.email))
    if dpo is not None and dpo.designated:
        _actor(sheet, f.get("dpo"), (dpo.name, dpo.address, dpo.postcode, dpo.city,
                                     dpo.country, dpo.phone, dpo.email))
        if "dpo_company" in f:
            sheet.set(f["dpo_company"], COL_VALUE, dpo.organisation)
    if "joint" in f:
        sheet.set(f["joint"], COL_VALUE, p.joint_controller)
    sheet.set(f["main_purpose"], COL_VALUE, "\n".join(p.purposes))
    for row, value in zip(at.blocks["sub_purposes"], _spread(p.sub_purposes,
                                                              len(at.blocks["sub_purposes"])),
                          strict=False):
        sheet.set(row, COL_VALUE, value)
    _categories(sheet, p, at.categories, "category_rows", sensitive=False)
    _categories(sheet, p, at.sensitive, "sensitive_rows", sensitive=True)
    for row, subject in zip(at.blocks["subjects"], p.data_subjects, strict=False):
        sheet.set(row, COL_VALUE, cells.label("data_subjects", subject))
        sheet.set(row, COL_DETAIL, p.subject_detail(subject))
    for row, r in zip(at.blocks["recipients"], p.recipients, strict=False):
        sheet.set(row, COL_VALUE, cells.label("recipient_types", r.type))
        sheet.set(row, COL_DETAIL, r.description)
    for row, m in zip(at.blocks["measures"], p.security_measures, strict=False):
        sheet.set(row, COL_VALUE, cells.label("security_measures", m.code))
        sheet.set(row, COL_DETAIL, m.description)
    for row, t in zip(at.blocks["transfers"], p.transfers, strict=False):
        sheet.set(row, TRANSFER_COLUMNS["recipient"], t.recipient)
        sheet.set(row, TRANSFER_COLUMNS["country"], t.country)
        sheet.set(row, TRANSFER_COLUMNS["safeguard"],
                  cells.label("transfer_safeguards", t.safeguard) if t.safeguard else "")
        sheet.set(row, TRANSFER_COLUMNS["documentation"], t.documentation)
    _supplement(sheet, p, data, at)


def _spread(items: Sequence[str], rows: int) -> list[str]:
    """Items one per row; any beyond the last row share it, one per line."""
    if len(items) <= rows:
        return list(items)
    return [*items[:rows - 1], "\n".join(items[rows - 1:])]


def _grow_blocks(sheet: Sheet, p: Processing) -> None:
    """Insert rows where a list is longer than the model's rows (bottom-up, so that the rows
    found above stay where they are)."""
    need = {"sub_purposes": len(p.sub_purposes), "subjects": len(p.data_subjects),
            "recipients": len(p.recipients), "measures": len(p.security_measures),
            "transfers": len(p.transfers)}
    at = locate(sheet)
    order = sorted(need, key=lambda k: max(at.blocks[k] or [0]), reverse=True)
    for key in order:
        have = at.blocks[key]
        if not have or need[key] <= len(have):
            continue
        last = have[-1]
        extra = need[key] - len(have)
        sheet.insert_rows_like(last, extra)
        label = BLOCKS[key][1]
        for n in range(extra):
            sheet.set(last + 1 + n, 1, label.format(n=len(have) + n + 1))


def _actor(sheet: Sheet, row: int | None, values: tuple[str, ...]) -> None:
    if row is None:
        return
    for col, value in enumerate(values, start=COL_VALUE):
        if col - COL_VALUE < len(ACTOR_COLUMNS):
            sheet.set(row, col, value)


def _categories(sheet: Sheet, p: Processing, found: dict[str, int], table: str, *,
                sensitive: bool) -> None:
    rows = mapping()[table]
    home = {c: key for key, codes in rows.items() for c in codes}
    # a category of another kind (free text) goes to the block's broadest row
    fallback = "health" if sensitive else "personal_life"
    lines: dict[str, list[tuple[str, str]]] = {}
    for c in p.data_categories:
        if c.sensitive != sensitive:
            continue
        key = home.get(c.category, fallback)
        name = cells.label("data_categories", c.category)
        retention = cells.retention_text(p.retention_for(c))
        lines.setdefault(key, []).append((cells.labelled(name, c.description),
                                          cells.labelled(name, retention) if retention
                                          else ""))
    for key, row in found.items():
        items = lines.get(key, [])
        sheet.set(row, COL_VALUE, "\n".join(d for d, _ in items))
        sheet.set(row, COL_DETAIL, "\n".join(r for _, r in items if r))


def _supplement(sheet: Sheet, p: Processing, data: RegisterData, at: object) -> None:
    from assistant.exchange.cnil_register.layout import Located

    assert isinstance(at, Located)
    last = max((r for rows in at.blocks.values() for r in rows), default=0)
    look = at.fields.get("main_purpose")
    if not last or look is None:
        return
    values = [
        cells.label("legal_bases", p.legal_basis.value) if p.legal_basis else "",
        p.legal_basis_detail,
        cells.label("art9_conditions", p.art9_condition) if p.art9_condition else "",
        cells.label("data_sources", p.data_source) if p.data_source else "",
        p.data_source_detail,
        "\n".join(data.processor_names.get(pid, str(pid)) for pid in p.processor_ids),
        cells.retention_text(p.retention),
        str(mapping()["statuses"].get(p.status.value, p.status.value)),
        p.notes,
        NO_TRANSFER_YES if p.no_transfer_confirmed else "",
    ]
    start = last + 2
    sheet.insert_rows_like(last + 1, len(SUPPLEMENT_ROWS) + 1, look=look)
    sheet.set(start, 1, SUPPLEMENT_TITLE)
    for n, (name, value) in enumerate(zip(SUPPLEMENT_ROWS, values, strict=True), start=1):
        sheet.set(start + n, 1, name)
        sheet.set(start + n, COL_VALUE, value)


def register_data(dossier: object) -> RegisterData:
    """The register of an open dossier (archived processing left out)."""
    from assistant.store.dossier import Dossier

    assert isinstance(dossier, Dossier)
    saved = dossier.guide.pilot()
    return RegisterData(
        organisation=dossier.organisation.get(),
        dpo=saved[1] if saved else None,
        processings=tuple(p for p in dossier.register.list()
                          if p.status is not ProcessingStatus.ARCHIVED),
        processor_names={int(x.id): x.name for x in dossier.processors.list()
                         if x.id is not None},
    )


__all__ = ["RegisterData", "fill", "register_data", "sheet_title"]
