"""The layouts of other tools' exports, recognised by their header, and how each one's rows
become consent events (the **contract** of DESIGN.md, "Consent import from other tools'
exports"; the real files these rules were built from are described, with their sources, in
``tests/exchange/fixtures/consent_layouts/README.md``).

A layout's :class:`Converter` turns one record of the file into the rows the import writes
(the tuples of :class:`~assistant.store.ledger.bulk.Row`, one per event: a record may
give none, one, or two) or into a :class:`RowProblem`. People are found by email, then phone,
then the source's own customer id (``customer_ref``); a record with none of the three is
refused. What the source does not say is never made up: a yes/no column without a date
gives events whose date is unknown, "not subscribed" is not a withdrawal, a bounced address
changes no consent, and an opt-out column only ever records withdrawals.

The six tools' layouts stay in this one file, a table of small converter classes over one
shared base: when a tool changes its export, its rules are read beside the others' (the same
column meanings, the same refusals), which a file per tool would scatter.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from assistant.domain.clock import format_utc
from assistant.domain.consent import (
    EMAIL_MAX,
    PHONE_MAX,
    REF_MAX,
    Channel,
    DateProblem,
    EventKind,
    parse_when,
    valid_email,
)
from assistant.domain.consent_mapping import Mapping, column_key, value_key
from assistant.domain.identity import email_key, invisible_character, nfc
from assistant.domain.text import BIDI_CONTROLS, NAME_MAX, describe_char
from assistant.exchange.consent_csv_read import COLUMNS, REQUIRED, header_key
from assistant.store.phones import phone_key

OWN = "own"
MAPPING = "mapping"
EVIDENCE_MAX = 500
_BAD_CHARS = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")
_OWN_ALIASES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}


@dataclass(frozen=True)
class RowProblem:
    line: int
    code: str  # a key of [csv] in the messages
    params: dict[str, str] = field(default_factory=dict)
    part: str = ""  # the file inside a .zip the line is of ("" for a CSV file)


class Context:
    """What every converter needs: the dossier's purposes (code -> id, after the owner's
    choice of purpose for each of the layout's), the import's time and time zone."""

    def __init__(self, purposes: dict[str, int], now: datetime, zone: tzinfo | None) -> None:
        self.purposes = purposes
        self.now = now
        self.now_text = format_utc(now)
        self.zone = zone
        self._dates: dict[tuple[str, bool], tuple[str | None, DateProblem | None]] = {}

    def when(self, text: str, *, utc: bool = False) -> tuple[str | None, DateProblem | None]:
        """A date of the file as canonical UTC text (``utc``: written in UTC, as
        Mailchimp's are; otherwise in the import's zone)."""
        key = (text, utc)
        found = self._dates.get(key)
        if found is None:
            value = _DMY_DASHES.sub(r"\1/\2/\3", text.strip())
            moment, problem = parse_when(value, now=self.now,
                                         local_zone=UTC if utc else self.zone)
            found = (format_utc(moment) if moment else None, problem)
            if len(self._dates) < 100_000:
                self._dates[key] = found
        return found


_DMY_DASHES = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})")  # 14-06-2023 10:32 (Brevo)


# -- header ---------------------------------------------------------------------------------
def split_header(first_line: str) -> tuple[str, list[str]]:
    """The delimiter (``,``, ``;`` or tab) that cuts the first line into the most columns,
    and those columns."""
    best: tuple[int, str, list[str]] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([first_line.rstrip("\r\n")], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if best is None or len(cells) > best[0]:
            best = (len(cells), delimiter, cells)
    if best is None:
        return ",", []
    return best[1], [c.replace("\ufeff", "") for c in best[2]]


def is_own_layout(names: Sequence[str]) -> bool:
    """Does this header name the columns of the app's own layout (DESIGN.md)?"""
    found = {_OWN_ALIASES.get(header_key(n)) for n in names}
    return all(c in found for c in REQUIRED) and bool({"email", "customer_ref"} & found)


def _keys(names: Sequence[str]) -> set[str]:
    return {column_key(n) for n in names}


def _any(keys: set[str], *wanted: str) -> bool:
    return any(w in keys for w in wanted)


