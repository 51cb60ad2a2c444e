"""The demo shop's internal processes: rights requests, breaches and processors' contracts.

Dates are relative to the moment the demo is built, so its clocks are live: one request
answered, one due in a few days, one overdue, one extended; one breach notified within 72
hours, one kept in the register without notification (unlikely to result in a risk, with the
reasoning), and one discovered a few hours ago whose 72-hour clock is running. Most processors
have a complete Art. 28 contract; StatsWeb Inc. has gaps. Everything is invented.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from assistant.content.catalog import Lang
from assistant.domain.breach import Breach, BreachRisk, BreachType
from assistant.domain.clock import format_utc, utc_now
from assistant.domain.deadlines import Zone, local_date, request_due
from assistant.domain.processor import ART28_CLAUSES
from assistant.domain.rights_request import IdentityCheck, Outcome, Right, RightsRequest
from assistant.store.dossier import Dossier

_TEXT = {
    "fr": {
        "host_contract": "Conditions générales et accord de sous-traitance (annexe RGPD v3)",
        "pay_contract": "Accord de traitement des données (DPA) du contrat commerçant",
        "mail_contract": "Contrat de service et annexe « protection des données »",
        "accountant_contract": "Lettre de mission, clause « données personnelles »",
        "cctv_contract": "Contrat de maintenance n° VS-2291, article 9",
        "stats_contract": "Conditions d'utilisation en ligne (acceptées au clic)",
        "usa": "États-Unis",
        "r1_text": "Souhaite savoir quelles données la boutique conserve sur elle et en avoir "
        "une copie.",
        "r1_answer": "Copie de la fiche client et de l'historique de fidélité envoyée par "
        "courriel, avec les informations de l'article 15.",
        "r1_evidence": "Courriel envoyé, classé dans le dossier « Demandes RGPD »",
        "r2_text": "Demande la suppression de son compte client et de ses données, et ne "
        "plus recevoir la lettre d'information.",
        "r3_text": "Ancien salarié : demande toutes les données le concernant, y compris les "
        "images de vidéoprotection de son dernier jour.",
        "r3_notes": "Pièce d'identité demandée par courrier ; pas de réponse depuis.",
        "r4_text": "Demande l'ensemble de ses achats depuis 2016 (programme de fidélité et "
        "commandes papier) dans un fichier réutilisable.",
        "r4_reason": "Demande complexe : huit ans de bons de commande papier à retrouver "
        "aux archives et à ressaisir.",
        "b1_summary": "Hameçonnage : accès au compte de l'outil d'envoi de la lettre "
        "d'information",
        "b1_what": "Un courriel d'hameçonnage a permis d'obtenir le mot de passe du compte "
        "chez Courriel Express. La liste des abonnés a été exportée depuis une adresse IP "
        "inconnue.",
        "b1_data": "Prénom et adresse électronique des abonnés",
        "b1_people": "Abonnés à la lettre d'information",
        "b1_consequences": "Courriels d'hameçonnage ciblés se faisant passer pour la "
        "boutique.",
        "b1_measures": "Mot de passe changé, double authentification activée, prestataire "
        "prévenu, message d'alerte préparé pour le site.",
        "b1_reasoning": "Données peu sensibles mais nombreuses, risque d'hameçonnage réel : "
        "notification à la CNIL. Pas de risque élevé : pas d'information individuelle "
        "obligatoire.",
        "b1_reference": "Notification n° 2024-000000-DEMO",
        "b2_summary": "Confirmation de commande envoyée au mauvais client",
        "b2_what": "La confirmation d'une commande de gâteau d'anniversaire a été envoyée à "
        "un autre client, par erreur de saisie de l'adresse.",
        "b2_data": "Nom, date de retrait et contenu de la commande",
        "b2_people": "Un client",
        "b2_consequences": "Aucune conséquence attendue.",
        "b2_measures": "Le destinataire a confirmé par écrit avoir supprimé le message ; "
        "vérification de l'adresse ajoutée avant envoi.",
        "b2_reasoning": "Une seule personne, données sans caractère sensible, destinataire "
        "de bonne foi qui a supprimé le message : risque improbable, pas de notification "
        "(art. 33(1)). Consignée au registre (art. 33(5)).",
        "b3_summary": "Clé USB perdue avec le planning du personnel",
        "b3_what": "Une clé USB non chiffrée contenant le planning et les téléphones des "
        "salariés a été perdue entre la boutique et le fournil.",
        "b3_data": "Noms, numéros de téléphone et horaires de travail",
        "b3_people": "Salariés",
        "b3_measures": "Recherche en cours ; le planning est désormais partagé par un "
        "espace protégé par mot de passe.",
    },
    "en": {
        "host_contract": "Terms of service and data processing agreement (GDPR annex v3)",
        "pay_contract": "Data processing addendum (DPA) of the merchant contract",
        "mail_contract": "Service contract and data protection annex",
        "accountant_contract": "Engagement letter, personal data clause",
        "cctv_contract": "Maintenance contract no. VS-2291, article 9",
        "stats_contract": "Online terms of use (accepted by click)",
        "usa": "United States",
        "r1_text": "Wants to know what data the shop keeps about her and to get a copy.",
        "r1_answer": "Copy of the customer record and loyalty history sent by email, with "
        "the information of Article 15.",
        "r1_evidence": "Sent email, filed in the 'GDPR requests' folder",
        "r2_text": "Asks for his customer account and data to be deleted, and to stop "
        "receiving the newsletter.",
        "r3_text": "Former employee: asks for all data about him, including the CCTV images "
        "of his last day.",
        "r3_notes": "Identity document asked for by letter; no reply since.",
        "r4_text": "Asks for all her purchases since 2016 (loyalty programme and paper "
        "orders) in a reusable file.",
        "r4_reason": "Complex request: eight years of paper order forms to find in the "
        "archives and type in.",
        "b1_summary": "Phishing: access to the newsletter tool's account",
        "b1_what": "A phishing email obtained the password of the Courriel Express account. "
        "The subscriber list was exported from an unknown IP address.",
        "b1_data": "First name and email address of the subscribers",
        "b1_people": "Newsletter subscribers",
        "b1_consequences": "Targeted phishing emails pretending to come from the shop.",
        "b1_measures": "Password changed, two-factor authentication turned on, provider "
        "informed, warning message prepared for the website.",
        "b1_reasoning": "Data of little sensitivity but many people, real phishing risk: "
        "notified to the CNIL. No high risk: telling each person is not required.",
        "b1_reference": "Notification no. 2024-000000-DEMO",
        "b2_summary": "Order confirmation sent to the wrong customer",
        "b2_what": "The confirmation of a birthday cake order was sent to another customer "
        "because of a typing mistake in the address.",
        "b2_data": "Name, pick-up date and contents of the order",
        "b2_people": "One customer",
        "b2_consequences": "No consequence expected.",
        "b2_measures": "The recipient confirmed in writing that they deleted the message; "
        "addresses are now checked before sending.",
        "b2_reasoning": "One person, data of no sensitive nature, a recipient in good faith "
        "who deleted the message: unlikely to result in a risk, not notified (Art. 33(1)). "
        "Kept in the register (Art. 33(5)).",
        "b3_summary": "Lost USB stick with the staff schedule",
        "b3_what": "An unencrypted USB stick holding the schedule and the phone numbers of "
        "the staff was lost between the shop and the bakehouse.",
        "b3_data": "Names, phone numbers and working hours",
        "b3_people": "Employees",
        "b3_measures": "Search under way; the schedule is now shared through a "
        "password-protected space.",
    },
}

# processor name -> (contract text key, contract date, clauses, transfer countries key,
# safeguard)
_CONTRACTS: dict[str, tuple[str, str, tuple[str, ...], str, str]] = {
    "HébergeLibre SAS": ("host_contract", "2023-03-01", ART28_CLAUSES, "", ""),
    "PayEuro Paiements": ("pay_contract", "2022-11-15", ART28_CLAUSES, "", ""),
    "Courriel Express": ("mail_contract", "2023-06-12", ART28_CLAUSES, "", ""),
    "Cabinet Dupuis & Associés": ("accountant_contract", "2021-01-04", ART28_CLAUSES, "", ""),
    "VidéoSûr Maintenance": ("cctv_contract", "2022-04-20", ART28_CLAUSES, "", ""),
    # The gaps: terms accepted online, half the Art. 28(3) items, an invalid safeguard.
    "StatsWeb Inc.": ("stats_contract", "",
                      ("subject_matter", "confidentiality", "security", "sub_processors"),
                      "usa", "privacy_shield"),
}


def _received_for_due_in(today: date, days: int) -> date:
    """A receipt date whose one-month due date is ``days`` after today (or the nearest)."""
    candidates = [today - timedelta(days=k) for k in range(20, 35)]
    return min(candidates, key=lambda d: abs((request_due(d) - today).days - days))


def _at(day: date, hour: int, minute: int, zone: Zone) -> str:
    local = datetime.combine(day, time(hour, minute))
    aware = local.replace(tzinfo=zone) if zone is not None else local.astimezone()
    return format_utc(aware.astimezone(UTC))


def fill_processes_demo(dossier: Dossier, lang: Lang, *, now: datetime | None = None,
                        zone: Zone = None) -> None:
    """Add the demo's requests, breaches and processor contracts (after the register)."""
    t = _TEXT[lang]
    now = now or utc_now()
    today = local_date(now, zone)

    for p in dossier.processors.list():
        plan = _CONTRACTS.get(p.name)
        if plan is None:
            continue
        contract, signed, clauses, countries, safeguard = plan
        dossier.processors.save(replace(
            p, contract_reference=t[contract], contract_date=signed, contract_clauses=clauses,
            transfer_countries=t[countries] if countries else "",
            transfer_safeguard=safeguard))

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    requests = [
        RightsRequest(Right.ACCESS, day(-40), "Sophie Lefèvre",
                      requester_contact="sophie.lefevre@courriel.example",
                      received_via="email", request_text=t["r1_text"],
                      identity_check=IdentityCheck.NOT_NEEDED, answered_on=day(-22),
                      answer_outcome=Outcome.FULFILLED, answer_summary=t["r1_answer"],
                      answer_evidence=t["r1_evidence"]),
        RightsRequest(Right.ERASURE, _received_for_due_in(today, 4).isoformat(),
                      "Karim Benali", requester_contact="k.benali@courriel.example",
                      subject_reference="C-1042", received_via="web_form",
                      request_text=t["r2_text"], identity_check=IdentityCheck.VERIFIED),
        RightsRequest(Right.ACCESS, day(-45), "Thomas Girard",
                      requester_contact="12 rue Mercière, 69002 Lyon", received_via="letter",
                      request_text=t["r3_text"],
                      identity_check=IdentityCheck.INFORMATION_REQUESTED, notes=t["r3_notes"]),
        RightsRequest(Right.PORTABILITY, day(-50), "Agnieszka Wójcik",
                      requester_contact="a.wojcik@poczta.example", received_via="in_store",
                      request_text=t["r4_text"], identity_check=IdentityCheck.VERIFIED,
                      extended=True, extension_reason=t["r4_reason"],
                      extension_told_on=day(-35)),
    ]
    for r in requests:
        dossier.requests.create(r)

    aware_1 = today - timedelta(days=20)
    aware_2 = today - timedelta(days=60)
    moment_3 = now - timedelta(hours=5)
    # the phishing happened at the newsletter tool's provider; it ended with the password reset
    mailer = next((x.id for x in dossier.processors.list() if x.name == "Courriel Express"), None)
    breaches = [
        Breach(t["b1_summary"], _at(aware_1, 9, 15, zone),
               occurred_at=_at(aware_1 - timedelta(days=1), 22, 40, zone),
               ended_at=_at(aware_1, 10, 5, zone), processor_id=mailer,
               breach_types=(BreachType.CONFIDENTIALITY,), what_happened=t["b1_what"],
               data_concerned=t["b1_data"], people_concerned=t["b1_people"],
               people_count=1240, records_count=1240,
               likely_consequences=t["b1_consequences"], measures_taken=t["b1_measures"],
               risk_level=BreachRisk.RISK, risk_reasoning=t["b1_reasoning"],
               authority_notified_at=_at(aware_1 + timedelta(days=1), 17, 5, zone),
               authority_reference=t["b1_reference"]),
        Breach(t["b2_summary"], _at(aware_2, 11, 30, zone),
               occurred_at=_at(aware_2, 10, 52, zone), ended_at=_at(aware_2, 10, 52, zone),
               breach_types=(BreachType.CONFIDENTIALITY,), what_happened=t["b2_what"],
               data_concerned=t["b2_data"], people_concerned=t["b2_people"], people_count=1,
               records_count=1, likely_consequences=t["b2_consequences"],
               measures_taken=t["b2_measures"], risk_level=BreachRisk.UNLIKELY,
               risk_reasoning=t["b2_reasoning"]),
        Breach(t["b3_summary"], format_utc(moment_3),
               breach_types=(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY),
               what_happened=t["b3_what"], data_concerned=t["b3_data"],
               people_concerned=t["b3_people"], people_count=9,
               measures_taken=t["b3_measures"]),
    ]
    for b in breaches:
        dossier.breaches.create(b)
