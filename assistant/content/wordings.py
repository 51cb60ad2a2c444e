"""The sentences consent wordings are written with (``consents-wordings.toml``), and how a
retention period reads in them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from assistant.content.catalog import Lang, normalise_lang, read_toml
from assistant.content.loader import load_vocabularies
from assistant.domain.consent_wording import WordingTexts
from assistant.domain.processing import Retention


@lru_cache(maxsize=4)
def _table(lang: Lang) -> dict[str, Any]:
    return read_toml(lang, "consents")["wordings"]


def wording_texts(lang: str) -> WordingTexts:
    t = _table(normalise_lang(lang))
    return WordingTexts(accept=t["accept"], withdraw=t["withdraw"],
                        withdraw_sentence=t["withdraw_sentence"],
                        retention_sentence=t["retention_sentence"],
                        rights_sentence=t["rights_sentence"], contact_shop=t["contact_shop"],
                        unnamed_controller=t["unnamed_controller"])


def default_purpose_texts(lang: str) -> dict[str, dict[str, str]]:
    """Label, description and source of each default purpose, by code."""
    return read_toml(normalise_lang(lang), "consents")["purposes"]


def retention_phrase(retention: Retention, lang: str, controller: str) -> str:
    """``3 ans après mon dernier contact avec Au Pain Doré``; "" when the period has no
    length (a note alone is written for the register's reader, not for a customer)."""
    if retention.value is None or retention.unit is None:
        return ""
    t = _table(normalise_lang(lang))
    form = "one" if retention.value == 1 else "many"
    length = t[f"{retention.unit.value}_{form}"].format(n=retention.value)
    trigger = retention.trigger.strip()
    if not trigger:
        return length
    phrase = t["triggers"].get(trigger)
    if phrase is None:
        vocab = load_vocabularies(normalise_lang(lang)).get("retention_triggers")
        phrase = vocab.label(trigger) if vocab is not None else trigger
    return t["retention_from"].format(length=length,
                                      trigger=phrase.format(controller=controller))


def contact_phrase(lang: str, *, email: str, phone: str, address: str) -> str:
    """How to reach the controller for one's rights: email and phone, else the address;
    "" when the dossier has none."""
    t = _table(normalise_lang(lang))
    parts = []
    if email:
        parts.append(t["contact_email"].format(email=email))
    if phone:
        parts.append(t["contact_phone"].format(phone=phone))
    if not parts and address:
        parts.append(t["contact_address"].format(address=address))
    return t["contact_join"].join(parts)

