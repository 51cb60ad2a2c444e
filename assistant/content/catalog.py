"""Languages and where their content files are."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
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
        import locale  # here: elsewhere its tables of aliases cost every start ~2 ms for nothing

        try:
            return normalise_lang(locale.getlocale()[0])
        except ValueError:
            return "fr"
    return "fr"


def content_dir(lang: Lang) -> Path:
    return resources_dir() / "content" / lang


@lru_cache(maxsize=32)
def read_toml(lang: Lang, name: str) -> dict[str, Any]:
    """``<name>.toml`` merged with every ``<name>-<area>.toml`` beside it.

    Each area of the app (consents, guide, internal processes...) keeps its own words in its
    own file; two files may not define the same key of the same section. A list of tables
    (``[[templates]]``) may go on in another file: its entries follow those of the first.
    """
    import tomllib  # here: its parser's patterns cost the window's start a little

    folder = content_dir(lang)
    paths = [folder / f"{name}.toml", *sorted(folder.glob(f"{name}-*.toml"))]
    merged: dict[str, Any] = {}
    for path in paths:
        if not path.exists():
            continue
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for key, value in data.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                clash = set(value) & set(merged[key])
                if clash:
                    raise ValueError(f"{path.name}: [{key}] redefines {sorted(clash)}")
                merged[key] = {**merged[key], **value}
            elif isinstance(value, list) and isinstance(merged.get(key), list) and all(
                    isinstance(v, dict) for v in [*value, *merged[key]]):
                merged[key] = [*merged[key], *value]
            elif key in merged:
                raise ValueError(f"{path.name}: redefines {key!r}")
            else:
                merged[key] = value
    return merged


def is_singular(params: Mapping[str, object], lang: Lang) -> bool:
    """Whether a text's count (``count``, ``days`` or ``hours``, the first given) takes the
    singular: one, or zero too in French."""
    for name in ("count", "days", "hours"):
        if name in params:
            try:
                n = int(str(params[name]))
            except ValueError:
                return False
            return n in (0, 1) if lang == "fr" else n == 1
    return False
