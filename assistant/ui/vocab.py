"""Labels of shipped vocabularies in the UI's language."""

from __future__ import annotations

from assistant.content.loader import Vocabulary, load_vocabularies
from assistant.ui.i18n import current_lang


def vocab(name: str) -> Vocabulary:
    return load_vocabularies(current_lang())[name]


def label(name: str, code: str) -> str:
    return vocab(name).label(code)
