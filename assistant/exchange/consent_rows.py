"""The app's own CSV layout, one record at a time: :class:`RowChecker` turns a record's
cells into the row the ledger writes, or into the :class:`RowProblem` that names what is
wrong and in which column (the **contract** of DESIGN.md). Other tools' layouts are read by
:mod:`~assistant.exchange.consent_layouts`; the import's flow is
:mod:`~assistant.exchange.consent_import`."""

from __future__ import annotations

import operator
import re
from datetime import datetime, tzinfo
from typing import Any

from assistant.domain.clock import format_utc
from assistant.domain.consent import (
    EMAIL_MAX,
    PHONE_MAX,
    REF_MAX,
    STATUS_DISPLAY,
    DateProblem,
    fold,
    parse_channel,
    parse_status,
    parse_when,
    valid_email,
)
from assistant.domain.identity import NAME_FIELDS, invisible_character, nfc
from assistant.domain.identity import email_key as key_of_email
from assistant.domain.text import BIDI_CONTROLS, NAME_MAX, describe_char
from assistant.exchange.consent_csv_read import COLUMNS, Header
from assistant.exchange.consent_layouts import RowProblem
from assistant.store.dossier import Dossier
from assistant.store.phones import phone_key

_LIMITS = {
    "email": EMAIL_MAX, "customer_ref": REF_MAX, "first_name": NAME_MAX,
    "last_name": NAME_MAX, "phone": PHONE_MAX, "purpose": NAME_MAX, "status": 50,
    "date": 50, "channel": NAME_MAX, "notice_version": 50, "date_unknown": 50,
    "evidence": 500,
}
# Values of the date_unknown column that say the date is unknown (folded); an empty cell,
# no/non/0/false/faux say it is known.
_UNKNOWN_WORDS = frozenset({"yes", "oui", "1", "true", "vrai", "x", "date_unknown",
                            "date_inconnue", "unknown", "inconnue"})
_KNOWN_WORDS = frozenset({"", "no", "non", "0", "false", "faux"})
_BAD_CHARS = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")
_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")  # our own export's formula guard


