"""The privacy notice the site links to: does it say what Art. 13 asks for, and what the notice
the app draws from the register for the site's processing says?

A static reading looks for the words of each item, not their quality: the controller (by the
name the dossier records, or at least as "responsable du traitement"), the purposes, the
rights (access, rectification, erasure, objection...) and the right to complain to the CNIL
(Art. 13(1)(a), (c), 13(2)(b), (d)). Finding the words is not proof the notice is right; not
finding them is a reason to look.

The comparison with the app's notice (:func:`compare_with_app_notice`) takes the items the
register fills for the site's processing (``assistant.domain.notices.facts``) and looks, for
each, for its topic in the site's notice: the contact address the register gives, the
legal basis, the recipients, the transfers outside the EEA, the retention, how to withdraw
consent. An item the register cannot fill is not asked of the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.domain.website.forms import folded

CONTROLLER_WORDS = ("responsable du traitement", "responsable de traitement",
                    "responsable des traitements", "data controller", "the controller",
                    "controller of", "edite par", "published by")
PURPOSE_WORDS = ("finalite", "purpose", "a quoi servent", "nous utilisons vos donnees",
                 "we use your", "utilisees pour", "used for", "afin de", "in order to")
RIGHTS_WORDS = ("droit d'acces", "droit d'acceder", "rectification", "effacement",
                "droit d'opposition", "vous opposer", "portabilite", "right of access",
                "right to access", "erasure", "right to object", "portability")
COMPLAINT_WORDS = ("cnil", "reclamation", "autorite de controle", "supervisory authority",
                   "complaint", "lodge a complaint")


@dataclass(frozen=True)
class NoticeReview:
    url: str
    names_controller: bool
    shows_dossier_name: bool  # the organisation's name as the dossier records it
    names_purposes: bool
    names_rights: bool
    names_complaint: bool


def review_notice(url: str, text: str, organisation_names: tuple[str, ...]) -> NoticeReview:
    words = folded(text)
    names = [folded(n).strip() for n in organisation_names if n and len(n.strip()) >= 3]
    shows_name = any(n in words for n in names)
    rights = sum(1 for w in RIGHTS_WORDS if w in words)
    return NoticeReview(
        url=url,
        names_controller=shows_name or any(w in words for w in CONTROLLER_WORDS),
        shows_dossier_name=shows_name,
        names_purposes=any(w in words for w in PURPOSE_WORDS),
        names_rights=rights >= 2,
        names_complaint=any(w in words for w in COMPLAINT_WORDS),
    )


@dataclass(frozen=True)
class AppNoticeItem:
    """One item of the notice the app draws from the register (filled there)."""

    key: str  # an item key of assistant.domain.notices.facts (ITEM_ORDER)
    label: str  # its heading in the notice's language
    lines: tuple[str, ...]


# The words that show a notice speaks of an item (folded: lower case, no accents).
TOPIC_WORDS = {
    "contact": ("contact", "dpo", "delegue a la protection", "data protection officer", "@"),
    "purposes": PURPOSE_WORDS,
    "legal_basis": ("base legale", "base juridique", "fondement", "legal basis",
                    "lawful basis", "legal ground"),
    "legitimate_interest": ("interet legitime", "legitimate interest"),
    "recipients": ("destinataire", "recipient", "sous-traitant", "processor", "partenaire",
                   "partner", "transmises a", "shared with"),
    "transfers": ("transfert", "transfer", "hors de l'union", "hors de l'eee",
                  "outside the eu", "outside the eea", "etats-unis", "united states"),
    "retention": ("conserv", "duree", "retention", "retain", "kept for", "stored for"),
    "withdrawal": ("retirer", "retrait", "withdraw", "revoquer", "revoke"),
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def compare_with_app_notice(text: str, items: Iterable[AppNoticeItem]
                            ) -> tuple[AppNoticeItem, ...]:
    """The items of the app's notice the site's notice seems to lack, in the app's order."""
    words = folded(text)
    missing: list[AppNoticeItem] = []
    for item in items:
        topic = TOPIC_WORDS.get(item.key)
        if topic is None:
            continue  # the controller, rights and CNIL have findings of their own
        if item.key == "contact":
            emails = {e.lower() for line in item.lines for e in _EMAIL.findall(line)}
            if emails:
                if not any(e in words for e in emails):
                    missing.append(item)
                continue
        if not any(w in words for w in topic):
            missing.append(item)
    return tuple(missing)
