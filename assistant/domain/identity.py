"""How a person's identity is written and matched: one rule for the CSV and JSON imports,
the window and the command line.

- Every text is stored in Unicode NFC: ``josé`` typed on a Mac (NFD, ``e`` + combining
  accent) and on Windows (NFC, ``é``) is one spelling, so one person.
- Identifiers (email, customer reference, phone) may hold no invisible character: a zero-
  width space or a byte-order mark inside an address makes a look-alike second person.
  Names may hold the zero-width (non-)joiners that Persian and Indic spellings need.
- Emails are matched by their NFC form in lower case (:func:`email_key`), not by Unicode
  case folding: folding merges ``straße@x.de`` with ``strasse@x.de``, two addresses.
- A text made only of spaces and invisible characters is empty (:func:`is_blank`).
"""

from __future__ import annotations

from assistant.domain.consent import Identity
from assistant.domain.findings import Finding, Severity
from assistant.domain.text import (
    BLANK_FILLERS,
    JOINERS,
    invisible_character,
    is_blank,
    is_invisible,
    nfc,
)


def email_key(email: str) -> str:
    """What two emails are compared by: NFC, surrounding spaces removed, lower case (not
    case-folded: ``ß`` stays ``ß``). "" for no email."""
    return nfc(nfc(email.strip()).lower())


def normalise_identity(identity: Identity) -> Identity:
    """Every field in NFC with its surrounding spaces removed (what the dossier stores)."""
    return Identity(*(nfc(x).strip() for x in (identity.email, identity.customer_ref,
                                               identity.first_name, identity.last_name,
                                               identity.phone)))


IDENTIFIER_FIELDS = ("email", "customer_ref", "phone")
NAME_FIELDS = ("first_name", "last_name")


def identity_characters(identity: Identity) -> list[Finding]:
    """Invisible characters refused in an identity: any in an identifier, any but the
    joiners in a name (each finding names the field and the character)."""
    from assistant.domain.text import describe_char

    found = []
    for name in (*IDENTIFIER_FIELDS, *NAME_FIELDS):
        char = invisible_character(getattr(identity, name),
                                   allow_joiners=name in NAME_FIELDS)
        if char is not None:
            found.append(Finding("invisible_character", name, Severity.ERROR,
                                 {"char": describe_char(char)}))
    return found


__all__ = [
    "BLANK_FILLERS",
    "IDENTIFIER_FIELDS",
    "JOINERS",
    "NAME_FIELDS",
    "email_key",
    "identity_characters",
    "invisible_character",
    "is_blank",
    "is_invisible",
    "nfc",
    "normalise_identity",
]
