"""Consent wordings written from the dossier, and the numbered paper forms they are printed on.

A wording is what a customer reads before saying yes or no to a purpose (GDPR Art. 7(1): the
shop must show what was agreed to, in which words). The app proposes one for each purpose,
built from what the dossier knows: the controller's name, the purpose, how to withdraw, the
retention of the linked processing and the contact for rights. The sentences are content
(``resources/content/<lang>/consents-wordings.toml``); this module only puts them together,
and says which facts were missing (a wording is never completed with invented facts).

Versions of the app's wordings are labelled by language, ``fr-1``, ``en-1``, ``fr-2``...: a
purpose holds a French and an English wording at once, and a version label is unique within a
purpose.

No Qt, no SQL, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# What a drafted wording could not say (shown beside the preview; never filled by guessing).
GAP_CONTROLLER = "no_controller"  # the organisation has no name yet
GAP_RETENTION = "no_retention"  # neither the linked processing nor a template gives one
GAP_RETENTION_TEMPLATE = "retention_from_template"  # no processing linked: a typical period
GAP_CONTACT = "no_contact"  # no email, phone or address: "in the shop" only

# The evidence of a choice signed on the customer's screen names its signature by hash: the
# hash is inside the hashed event, so the PNG kept beside the ledger is bound to it.
SIGNATURE_PREFIX = "signature:sha256:"
SIGNATURE_RE = re.compile(r"signature:sha256:([0-9a-f]{64})")
# The channel detail of an event recorded from the customer's own screen.
CUSTOMER_SCREEN = "customer_screen"

FORM_DOCUMENT = "consent-form"  # the document kind of export pdf and the Documents page
FORM_NUMBER_MAX = 999_999
FORM_BATCH_MAX = 2000  # forms printed in one go


@dataclass(frozen=True)
class WordingFacts:
    """What the dossier says about one purpose, in the wording's language."""

    controller: str
    purpose_code: str
    purpose_label: str
    retention: str  # a phrase ("3 ans après mon dernier contact"), "" if unknown
    contact: str = ""  # "en écrivant à …", "" if the dossier has no contact
    gaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordingTexts:
    """The sentences of one language (content), with ``{placeholders}``."""

    accept: Mapping[str, str]  # purpose code (or "other") -> the sentence of agreement
    withdraw: Mapping[str, str]  # purpose code (or "other") -> how to withdraw
    withdraw_sentence: str  # "Je peux retirer mon accord à tout moment : {withdraw}."
    retention_sentence: str  # "... et au plus {retention}."
    rights_sentence: str  # "Pour exercer mes droits … : {contact}."
    contact_shop: str  # when the dossier has no contact: "en le demandant en boutique"
    unnamed_controller: str  # "la boutique", only while the organisation has no name


@dataclass(frozen=True)
class WordingDraft:
    language: str
    text: str
    gaps: tuple[str, ...] = field(default=())


def compose(texts: WordingTexts, facts: WordingFacts, language: str) -> WordingDraft:
    """The wording of one purpose, in plain sentences, one per line."""
    controller = facts.controller or texts.unnamed_controller
    params = {"controller": controller, "purpose": facts.purpose_label}
    code = facts.purpose_code if facts.purpose_code in texts.accept else "other"
    lines = [texts.accept[code].format(**params)]
    withdraw = texts.withdraw.get(code, texts.withdraw["other"]).format(**params)
    lines.append(texts.withdraw_sentence.format(withdraw=withdraw, **params))
    if facts.retention:
        lines.append(texts.retention_sentence.format(retention=facts.retention, **params))
    lines.append(texts.rights_sentence.format(contact=facts.contact or texts.contact_shop,
                                              **params))
    return WordingDraft(language, "\n".join(_sentence(x) for x in lines), facts.gaps)


def _sentence(text: str) -> str:
    """Sentences start with a capital letter (a controller's name may start a line)."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def next_version(language: str, existing: Iterable[str]) -> str:
    """The next free version label of a language: ``fr-1``, then ``fr-2``..."""
    taken = set(existing)
    highest = 0
    for label in taken:
        m = re.fullmatch(rf"{re.escape(language)}-(\d+)", label)
        if m:
            highest = max(highest, int(m.group(1)))
    n = highest + 1
    while f"{language}-{n}" in taken:  # pragma: no cover - a label taken by hand
        n += 1
    return f"{language}-{n}"


def short_hash(sha256: str) -> str:
    """The first 8 hex digits a paper form prints and a person can compare by eye."""
    return sha256[:8]


def signature_evidence(png_sha256: str) -> str:
    return SIGNATURE_PREFIX + png_sha256


def signature_in(evidence: str) -> str:
    """The SHA-256 of the signature an event's evidence names, or ""."""
    m = SIGNATURE_RE.search(evidence)
    return m.group(1) if m else ""


class FormNumbersError(ValueError):
    """A range of form numbers that cannot be printed; ``code`` names why."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(code)
        self.code = code
        self.text = text


def parse_numbers(text: str) -> range:
    """``1-50`` -> range(1, 51); ``7`` -> range(7, 8). Numbers from 1 to
    :data:`FORM_NUMBER_MAX`, at most :data:`FORM_BATCH_MAX` forms at once."""
    value = text.strip().replace("–", "-").replace(" ", "")
    m = re.fullmatch(r"(\d{1,9})(?:-(\d{1,9}))?", value)
    if not m:
        raise FormNumbersError("form_numbers_format", text)
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    if first < 1 or last > FORM_NUMBER_MAX:
        raise FormNumbersError("form_numbers_range", text)
    if last < first:
        raise FormNumbersError("form_numbers_order", text)
    if last - first + 1 > FORM_BATCH_MAX:
        raise FormNumbersError("form_numbers_too_many", text)
    return range(first, last + 1)


def form_label(number: int) -> str:
    """How a form number is printed and typed: four digits at least (``0007``)."""
    return f"{number:04d}"


def parse_form_number(text: str) -> int | None:
    """A form number as typed (``7``, ``0007``, ``n° 0007``), or None."""
    m = re.fullmatch(r"\s*(?:n[°o.]?\s*)?(\d{1,9})\s*", text, flags=re.IGNORECASE)
    return int(m.group(1)) if m else None
