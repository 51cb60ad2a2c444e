"""A realistic demo dossier: a fictional bakery-café in Lyon with a small web shop.

Everything here is invented (names, numbers, addresses use reserved ``.example`` domains); the
SIREN and SIRET pass the Luhn check but belong to nobody we know of. The demo has a couple of
deliberate gaps (a draft processing without retention, an old Privacy Shield transfer) so that
the checks and the action plan have something to show.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.content.catalog import Lang
from assistant.content.loader import template_by_id
from assistant.demo.guide import fill_guide_demo
from assistant.domain.organisation import Organisation
from assistant.domain.processing import (
    DataCategory,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Retention,
    SecurityMeasure,
    Transfer,
)
from assistant.domain.processor import Processor
from assistant.domain.progress import Progress
from assistant.store.dossier import Dossier, building_dossier


@dataclass(frozen=True)
class _ShopText:
    """The demo shop's words in one language."""

    legal_name: str
    trade_name: str
    legal_form: str
    role: str
    workshop: str
    workshop_purpose: str
    workshop_data: str
    processors: list[tuple[str, str, str, str]]  # name, service, contact, country
    usa: str


_TEXT: dict[str, _ShopText] = {
    "fr": _ShopText(
        legal_name="Au Pain Doré SARL",
        trade_name="Boulangerie-Café Au Pain Doré",
        legal_form="SARL",
        role="Gérante",
        workshop="Ateliers pâtisserie pour enfants",
        workshop_purpose="Inscrire des enfants aux ateliers du mercredi et prévenir les "
        "parents en cas d'annulation.",
        workshop_data="Nom et âge de l'enfant, allergies signalées par les parents, "
        "téléphone des parents",
        processors=[
            ("HébergeLibre SAS", "Hébergement du site et de la boutique en ligne",
             "dpo@hebergelibre.example", "France"),
            ("PayEuro Paiements", "Prestataire de paiement par carte (terminal et site)",
             "privacy@payeuro.example", "Irlande"),
            ("Courriel Express", "Envoi de la lettre d'information",
             "rgpd@courriel-express.example", "France"),
            ("Cabinet Dupuis & Associés", "Expert-comptable (comptabilité et paie)",
             "cabinet@dupuis-expert.example", "France"),
            ("VidéoSûr Maintenance", "Installation et maintenance des caméras",
             "contact@videosur.example", "France"),
            ("StatsWeb Inc.", "Mesure d'audience du site", "privacy@statsweb.example",
             "États-Unis"),
        ],
        usa="États-Unis",
    ),
    "en": _ShopText(
        legal_name="Au Pain Doré SARL",
        trade_name="Au Pain Doré bakery-café",
        legal_form="SARL (private limited company)",
        role="Manager",
        workshop="Pastry workshops for children",
        workshop_purpose="Register children for the Wednesday workshops and warn parents "
        "when one is cancelled.",
        workshop_data="Child's name and age, allergies reported by the parents, "
        "parents' phone",
        processors=[
            ("HébergeLibre SAS", "Hosting of the website and web shop",
             "dpo@hebergelibre.example", "France"),
            ("PayEuro Paiements", "Card payment provider (terminal and website)",
             "privacy@payeuro.example", "Ireland"),
            ("Courriel Express", "Sending the newsletter", "rgpd@courriel-express.example",
             "France"),
            ("Cabinet Dupuis & Associés", "Chartered accountant (accounts and payroll)",
             "cabinet@dupuis-expert.example", "France"),
            ("VidéoSûr Maintenance", "Installation and maintenance of the cameras",
             "contact@videosur.example", "France"),
            ("StatsWeb Inc.", "Website audience measurement", "privacy@statsweb.example",
             "United States"),
        ],
        usa="United States",
    ),
}

# What the owner has checked stays inside the EEA. The recruitment file is left to check: a
# gap the notices and the register show.
_TRANSFERS_CHECKED = frozenset({
    "customer_management", "online_orders", "card_payments", "loyalty_programme",
    "newsletter", "cctv", "staff_payroll", "accounting_invoicing", "suppliers"})

