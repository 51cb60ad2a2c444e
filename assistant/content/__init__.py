"""Loaders for the shipped reference content in ``resources/content/<lang>/``.

Content is data so that translators and reviewers can read it without reading code; every
fact carries its ``source``. See ``resources/content/README.md`` for the file formats.
"""

from __future__ import annotations

from assistant.content.catalog import LANGUAGES, Lang, normalise_lang
from assistant.content.loader import (
    Template,
    VocabEntry,
    Vocabulary,
    load_templates,
    load_vocabularies,
)
from assistant.content.messages import Messages, messages

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
