"""The command line's commands, one module per area. Each module has ``register(tree)``,
which declares its commands and the functions that run them; the order here is the order
``--help`` lists them in."""

from __future__ import annotations

from types import ModuleType


def modules() -> list[ModuleType]:
    from assistant.cli.commands import (
        answers,
        check,
        consent_record,
        consents,
        desk,
        documents,
        dossier,
        notices,
        portfolio,
    )

    return [dossier, consents, consent_record, documents, notices, answers, portfolio, desk,
            check]
