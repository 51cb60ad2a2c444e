"""The words of the core: both languages say everything, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from assistant.content.catalog import read_toml
from assistant.exchange import errors as exchange_errors
from assistant.store import errors as store_errors

ROOT = Path(__file__).resolve().parents[2]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def flat(data: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def test_french_and_english_have_the_same_messages_and_placeholders() -> None:
    fr, en = flat(read_toml("fr", "messages")), flat(read_toml("en", "messages"))
    assert sorted(fr) == sorted(en)
    for key in fr:
        assert placeholders(fr[key]) == placeholders(en[key]), key
        assert fr[key].strip() and en[key].strip(), key


def codes_in_source(pattern: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "assistant").rglob("*.py"):
        found |= set(re.findall(pattern, path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_finding_code_has_words(lang: str) -> None:
    findings = read_toml(lang, "messages")["findings"]
    used = codes_in_source(r'(?<![A-Za-z])Finding\(\s*"([a-z0-9_]+)"')
    used |= {"required", "too_long", "forbidden_character", "json_type", "json_required",
             "json_unknown_field", "json_enum", "json_section_not_supported",
             "json_timestamp", "json_out_of_range", "json_other"}
    assert used, "the scan found no codes"
    assert sorted(used - set(findings)) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_error_has_words(lang: str) -> None:
    words = read_toml(lang, "messages")["errors"]
    classes = [c for m in (store_errors, exchange_errors) for c in vars(m).values()
               if isinstance(c, type) and issubclass(c, store_errors.DossierError)]
    assert sorted({c.code for c in classes} - set(words)) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_next_action_and_verify_problem_has_words(lang: str) -> None:
    data = read_toml(lang, "messages")
    assert codes_in_source(r'NextAction\(\s*"([a-z_]+)"') <= set(data["next"])
    assert codes_in_source(r'Problem\(\s*"([a-z_]+)"') <= set(data["verify"])


def test_stored_moments_are_shown_in_local_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    from assistant.content.messages import messages

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        when = "2026-11-29T10:21:16.093123Z"
        assert messages("fr").get("csv", "already_imported", {"path": "a.csv", "when": when}) \
            == "a.csv a déjà été importé le 29/11/2026 à 11:21 : rien n'a changé."
        assert messages("en").get("csv", "already_imported", {"path": "a.csv", "when": when}) \
            == "a.csv was already imported on 2026-11-29 11:21: nothing changed."
        # anything else is shown as it is
        assert "since yesterday" in messages("en").error(
            "locked", path="x", holder="ann@pc (pid 1)", since="yesterday")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
