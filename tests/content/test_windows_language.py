"""Windows sets no LANG: the language comes from the user's locale, as Python names it
there ("French_France", "English_United Kingdom"). The Windows branch is selected here."""

from __future__ import annotations

import locale
import sys

import pytest

from assistant.content.catalog import system_lang


@pytest.mark.parametrize("name,lang", [
    ("French_France", "fr"), ("French_Belgium", "fr"), ("fr_FR", "fr"),
    ("English_United Kingdom", "en"), ("English_United States", "en"), ("en_GB", "en"),
    ("German_Germany", "fr"), (None, "fr"),  # neither: the app is French first
])
def test_windows_takes_the_user_s_locale(monkeypatch: pytest.MonkeyPatch, name: str | None,
                                         lang: str) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(locale, "getlocale", lambda *a: (name, "1252"))
    assert system_lang() == lang