_DETECT: dict[str, Callable[[set[str]], bool]] = {
    "mailchimp": lambda k: "email address" in k and _any(
        k, "member_rating", "optin_time", "confirm_time", "leid", "euid", "unsub_time"),
    "brevo": lambda k: ("email" in k and _any(k, "added_time", "modified_time",
                                             "email_blacklisted", "sms_blacklisted"))
    or ("sms" in k and "added_time" in k),
    "shopify": lambda k: _any(k, "accepts email marketing", "accepts marketing")
    and "email" in k,
    "prestashop": lambda k: "newsletter" in k and _any(
        k, "partner offers", "offres partenaires", "offres des partenaires") and _any(
        k, "email address", "email", "e-mail", "adresse e-mail", "adresse email"),
    "woocommerce": lambda k: "email" in k and (
        {"date registered", "last active"} <= k or {"total spend", "aov"} <= k),
    "lightspeed": lambda k: "do_not_email" in k and _any(k, "customer_code", "email"),
}


def detect(names: Sequence[str]) -> list[str]:
    """Every layout whose header this is (the app's own one included)."""
    keys = _keys(names)
    found = [name for name, test in _DETECT.items() if test(keys)]
    if is_own_layout(names):
        found.insert(0, OWN)
    return found


# -- converters -----------------------------------------------------------------------------
class LayoutRefused(Exception):
    """The whole file cannot be read with this layout: ``code`` is a key of ``[layouts]``."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class Converter:
    """Base of the layouts' converters: finds columns by name and reads the person."""

    name = ""
    # the purposes this layout records, by the default code of a new dossier
    default_purposes: tuple[str, ...] = ()
    channel = Channel.OTHER.value
    channel_detail = ""
    source_ids = True  # customer_ref is the source's own id: a weaker key than the email
    # The columns a file must have to be read with this layout: one of each group (who the
    # person is, what the choice is). Forced with --layout on a file without them, a layout
    # would find nobody, or grant everyone ("subscribed" is what a Mailchimp file without
    # a status column is taken for).
    needs: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def missing_columns(cls, names: Sequence[str]) -> list[tuple[str, ...]]:
        """The groups of :attr:`needs` none of whose columns is in the header ``names``."""
        keys = _keys(names)
        return [group for group in cls.needs
                if not any(column_key(name) in keys for name in group)]

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        self.ctx = ctx
        self._flags: dict[tuple[str, frozenset[str], frozenset[str]], bool | None] = {}
        self.names = list(names)
        self.width = len(names)
        self.index = {column_key(n): i for i, n in reversed(list(enumerate(names)))}
        chosen = purposes or {}
        self.purpose_ids: dict[str, int] = {}
        for code in self.default_purposes:
            target = chosen.get(code, code)
            if target not in ctx.purposes:
                raise LayoutRefused("purpose_missing", purpose=target, layout=self.name,
                                    known=", ".join(sorted(ctx.purposes)) or "—")
            self.purpose_ids[code] = ctx.purposes[target]

    def col(self, *names: str) -> int | None:
        for name in names:
            found = self.index.get(column_key(name))
            if found is not None:
                return found
        return None

    def cell(self, cells: list[str], at: int | None) -> str:
        if at is None or at >= len(cells):
            return ""
        return cells[at]

    def roles(self) -> list[tuple[str, str]]:
        """``(column, role)`` for the window and the command line (role: a key of
        ``[layout_roles]`` in the messages)."""
        return []

    def check(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        """The rows of one record; ``None`` for an empty record (ignored)."""
        joined = "".join(cells)
        if not joined or joined.isspace():
            return None
        return self.convert(line, cells)

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        raise NotImplementedError

    # -- shared checks --------------------------------------------------------------------
    def person(self, line: int, cells: list[str], email_at: int | None, ref_at: int | None,
               first_at: int | None, last_at: int | None, phone_at: int | None
               ) -> tuple[str, str, str, str, str, str] | RowProblem:
        """``(email, ref, first, last, phone, person key)`` of a record, checked. Most
        records take a fast path: no suspect character in the five cells, each within its
        length; the others are checked cell by cell."""
        width = self.width
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            return RowProblem(line, "too_many_values",
                              {"count": str(len(cells)), "columns": str(width)})
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        email, ref, first, last, phone = (
            "" if at is None else cells[at].strip()
            for at in (email_at, ref_at, first_at, last_at, phone_at))
        joined = email + ref + first + last + phone
        if (joined.isprintable() or _BAD_CHARS.search(joined) is None) and \
                len(email) <= EMAIL_MAX and len(ref) <= REF_MAX and len(first) <= NAME_MAX \
                and len(last) <= NAME_MAX and len(phone) <= PHONE_MAX:
            if ref[:1] == "'":  # a spreadsheet's "this is text" mark
                ref = ref[1:].strip()
            if phone[:1] == "'":
                phone = phone[1:].strip()
            if email[:1] == "'" or first[:1] == "'" or last[:1] == "'":
                return self._person_slow(line, cells, email_at, ref_at, first_at, last_at,
                                         phone_at)
            return self._who(line, email, ref, first, last, phone, email_at)
        return self._person_slow(line, cells, email_at, ref_at, first_at, last_at, phone_at)

    def _who(self, line: int, email: str, ref: str, first: str, last: str, phone: str,
             email_at: int | None) -> tuple[str, str, str, str, str, str] | RowProblem:
        # one rule for identities (assistant.domain.identity): NFC, no invisible character
        # in an identifier, emails matched by their key
        email, ref, first, last, phone = (nfc(x) for x in (email, ref, first, last, phone))
        for value in (email, ref, phone):
            char = invisible_character(value)
            if char is not None:
                return RowProblem(line, "invisible_character", {
                    "column": self.names[email_at or 0] if value == email else "",
                    "char": describe_char(char)})
        if email:
            if not valid_email(email):
                return RowProblem(line, "invalid_email",
                                  {"value": email, "column": self.names[email_at or 0]})
            return email, ref, first, last, phone, "e:" + email_key(email)
        key = phone_key(phone) if phone else None
        if key:
            return email, ref, first, last, phone, "p:" + key
        if ref:
            return email, ref, first, last, phone, "r:" + ref
        return RowProblem(line, "no_identity_any", {})

    def _person_slow(self, line: int, cells: list[str], email_at: int | None,
                     ref_at: int | None, first_at: int | None, last_at: int | None,
                     phone_at: int | None) -> tuple[str, str, str, str, str, str] | RowProblem:
        values = []
        for at, limit in ((email_at, EMAIL_MAX), (ref_at, REF_MAX), (first_at, NAME_MAX),
                          (last_at, NAME_MAX), (phone_at, PHONE_MAX)):
            value = self.cell(cells, at)
            if value:
                bad = _BAD_CHARS.search(value)
                if bad:
                    char = bad.group()
                    if char in "\r\n":
                        return RowProblem(line, "line_break", {"column": self.names[at or 0]})
                    return RowProblem(line, "forbidden_character", {
                        "column": self.names[at or 0], "char": describe_char(char)})
                value = value.strip()
                if value.startswith("'"):  # a spreadsheet's "this is text" mark
                    value = value[1:].strip()
                if len(value) > limit:
                    return RowProblem(line, "too_long", {"column": self.names[at or 0],
                                                         "length": str(len(value)),
                                                         "max": str(limit)})
            values.append(value)
        email, ref, first, last, phone = values
        return self._who(line, email, ref, first, last, phone, email_at)

    def event(self, line: int, who: tuple[str, ...], purpose: str, kind: EventKind,
              when: str | None, *, channel: str | None = None, evidence: str = ""
              ) -> tuple[Any, ...]:
        """One row of the import (see consent_import.Row); ``when`` None: date unknown."""
        email, ref, first, last, phone, person_key = who
        return (line, email, ref, first, last, phone, self.purpose_ids[purpose], kind._value_,
                when or self.ctx.now_text, channel or self.channel, self.channel_detail, None,
                person_key, evidence[:EVIDENCE_MAX], 0 if when else 1)

    def date(self, line: int, cells: list[str], at: int | None, *, utc: bool = False
             ) -> str | RowProblem | None:
        """The date in column ``at`` (None when empty: unknown)."""
        text = self.cell(cells, at).strip()
        if not text:
            return None
        when, problem = self.ctx.when(text, utc=utc)
        if problem is not None or when is None:
            return RowProblem(line, str(problem), {"value": text,
                                                   "column": self.names[at or 0]})
        return when

    def flag(self, line: int, cells: list[str], at: int | None, yes: frozenset[str],
             no: frozenset[str]) -> bool | RowProblem | None:
        """A yes/no cell: True, False, None when empty; a value of neither list is refused
        (never guessed)."""
        text = self.cell(cells, at)
        known = self._flags.get((text, yes, no), _UNSEEN)
        if known is not _UNSEEN:
            return known  # type: ignore[return-value]
        if not text.strip():
            found: bool | None = None
        else:
            word = value_key(text)
            if word not in yes and word not in no:
                return RowProblem(line, "unknown_value", {
                    "value": text.strip(), "column": self.names[at or 0],
                    "accepted": ", ".join(sorted(yes | no))})
            found = word in yes
        if len(self._flags) < 1000:
            self._flags[(text, yes, no)] = found
        return found


_UNSEEN = object()
_YES = frozenset({"yes", "oui", "1", "true", "vrai"})
_NO = frozenset({"no", "non", "0", "false", "faux"})
WITHDRAWN_TAG = "consent-withdrawn"  # the tag the Shopify suppression file sets


class Mailchimp(Converter):
    """An audience export (its .zip holds one CSV per status, read together): subscribed
    gives a consent at CONFIRM_TIME (else OPTIN_TIME, in UTC), with the opt-in and confirm
    IPs as evidence; unsubscribed the same consent then its withdrawal at UNSUB_TIME;
    cleaned (bounced) no event."""

    name = "mailchimp"
    default_purposes = ("newsletter",)
    channel = Channel.WEB.value
    channel_detail = "Mailchimp"

    needs = (("Email Address",), ("OPTIN_TIME", "CONFIRM_TIME", "UNSUB_TIME", "CLEAN_TIME"))

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        super().__init__(ctx, names, purposes)
        self.email = self.col("Email Address")
        self.first = self.col("First Name") if self.col("First Name") is not None \
            else self.col("Name")
        self.last = self.col("Last Name")
        self.phone = self.col("Phone Number", "Phone")
        self.optin, self.optin_ip = self.col("OPTIN_TIME"), self.col("OPTIN_IP")
        self.confirm, self.confirm_ip = self.col("CONFIRM_TIME"), self.col("CONFIRM_IP")
        self.unsub = self.col("UNSUB_TIME")
        self.unsub_reason = self.col("UNSUB_REASON")
        self.unsub_campaign = self.col("UNSUB_CAMPAIGN_TITLE")
        self.status = ("unsubscribed" if self.unsub is not None
                       else "cleaned" if self.col("CLEAN_TIME") is not None else "subscribed")

    def roles(self) -> list[tuple[str, str]]:
        out = [(self.names[i], role) for i, role in (
            (self.email, "email"), (self.first, "first_name"), (self.last, "last_name"),
            (self.phone, "phone"), (self.confirm, "mailchimp_confirm"),
            (self.optin, "mailchimp_optin"), (self.unsub, "mailchimp_unsub")) if i is not None]
        out.append(("", f"mailchimp_{self.status}"))
        return out

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, None, self.first, self.last, self.phone)
        if isinstance(who, RowProblem):
            return who
        if self.status == "cleaned":
            return []  # a bounced address: it says nothing of the person's choice
        granted = self.date(line, cells, self.confirm, utc=True)
        if granted is None:
            granted = self.date(line, cells, self.optin, utc=True)
        if isinstance(granted, RowProblem):
            return granted
        ips = [f"{name}={self.cell(cells, at).strip()}" for name, at in (
            ("OPTIN_IP", self.optin_ip), ("CONFIRM_IP", self.confirm_ip))
            if self.cell(cells, at).strip()]
        out = []
        if self.status == "subscribed" or granted is not None:
            # an unsubscribed member with no opt-in time: only the withdrawal is known
            out.append(self.event(line, who, "newsletter", EventKind.GRANTED, granted,
                                  evidence="; ".join(ips)))
        if self.status == "unsubscribed":
            withdrawn = self.date(line, cells, self.unsub, utc=True)
            if isinstance(withdrawn, RowProblem):
                return withdrawn
            reason = [f"{name}={self.cell(cells, at).strip()}" for name, at in (
                ("UNSUB_REASON", self.unsub_reason),
                ("UNSUB_CAMPAIGN_TITLE", self.unsub_campaign)) if self.cell(cells, at).strip()]
            out.append(self.event(line, who, "newsletter", EventKind.WITHDRAWN, withdrawn,
                                  channel=Channel.EMAIL.value, evidence="; ".join(reason)))
        return out


