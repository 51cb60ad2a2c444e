"""Loaders for the shipped reference content in ``resources/content/<lang>/``.

Content is data so that translators and reviewers can read it without reading code; every
fact carries its ``source``. See ``resources/content/README.md`` for the file formats.

The names below load their module when first asked for: the window's start needs only the
languages (:mod:`~assistant.content.catalog`), not the templates and their domain types.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.content.catalog import LANGUAGES, Lang, normalise_lang
    from assistant.content.loader import (
        Template,
        VocabEntry,
        Vocabulary,
        load_templates,
        load_vocabularies,
    )
    from assistant.content.messages import Messages, messages

_WHERE = {
    "LANGUAGES": "catalog", "Lang": "catalog", "normalise_lang": "catalog",
    "Template": "loader", "VocabEntry": "loader", "Vocabulary": "loader",
    "load_templates": "loader", "load_vocabularies": "loader",
    "Messages": "messages", "messages": "messages",
}

__all__ = [
    "LANGUAGES",
    "Lang",
    "Messages",
    "Template",
    "VocabEntry",
    "Vocabulary",
    "load_templates",
    "load_vocabularies",
    "messages",
    "normalise_lang",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
