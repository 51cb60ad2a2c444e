"""Forms: boxes ticked in advance, newsletter wording, information beside the form."""

from __future__ import annotations

from assistant.domain.website.forms import review_form
from assistant.domain.website.model import FormCheckbox, FormFacts, FormField, Link


def form(fields: tuple[FormField, ...], boxes: tuple[FormCheckbox, ...] = (), text: str = "",
         links: tuple[Link, ...] = (), hints: str = "") -> FormFacts:
    return FormFacts("https://shop.example/f", "post", fields, boxes, text, links, hints)


EMAIL = FormField("email", "email votre e-mail")


def test_ticked_marketing_and_partner_boxes() -> None:
    boxes = (FormCheckbox("offres", "Je veux recevoir les offres par SMS", True),
             FormCheckbox("part", "Transmettre mes données aux partenaires", True),
             FormCheckbox("news", "Newsletter", False))
    review = review_form(form((EMAIL,), boxes))
    assert [b.name for b in review.prechecked_marketing] == ["offres"]
    assert [b.name for b in review.prechecked_partners] == ["part"]


def test_a_lone_email_field_is_a_newsletter_and_needs_its_wording() -> None:
    bare = review_form(form((EMAIL, FormField("submit", ""))))
    assert bare.newsletter and not bare.has_wording and not bare.informs
    worded = review_form(form((EMAIL,), text="Recevez nos nouveautés. Désinscription à tout "
                              "moment par le lien de chaque message."))
    assert worded.newsletter and worded.has_wording


def test_a_privacy_link_beside_the_form_informs() -> None:
    contact = (FormField("text", "nom"), EMAIL, FormField("textarea", "message"))
    assert not review_form(form(contact)).informs
    linked = review_form(form(contact, links=(Link("https://shop.example/confidentialite",
                                                    "En savoir plus"),)))
    assert linked.informs and linked.personal == ("email", "name", "message")


def test_search_and_sign_in_forms_collect_nothing_to_inform_about() -> None:
    assert review_form(form((FormField("search", "q rechercher"),))).personal == ()
    sign_in = (FormField("email", "login email"), FormField("password", "password"))
    assert review_form(form(sign_in)).personal == ()