_BLACKLISTED = frozenset({*_YES, "x", "unsubscribed", "desabonne", "desinscrit", "blacklisted",
                          "blocklisted", "blackliste", "blockliste"})
_NOT_BLACKLISTED = frozenset({*_NO, "subscribed", "abonne", "inscrit"})


class Brevo(Converter):
    """A contacts export: each contact with an email gives a consent to the newsletter,
    dated ADDED_TIME; one blacklisted for email a withdrawal (date unknown) and never a
    consent. A contact with an SMS number and no email is found by phone and gives a
    consent to SMS offers (the list is how it was reached)."""

    name = "brevo"
    default_purposes = ("newsletter", "sms")
    channel = Channel.OTHER.value
    channel_detail = "Brevo"

    needs = (("EMAIL", "SMS", "WHATSAPP"),
             ("ADDED_TIME", "EMAIL_BLACKLISTED", "BLACKLISTED", "EMAIL_BLOCKLISTED",
              "email_marketing", "SMS_BLACKLISTED", "SMS_BLOCKLISTED", "sms_marketing"))

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        super().__init__(ctx, names, purposes)
        self.email = self.col("EMAIL")
        self.phone = self.col("SMS", "WHATSAPP")
        self.first = self.col("FIRSTNAME", "PRENOM", "PRÉNOM")
        self.last = self.col("LASTNAME", "NOM")
        self.added = self.col("ADDED_TIME")
        self.email_out = self.col("EMAIL_BLACKLISTED", "BLACKLISTED", "EMAIL_BLOCKLISTED",
                                  "email_marketing")
        self.sms_out = self.col("SMS_BLACKLISTED", "SMS_BLOCKLISTED", "sms_marketing")

    def roles(self) -> list[tuple[str, str]]:
        return [(self.names[i], role) for i, role in (
            (self.email, "email"), (self.phone, "phone"), (self.first, "first_name"),
            (self.last, "last_name"), (self.added, "brevo_added"),
            (self.email_out, "brevo_email_blacklisted"),
            (self.sms_out, "brevo_sms_blacklisted")) if i is not None]

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, None, self.first, self.last, self.phone)
        if isinstance(who, RowProblem):
            return who
        added = self.date(line, cells, self.added)
        if isinstance(added, RowProblem):
            return added
        out = []
        email_out = self.flag(line, cells, self.email_out, _BLACKLISTED, _NOT_BLACKLISTED)
        sms_out = self.flag(line, cells, self.sms_out, _BLACKLISTED, _NOT_BLACKLISTED)
        for flag in (email_out, sms_out):
            if isinstance(flag, RowProblem):
                return flag
        # A list export always has ADDED_TIME; a file without it is a blocklist to import
        # (this app's suppression file for Brevo): its contacts are not consents.
        listed = self.added is not None
        if who[0]:
            if email_out:
                out.append(self.event(line, who, "newsletter", EventKind.WITHDRAWN, None,
                                      evidence=f"{self.names[self.email_out or 0]}=yes"))
            elif listed:
                out.append(self.event(line, who, "newsletter", EventKind.GRANTED, added))
        if who[4] and sms_out:
            out.append(self.event(line, who, "sms", EventKind.WITHDRAWN, None,
                                  evidence=f"{self.names[self.sms_out or 0]}=yes"))
        elif listed and who[4] and not who[0] and phone_key(who[4]):
            out.append(self.event(line, who, "sms", EventKind.GRANTED, added))
        return out


