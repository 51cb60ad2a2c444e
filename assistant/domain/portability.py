"""The portability file (GDPR Art. 20): the data a person provided, in a structured, commonly
used, machine-readable form. Two files hold the same data:

* **JSON** (``format`` ``rgpd-assistant-portability``, ``format_version`` 1), described by
  ``resources/schema/portability.schema.json`` (the README documents it);
* **CSV** in the columns of the app's own consent import (one row per choice): a spreadsheet
  opens it, and a dossier with the same purposes and wording versions imports it as it is.

Only data the person provided and that rests on consent or a contract goes in (Art. 20(1)):
their identity and contact details, and each consent choice with the wording shown. The
register of requests (a legal obligation) and the shop's internal notes do not. Pure
functions: no I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.domain import excel_csv
from assistant.domain.consent import EventKind, Identity

FORMAT = "rgpd-assistant-portability"
FORMAT_VERSION = 1
CSV_COLUMNS = ("email", "customer_ref", "first_name", "last_name", "phone", "purpose",
               "status", "date", "channel", "notice_version")


@dataclass(frozen=True)
class Choice:
    purpose: str  # code
    purpose_label: str
    choice: EventKind  # granted or withdrawn (refused, where the ledger records it)
    date: str  # UTC
    channel: str
    wording_version: str = ""
    wording_sha256: str = ""
    wording_text: str = ""


def portability_dict(*, controller: str, controller_contact: str, written_on: str,
                     request: str, identity: Identity | None, erased_at: str,
                     choices: list[Choice]) -> dict[str, Any]:
    person = None
    if identity is not None:
        person = {"first_name": identity.first_name, "last_name": identity.last_name,
                  "email": identity.email, "phone": identity.phone,
                  "customer_ref": identity.customer_ref}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "controller": {"name": controller, "contact": controller_contact},
        "written_on": written_on,
        "request": request,
        "person": person,
        "erased_at": erased_at or None,
        "consents": [
            {"purpose": c.purpose, "purpose_label": c.purpose_label,
             "choice": c.choice.value, "date": c.date, "channel": c.channel,
             "wording_version": c.wording_version or None,
             "wording_sha256": c.wording_sha256 or None,
             "wording_text": c.wording_text or None}
            for c in choices if c.choice is not EventKind.ERASED],
    }


def portability_json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def portability_csv(data: dict[str, Any]) -> bytes:
    """The CSV of the app's consent import, in the form Excel opens in one double-click
    (:mod:`assistant.domain.excel_csv`: UTF-8 with a BOM, ``;``, CRLF, formula-safe)."""
    person = data["person"] or {}
    who = [person.get(k, "") for k in ("email", "customer_ref", "first_name", "last_name",
                                       "phone")]
    rows: list[list[object]] = [[*who, c["purpose"], c["choice"], c["date"], c["channel"],
                                 c["wording_version"] or ""] for c in data["consents"]]
    if not data["consents"] and data["person"]:
        rows.append([*who, "", "", "", "", ""])
    return excel_csv.csv_bytes([CSV_COLUMNS, *rows])
