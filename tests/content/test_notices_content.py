"""The words of information notices: both languages with the same keys and placeholders,
every item with its label and legal source, every code the facts use present."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from assistant.content import LANGUAGES
from assistant.content.catalog import read_toml
from assistant.content.notices import notice_words
from assistant.domain.notices import facts, gather

# the facts' model and the builder that fills them in from the register
FACTS_CODE = "".join(Path(m.__file__).read_text("utf-8") for m in (facts, gather))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def flat(lang: str) -> dict[str, str]:
    data = read_toml(lang, "notices")
    out = {}
    for table, entries in data.items():
        for key, value in entries.items():
            if isinstance(value, dict):
                out.update({f"{table}.{key}.{k}": v for k, v in value.items()})
            else:
                out[f"{table}.{key}"] = value
    return out


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    fr, en = flat("fr"), flat("en")
    assert fr.keys() == en.keys()
    for key in fr:
        assert placeholders(fr[key]) == placeholders(en[key]), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_item_has_a_label_and_a_legal_source(lang: str) -> None:
    words = notice_words(lang)  # type: ignore[arg-type]
    assert set(words.items) == set(facts.ITEM_ORDER)
    for key, item in words.items.items():
        assert item["label"] and re.search(r"(RGPD|GDPR), (art|Art)\.", item["source"]), key


def test_every_code_the_facts_use_has_words() -> None:
    words = notice_words("fr")
    gaps = set(re.findall(r'gap\(\s*"([a-z_0-9]+)"', FACTS_CODE))
    texts = set(re.findall(r'\.t\(\s*"([a-z_0-9]+)"', FACTS_CODE))
    texts |= set(re.findall(r'"(source_(?:person|observed|third_party|public)'
                            r'|requirement_[a-z]+)"', FACTS_CODE))
    assert gaps and texts
    assert gaps <= set(words.gaps), gaps - set(words.gaps)
    assert texts <= set(words.texts), texts - set(words.texts)
    for unit in ("days", "months", "years"):
        assert {f"{unit}_one", f"{unit}_many"} <= set(words.texts)
    assert all(g["text"] and g["fix"] for g in words.gaps.values())


def test_french_words_keep_french_typography() -> None:
    words = notice_words("fr")
    assert words.texts["basis_with_detail"] == "{basis}\u00a0: {detail}"
    assert " :" not in "".join(words.texts.values())
