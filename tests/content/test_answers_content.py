"""The answers' words: French and English have the same keys and placeholders, and every
identity means, kept item and refusal reason has a label (and a source where it states law)."""

from __future__ import annotations

import re
import string

from assistant.content.answers import answer_words
from assistant.content.catalog import read_toml


def _flatten(data: object, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(_flatten(value, f"{prefix}.{key}" if prefix else key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.update(_flatten(value, f"{prefix}[{i}]"))
    else:
        out[prefix] = str(data)
    return out


# A French business letter opens with "Madame, Monsieur," where English says "Dear {name},".
OWN_FORM = {"words.salutation"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_french_and_english_have_the_same_keys_and_placeholders() -> None:
    fr, en = _flatten(read_toml("fr", "answers")), _flatten(read_toml("en", "answers"))
    assert fr.keys() == en.keys()
    for key in fr:
        if key.endswith(".code"):
            assert fr[key] == en[key], key
        if key in OWN_FORM:
            assert _fields(fr[key]) <= _fields(en[key]), key
        else:
            assert _fields(fr[key]) == _fields(en[key]), key


def test_choices_have_labels_and_sources() -> None:
    for lang in ("fr", "en"):
        words = answer_words(lang)  # type: ignore[arg-type]
        for section in ("kept", "refusal_reasons"):
            for choice in words.choices(section):
                assert choice.label and choice.text and choice.source, (section, choice.code)
        methods = {c.code: c for c in words.choices("identity_methods")}
        assert list(methods)[:4] == ["email_on_file", "customer_reference", "known_answer",
                                     "in_person"]  # proportionate means first
        assert methods["id_document"].warning
        assert re.search(r"12\(6\)", words.t("identity", "source"))


def test_french_dates_say_premier() -> None:
    import datetime as dt

    assert answer_words("fr").date(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert answer_words("en").date(dt.date(2026, 3, 1)) == "1 March 2026"