class Shopify(Converter):
    """A customers export: "Accepts Email Marketing" yes gives a consent to the newsletter,
    "Accepts SMS Marketing" yes one to SMS offers; "no" records nothing (not subscribed is
    not a withdrawal), except for a customer tagged ``consent-withdrawn`` (this app's
    suppression file for Shopify sets the tag): a withdrawal. The export has no consent
    date: the events say so. ``Customer ID`` is the customer reference."""

    name = "shopify"
    default_purposes = ("newsletter", "sms")
    channel = Channel.WEB.value
    channel_detail = "Shopify"

    needs = (("Email", "Phone", "Default Address Phone", "Customer ID"),
             ("Accepts Email Marketing", "Accepts Marketing", "Accepts SMS Marketing"))

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        super().__init__(ctx, names, purposes)
        self.ref = self.col("Customer ID")
        self.first, self.last = self.col("First Name"), self.col("Last Name")
        self.email = self.col("Email")
        self.phone = self.col("Phone", "Default Address Phone")
        self.accepts_email = self.col("Accepts Email Marketing", "Accepts Marketing")
        self.accepts_sms = self.col("Accepts SMS Marketing")
        self.tags = self.col("Tags")
        self.evidence = {at: f"{self.names[at]}: " for at in (self.accepts_email,
                                                               self.accepts_sms)
                         if at is not None}
        self.choice_columns = [(at, purpose) for at, purpose in (
            (self.accepts_email, "newsletter"), (self.accepts_sms, "sms")) if at is not None]

    def roles(self) -> list[tuple[str, str]]:
        return [(self.names[i], role) for i, role in (
            (self.ref, "customer_ref"), (self.email, "email"), (self.phone, "phone"),
            (self.first, "first_name"), (self.last, "last_name"),
            (self.accepts_email, "shopify_email"), (self.accepts_sms, "shopify_sms"),
            (self.tags, "shopify_tags")) if i is not None]

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, self.ref, self.first, self.last, self.phone)
        if type(who) is not tuple:
            return who  # type: ignore[return-value]
        out = []
        withdrawn_tag = None
        flags = self._flags
        for at, purpose in self.choice_columns:
            text = cells[at] if at < len(cells) else ""
            accepts = flags.get((text, _YES, _NO), _UNSEEN)
            if accepts is _UNSEEN:
                accepts = self.flag(line, cells, at, _YES, _NO)
                if isinstance(accepts, RowProblem):
                    return accepts
            if accepts:
                out.append(self.event(line, who, purpose, EventKind.GRANTED, None,
                                      evidence=self.evidence[at] + "yes"))
            elif accepts is False:
                if withdrawn_tag is None:
                    tags = self.cell(cells, self.tags)
                    withdrawn_tag = WITHDRAWN_TAG in {value_key(t) for t in tags.split(",")}
                if withdrawn_tag:
                    out.append(self.event(line, who, purpose, EventKind.WITHDRAWN, None,
                                          evidence=self.evidence[at] + "no; Tags: "
                                          + WITHDRAWN_TAG))
        return out


