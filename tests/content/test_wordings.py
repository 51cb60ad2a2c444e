"""How a retention period and a contact read in a consent wording, in both languages."""

from __future__ import annotations

from assistant.content.catalog import read_toml
from assistant.content.wordings import contact_phrase, retention_phrase
from assistant.domain.consent import DEFAULT_PURPOSES
from assistant.domain.processing import DurationUnit, Retention
from tests.content.test_messages import flat, placeholders


def test_retention_and_contact_phrases() -> None:
    three = Retention(3, DurationUnit.YEARS, "last_contact")
    assert retention_phrase(three, "fr", "Lise") == "3 ans après mon dernier contact avec Lise"
    assert retention_phrase(Retention(1, DurationUnit.MONTHS, "recording"), "en", "X") == \
        "1 month after recording"  # the register's label when no customer phrase
    assert retention_phrase(Retention(note="until the end"), "fr", "X") == ""
    assert contact_phrase("fr", email="a@b.fr", phone="01 02", address="1 rue") == \
        "en écrivant à a@b.fr ou en appelant le 01 02"
    assert contact_phrase("en", email="", phone="", address="1 rue, Lyon") == \
        "write to 1 rue, Lyon"
    assert contact_phrase("en", email="", phone="", address="") == ""


def test_both_languages_have_the_same_wording_sentences_and_placeholders() -> None:
    fr = flat(read_toml("fr", "consents")["wordings"])
    en = flat(read_toml("en", "consents")["wordings"])
    assert sorted(fr) == sorted(en)
    for key in fr:
        assert placeholders(fr[key]) == placeholders(en[key]), key


def test_every_default_purpose_has_its_texts_and_source() -> None:
    for lang in ("fr", "en"):
        content = read_toml(lang, "consents")
        for code, _template, _validity in DEFAULT_PURPOSES:
            assert content["purposes"][code]["label"] and content["purposes"][code]["source"]
            assert code in content["wordings"]["accept"]
            assert code in content["wordings"]["withdraw"]
    assert "L223-1" in read_toml("fr", "consents")["purposes"]["phone"]["source"]
