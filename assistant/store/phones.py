"""The key a person is found by their phone number with.

Shops write one number many ways: ``06 12 34 56 78``, ``+33612345678``, ``0033 6 12 34 56
78``, ``33612345678`` (Brevo's SMS column), ``'+33612345678`` (a spreadsheet's text guard).
Google's libphonenumber (the ``phonenumbers`` port) reads them all as one number, with the
numbering plans of every country kept up to date, which a hand-written rule would not be.
Numbers without a country code are read as French: the app is made for French shops.

Here rather than in ``domain`` because the domain uses the standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

DEFAULT_REGION = "FR"
# The two shapes most French numbers are written in (06 12 34 56 78, +33 6 12 34 56 78),
# whose E.164 form the library gives as +33 and the nine digits after the 0: taken without
# it (a million imported people: 30 s less). The test compares both on every shape.
_FRENCH = re.compile(r"(?:0|\+33[ .\-]?)([1-9])[ .\-]?(\d\d)[ .\-]?(\d\d)[ .\-]?(\d\d)"
                     r"[ .\-]?(\d\d)")


def phone_key(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164 form (``+33612345678``), or ``None`` when ``text`` is not a
    possible phone number (too short, letters): such a person is not found by phone."""
    if region == DEFAULT_REGION:
        m = _FRENCH.fullmatch(text)
        if m is not None:
            return "+33" + "".join(m.groups())
    return _library_key(text, region)


@lru_cache(maxsize=65536)
def _library_key(text: str, region: str) -> str | None:
    value = text.strip().lstrip("'").strip()
    if not value or len(value) > 40:
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def sql_phone_key(text: object) -> str | None:
    """:func:`phone_key` as an SQL function (``rgpd_phone_key``) for schema steps that fill
    the key of people already in a dossier."""
    return phone_key(text) if isinstance(text, str) else None
