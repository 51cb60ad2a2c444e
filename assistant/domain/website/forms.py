"""What a form on the site asks, and what it tells the person filling it in.

- A box ticked in advance is never consent: consent is "a clear affirmative act" (GDPR
  Art. 4(11)); "silence, pre-ticked boxes or inactivity" do not count (recital 32); the Court
  of Justice said so of a pre-ticked box for cookies and partner offers (C-673/17, Planet49,
  1 October 2019). Email and SMS prospecting needs that consent (CPCE, art. L34-5).
- The person is told, when their data is collected, who collects it, for what, and their
  rights (Art. 13), at least by a link to the privacy notice beside the form (CNIL guidance on
  information at collection).

Words are compared in a folded form (lower case, no accents) so that "Données", "donnees"
and "DONNÉES" are one word; French and English words are both known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.text import fold
from assistant.domain.website.model import FormCheckbox, FormFacts, Link

MARKETING_WORDS = (
    "newsletter", "lettre d'information", "lettre d'info", "offre", "promotion", "promo",
    "bons plans", "bon plan", "actualite", "nouveaute", "prospection", "commercial",
    "marketing", "publicit", "sms", "special offer", "deals", "news", "e-mailing",
    "emailing", "informations sur nos produits", "newsletters",
)
PARTNER_WORDS = ("partenaire", "partner", "tiers", "third part", "societes du groupe",
                 "group companies", "annonceur", "sponsors")
NEWSLETTER_WORDS = ("newsletter", "lettre d'info", "subscribe", "abonner", "abonnez",
                    "abonnement", "mailchimp", "mc-embedded", "sib-form", "sendinblue",
                    "brevo", "mailerlite", "klaviyo")
# Words that tell the person what happens to their data (or where to read it).
INFORMATION_WORDS = (
    "donnees personnelles", "donnees a caractere personnel", "personal data", "vos donnees",
    "your data", "confidentialite", "privacy", "rgpd", "gdpr", "vie privee", "cnil",
    "traitement", "finalite", "vos droits", "your rights", "droit d'acces", "right of access",
    "protection des donnees", "data protection",
)
# Words that say what a newsletter sends and how to leave it, or ask for agreement.
WORDING_WORDS = (
    *INFORMATION_WORDS, "desinscri", "desabonn", "unsubscribe", "opt out", "opt-out", "j'accepte",
    "je souhaite recevoir", "j'accepte de recevoir", "i agree", "i would like to receive",
    "consent", "a tout moment", "at any time",
)
PRIVACY_LINK_WORDS = ("confidentialite", "donnees personnelles", "protection des donnees",
                      "vie privee", "privacy", "rgpd", "gdpr", "personal data",
                      "data protection", "datenschutz")
PRIVACY_HREF_WORDS = ("confidentialite", "confidentialit", "privacy", "donnees-personnelles",
                      "donnees_personnelles", "protection-des-donnees", "rgpd", "gdpr",
                      "vie-privee", "datenschutz", "politique-de-confidentialite")
LEGAL_LINK_WORDS = ("mentions legales", "mention legale", "legal notice", "informations legales",
                    "legal information", "impressum", "imprint", "legal mentions")
LEGAL_HREF_WORDS = ("mentions-legales", "mentions_legales", "mentionslegales", "legal-notice",
                    "legal_notice", "informations-legales", "impressum", "imprint",
                    "legal-mentions", "mentions-legal")

_PERSONAL = (
    ("email", ("email", "e-mail", "courriel", "mail")),
    ("phone", ("tel", "phone", "telephone", "mobile", "portable", "gsm")),
    ("name", ("nom", "name", "prenom", "firstname", "lastname", "surname", "fname", "lname")),
    ("address", ("adresse", "address", "street", "rue", "ville", "city", "postcode",
                 "code postal", "zip", "postal")),
    ("birth_date", ("naissance", "birth", "birthday", "anniversaire")),
    ("message", ("message", "comment", "commentaire", "demande", "question")),
)
_WORD = re.compile(r"[a-z0-9]+")
_SEARCH_NAMES = {"q", "s", "search", "recherche", "query", "keyword", "keywords", "search_query"}


@dataclass(frozen=True)
class FormReview:
    form: FormFacts
    personal: tuple[str, ...]  # what personal data it asks for: email, phone, name...
    newsletter: bool
    prechecked_marketing: tuple[FormCheckbox, ...]
    prechecked_partners: tuple[FormCheckbox, ...]
    informs: bool  # a link to the privacy notice, or words about the data, in or by the form
    has_wording: bool  # words that say what the person agrees to, or how to leave

    @property
    def collects(self) -> bool:
        return bool(self.personal)


def folded(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe: what word lists compare against."""
    return fold(text).replace("’", "'").replace("‘", "'")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text))


