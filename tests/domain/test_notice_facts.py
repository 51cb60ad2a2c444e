"""The facts of an information notice: each item of Art. 13(1)-(2) and 14 filled from the
register, not applicable, or a named gap; never invented."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from assistant.content.notices import notice_facts
from assistant.domain.guide.model import DpiaCriterion, DpiaScreening, Dpo, Pilot
from assistant.domain.notices.digests import input_digests
from assistant.domain.notices.facts import (
    ART13_POINTS,
    FactStatus,
    NoticeSource,
)
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
)
from assistant.domain.processor import Processor

ORG = Organisation(legal_name="Fleurs de Lys SARL", trade_name="Fleurs de Lys",
                   legal_form="SARL", siren="999888779", address="2 rue Haute",
                   postcode="69002", city="Lyon", email="contact@fleurs.example",
                   phone="04 00 00 00 00")
YEARS_3 = Retention(3, DurationUnit.YEARS, "last_contact")


def complete(pid: int = 1, basis: LegalBasis = LegalBasis.CONSENT, **changes: object
             ) -> Processing:
    p = Processing(
        id=pid, name=f"Fidélité {pid}", purposes=("Gérer la carte de fidélité",),
        legal_basis=basis, data_subjects=("loyalty_members",),
        data_categories=(DataCategory("identity", "Nom, courriel", retention=YEARS_3),),
        recipients=(Recipient("internal_service", "Le gérant"),), data_source="data_subject",
        no_transfer_confirmed=True,
    )
    return replace(p, **changes)  # type: ignore[arg-type]


def screened(*ids: int, criteria: tuple[DpiaCriterion, ...] = ()) -> MappingProxyType:
    return MappingProxyType({i: DpiaScreening(i, criteria) for i in ids})


def source(*processings: Processing, **changes: object) -> NoticeSource:
    base = NoticeSource(ORG, tuple(processings),
                        screenings=screened(*(p.id for p in processings if p.id)))
    return replace(base, **changes)  # type: ignore[arg-type]


def gap_codes(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {g.code for g in facts.gaps}


def test_a_complete_processing_answers_every_point_of_article_13() -> None:
    facts = notice_facts(source(complete()), "fr")
    assert facts.complete and not facts.gaps
    points = facts.points()
    assert set(points) == set(ART13_POINTS)
    assert points["13(1)(d)"] is FactStatus.NOT_APPLICABLE  # consent: no legitimate interest
    assert all(s is FactStatus.FILLED for k, s in points.items() if k != "13(1)(d)")
    assert "Fleurs de Lys" in facts.get("controller").text
    assert "SIREN 999888779" in facts.get("controller").text
    assert "3 ans à compter du dernier contact venant de la personne" in \
        facts.get("retention", 1).text
    assert "CNIL" in facts.get("complaint").text
    assert facts.get("withdrawal", 1).applies
    assert facts.get("rights").source.startswith("RGPD")


def test_what_the_register_lacks_is_a_named_gap_never_a_made_up_text() -> None:
    bare = Processing(id=7, name="Carnet de rendez-vous")
    facts = notice_facts(source(bare, screenings=MappingProxyType({})), "fr")
    assert gap_codes(facts) == {"purposes", "legal_basis", "categories", "source",
                                "recipients", "retention", "transfers_unchecked"}
    for key in ("purposes", "legal_basis", "categories", "source", "recipients",
                "retention", "transfers"):
        fact = facts.get(key, 7)
        assert fact.is_gap and fact.lines == (), key
        assert "Carnet de rendez-vous" in fact.gaps[0].text
        assert "[à compléter dans le registre\u00a0:" in fact.gap_marker and fact.short == ""
    assert facts.get("requirement", 7).is_gap  # cannot be told without a legal basis
    assert facts.points()["13(2)(a)"] is FactStatus.GAP


def test_every_gap_says_where_it_is_answered() -> None:
    facts = notice_facts(source(Processing(id=7, name="Carnet"), organisation=Organisation(),
                                screenings=screened(7, criteria=(
                                    DpiaCriterion.AUTOMATED_DECISION,))), "fr")
    where = {g.code: g.where for g in facts.gaps}
    assert where["controller_name"] == "dans la fiche de l'organisme"
    assert where["contact"] == "à l'étape 1 (pilote)"
    assert where["purposes"] == "dans le registre"
    assert where["automated_decision"] == "à l'étape 4 (analyse d'impact)"
    marker = facts.get("automated_decisions", 7).gap_marker
    assert marker.startswith("[à compléter à l'étape 4 (analyse d'impact)\u00a0:")
    assert "critère 2" in marker
    english = notice_facts(source(Processing(id=7, name="Book")), "en")
    assert english.get("purposes", 7).gap_marker == \
        '[to complete in the register: the purpose of "Book"]'


def test_legitimate_interest_is_stated_or_missing() -> None:
    cctv = complete(2, LegalBasis.LEGITIMATE_INTERESTS,
                    legal_basis_detail="Protéger les biens du magasin contre les vols.")
    facts = notice_facts(source(cctv), "fr")
    assert facts.get("legitimate_interest", 2).text == \
        "Protéger les biens du magasin contre les vols."
    assert "Protéger" not in facts.get("legal_basis", 2).text
    assert not facts.get("withdrawal", 2).applies
    assert "intérêt légitime" in facts.get("rights").text  # the right to object
    facts = notice_facts(source(replace(cctv, legal_basis_detail="")), "fr")
    assert gap_codes(facts) == {"legitimate_interest"}


def test_a_legal_obligation_cites_its_law_and_makes_the_data_required() -> None:
    payroll = complete(3, LegalBasis.LEGAL_OBLIGATION,
                       legal_basis_detail="Code du travail, art. L3243-2")
    facts = notice_facts(source(payroll), "fr")
    assert "Code du travail, art. L3243-2" in facts.get("legal_basis", 3).text
    assert "La loi impose ces données" in facts.get("requirement", 3).text
    assert "portabilité" not in facts.get("rights").text.casefold()
    facts = notice_facts(source(replace(payroll, legal_basis_detail="")), "fr")
    assert gap_codes(facts) == {"legal_obligation"}


def test_sensitive_data_needs_its_article_9_exception() -> None:
    health = DataCategory("health", "Allergies", sensitive=True, retention=YEARS_3)
    p = complete(4, LegalBasis.CONTRACT, data_categories=(health,))
    assert gap_codes(notice_facts(source(p), "fr")) == {"art9_condition"}
    p = replace(p, art9_condition="explicit_consent")
    facts = notice_facts(source(p), "fr")
    assert facts.complete
    assert "Consentement explicite" in facts.get("legal_basis", 4).text
    assert facts.get("withdrawal", 4).applies  # explicit consent can be withdrawn


def test_data_from_someone_else_is_an_article_14_notice_with_its_source() -> None:
    bought = complete(5, LegalBasis.LEGITIMATE_INTERESTS, legal_basis_detail="Prospecter",
                      data_source="third_party")
    facts = notice_facts(source(bought), "fr")
    assert facts.processings[0].article == 14
    assert gap_codes(facts) == {"source_detail"}
    assert facts.get("purposes", 5).articles[0] == "14(1)(c)"
    assert not facts.get("requirement", 5).applies  # Art. 13(2)(e) only
    facts = notice_facts(source(replace(bought, data_source_detail="Fichier loué à X")),
                         "fr")
    assert facts.complete and "Fichier loué à X" in facts.get("source", 5).text


def test_transfers_name_their_safeguard_or_are_gaps() -> None:
    p = complete()
    assert "ne sont pas transférées hors de l'Espace économique européen" in \
        notice_facts(source(p), "fr").get("transfers", 1).text
    framed = replace(p, transfers=(Transfer("Mailer Inc.", "États-Unis", "eu_us_dpf"),))
    text = notice_facts(source(framed), "fr").get("transfers", 1).text
    assert "Mailer Inc. (États-Unis)" in text and "Data Privacy Framework" in text
    assert "copie de ces garanties" in text
    bare = replace(p, transfers=(Transfer("Mailer Inc.", "États-Unis"),))
    assert gap_codes(notice_facts(source(bare), "fr")) == {"transfer_safeguard"}
    # a country is named as typed, never after "vers" (which would want "vers l'Inde")
    india = replace(p, transfers=(Transfer("Analyse Cloud", "Inde"),))
    marker = notice_facts(source(india), "fr").get("transfers", 1).gap_marker
    assert "hors de l'EEE (pays\u00a0: Inde" in marker and "vers Inde" not in marker
    shield = replace(p, transfers=(Transfer("Mailer Inc.", "États-Unis", "privacy_shield"),))
    assert gap_codes(notice_facts(source(shield), "fr")) == {"transfer_invalid"}


def test_an_empty_transfers_list_is_to_check_until_the_owner_confirms() -> None:
    """A template starts with no transfer listed: that is no answer, and the notice must
    not turn it into "not transferred outside the EEA"."""
    unchecked = complete(no_transfer_confirmed=False)
    fact = notice_facts(source(unchecked), "fr").get("transfers", 1)
    assert fact.is_gap and fact.lines == () and fact.short == ""
    assert [g.code for g in fact.gaps] == ["transfers_unchecked"]
    assert "pas transférées" not in fact.gap_marker
    assert "Aucun transfert hors de l'EEE" in fact.gap_marker  # the answer to give
    assert notice_facts(source(unchecked), "fr").points()["13(1)(f)"] is FactStatus.GAP
    english = notice_facts(source(unchecked), "en").get("transfers", 1)
    assert english.is_gap and "not transferred" not in english.gap_marker
    # the tools the dossier shows the shop uses are named where the question is asked
    tools = MappingProxyType({1: ("Mailchimp", "Shopify")})
    fact = notice_facts(source(unchecked, tools=tools), "fr").get("transfers", 1)
    assert [g.code for g in fact.gaps] == ["transfers_unchecked_tools"]
    assert "vous utilisez Mailchimp, Shopify" in fact.gap_marker


def test_a_confirmed_no_transfer_contradicted_by_a_processor_is_a_gap() -> None:
    host = Processor(name="Mailer Inc.", id=9, transfer_countries="États-Unis",
                     transfer_safeguard="eu_us_dpf")
    p = complete(processor_ids=(9,))
    fact = notice_facts(source(p, processors=(host,)), "fr").get("transfers", 1)
    assert [g.code for g in fact.gaps] == ["transfers_contradiction"]
    assert "Mailer Inc. (États-Unis)" in fact.text  # what is known is still said
    assert "le sous-traitant Mailer Inc. en transfère hors de l'EEE" in fact.gap_marker
    assert "pas transférées" not in fact.text


def test_processors_are_named_and_their_transfers_given_once() -> None:
    host = Processor(name="Mailer Inc.", id=9, service="Envoi de courriels",
                     transfer_countries="États-Unis",
                     transfer_safeguard="standard_contractual_clauses")
    p = complete(processor_ids=(9,))
    facts = notice_facts(source(p, processors=(host,)), "fr")
    assert "Mailer Inc. (Envoi de courriels)" in facts.get("recipients", 1).text
    assert "clauses contractuelles types" in facts.get("transfers", 1).text.casefold()
    both = replace(p, transfers=(Transfer("Mailer Inc.", "États-Unis", "eu_us_dpf"),))
    lines = notice_facts(source(both, processors=(host,)), "fr").get("transfers", 1).lines
    assert sum("Mailer Inc." in line for line in lines) == 1


def test_contact_is_the_dpo_then_the_pilot_then_the_organisation() -> None:
    p = complete()
    facts = notice_facts(source(p), "fr")
    assert "contact@fleurs.example" in facts.get("contact").text
    assert "pas désigné de délégué" in facts.get("contact").text
    pilot = Pilot(name="Lys", email="donnees@fleurs.example")
    facts = notice_facts(source(p, pilot=pilot), "fr")
    assert "donnees@fleurs.example" in facts.get("contact").text
    assert "donnees@fleurs.example" in facts.get("rights").text  # how to use the rights
    dpo = Dpo(designated=True, name="Cabinet Dupont", email="dpo@dupont.example")
    facts = notice_facts(source(p, pilot=pilot, dpo=dpo), "fr")
    assert "Délégué à la protection des données (DPO)" in facts.get("contact").text
    assert "dpo@dupont.example" in facts.get("withdrawal", 1).text
    facts = notice_facts(source(p, dpo=replace(dpo, email="")), "fr")
    assert gap_codes(facts) == {"dpo_contact"}


def test_the_controller_without_name_or_contact_is_a_gap() -> None:
    facts = notice_facts(source(complete(), organisation=Organisation()), "fr")
    assert {"controller_name", "controller_contact", "contact"} <= gap_codes(facts)
    assert facts.points()["13(1)(a)"] is FactStatus.GAP


def test_automated_decisions_come_from_the_dpia_screening() -> None:
    """One place answers Art. 13(2)(f): criterion 2 of the step-4 screening. Without it
    (screened or not) the notice says there is none; with it, the owner must describe it."""
    p = complete()
    for screenings in (screened(1), MappingProxyType({})):
        fact = notice_facts(source(p, screenings=screenings), "fr").get(
            "automated_decisions", 1)
        assert fact.status is FactStatus.FILLED and not fact.gaps
        assert fact.text.startswith("Aucune décision entièrement automatisée")
    flagged = source(p, screenings=screened(1, criteria=(DpiaCriterion.AUTOMATED_DECISION,)))
    facts = notice_facts(flagged, "fr")
    assert gap_codes(facts) == {"automated_decision"}
    assert facts.gaps[0].target == "dpia" and "Étape 4" in facts.gaps[0].fix


@pytest.mark.parametrize(("basis", "portability", "objection"), [
    (LegalBasis.CONSENT, True, False),
    (LegalBasis.CONTRACT, True, False),
    (LegalBasis.LEGAL_OBLIGATION, False, False),
    (LegalBasis.LEGITIMATE_INTERESTS, False, True),
])
def test_the_rights_follow_the_legal_bases(basis: LegalBasis, portability: bool,
                                           objection: bool) -> None:
    p = complete(basis=basis, legal_basis_detail="Texte")
    text = notice_facts(source(p), "en").get("rights").text
    assert ("machine-readable" in text) is portability
    assert ("Object," in text) is objection
    assert "Art. 15" in text and "after your death" in text
    # the one line of the poster, the sign and the form names the same rights
    short = notice_facts(source(p), "fr").get("rights").short
    assert ("portabilité" in short) is portability
    assert ("vous opposer" in short) is objection


def test_children_and_staff_biometrics_are_flagged() -> None:
    workshop = complete(1, data_subjects=("minors", "customers"))
    clock = complete(2, LegalBasis.LEGITIMATE_INTERESTS, legal_basis_detail="Horaires",
                     data_subjects=("employees",),
                     data_categories=(DataCategory("biometric", "Empreinte digitale",
                                                   sensitive=True, retention=YEARS_3),))
    facts = notice_facts(source(workshop, clock), "fr")
    assert [p.processing_id for p in facts.children] == [1]
    assert [p.processing_id for p in facts.biometric_staff] == [2]


def test_the_short_notice_has_one_item_per_fact_that_applies() -> None:
    items = notice_facts(source(complete()), "en").short_items()
    labels = [label for label, _ in items]
    assert labels[:2] == ["Controller", "Contact about your data"]
    assert labels[-2:] == ["Your rights", "Complaint to the CNIL"]
    assert "Legitimate interest pursued" not in labels  # consent
    assert "Withdrawing consent" in labels
    two = notice_facts(source(complete(1), complete(2)), "en").short_items()
    assert ("Fidélité 2 — Purposes", "Gérer la carte de fidélité") in \
        [(label, fact.short) for label, fact in two]


def test_english_words() -> None:
    facts = notice_facts(source(complete()), "en")
    assert facts.get("retention", 1).text.endswith("3 years from the last contact from the "
                                                   "person")
    assert facts.get("transfers", 1).text == \
        "Your data is not transferred outside the European Economic Area (EEA)."


def test_the_digest_changes_with_what_a_notice_says_only() -> None:
    p = complete()
    digest = input_digests(source(p))
    assert input_digests(source(p)) == digest
    more_security = replace(p, security_measures=(SecurityMeasure("backups"),), notes="x")
    assert input_digests(source(more_security)) == digest
    assert input_digests(source(replace(p, purposes=("Autre chose",)))) != digest
    assert input_digests(source(p, organisation=replace(ORG, email="x@y.example"))) != digest
    assert input_digests(source(p, screenings=MappingProxyType({}))) != digest
    unchecked = input_digests(source(replace(p, no_transfer_confirmed=False)))
    assert unchecked != digest  # the owner's answer changes what the notice says


def test_a_one_line_retention_never_hides_a_longer_period() -> None:
    """Online orders keep most data 5 years, but contracts of 120 EUR or more 10 years
    (C. consom. L213-1): the poster's one line must not say "5 years" alone."""
    from assistant.content.loader import template_by_id

    orders = replace(template_by_id("fr", "online_orders").to_processing(), id=1)
    fact = notice_facts(source(orders), "fr").get("retention", 1)
    assert fact.short.startswith("5 ans") and "jusqu'à 10 ans pour certaines données" \
        in fact.short
    english = notice_facts(source(orders), "en").get("retention", 1)
    assert english.short.endswith("; up to 10 years for some data")
    same = complete(retention=YEARS_3)  # every category kept as long as the general period
    assert "jusqu'à" not in notice_facts(source(same), "fr").get("retention", 1).short


def test_a_note_that_repeats_the_period_is_said_once() -> None:
    fiscal = Retention(10, DurationUnit.YEARS, "fiscal_year_end",
                       note="10 ans à compter de la clôture de l'exercice.")
    text = notice_facts(source(complete(retention=fiscal, data_categories=())), "fr") \
        .get("retention", 1).text
    assert text.count("10 ans") == 1, text
    assert "clôture de l'exercice" in text
    more = replace(fiscal, note="Factures : 10 ans, pièces comptables comprises.")
    text = notice_facts(source(complete(retention=more, data_categories=())), "fr") \
        .get("retention", 1).text
    assert "Factures : 10 ans, pièces comptables comprises." in text  # a note of its own