class PrestaShop(Converter):
    """The back office's customers export (French or English): Newsletter 1 gives a consent
    to the newsletter, Partner offers 1 one to partners' offers; 0 records nothing. No date
    of the choice in the file: the events say so."""

    name = "prestashop"
    default_purposes = ("newsletter", "partners")
    channel = Channel.WEB.value
    channel_detail = "PrestaShop"

    needs = (("Email address", "Adresse e-mail", "Adresse email", "E-mail", "Email", "ID"),
             ("Newsletter", "Partner offers", "Offres partenaires", "Offres des partenaires"))

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        super().__init__(ctx, names, purposes)
        self.ref = self.col("ID")
        self.first = self.col("First name", "Prénom")
        self.last = self.col("Last name", "Nom")
        self.email = self.col("Email address", "Adresse e-mail", "Adresse email", "E-mail",
                              "Email")
        self.newsletter = self.col("Newsletter")
        self.partners = self.col("Partner offers", "Offres partenaires",
                                 "Offres des partenaires")

    def roles(self) -> list[tuple[str, str]]:
        return [(self.names[i], role) for i, role in (
            (self.ref, "customer_ref"), (self.email, "email"), (self.first, "first_name"),
            (self.last, "last_name"), (self.newsletter, "prestashop_newsletter"),
            (self.partners, "prestashop_partners")) if i is not None]

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, self.ref, self.first, self.last, None)
        if isinstance(who, RowProblem):
            return who
        out = []
        for at, purpose in ((self.newsletter, "newsletter"), (self.partners, "partners")):
            accepts = self.flag(line, cells, at, _YES, _NO)
            if isinstance(accepts, RowProblem):
                return accepts
            if accepts:
                out.append(self.event(line, who, purpose, EventKind.GRANTED, None,
                                      evidence=f"{self.names[at or 0]}: 1"))
        return out


