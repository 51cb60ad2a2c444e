"""What the tools that send a shop's messages (Mailchimp, Brevo, Shopify) know people by: an
email address, or a phone number for SMS. Pure rules, shared by the suppression lists and
the withdrawals kept for them when a person is erased."""

from __future__ import annotations

from assistant.domain.text import fold


def is_sms_purpose(code: str, label: str = "") -> bool:
    """A purpose sent as SMS (code ``sms``, or a label with the word SMS); any other is sent
    by email."""
    return code == "sms" or "sms" in fold(label).split()
