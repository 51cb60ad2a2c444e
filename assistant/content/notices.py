"""The words of information notices (``notices.toml``) and the one call that turns a dossier's
data into a notice's facts: :func:`notice_facts`.

Other areas use it too: a short notice lists ``notice_facts(...).short_items()``; the
answer to an access request (Art. 15) prints the items of the processing concerned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from assistant.content.catalog import Lang, read_toml
from assistant.content.loader import load_vocabularies
from assistant.domain.notices.document import NoticeDocument, NoticeKind, build_document
from assistant.domain.notices.facts import NoticeFacts, NoticeSource, NoticeWords
from assistant.domain.notices.gather import gather_facts

_VOCABULARIES = ("legal_bases", "art9_conditions", "data_subjects", "data_categories",
                 "recipient_types", "transfer_safeguards", "retention_triggers", "data_sources")

# French typography, as the PDF sets it (assistant.reports.text.french_spacing): a no-break
# space before ; : ! ? and », after «, so that no line of a notice starts with a colon.
_FR_BEFORE = re.compile(r" +([;:!?»])")
_FR_AFTER = re.compile(r"« +")
NBSP = "\u00a0"


def typography(text: str, lang: Lang) -> str:
    if lang != "fr" or not text:
        return text
    return _FR_AFTER.sub("«" + NBSP, _FR_BEFORE.sub(NBSP + r"\1", text))


@lru_cache(maxsize=4)
def notice_words(lang: Lang) -> NoticeWords:
    """The words of ``lang``'s notices, French typography applied to our own words."""
    data = read_toml(lang, "notices")

    def table(name: str) -> dict[str, Mapping[str, str]]:
        return {key: MappingProxyType({k: typography(v, lang) for k, v in value.items()})
                for key, value in data.get(name, {}).items()}

    vocab = load_vocabularies(lang)
    return NoticeWords(
        lang=lang,
        items=MappingProxyType(table("items")),
        gaps=MappingProxyType(table("gaps")),
        texts=MappingProxyType({k: typography(v, lang) for k, v in data["text"].items()}),
        kinds=MappingProxyType(table("kinds")),
        vocab=MappingProxyType({
            name: MappingProxyType({e.code: typography(e.label, lang) for e in vocab[name]})
            for name in _VOCABULARIES}),
    )


def notice_facts(source: NoticeSource, lang: Lang) -> NoticeFacts:
    """Every information item of Art. 13 and 14 for ``source.processings``, in ``lang``:
    see :mod:`assistant.domain.notices.facts`."""
    return gather_facts(source, notice_words(lang))


def notice_document(source: NoticeSource, kind: NoticeKind, lang: Lang) -> NoticeDocument:
    """The notice of ``kind`` covering ``source.processings``, in ``lang``."""
    org = source.organisation
    return build_document(kind, notice_facts(source, lang), notice_words(lang),
                          organisation=org.display_name or org.legal_name,
                          website=org.website)