class Lightspeed(Converter):
    """A Lightspeed Retail (X-Series) customers export: ``do_not_email`` 1 gives a
    withdrawal of the newsletter (date unknown); 0 records nothing: an opt-out column never
    turns into a consent."""

    name = "lightspeed"
    default_purposes = ("newsletter",)
    channel = Channel.IN_STORE.value
    channel_detail = "Lightspeed X-Series"

    needs = (("email", "mobile", "phone", "customer_code"), ("do_not_email",))

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        super().__init__(ctx, names, purposes)
        self.ref = self.col("customer_code")
        self.first, self.last = self.col("first_name"), self.col("last_name")
        self.email = self.col("email")
        self.phone = self.col("mobile", "phone")
        self.opt_out = self.col("do_not_email")

    def roles(self) -> list[tuple[str, str]]:
        return [(self.names[i], role) for i, role in (
            (self.ref, "customer_ref"), (self.email, "email"), (self.phone, "phone"),
            (self.first, "first_name"), (self.last, "last_name"),
            (self.opt_out, "opt_out")) if i is not None]

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, self.ref, self.first, self.last, self.phone)
        if isinstance(who, RowProblem):
            return who
        opted_out = self.flag(line, cells, self.opt_out, _YES, _NO)
        if isinstance(opted_out, RowProblem):
            return opted_out
        if opted_out:
            return [self.event(line, who, "newsletter", EventKind.WITHDRAWN, None,
                               evidence="do_not_email=1")]
        return []


