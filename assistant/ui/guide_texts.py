"""Words the guide's pages share: priorities, statuses, an action's text, dates, and the one
call that evaluates the guide for the open dossier."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from assistant.content.guide import gap_params, load_steps, rule_text
from assistant.content.messages import messages
from assistant.domain.guide.assess import Assessment
from assistant.domain.guide.checklist import TaskProgress
from assistant.domain.guide.deadlines import Deadline
from assistant.domain.guide.model import Priority
from assistant.domain.guide.plan import ItemStatus, PlanItem, parse_key
from assistant.domain.overview import NextAction
from assistant.store.dossier import Dossier
from assistant.ui.i18n import current_lang, short_date_pattern, translate


def assessment(dossier: Dossier | None) -> Assessment | None:
    """Evaluate the guide for the open dossier, in the UI's language."""
    if dossier is None:
        return None
    return dossier.guide.assess(load_steps(current_lang()))


def priority_label(priority: Priority | None) -> str:
    if priority is None:
        return "—"
    return {
        Priority.HIGH: translate("Guide", "High"),
        Priority.MEDIUM: translate("Guide", "Medium"),
        Priority.LOW: translate("Guide", "Low"),
    }[priority]


PRIORITY_TONES = {Priority.HIGH: "danger", Priority.MEDIUM: "warning", Priority.LOW: "info"}


def priority_tone(priority: Priority | None) -> str:
    return PRIORITY_TONES.get(priority, "muted") if priority else "muted"


def status_label(status: ItemStatus) -> str:
    return {
        ItemStatus.OPEN: translate("Guide", "Open"),
        ItemStatus.POSTPONED: translate("Guide", "Postponed"),
        ItemStatus.NOT_APPLICABLE: translate("Guide", "Not applicable"),
        ItemStatus.CLEARED: translate("Guide", "Fixed"),
        ItemStatus.DONE: translate("Guide", "Done"),
        ItemStatus.CANCELLED: translate("Guide", "Cancelled"),
    }[status]


def task_progress_label(progress: TaskProgress) -> str:
    return {
        TaskProgress.TODO: translate("Guide", "To do"),
        TaskProgress.DONE: translate("Guide", "Done"),
        TaskProgress.NOT_APPLICABLE: translate("Guide", "Not applicable"),
        TaskProgress.AUTO_DONE: translate("Guide", "Done (seen in the dossier)"),
    }[progress]


def format_date(iso: str) -> str:
    """A ``YYYY-MM-DD`` date in the user's locale (short form), or the text as stored."""
    if not iso:
        return ""
    value = QDate.fromString(iso, "yyyy-MM-dd")
    if not value.isValid():
        return iso
    return QLocale().toString(value, _short_full_year())


def number(value: float) -> str:
    """A figure of the score in the user's locale: ``17.5`` -> ``17,5`` in French, ``9`` as
    ``9``."""
    text = QLocale().toString(float(value), "f", 1)
    decimal = QLocale().decimalPoint()
    return text[:-2] if text.endswith(f"{decimal}0") else text


def moment_date(timestamp: str) -> str:
    """The local calendar date of a stored UTC timestamp, in the user's locale."""
    if not timestamp:
        return ""
    moment = QDateTime.fromString(timestamp[:19] + "Z", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return timestamp
    return QLocale().toString(moment.toLocalTime().date(), _short_full_year())


def _short_full_year() -> str:
    """The locale's short date with all four digits of the year (12/19/2026, not 12/19/26)."""

    return short_date_pattern()


def item_title(item: PlanItem) -> str:
    """The action in one line: the rule's words for this case, or the owner's title."""
    if item.action is not None:
        return item.action.title
    text = rule_text(current_lang(), item.rule)
    if item.gap is not None:
        return text.render(gap_params(current_lang(), item.gap.params))
    return text.title


def item_rule_title(item: PlanItem) -> str:
    if item.action is not None:
        return translate("Guide", "Your own action")
    return rule_text(current_lang(), item.rule).title


def action_text(key: str, assessment_: Assessment | None) -> str:
    """The words of the action with this key (live if it is, else its rule's title)."""
    if assessment_ is not None:
        for item in assessment_.plan:
            if item.key == key:
                return item_title(item)
    rule, _pid = parse_key(key)
    return rule_text(current_lang(), rule).title if rule else key


def next_text(action: NextAction) -> str:
    msg = messages(current_lang())
    params: dict[str, object] = dict(action.params)
    if action.item is not None:
        params["action"] = item_title(action.item)
    return msg.get("next", action.code, params)


def deadline_text(deadline: Deadline, assessment_: Assessment | None) -> str:
    msg = messages(current_lang())
    params: dict[str, object] = dict(deadline.params)
    params.setdefault("action", action_text(deadline.key, assessment_))
    return msg.get("deadlines", deadline.kind, params)


def link_title(key: str) -> str:
    """The name of the page (or form) a task or an action links to, as the sidebar says it."""
    titles = {
        "overview": translate("MainWindow", "Overview"),
        "step1": translate("MainWindow", "1. Appoint a pilot"),
        "step2": translate("MainWindow", "2. Map your processing"),
        "step3": translate("MainWindow", "3. Prioritise the actions"),
        "step4": translate("MainWindow", "4. Manage the risks"),
        "step5": translate("MainWindow", "5. Organise internal processes"),
        "step6": translate("MainWindow", "6. Document compliance"),
        "register": translate("MainWindow", "Register"),
        "consents": translate("MainWindow", "Consents"),
        "requests": translate("MainWindow", "Requests"),
        "breaches": translate("MainWindow", "Breaches"),
        "processors": translate("MainWindow", "Processors"),
        "documents": translate("MainWindow", "Documents"),
        "notices": translate("MainWindow", "Notices"),
        "organisation": translate("Guide", "Organisation form"),
        "processing": translate("Guide", "Processing editor"),
        "dpia": translate("Guide", "DPIA screening"),
    }
    return titles.get(key, key)
