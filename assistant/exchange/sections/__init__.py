"""The sections of the JSON interchange, one module each, in loading order.

Each module has ``KEY`` (the top-level key), ``export(dossier)`` (the JSON value),
``check(value, doc)`` (yields ``(json_path, Finding)`` for what the JSON Schema cannot see:
domain rules, references between sections) and ``load(dossier, value)`` (writes it inside
the import's transaction, keeping ids). Keys of the contract with no module yet are
exported as empty lists and refused when not empty (by the schema).
"""

from __future__ import annotations

from assistant.exchange.sections import actions as guide_actions  # six-step guide
from assistant.exchange.sections import (
    breaches,
    consent_events,
    consent_purposes,
    consent_till,
    info_notices,
    notice_versions,
    organisation,
    processing,
    processors,
    rights_requests,
    subjects,
)
from assistant.exchange.sections import steps as guide_steps  # six-step guide

SECTIONS = (
    organisation,
    processors,
    processing,
    # consent ledger
    consent_purposes, notice_versions, subjects, consent_events,
    # consent at the till: signatures, numbered paper forms (optional keys)
    consent_till.Signatures, consent_till.Forms, consent_till.FormEntries,

    # six-step guide
    guide_steps,
    guide_actions,

    # internal processes
    rights_requests,
    breaches,

    # information notices
    info_notices,
)
