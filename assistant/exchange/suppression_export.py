"""The people who withdrew (or refused), for one purpose, in the layout a sending tool
imports to stop writing to them (``consents export --suppression TOOL``).

- **mailchimp**: ``Email Address, First Name, Last Name, UNSUB_TIME, UNSUB_REASON``; in
  Mailchimp, Audience › Add contacts › Import contacts, with the status "Unsubscribed"
  (Mailchimp then never emails them again; the two UNSUB columns can be left unimported).
  People without an email are left out (Mailchimp knows them by email).
- **brevo**: ``EMAIL;FIRSTNAME;LASTNAME;SMS;EMAIL_BLACKLISTED;SMS_BLACKLISTED``; in Brevo,
  Contacts › Import contacts, with "Blocklist the imported contacts" for email (or SMS).
  SMS numbers are written as Brevo wants them, with the country code and no ``+``.
- **shopify**: ``First Name, Last Name, Email, Phone, Accepts Email Marketing, Accepts SMS
  Marketing, Tags``; in Shopify, Customers › Import with "Overwrite customers with the same
  email or phone": "no" unsubscribes them, and the tag ``consent-withdrawn`` keeps the
  reason in Shopify (and makes a later Shopify export read back as withdrawals).

People erased since the tool was last sent its list are in it too, with only the contact
the tool needs (no name: :mod:`assistant.store.owed_withdrawals`), and forgotten once it is
written: an erased person who had consented must stop getting messages (GDPR Art. 17(2), 19).

A purpose whose code is ``sms`` (or whose label says SMS) is sent as SMS; any other as
email. Each file, imported back into this app, reads with the same tool's layout as the
withdrawals it stands for. Written atomically; the dossier remembers when each tool was
sent its list (:mod:`assistant.store.suppression_repo`).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.clock import now_text
from assistant.domain.progress import Progress
from assistant.domain.sending_tools import is_sms_purpose
from assistant.domain.text import fold
from assistant.exchange.consent_export import guard
from assistant.exchange.consent_layouts import WITHDRAWN_TAG
from assistant.store.dossier import Dossier
from assistant.store.errors import DossierError
from assistant.store.outputs import output_path
from assistant.store.owed_withdrawals import mark_sent, owed_people
from assistant.store.suppression_repo import (
    SENDING_TOOLS,
    Withdrawn,
    record_export,
    withdrawn_people,
)

TOOLS = SENDING_TOOLS
HEADERS = {
    "mailchimp": ["Email Address", "First Name", "Last Name", "UNSUB_TIME", "UNSUB_REASON"],
    "brevo": ["EMAIL", "FIRSTNAME", "LASTNAME", "SMS", "EMAIL_BLACKLISTED", "SMS_BLACKLISTED"],
    "shopify": ["First Name", "Last Name", "Email", "Phone", "Accepts Email Marketing",
                "Accepts SMS Marketing", "Tags"],
}


class UnknownPurpose(ValueError):
    pass


class PurposeNotSent(DossierError):
    """A purpose of phone calls: the tools send emails and SMS, and unsubscribing a person
    there for a refused call would also stop the emails or SMS they may have agreed to."""

    code = "suppression_not_sent"


def is_phone_purpose(code: str, label: str = "") -> bool:
    """Phone canvassing (the default ``phone`` purpose, or a label that says calls)."""
    words = fold(label).replace("'", " ").split()
    return code == "phone" or (not is_sms_purpose(code, label) and any(
        w.startswith(("telephon", "appel")) or w in ("phone", "call", "calls")
        for w in words))


@dataclass
class SuppressionReport:
    path: Path
    tool: str
    purpose: str
    by_sms: bool
    written: int = 0
    left_out: int = 0  # people the tool cannot know (no email for an email tool...)
    # erased people carried by this list (their contact was kept for it, then forgotten)
    erased: list[int] = field(default_factory=list)


def _mailchimp_time(when: str) -> str:
    return when[:19].replace("T", " ")  # Mailchimp's own: YYYY-MM-DD HH:MM:SS, UTC


def _row(tool: str, person: Withdrawn, by_sms: bool) -> list[str] | None:
    reason = "refused" if person.kind == "refused" else "withdrawn"
    if tool == "mailchimp":
        if by_sms or not person.email:
            return None
        return [person.email, person.first_name, person.last_name,
                "" if person.date_unknown else _mailchimp_time(person.occurred_at),
                f"{reason} (rgpd-assistant)"]
    if tool == "brevo":
        sms = person.phone_key.lstrip("+")
        if (by_sms and not sms) or (not by_sms and not person.email):
            return None
        return [person.email, person.first_name, person.last_name, sms,
                "" if by_sms else "true", "true" if by_sms else ""]
    if (by_sms and not person.phone_key) or (not by_sms and not person.email):
        return None
    return [person.first_name, person.last_name, person.email, person.phone_key,
            "" if by_sms else "no", "no" if by_sms else "", WITHDRAWN_TAG]


def export_suppression(dossier: Dossier, target: Path | str, tool: str, purpose_code: str,
                       *, since: dt.date | None = None, record: bool = True,
                       overwrite: bool = False) -> Generator[Progress, None, SuppressionReport]:
    """Write the suppression file for ``tool`` and ``purpose_code`` (people whose current
    choice is withdrawn or refused, recorded on or after ``since``); an existing file is
    replaced only when ``overwrite`` (the shared output guard: never the dossier)."""
    if tool not in TOOLS:
        raise ValueError(f"unknown tool {tool!r}")
    purpose = dossier.consents.purpose_by_code(purpose_code)
    if purpose is None:
        raise UnknownPurpose(purpose_code)
    if is_phone_purpose(purpose.code, purpose.label):
        raise PurposeNotSent(target, purpose=purpose.code, label=purpose.label,
                             tool=tool.capitalize())
    by_sms = is_sms_purpose(purpose.code, purpose.label)
    result = SuppressionReport(Path(target), tool, purpose_code, by_sms)
    started = now_text()  # what is recorded after this is sent next time
    since_text = f"{since.isoformat()}T00:00:00.000000Z" if since else ""
    delimiter = ";" if tool == "brevo" else ","
    yield Progress(0, 0, "export")
    with output_path(target, overwrite=overwrite, reading=[dossier.path]) as tmp, \
            tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(HEADERS[tool])
        for n, person in enumerate(withdrawn_people(dossier, purpose_code, since=since_text)):
            row = _row(tool, person, by_sms)
            if row is None:
                result.left_out += 1
                continue
            writer.writerow([guard(cell) for cell in row])
            result.written += 1
            if n % 5000 == 0:
                yield Progress(n, 0, "export")
        # people erased since: only the contact the tool needs, kept until this list
        for subject_id, person in owed_people(dossier, tool, purpose_code):
            row = _row(tool, person, by_sms)
            if row is None:
                result.left_out += 1
                continue
            writer.writerow([guard(cell) for cell in row])
            result.written += 1
            result.erased.append(subject_id)
    if record:
        record_export(dossier, tool, purpose_code, started)
        mark_sent(dossier, tool, purpose_code, result.erased, started)
    yield Progress(1, 1, "done")
    return result
