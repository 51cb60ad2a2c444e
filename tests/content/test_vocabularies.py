from __future__ import annotations

from assistant.content import load_vocabularies
from assistant.domain.processing import CCTV_CATEGORY, INVALID_SAFEGUARDS, LegalBasis


def test_both_languages_have_the_same_codes_and_flags() -> None:
    fr, en = load_vocabularies("fr"), load_vocabularies("en")
    assert list(fr) == list(en)
    for name in fr:
        assert list(fr[name].entries) == list(en[name].entries), name
        for code, entry in fr[name].entries.items():
            other = en[name].entries[code]
            assert entry.extra == other.extra, (name, code)
            assert bool(entry.source) == bool(other.source), (name, code)
            assert entry.label and other.label


def test_codes_the_rules_rely_on_exist() -> None:
    v = load_vocabularies("fr")
    assert [e.code for e in v["legal_bases"]] == [b.value for b in LegalBasis]
    assert CCTV_CATEGORY in v["data_categories"]
    for code in INVALID_SAFEGUARDS:
        assert v["transfer_safeguards"].entries[code].flag("valid") is False
    sensitive = {e.code for e in v["data_categories"] if e.flag("sensitive")}
    assert {"health", "biometric", "criminal_offences"} <= sensitive
    assert all(e.source for e in v["legal_bases"])
    assert all(e.source for e in v["art9_conditions"])


def test_labels_and_codes() -> None:
    subjects = load_vocabularies("fr")["data_subjects"]
    assert subjects.label("customers") == "Clients"
    assert subjects.label("Voisins") == "Voisins"
    assert subjects.code_for("clients") == "customers"
    assert subjects.code_for("Voisins") == "Voisins"


def test_system_language(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.content.catalog import normalise_lang, system_lang

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert system_lang() == "fr"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert system_lang() == "en"
    monkeypatch.setenv("LC_ALL", "fr_BE.UTF-8")
    assert system_lang() == "fr"
    assert normalise_lang("English_United States") == "en"
    assert normalise_lang("de_DE") == "fr"
