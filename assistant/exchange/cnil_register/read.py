"""Read a filled-in CNIL template back (``import register``): the controller and DPO from
sheet 2, and one processing per processing's sheet (sheet 3 and every copy of it, found by
their labels; the blank model and the worked example are left out).

Every value the template can hold comes back: what this app wrote (vocabulary wordings,
"Label : detail" lines, retentions in words, the "Compléments" block), and what a person
typed by hand (kept as free text where no list knows it). Each value that cannot be stored
is named with its sheet and cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.domain.findings import Finding, Severity, errors
from assistant.domain.guide.model import Dpo, check_dpo
from assistant.domain.organisation import Organisation, check_organisation
from assistant.domain.processing import (
    DataCategory,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
    check_processing,
)
from assistant.exchange.cnil_register import cells
from assistant.exchange.cnil_register.layout import (
    COL_DETAIL,
    COL_VALUE,
    LIST_CONTROLLER,
    LIST_DPO,
    NO_TRANSFER_YES,
    SUPPLEMENT_ROWS,
    TRANSFER_COLUMNS,
    fold,
    locate,
    mapping,
    sheet_number,
)
from assistant.exchange.cnil_register.workbook import Book, Sheet, Value, text

_EXAMPLE_MARKS = ("(exemple)", "- exemple")


@dataclass
class ReadRegister:
    organisation: Organisation
    dpo: Dpo | None
    processings: list[Processing] = field(default_factory=list)
    processors: list[list[str]] = field(default_factory=list)  # names, per processing
    sheets: list[str] = field(default_factory=list)  # the sheet each processing came from
    problems: list[tuple[str, Finding]] = field(default_factory=list)  # (where, what)


def cell_name(row: int, col: int) -> str:
    return f"{chr(ord('A') + col - 1)}{row}"


def read(book: Book) -> ReadRegister:
    sheets = book.sheets()
    listing = next((s for s in sheets if sheet_number(s) == 2), None)
    org, dpo = _contacts(listing) if listing is not None else (Organisation(), None)
    out = ReadRegister(org, dpo)
    for sheet in sheets:
        if sheet_number(sheet) in (1, 2, 4, 5):
            continue  # tutorial, list, worked example, lists
        at = locate(sheet)
        if "name" not in at.fields or "reference" not in at.fields:
            continue
        name = text(sheet.value(at.fields["name"], COL_VALUE))
        ref = text(sheet.value(at.fields["reference"], COL_VALUE))
        if not name or any(m in fold(name) or m in fold(ref) for m in _EXAMPLE_MARKS):
            continue  # the blank model, or the CNIL's example
        p, processors = _processing(sheet, at)
        if out.organisation.legal_name == "" and "controller" in at.fields:
            out.organisation = replace(out.organisation, **_controller(sheet, at))
        if (out.dpo is None or not out.dpo.name) and "dpo" in at.fields:
            out.dpo = _dpo_from_sheet(sheet, at, out.dpo)
        out.processings.append(p)
        out.processors.append(processors)
        out.sheets.append(sheet.name)
        for f in errors(check_processing(p)):
            out.problems.append((where(sheet, at, f.field), f))
    for f in errors(check_organisation(out.organisation)):
        if f.field == "legal_name" and f.code == "required":
            continue  # the template has no place for it: the file's name stands in
        out.problems.append((listing.name if listing else "", f))
    if out.dpo is not None:
        for f in errors(check_dpo(out.dpo)):
            out.problems.append((listing.name if listing else "", f))
    if not out.processings:
        code = "register_no_processing" if listing is not None \
            else "register_sheet_not_template"
        out.problems.append(("", Finding(code, "", Severity.ERROR)))
    return out


def where(sheet: Sheet, at: object, field_name: str) -> str:
    """"3 - Caisse, B4": the sheet, and the cell when the field has one."""
    from assistant.exchange.cnil_register.layout import Located

    assert isinstance(at, Located)
    head = field_name.split("[")[0].split(".")[0]
    row = {"name": at.fields.get("name"), "reference": at.fields.get("reference"),
           "purposes": at.fields.get("main_purpose"),
           "joint_controller": at.fields.get("joint")}.get(head)
    if row is None and head == "sub_purposes" and at.blocks["sub_purposes"]:
        row = at.blocks["sub_purposes"][0]
    return f"{sheet.name}, {cell_name(row, COL_VALUE)}" if row else sheet.name


def _contacts(sheet: Sheet) -> tuple[Organisation, Dpo | None]:
    def v(where: dict[str, tuple[int, int]], key: str) -> str:
        row, col = where[key]
        return text(sheet.value(row, col))

    person = " ".join(x for x in (v(LIST_CONTROLLER, "first_name"), v(LIST_CONTROLLER, "name"))
                      if x)
    org = Organisation(representative_name=person, address=v(LIST_CONTROLLER, "address"),
                       postcode=v(LIST_CONTROLLER, "postcode"), city=v(LIST_CONTROLLER, "city"),
                       phone=v(LIST_CONTROLLER, "phone"), email=v(LIST_CONTROLLER, "email"),
                       country="")
    name = " ".join(x for x in (v(LIST_DPO, "first_name"), v(LIST_DPO, "name")) if x)
    dpo = None
    if name or v(LIST_DPO, "organisation"):
        dpo = Dpo(designated=True, name=name, organisation=v(LIST_DPO, "organisation"),
                  address=v(LIST_DPO, "address"), postcode=v(LIST_DPO, "postcode"),
                  city=v(LIST_DPO, "city"), phone=v(LIST_DPO, "phone"),
                  email=v(LIST_DPO, "email"))
    return org, dpo


def _actor(sheet: Sheet, row: int) -> list[str]:
    return [text(sheet.value(row, col)) for col in range(COL_VALUE, COL_VALUE + 7)]


def _controller(sheet: Sheet, at: object) -> dict[str, str]:
    from assistant.exchange.cnil_register.layout import Located

    assert isinstance(at, Located)
    name, address, postcode, city, country, phone, email = _actor(sheet,
                                                                  at.fields["controller"])
    values = {"legal_name": name, "address": address, "postcode": postcode, "city": city,
              "country": country, "phone": phone, "email": email}
    return {k: v for k, v in values.items() if v}


def _dpo_from_sheet(sheet: Sheet, at: object, known: Dpo | None) -> Dpo | None:
    from assistant.exchange.cnil_register.layout import Located

    assert isinstance(at, Located)
    name, address, postcode, city, country, phone, email = _actor(sheet, at.fields["dpo"])
    company = text(sheet.value(at.fields["dpo_company"], COL_VALUE)) \
        if "dpo_company" in at.fields else ""
    if not (name or company):
        return known
    return Dpo(designated=True, name=name, organisation=company, address=address,
               postcode=postcode, city=city, country=country, phone=phone, email=email)


def _lines(value: Value) -> list[str]:
    return [line.strip() for line in text(value).split("\n") if line.strip()]


def _known_labels() -> dict[str, str]:
    from assistant.content.loader import load_vocabularies

    known: dict[str, str] = {}
    for lang in ("en", "fr"):
        for entry in load_vocabularies(lang)["data_categories"]:
            known[fold(entry.label)] = entry.code
    return known


def _categories(sheet: Sheet, rows: dict[str, int], table: str, *, sensitive: bool,
                general: Retention) -> list[DataCategory]:
    """The categories of one block. Each "Label : description" line starts a category (two
    of one kind stay two); a line without a known label goes on the description above it,
    or is the row's own category (typed by hand). Retentions pair with the categories in
    order, by label."""
    known = _known_labels()
    homes = mapping()[table]
    out: list[DataCategory] = []
    for key, row in rows.items():
        home = homes.get(key, [key])[0]
        found: list[list] = []  # type: ignore[type-arg]  # [code, description lines, retention]
        for line in _lines(sheet.value(row, COL_VALUE)):
            code, detail = cells.split_labelled(line, known)
            if code is None and found:
                found[-1][1].append(detail)
                continue
            found.append([code or home, [detail] if detail else [], None])
        last: list | None = None  # type: ignore[type-arg]
        for line in _lines(sheet.value(row, COL_DETAIL)):
            code, detail = cells.split_labelled(line, known)
            if code is None and last is not None:
                last[2] = f"{last[2]}\n{detail}"
                continue
            target = next((c for c in found if c[2] is None and (code is None or c[0] == code)),
                          None)
            if target is None:
                target = [code or home, [], None]
                found.append(target)
            target[2] = detail
            last = target
        for code, lines, raw in found:
            own = cells.parse_retention(raw or "")
            if own == general:
                own = Retention()  # the general rule, written out on each row
            out.append(DataCategory(code, "\n".join(lines), sensitive, own))
    return out


def _block(sheet: Sheet, rows: list[int], vocabulary: str) -> list[tuple[str, str]]:
    items = []
    for row in rows:
        value = text(sheet.value(row, COL_VALUE))
        if not value or fold(value).startswith("selectionnez un element"):
            continue
        items.append((cells.code(vocabulary, value), text(sheet.value(row, COL_DETAIL))))
    return items


def _processing(sheet: Sheet, at: object) -> tuple[Processing, list[str]]:
    from assistant.exchange.cnil_register.layout import Located

    assert isinstance(at, Located)
    f = at.fields

    def value(key: str) -> str:
        return text(sheet.value(f[key], COL_VALUE)) if key in f else ""

    extra = {name: text(sheet.value(row, COL_VALUE)) for name, row in at.supplement.items()}
    general = cells.parse_retention(extra.get(SUPPLEMENT_ROWS[6], ""))
    sub_purposes = [line for row in at.blocks["sub_purposes"]
                    for line in _lines(sheet.value(row, COL_VALUE))]
    subjects = _block(sheet, at.blocks["subjects"], "data_subjects")
    transfers = []
    for row in at.blocks["transfers"]:
        values = {k: text(sheet.value(row, col)) for k, col in TRANSFER_COLUMNS.items()}
        for k in ("country", "safeguard"):
            if fold(values[k]).startswith("selectionnez un element"):
                values[k] = ""
        if values["recipient"] or values["country"]:
            transfers.append(Transfer(values["recipient"], values["country"],
                                      cells.code("transfer_safeguards", values["safeguard"]),
                                      values["documentation"]))
    basis = cells.code("legal_bases", extra.get(SUPPLEMENT_ROWS[0], ""))
    status = next((k for k, v in mapping()["statuses"].items()
                   if fold(str(v)) == fold(extra.get(SUPPLEMENT_ROWS[7], ""))), "draft")
    p = Processing(
        name=value("name"),
        reference=value("reference"),
        status=ProcessingStatus(status),
        purposes=tuple(_lines(value("main_purpose"))),
        sub_purposes=tuple(sub_purposes),
        legal_basis=LegalBasis(basis) if basis in LegalBasis._value2member_map_ else None,
        legal_basis_detail=extra.get(SUPPLEMENT_ROWS[1], ""),
        art9_condition=cells.code("art9_conditions", extra.get(SUPPLEMENT_ROWS[2], "")),
        data_subjects=tuple(code for code, _ in subjects),
        data_subject_details=tuple((code, detail) for code, detail in subjects if detail),
        data_categories=tuple(
            _categories(sheet, at.categories, "category_rows", sensitive=False,
                        general=general)
            + _categories(sheet, at.sensitive, "sensitive_rows", sensitive=True,
                          general=general)),
        retention=general,
        recipients=tuple(Recipient(c, d) for c, d in _block(sheet, at.blocks["recipients"],
                                                             "recipient_types")),
        transfers=tuple(transfers),
        no_transfer_confirmed=not transfers
        and fold(extra.get(SUPPLEMENT_ROWS[9], "")) == fold(NO_TRANSFER_YES),
        security_measures=tuple(SecurityMeasure(c, d) for c, d in
                                _block(sheet, at.blocks["measures"], "security_measures")),
        data_source=cells.code("data_sources", extra.get(SUPPLEMENT_ROWS[3], "")),
        data_source_detail=extra.get(SUPPLEMENT_ROWS[4], ""),
        joint_controller=value("joint"),
        notes=extra.get(SUPPLEMENT_ROWS[8], ""),
    )
    processors = _lines(extra.get(SUPPLEMENT_ROWS[5], ""))
    return p.normalised(), processors


__all__ = ["ReadRegister", "cell_name", "read"]
