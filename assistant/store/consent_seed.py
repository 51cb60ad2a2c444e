"""The consent purposes every new dossier starts with (DESIGN.md): newsletter, sms, partners,
loyalty, labelled in the dossier's language from ``resources/content/<lang>/consents.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.content.catalog import normalise_lang, read_toml
from assistant.domain.clock import now_text
from assistant.domain.consent import DEFAULT_PURPOSES

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier


def seed_purposes(dossier: Dossier, language: str) -> None:
    texts = read_toml(normalise_lang(language), "consents")["purposes"]
    now = now_text()
    dossier.conn.executemany(
        "INSERT INTO consent_purpose (code, label, description, validity_months, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(code, texts[code]["label"], texts[code]["description"], validity, now, now)
         for code, _template, validity in DEFAULT_PURPOSES])