class RowChecker:
    """Turns the cells of one record into a row (see
    :class:`~assistant.store.ledger.bulk.Row`) or a :class:`RowProblem`.

    Most rows take a fast path: with no suspect character and no apostrophe in the record,
    the cells are picked and stripped in one go and their lengths checked together; the
    others are checked cell by cell (same problems, same order).
    """

    def __init__(self, dossier: Dossier, header: Header, now: datetime,
                 zone: tzinfo | None = None) -> None:
        self.header = header
        self.now = now
        self.zone = zone  # of the times written without one; None: this computer's
        self.purposes: dict[str, int] = {}
        self.codes: list[str] = []
        for p in dossier.consents.purposes():
            self.codes.append(p.code)
            self.purposes[fold(p.code)] = int(p.id or 0)
            self.purposes.setdefault(fold(p.label), int(p.id or 0))
        self.notices: dict[tuple[int, str], int] = {}
        self.notice_names: dict[int, list[str]] = {}
        self.notice_from: dict[int, str] = {}  # id -> the day it took effect
        for n in dossier.consents.notices():
            self.notices[(n.purpose_id, fold(n.version))] = int(n.id or 0)
            self.notice_from[int(n.id or 0)] = n.effective_from
            self.notice_names.setdefault(n.purpose_id, []).append(n.version)
        self.index = [(name, i) for name, i in header.columns.items()]
        self.width = len(header.names)
        indices = [i for _, i in self.index]
        self.limits = [_LIMITS[name] for name, _ in self.index]
        self.shortest_limit = min(self.limits)
        self.reach = max(indices) + 1
        picker = operator.itemgetter(*indices)
        self.pick = picker if len(indices) > 1 else (lambda cells: (picker(cells),))
        # where each contract column is in a picked row ("" past its end when absent)
        at = {name: n for n, (name, _) in enumerate(self.index)}
        absent = len(self.index)
        (self.at_email, self.at_ref, self.at_first, self.at_last, self.at_phone,
         self.at_purpose, self.at_status, self.at_date, self.at_channel,
         self.at_notice, self.at_unknown, self.at_evidence) = (
            at.get(name, absent) for name in COLUMNS)
        self.now_text = format_utc(now)
        self._dates: dict[str, tuple[str | None, DateProblem | None]] = {}
        self._purpose_of: dict[str, int] = {}
        self._kinds: dict[str, str] = {}
        self._channels: dict[str, tuple[str, str]] = {}

    def check(self, line: int, cells: list[str]) -> tuple[Any, ...] | RowProblem | None:
        """``None`` for an empty row (ignored)."""
        joined = "".join(cells)
        if not joined or joined.isspace():
            return None
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            return RowProblem(line, "too_many_values",
                              {"count": str(len(cells)), "columns": str(self.width)})
        if "'" in joined or (not joined.isprintable()
                             and _BAD_CHARS.search(joined) is not None):
            return self._check_cells(line, cells)
        if len(cells) < self.reach:
            cells = cells + [""] * (self.reach - len(cells))
        values = [v.strip() for v in self.pick(cells)]
        if max(map(len, values)) > self.shortest_limit:
            for value, limit, (_, i) in zip(values, self.limits, self.index, strict=True):
                if len(value) > limit:
                    return RowProblem(line, "too_long", {"column": self.header.names[i],
                                                         "length": str(len(value)),
                                                         "max": str(limit)})
        values.append("")
        # an ASCII record has nothing to put in NFC and no invisible character
        return self._check_values(line, values, joined.isascii())

    def _check_cells(self, line: int, cells: list[str]) -> tuple[Any, ...] | RowProblem:
        """The slow path: a suspect character somewhere, or a formula guard to remove."""
        values: list[str] = []
        names = self.header.names
        suspect = _BAD_CHARS.search("".join(cells)) is not None
        for name, i in self.index:
            value = cells[i] if i < len(cells) else ""
            if value and value[0] == "'" and (_NEUTRALISED.match(value) or name in (
                    "customer_ref", "phone")):
                value = value[1:]  # our formula guard, or Excel's "this is text" mark
            bad = _BAD_CHARS.search(value) if suspect else None
            if bad:
                char = bad.group()
                if char in "\r\n":
                    return RowProblem(line, "line_break", {"column": names[i]})
                return RowProblem(line, "forbidden_character",
                                  {"column": names[i], "char": describe_char(char)})
            value = value.strip()
            if len(value) > _LIMITS[name]:
                return RowProblem(line, "too_long", {"column": names[i],
                                                     "length": str(len(value)),
                                                     "max": str(_LIMITS[name])})
            values.append(value)
        values.append("")
        return self._check_values(line, values)

    def _check_values(  # noqa: C901  # every row's hot path: checks inline
            self, line: int, values: list[str], ascii_only: bool = False
    ) -> tuple[Any, ...] | RowProblem:
        """The row of picked and stripped ``values``, checked in the contract's order: the
        person, the purpose, the status, the date, the wording. One function on purpose:
        a call per field cost a million-row import about a tenth of its check time."""
        names = self.header.names
        if not ascii_only:
            problem = self._identity_text(line, values)
            if problem is not None:
                return problem
        email = values[self.at_email]
        ref = values[self.at_ref]
        person_key = ""
        if not email and values[self.at_phone]:
            # no email: found by phone, then by reference (an SMS list, a till's export)
            key = phone_key(values[self.at_phone])
            if key is not None:
                person_key = "p:" + key
        if not email and not ref and not person_key:
            return RowProblem(line, "no_identity")
        if email and not valid_email(email):
            return RowProblem(line, "invalid_email", {"value": email, "column": names[
                self.header.columns["email"]]})
        purpose_text = values[self.at_purpose]
        if not purpose_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["purpose"]]})
        purpose_id = self._purpose_of.get(purpose_text)
        if purpose_id is None:
            purpose_id = self.purposes.get(fold(purpose_text))
            if purpose_id is not None and len(self._purpose_of) < 10_000:
                self._purpose_of[purpose_text] = purpose_id
        if purpose_id is None:
            return RowProblem(line, "unknown_purpose", {
                "value": purpose_text, "known": ", ".join(self.codes),
                "column": names[self.header.columns["purpose"]]})
        status_text = values[self.at_status]
        kind = self._kinds.get(status_text)
        if kind is None:
            parsed_kind = parse_status(status_text)
            if parsed_kind is None:
                return RowProblem(line, "unknown_status", {
                    "value": status_text, "accepted": STATUS_DISPLAY,
                    "column": names[self.header.columns["status"]]})
            kind = parsed_kind.value
            if len(self._kinds) < 1000:
                self._kinds[status_text] = kind
        date_text = values[self.at_date]
        unknown = 0
        unknown_text = values[self.at_unknown]
        if unknown_text:
            word = fold(unknown_text).split(":")[0].strip()  # "oui : date inconnue"
            if word in _UNKNOWN_WORDS:
                unknown = 1
            elif word not in _KNOWN_WORDS:
                return RowProblem(line, "unknown_value", {
                    "value": unknown_text, "column": names[self.header.columns["date_unknown"]],
                    "accepted": "oui, non, yes, no, 1, 0"})
        if not date_text and unknown:
            date_text = self.now_text
        if not date_text:
            return RowProblem(line, "required", {"column": names[self.header.columns["date"]]})
        parsed = self._dates.get(date_text)
        if parsed is None:
            moment, date_problem = parse_when(date_text, now=self.now, local_zone=self.zone)
            parsed = (format_utc(moment) if moment else None, date_problem)
            if len(self._dates) < 100_000:
                self._dates[date_text] = parsed
        occurred_at, date_problem = parsed
        if date_problem is not None or occurred_at is None:
            return RowProblem(line, str(date_problem), {
                "value": date_text, "column": names[self.header.columns["date"]]})
        channel_text = values[self.at_channel]
        channel = self._channels.get(channel_text)
        if channel is None:
            channel = parse_channel(channel_text)
            if len(self._channels) < 1000:
                self._channels[channel_text] = channel
        notice_id = None
        version = values[self.at_notice]
        if version:
            notice_id = self.notices.get((purpose_id, fold(version)))
            if notice_id is None:
                known = ", ".join(self.notice_names.get(purpose_id, [])) or "—"
                return RowProblem(line, "unknown_notice", {"value": version, "known": known,
                                                           "purpose": purpose_text})
            if occurred_at[:10] < self.notice_from[notice_id]:
                return RowProblem(line, "notice_not_yet_in_effect", {
                    "value": version, "purpose": purpose_text,
                    "from": self.notice_from[notice_id], "date": occurred_at[:10]})
        return (line, email, ref, values[self.at_first], values[self.at_last],
                values[self.at_phone], purpose_id, kind, occurred_at, channel[0], channel[1],
                notice_id, person_key or (("r:" + ref) if ref else ("e:" + key_of_email(email))),
                values[self.at_evidence], unknown)

    def _identity_text(self, line: int, values: list[str]) -> RowProblem | None:
        """The identity's cells in NFC (stored so, matched so), and refused when they hold
        an invisible character (:mod:`assistant.domain.identity`)."""
        for at, name in ((self.at_email, "email"), (self.at_ref, "customer_ref"),
                         (self.at_phone, "phone"), (self.at_first, "first_name"),
                         (self.at_last, "last_name")):
            value = values[at]
            if value.isascii():
                continue
            value = values[at] = nfc(value)
            char = invisible_character(value, allow_joiners=name in NAME_FIELDS)
            if char is not None:
                return RowProblem(line, "invisible_character", {
                    "column": self.header.names[self.header.columns[name]],
                    "char": describe_char(char)})
        return None