def personal_data(form: FormFacts) -> tuple[str, ...]:
    """The kinds of personal data the form asks for (in a fixed order)."""
    found: set[str] = set()
    visible = [f for f in form.fields if f.type not in ("hidden", "submit", "button", "reset",
                                                          "image", "checkbox", "radio")]
    for f in visible:
        words = folded(f.words)
        tokens = _tokens(words)
        if f.type == "email":
            found.add("email")
        elif f.type == "tel":
            found.add("phone")
        elif f.type == "textarea":
            found.add("message")
        for kind, names in _PERSONAL:
            if any(n in tokens or (" " in n and n in words) for n in names):
                found.add(kind)
    if is_search(form) or is_login(form):
        return ()
    return tuple(kind for kind, _ in _PERSONAL if kind in found)


def is_search(form: FormFacts) -> bool:
    visible = [f for f in form.fields if f.type not in ("hidden", "submit", "button", "image")]
    if not visible:
        return False
    if all(f.type == "search" for f in visible):
        return True
    return len(visible) == 1 and bool(_tokens(folded(visible[0].words)) & _SEARCH_NAMES)


def is_login(form: FormFacts) -> bool:
    """A sign-in form (a password and one identifier): the data was collected at sign-up."""
    visible = [f for f in form.fields if f.type not in ("hidden", "submit", "button", "image",
                                                        "checkbox")]
    return any(f.type == "password" for f in visible) and len(visible) <= 2


def is_marketing(box: FormCheckbox) -> bool:
    return _has_any(folded(f"{box.label} {box.name}"), MARKETING_WORDS)


def is_partner(box: FormCheckbox) -> bool:
    return _has_any(folded(f"{box.label} {box.name}"), PARTNER_WORDS)


def is_privacy_link(link: Link) -> bool:
    return _has_any(folded(link.text), PRIVACY_LINK_WORDS) or \
        _has_any(folded(link.url), PRIVACY_HREF_WORDS)


def is_legal_notice_link(link: Link) -> bool:
    return _has_any(folded(link.text), LEGAL_LINK_WORDS) or \
        _has_any(folded(link.url), LEGAL_HREF_WORDS)


def review_form(form: FormFacts) -> FormReview:
    personal = personal_data(form)
    text = folded(form.text)
    fields_words = folded(" ".join(f.words for f in form.fields))
    newsletter = "email" in personal and (
        _has_any(folded(form.hints) + " " + text + " " + fields_words, NEWSLETTER_WORDS)
        or set(personal) == {"email"})
    partners = tuple(b for b in form.checkboxes if b.checked and is_partner(b))
    marketing = tuple(b for b in form.checkboxes
                      if b.checked and is_marketing(b) and b not in partners)
    informs = any(is_privacy_link(link) for link in form.links) or \
        _has_any(text, INFORMATION_WORDS)
    wording = _has_any(text, WORDING_WORDS)
    return FormReview(form, personal, newsletter, marketing, partners, informs, wording)
