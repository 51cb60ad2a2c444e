"""The demo shop's six-step guide: the manager as pilot, a DPO found not mandatory (with the
answers), a few checklist tasks done, the DPIA screenings of the cameras and of the website
audience measurement, and one action of the owner's own with a due date.

Dates are relative to the day the demo is built, so the Overview always has something coming.
"""

from __future__ import annotations

from datetime import date, timedelta

from assistant.content.catalog import Lang
from assistant.content.guide import load_steps
from assistant.domain.guide.model import (
    CustomAction,
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    Dpo,
    Pilot,
    Priority,
    TaskState,
    TaskStatus,
)
from assistant.store.dossier import Dossier

_TEXT = {
    "fr": {
        "role": "Gérante",
        "notes": "Pilote depuis l'ouverture de la boutique ; suivi du cours « L'atelier RGPD » "
        "de la CNIL.",
        "cctv_reason": "Deux caméras (entrée et salle de vente) ; celle de la caisse filme la "
        "caisse et non la vendeuse ; images gardées 30 jours, regardées seulement après un "
        "incident. Ce n'est pas une surveillance constante du personnel : les deux critères "
        "sont remplis de façon limitée et le risque n'est pas élevé.",
        "cctv_notes": "Salariées filmées ponctuellement en salle de vente (personnes "
        "vulnérables au sens du WP248).",
        "web_notes": "Mesure d'audience exemptée de consentement si réglée selon la CNIL ; "
        "un seul critère (suivi des visiteurs).",
        "action": "Poser le panneau d'information vidéo à l'entrée",
        "action_detail": "Au minimum : pictogramme caméra, finalités, durée de conservation, "
        "contact, existence des droits et droit de réclamer auprès de la CNIL (CNIL, « La "
        "vidéosurveillance dans les commerces »). Page Mentions : panneau vidéo.",
    },
    "en": {
        "role": "Manager",
        "notes": "Pilot since the shop opened; followed the CNIL's online course "
        "\"L'atelier RGPD\".",
        "cctv_reason": "Two cameras (entrance and sales area); the till camera films the till, "
        "not the cashier; images kept 30 days, watched only after an incident. This is not "
        "constant monitoring of staff: both criteria are met only to a limited extent and the "
        "risk is not high.",
        "cctv_notes": "Employees filmed occasionally in the sales area (vulnerable people in "
        "the sense of WP248).",
        "web_notes": "Audience measurement exempt from consent if set up as the CNIL says; "
        "one criterion only (tracking of visitors).",
        "action": "Put up the CCTV information sign at the entrance",
        "action_detail": "At least: camera pictogram, purposes, retention period, contact, the "
        "existence of rights and the right to complain to the CNIL (CNIL, \"La "
        "vidéosurveillance dans les commerces\"). Notices page: CCTV sign.",
    },
}

_DONE_TASKS = ("pilot_trained", "contact_published", "paper_files", "processors_listed",
               "plan_reviewed", "security_basics")


def fill_guide_demo(dossier: Dossier, lang: Lang, *, today: date | None = None) -> None:
    t = _TEXT[lang]
    today = today or date.today()
    org = dossier.organisation.get()
    guide = dossier.guide
    guide.save_pilot(
        Pilot(name=org.representative_name, role=t["role"], email=org.email, phone=org.phone,
              appointed_on=(today - timedelta(days=400)).isoformat(), notes=t["notes"]),
        Dpo(public_body=False, large_scale_monitoring=False, large_scale_sensitive=False))
    steps = {task.id: task.step for step in load_steps(lang) for task in step.tasks}
    for n, task_id in enumerate(_DONE_TASKS):
        guide.settle_task(TaskState(task_id, steps[task_id], TaskStatus.DONE,
                                    on=(today - timedelta(days=60 - 7 * n)).isoformat(),
                                    by=org.representative_name))
    by_template = {p.template_id: p for p in dossier.register.list()}
    screened_on = (today - timedelta(days=30)).isoformat()
    cctv = by_template["cctv"]
    guide.save_screening(DpiaScreening(
        processing_id=int(cctv.id or 0),
        criteria=(DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.VULNERABLE_SUBJECTS),
        notes=t["cctv_notes"], conclusion=DpiaConclusion.NOT_NEEDED,
        reason=t["cctv_reason"], screened_on=screened_on, screened_by=org.representative_name))
    web = by_template["web_audience"]
    guide.save_screening(DpiaScreening(
        processing_id=int(web.id or 0), criteria=(DpiaCriterion.SYSTEMATIC_MONITORING,),
        notes=t["web_notes"], screened_on=screened_on, screened_by=org.representative_name))
    guide.save_action(CustomAction(
        title=t["action"], detail=t["action_detail"], priority=Priority.HIGH,
        due_on=(today + timedelta(days=20)).isoformat(), owner=org.representative_name))
    guide.assess(load_steps(lang), today=today)  # the plan's history starts today
    dossier.write_deferred()
