"""Consent wordings drafted from the dossier, in French and English, for the purposes that have
none: a new dossier gets them at once, an older one is offered them.

The facts come from the dossier (:func:`wording_facts`): the organisation's name and contact,
the purpose, and the retention of the processing the purpose belongs to (when it belongs to
none, the typical period of the register template the purpose comes from). The sentences come
from ``consents-wordings.toml``; :func:`assistant.domain.consent_wording.compose` puts them
together. Each wording is then kept like any other: word for word, with its SHA-256.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.content.catalog import LANGUAGES, normalise_lang
from assistant.content.loader import template_by_id
from assistant.content.wordings import (
    contact_phrase,
    default_purpose_texts,
    retention_phrase,
    wording_texts,
)
from assistant.domain.clock import now_text
from assistant.domain.consent import DEFAULT_PURPOSES, NoticeVersion, Purpose
from assistant.domain.consent_wording import (
    GAP_CONTACT,
    GAP_CONTROLLER,
    GAP_RETENTION,
    GAP_RETENTION_TEMPLATE,
    WordingDraft,
    WordingFacts,
    compose,
    next_version,
)
from assistant.domain.processing import Retention

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

_TEMPLATES = {code: template for code, template, _validity in DEFAULT_PURPOSES}


def purpose_label_in(purpose: Purpose, lang: str) -> str:
    """The purpose as the wording's language names it: a default purpose whose label was
    not changed gets that language's label; any other keeps the label as typed."""
    labels = {other: default_purpose_texts(other).get(purpose.code, {}).get("label", "")
              for other in LANGUAGES}
    wanted = labels.get(normalise_lang(lang), "")
    return wanted if wanted and purpose.label in labels.values() else purpose.label


def _retention(dossier: Dossier, purpose: Purpose) -> tuple[Retention, str]:
    """The retention the wording states, and the gap it leaves (if any)."""
    if purpose.processing_id is not None:
        processing = dossier.register.get(purpose.processing_id)
        if processing is not None:
            if processing.retention.value is not None and processing.retention.unit:
                return processing.retention, ""
            for category in processing.data_categories:
                if category.retention.value is not None and category.retention.unit:
                    return category.retention, ""
            return Retention(), GAP_RETENTION
    template_id = _TEMPLATES.get(purpose.code)
    if template_id:
        try:
            template = template_by_id(normalise_lang(dossier.language), template_id)
        except KeyError:
            return Retention(), GAP_RETENTION
        return template.to_processing().retention, GAP_RETENTION_TEMPLATE
    return Retention(), GAP_RETENTION


def wording_facts(dossier: Dossier, purpose: Purpose, lang: str) -> WordingFacts:
    org = dossier.organisation.get()
    controller = org.display_name
    gaps = []
    if not controller:
        gaps.append(GAP_CONTROLLER)
    retention, gap = _retention(dossier, purpose)
    if gap:
        gaps.append(gap)
    address = ", ".join(x for x in (" ".join(org.address.split()),
                                    " ".join(x for x in (org.postcode, org.city) if x)) if x)
    contact = contact_phrase(lang, email=org.email, phone=org.phone, address=address)
    if not contact:
        gaps.append(GAP_CONTACT)
    name = controller or wording_texts(lang).unnamed_controller
    return WordingFacts(controller=controller, purpose_code=purpose.code,
                        purpose_label=purpose_label_in(purpose, lang),
                        retention=retention_phrase(retention, lang, name), contact=contact,
                        gaps=tuple(gaps))


def draft_wording(dossier: Dossier, purpose: Purpose, lang: str) -> WordingDraft:
    """The wording the app proposes for ``purpose`` in ``lang`` (``fr`` or ``en``)."""
    lang = normalise_lang(lang)
    return compose(wording_texts(lang), wording_facts(dossier, purpose, lang), lang)


def purposes_without_wording(dossier: Dossier) -> list[Purpose]:
    """The purposes in use (not archived) that have no wording in any language."""
    worded = {n.purpose_id for n in dossier.consents.notices()}
    return [p for p in dossier.consents.purposes(include_archived=False) if p.id not in worded]


def add_drafted_wordings(dossier: Dossier, purposes: Iterable[Purpose], *,
                         languages: Iterable[str] = LANGUAGES,
                         effective_from: str | None = None) -> list[NoticeVersion]:
    """Keep the drafted wording of each purpose in each language, in one transaction
    (versions ``fr-1``, ``en-1``... after those the purpose has)."""
    day = (effective_from or now_text())[:10]
    added = []
    with dossier.transaction():
        for purpose in purposes:
            pid = int(purpose.id or 0)
            for lang in languages:
                draft = draft_wording(dossier, purpose, lang)
                versions = [n.version for n in dossier.consents.notices(pid)]
                added.append(dossier.consents.add_notice(
                    pid, next_version(draft.language, versions), draft.text, day,
                    language=draft.language))
    return added


def missing_default_purposes(dossier: Dossier) -> list[str]:
    """Codes of the default purposes a dossier made by an older version lacks (the phone
    canvassing purpose came later)."""
    have = {p.code for p in dossier.consents.purposes()}
    return [code for code, _template, _validity in DEFAULT_PURPOSES if code not in have]


def add_default_purpose(dossier: Dossier, code: str, *, label: str = "undo") -> Purpose:
    """Add one of the default purposes (labelled in the dossier's language)."""
    validity = {c: v for c, _t, v in DEFAULT_PURPOSES}[code]
    texts = default_purpose_texts(dossier.language)[code]
    return dossier.consents.save_purpose(
        Purpose(None, code, texts["label"], texts["description"], validity_months=validity),
        label=label)


def seed_wordings(dossier: Dossier) -> list[NoticeVersion]:
    """A new dossier's wordings: every default purpose in French and English, in effect
    from today. Written only once the organisation has a name (a wording names the shop);
    a dossier created without one is offered them when it is opened."""
    if not dossier.organisation.get().display_name:
        return []
    return add_drafted_wordings(dossier, purposes_without_wording(dossier))


__all__ = [
    "add_default_purpose",
    "add_drafted_wordings",
    "draft_wording",
    "missing_default_purposes",
    "purpose_label_in",
    "purposes_without_wording",
    "seed_wordings",
    "wording_facts",
]
