"""What every new dossier starts with, beyond the empty schema.

Each area adds its defaults here (the consent purposes of DESIGN.md, the guide's checklists),
inside the creating transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def seed_new_dossier(dossier: Dossier, language: str) -> None:
    """Insert the defaults of a new dossier (called inside its creating transaction).

    The core area has no defaults beyond the organisation row; each other area adds one call.
    """
    # consent ledger
    from assistant.store.consent_seed import seed_purposes

    seed_purposes(dossier, language)
    # consent at the till: a wording, in French and English, for each of those purposes
    from assistant.store.consent_wordings import seed_wordings

    seed_wordings(dossier)

    # six-step guide

    # internal processes
