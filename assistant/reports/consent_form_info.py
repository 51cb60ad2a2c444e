"""The short information of Art. 13 a paper consent form prints: who the controller is, how
to reach them, the purposes, who receives the data, how long it is kept, the rights and how
to use them, and the right to complain to the CNIL.

Drawn from the register by the notices' facts (:func:`assistant.content.notices.notice_facts`),
for the processing the chosen purposes belong to. A purpose linked to no processing is named
by its own label; its retention is the one its wording states. What the register lacks reads
as a visible gap, never an invented fact: :func:`form_information` returns the gaps too, so
the window and the command line can say so before anything is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.content.catalog import Lang
from assistant.content.notices import notice_facts, notice_words
from assistant.store.notice_source import read_notice_source

if TYPE_CHECKING:
    from assistant.store.consent_forms import FormContent
    from assistant.store.dossier import Dossier

GENERAL_FIRST = ("controller", "contact")
PER_PROCESSING = ("purposes", "recipients", "retention")
GENERAL_LAST = ("rights", "complaint")


@dataclass(frozen=True)
class FormInformation:
    lines: tuple[tuple[str, str], ...]  # (label, text), in the order printed
    gaps: tuple[str, ...]  # what the register lacks, in words


def form_information(dossier: Dossier, content: FormContent, lang: Lang) -> FormInformation:
    linked = list(dict.fromkeys(p.processing_id for p in content.purposes
                                if p.processing_id is not None))
    facts = notice_facts(read_notice_source(dossier, linked), lang)
    lines: list[tuple[str, str]] = []
    for key in GENERAL_FIRST:
        fact = facts.get(key)
        if fact is not None:
            lines.append((fact.label, fact.short))
    several = len(facts.processings) > 1
    for processing in facts.processings:
        for key in PER_PROCESSING:
            fact = processing.get(key)
            if fact is not None and fact.applies:
                label = f"{processing.name} — {fact.label}" if several else fact.label
                lines.append((label, fact.short))
    unlinked = [p.label for p in content.purposes if p.processing_id is None]
    if unlinked:
        label = str(notice_words(lang).items["purposes"]["label"])
        lines.append((label, " ; ".join(unlinked) if lang == "fr" else "; ".join(unlinked)))
    for key in GENERAL_LAST:
        fact = facts.get(key)
        if fact is not None:
            lines.append((fact.label, fact.short))
    wanted = {*GENERAL_FIRST, *GENERAL_LAST, *PER_PROCESSING}
    gaps = tuple(dict.fromkeys(
        gap.text for fact in facts if fact.key in wanted for gap in fact.gaps))
    return FormInformation(tuple(lines), gaps)
