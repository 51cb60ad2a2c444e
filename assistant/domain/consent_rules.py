"""Checks of what a user types about consents (purposes, wordings, people, events)."""

from __future__ import annotations

from datetime import datetime

from assistant.domain.clock import parse_utc
from assistant.domain.consent import (
    CODE_RE,
    EMAIL_MAX,
    FUTURE_TOLERANCE,
    NOTICE_MAX,
    PHONE_MAX,
    REF_MAX,
    Channel,
    Identity,
    NoticeVersion,
    Purpose,
    valid_email,
)
from assistant.domain.findings import Finding, Severity
from assistant.domain.identity import identity_characters
from assistant.domain.text import NAME_MAX, SHORT_MAX, check_text

PHONE_DIGITS_MIN = 6  # fewer digits are no phone number a person can be found by


def check_purpose(p: Purpose) -> list[Finding]:
    found = check_text(p.code, "code", max_length=50, required=True)
    if p.code and not CODE_RE.match(p.code):
        found.append(Finding("purpose_code_format", "code", Severity.ERROR, {"value": p.code}))
    found += check_text(p.label, "label", max_length=NAME_MAX, required=True)
    found += check_text(p.description, "description", max_length=SHORT_MAX * 4,
                        multiline=True)
    if p.validity_months is not None and not 1 <= p.validity_months <= 1200:
        found.append(Finding("json_out_of_range", "validity_months", Severity.ERROR,
                             {"value": str(p.validity_months)}))
    return found


def check_notice(n: NoticeVersion) -> list[Finding]:
    found = check_text(n.version, "version", max_length=50, required=True)
    found += check_text(n.text, "text", max_length=NOTICE_MAX, multiline=True, required=True)
    try:
        datetime.strptime(n.effective_from, "%Y-%m-%d")
    except ValueError:
        found.append(Finding("date_impossible", "effective_from", Severity.ERROR,
                             {"value": n.effective_from}))
    return found


def check_identity(identity: Identity) -> list[Finding]:
    found = check_text(identity.email, "email", max_length=EMAIL_MAX)
    found += check_text(identity.customer_ref, "customer_ref", max_length=REF_MAX)
    found += check_text(identity.first_name, "first_name", max_length=NAME_MAX)
    found += check_text(identity.last_name, "last_name", max_length=NAME_MAX)
    found += check_text(identity.phone, "phone", max_length=PHONE_MAX)
    found += [f for f in identity_characters(identity)
              if not any(g.field == f.field for g in found)]
    if not identity.email and not identity.customer_ref and \
            sum(c.isdigit() for c in identity.phone) < PHONE_DIGITS_MIN:
        # a person is found again by one of them (a phone alone: a customer at the till
        # who gave only their number, an SMS list)
        found.append(Finding("email_or_ref_required", "email", Severity.ERROR))
    elif identity.email and len(identity.email) <= EMAIL_MAX and not valid_email(
            identity.email):
        found.append(Finding("invalid_email", "email", Severity.ERROR,
                             {"value": identity.email}))
    return found


def check_event_input(occurred_at: str, *, now: datetime, channel: str, channel_detail: str,
                      evidence: str, recorded_by: str) -> list[Finding]:
    found = []
    try:
        when = parse_utc(occurred_at)
        if when > now + FUTURE_TOLERANCE:
            found.append(Finding("date_future", "occurred_at", Severity.ERROR,
                                 {"value": occurred_at}))
    except ValueError:
        found.append(Finding("date_impossible", "occurred_at", Severity.ERROR,
                             {"value": occurred_at}))
    if channel not in {c.value for c in Channel}:
        found.append(Finding("json_enum", "channel", Severity.ERROR,
                             {"value": channel, "options": ", ".join(c.value for c in Channel)}))
    found += check_text(channel_detail, "channel_detail", max_length=SHORT_MAX)
    found += check_text(evidence, "evidence", max_length=SHORT_MAX)
    found += check_text(recorded_by, "recorded_by", max_length=NAME_MAX)
    return found
