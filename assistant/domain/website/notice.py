"""The privacy notice the site links to: does it say what Art. 13 asks for?

A static reading looks for the words of each item, not their quality: the controller (by the
name the dossier records, or at least as "responsable du traitement"), the purposes, the
rights (access, rectification, erasure, objection...) and the right to complain to the CNIL
(Art. 13(1)(a), (c), 13(2)(b), (d)). Finding the words is not proof the notice is right; not
finding them is a reason to look.
"""

from __future__ import annotations

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
