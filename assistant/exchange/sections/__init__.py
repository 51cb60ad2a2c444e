"""The sections of the JSON interchange, one module each, in loading order.

Each module has ``KEY`` (the top-level key), ``export(dossier)`` (the JSON value),
``check(value, doc)`` (yields ``(json_path, Finding)`` for what the JSON Schema cannot see:
domain rules, references between sections) and ``load(dossier, value)`` (writes it inside
the import's transaction, keeping ids). Keys of the contract with no module yet are
exported as empty lists and refused when not empty (by the schema).
"""

from __future__ import annotations

from assistant.exchange.sections import (
    consent_events,
    consent_purposes,
    notice_versions,
    organisation,
    processing,
    processors,
    subjects,
)

SECTIONS = (
    organisation,
    processors,
    processing,
    # consent ledger [3]
    consent_purposes, notice_versions, subjects, consent_events,

    # six-step guide [4]

    # internal processes [5]
)
