"""Languages and where their content files are."""

from __future__ import annotations

import locale
import os
import sys
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from assistant.paths import resources_dir

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")


def normalise_lang(value: str | None) -> Lang:
    """``fr_FR.UTF-8`` -> ``fr``; anything not French or English falls back to French."""
    code = (value or "").strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return "en" if code in ("en", "english") else "fr"


def system_lang() -> Lang:
    """The language of the environment (LC_ALL, LC_MESSAGES, LANG), French by default.

    A POSIX system with no language set ("C") gets French: the app is French first. Windows
    sets no such variable; there the user's locale decides.
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return normalise_lang(value)
    if sys.platform == "win32":
        try:
            return normalise_lang(locale.getlocale()[0])
        except ValueError:
            return "fr"
    return "fr"


def content_dir(lang: Lang) -> Path:
    return resources_dir() / "content" / lang


@lru_cache(maxsize=32)
def read_toml(lang: Lang, name: str) -> dict[str, Any]:
    path = content_dir(lang) / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)