class WooCommerce(Converter):
    """WooCommerce's customers report (Analytics › Customers): names, emails, orders and
    spend, and no consent at all. Refused as a whole, saying so."""

    name = "woocommerce"

    def __init__(self, ctx: Context, names: Sequence[str],
                 purposes: dict[str, str] | None = None) -> None:
        raise LayoutRefused("woocommerce_no_consent")


class Mapped(Converter):
    """Any other file, read with a :class:`Mapping` (the window's mapping step, or
    ``--mapping MAP.toml``)."""

    name = MAPPING
    source_ids = False

    def __init__(self, ctx: Context, names: Sequence[str], mapping: Mapping) -> None:
        self.mapping = mapping
        self.default_purposes = tuple(dict.fromkeys(c.purpose for c in mapping.choices))
        super().__init__(ctx, names, None)
        self.channel = mapping.channel
        self.channel_detail = mapping.channel_detail
        self.email = self.col(mapping.email) if mapping.email else None
        self.phone = self.col(mapping.phone) if mapping.phone else None
        self.ref = self.col(mapping.customer_ref) if mapping.customer_ref else None
        self.first = self.col(mapping.first_name) if mapping.first_name else None
        self.last = self.col(mapping.last_name) if mapping.last_name else None
        self.when = self.col(mapping.when_column) if mapping.when_column else None
        self.choices = [(self.col(c.column), c, c.meaning()) for c in mapping.choices]

    def roles(self) -> list[tuple[str, str]]:
        out = [(self.names[i], role) for i, role in (
            (self.email, "email"), (self.phone, "phone"), (self.ref, "customer_ref"),
            (self.first, "first_name"), (self.last, "last_name"), (self.when, "date"))
            if i is not None]
        out += [(self.names[at or 0], "opt_out" if c.opt_out else f"choice:{c.purpose}")
                for at, c, _ in self.choices]
        return out

    def convert(self, line: int, cells: list[str]) -> list[tuple[Any, ...]] | RowProblem | None:
        who = self.person(line, cells, self.email, self.ref, self.first, self.last, self.phone)
        if isinstance(who, RowProblem):
            return who
        when: str | None = None
        if self.when is not None:
            found = self.date(line, cells, self.when)
            if isinstance(found, RowProblem):
                return found
            if found is None and not self.mapping.when_unknown:
                return RowProblem(line, "required", {"column": self.names[self.when]})
            when = found
        out = []
        for at, choice, meaning in self.choices:
            text = self.cell(cells, at)
            if not text.strip():
                continue
            key = value_key(text)
            if key not in meaning:
                return RowProblem(line, "unmapped_value", {
                    "value": text.strip(), "column": self.names[at or 0],
                    "purpose": choice.purpose})
            kind = meaning[key]
            if kind is None:
                continue  # a value that records nothing (the 0 of an opt-out column)
            out.append(self.event(line, who, choice.purpose, kind, when,
                                  evidence=f"{self.names[at or 0]}: {text.strip()}"))
        return out


CONVERTERS: dict[str, type[Converter]] = {
    "mailchimp": Mailchimp, "brevo": Brevo, "shopify": Shopify, "prestashop": PrestaShop,
    "woocommerce": WooCommerce, "lightspeed": Lightspeed,
}


def distinct_values(rows: Sequence[Sequence[str]], column: int, limit: int = 30) -> list[str]:
    """The different values of a column (as first written), for the mapping step."""
    seen: dict[str, str] = {}
    for cells in rows:
        if column < len(cells) and cells[column].strip():
            seen.setdefault(value_key(cells[column]), cells[column].strip())
            if len(seen) >= limit:
                break
    return list(seen.values())