# template id -> (status, names of the processors it uses)
_PLAN = [
    ("customer_management", ProcessingStatus.ACTIVE, ["HébergeLibre SAS"]),
    ("online_orders", ProcessingStatus.ACTIVE, ["HébergeLibre SAS", "PayEuro Paiements"]),
    ("card_payments", ProcessingStatus.ACTIVE, ["PayEuro Paiements"]),
    ("loyalty_programme", ProcessingStatus.ACTIVE, []),
    ("newsletter", ProcessingStatus.ACTIVE, ["Courriel Express"]),
    ("cctv", ProcessingStatus.ACTIVE, ["VidéoSûr Maintenance"]),
    ("staff_payroll", ProcessingStatus.ACTIVE, ["Cabinet Dupuis & Associés"]),
    ("recruitment", ProcessingStatus.ACTIVE, []),
    ("accounting_invoicing", ProcessingStatus.ACTIVE, ["Cabinet Dupuis & Associés"]),
    ("suppliers", ProcessingStatus.ACTIVE, []),
    ("web_audience", ProcessingStatus.DRAFT, ["StatsWeb Inc."]),
]


def demo_organisation(lang: Lang) -> Organisation:
    t = _TEXT[lang]
    return Organisation(
        legal_name=t.legal_name,
        trade_name=t.trade_name,
        legal_form=t.legal_form,
        siren="999888779",
        siret="99988877900017",
        address="18 rue des Capucins",
        postcode="69001",
        city="Lyon",
        country="France",
        representative_name="Camille Martin",
        representative_role=t.role,
        email="contact@aupaindore.example",
        phone="04 78 00 00 00",
        website="https://aupaindore.example",
        sector="bakery",
    )


def fill_demo(dossier: Dossier, lang: Lang) -> Generator[Progress, None, None]:
    """Put the demo shop's data into an empty dossier."""
    t = _TEXT[lang]
    total = 2 + len(_PLAN) + 1
    dossier.organisation.save(demo_organisation(lang), undoable=False)
    yield Progress(1, total, "organisation")
    ids: dict[str, int] = {}
    for name, service, contact, country in t.processors:
        saved = dossier.processors.save(Processor(name=name, service=service, contact=contact,
                                                  country=country))
        assert saved.id is not None  # a saved processor has its row id
        ids[name] = saved.id
    yield Progress(2, total, "processors")
    for n, (template_id, status, processor_names) in enumerate(_PLAN, start=3):
        p = template_by_id(lang, template_id).to_processing()
        p = replace(p, status=status,
                    processor_ids=tuple(ids[x] for x in processor_names))
        if template_id in _TRANSFERS_CHECKED:
            # the owner checked where every provider keeps the data: nothing leaves the EEA
            p = replace(p, no_transfer_confirmed=True)
        if template_id == "web_audience":
            # A deliberate gap: an old transfer still documented under the Privacy Shield.
            p = replace(p, transfers=(
                Transfer("StatsWeb Inc.", t.usa, "privacy_shield",
                         "https://statsweb.example/privacy"),
            ))
        dossier.register.create(p)
        yield Progress(n, total, template_id)
    # A draft the owner has started but not finished: no retention, no security measures.
    dossier.register.create(Processing(
        name=t.workshop,
        purposes=(t.workshop_purpose,),
        legal_basis=LegalBasis.CONTRACT,
        data_subjects=("minors", "customers"),
        data_categories=(
            DataCategory("identity", t.workshop_data),
            DataCategory("health", t.workshop_data.split(", ")[1], sensitive=True),
        ),
        security_measures=(SecurityMeasure("physical_security"),),
        retention=Retention(),  # left unset on purpose: a gap to show
        data_source="data_subject",
    ))
    # Each area adds its demo data after the register, one call each:

    # consent ledger
    from assistant.demo.consents import fill_demo_consents

    fill_demo_consents(dossier, lang)

    # six-step guide
    fill_guide_demo(dossier, lang)

    # internal processes
    from assistant.demo.processes import fill_processes_demo

    fill_processes_demo(dossier, lang)

    # information notices
    from assistant.demo.notices import fill_notices_demo

    fill_notices_demo(dossier, lang)

    dossier.undo.clear()
    yield Progress(total, total, "done")


def build_demo(path: Path | str, lang: Lang = "fr", *,
               overwrite: bool = False) -> Generator[Progress, None, Path]:
    """Create the demo dossier at ``path`` (refused if something is already there, unless
    ``overwrite``)."""
    path = Path(path)
    with building_dossier(path, language=lang, overwrite=overwrite) as dossier:
        dossier.actor = "Camille Martin"  # the demo shop's manager, in its change history
        yield from fill_demo(dossier, lang)
    return path
