"""From the check to the dossier: each finding becomes an action of the plan, and what the site
uses can become the register's "Site web : mesure d'audience / cookies" processing, with the
trackers as recipients and their transfers outside the EEA. Everything is written through the
store (one undoable step each); nothing is written when the site could not be read.

An action already open in the plan with the same title is not added again, so checking the
site twice does not double the plan; once the owner marks it done, a later check that sees
the problem again adds it anew.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from assistant.content.catalog import Lang, normalise_lang
from assistant.content.loader import template_by_id
from assistant.content.website import fill, finding_words, website_words, word
from assistant.domain.guide.model import ActionState, CustomAction, Priority
from assistant.domain.processing import Processing, ProcessingStatus, Recipient, Transfer
from assistant.domain.text import LONG_MAX, NAME_MAX
from assistant.domain.website.review import WebsiteReview
from assistant.domain.website.trackers import Tracker, TrackerCategory
from assistant.domain.website.urls import host_of
from assistant.website.check import WEBSITE_TEMPLATE

# Who a tracker's publisher is for the register: a processor working for the shop, or a
# third party that also uses the data for itself.
_PROCESSOR_CATEGORIES = (TrackerCategory.ANALYTICS, TrackerCategory.CHAT,
                         TrackerCategory.TAG_MANAGER)


def day_text(lang: Lang, day: dt.date) -> str:
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def _site(review: WebsiteReview) -> str:
    home = review.facts.home
    return host_of(home.final_url if home else review.facts.start_url)


def planned_actions(review: WebsiteReview, lang: Lang) -> list[CustomAction]:
    """The actions the findings call for, most urgent first (nothing for a site not read)."""
    if not review.facts.reachable:
        return []
    plan = website_words(lang).get("plan", {})
    seen = fill(plan.get("seen", ""), {
        "site": _site(review), "date": day_text(lang, review.facts.fetched_at.date()),
        "list_date": day_text(lang, review.list_date)})
    out: list[CustomAction] = []
    for finding in review.actions:
        words = finding_words(lang, finding)
        lines = [words.detail, words.fix]
        if words.pages:
            lines.append(fill(plan.get("pages", "{pages}"), {"pages": words.pages}))
        if words.source:
            lines.append(fill(plan.get("source", "{source}"), {"source": words.source}))
        lines.append(seen)
        out.append(CustomAction(title=_cut(words.action, NAME_MAX),
                                detail=_cut("\n".join(x for x in lines if x), LONG_MAX),
                                priority=finding.priority or Priority.LOW))
    return out


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True)
class ActionsAdded:
    added: tuple[CustomAction, ...]
    already: tuple[str, ...]  # titles already open in the plan, not added twice


def add_actions(dossier, review: WebsiteReview, lang: Lang,  # type: ignore[no-untyped-def]
                *, label: str = "website check") -> ActionsAdded:
    """Add the findings' actions to the dossier's plan (one undo step)."""
    wanted = planned_actions(review, lang)
    open_titles = {a.title for a in dossier.guide.actions() if a.state is ActionState.OPEN}
    new = [a for a in wanted if a.normalised().title not in open_titles]
    already = tuple(a.title for a in wanted if a.normalised().title in open_titles)
    added = dossier.guide.add_actions(new, label=label) if new else []
    return ActionsAdded(tuple(added), already)


# -- the register ---------------------------------------------------------------------------
def processing_name(lang: Lang) -> str:
    return str(website_words(lang).get("register", {}).get("name", ""))


def _recipient(lang: Lang, tracker: Tracker) -> Recipient:
    text = fill(website_words(lang).get("register", {}).get("recipient", "{tracker}"), {
        "tracker": tracker.name, "company": tracker.company,
        "category": word(lang, "categories", tracker.category.value)})
    kind = "processor" if tracker.category in _PROCESSOR_CATEGORIES else "partner"
    return Recipient(kind, text)


def website_processing(review: WebsiteReview, lang: Lang,
                       existing: Processing | None = None) -> Processing:
    """The register entry for the site, new (from the "web audience" template) or the
    existing one completed with the trackers and transfers it lacks."""
    base = existing or replace(template_by_id(lang, WEBSITE_TEMPLATE).to_processing(),
                               name=processing_name(lang), status=ProcessingStatus.DRAFT)
    recipients = list(base.recipients)
    known = {r.description for r in recipients}
    transfers = list(base.transfers)
    moved = {(t.recipient, t.country) for t in transfers}
    for tracker in review.trackers:
        recipient = _recipient(lang, tracker)
        if recipient.description not in known:
            recipients.append(recipient)
            known.add(recipient.description)
        if tracker.outside_eea:
            pair = (tracker.company, word(lang, "countries", tracker.country))
            if pair not in moved:
                transfers.append(Transfer(*pair))
                moved.add(pair)
    note = fill(website_words(lang).get("register", {}).get("note", ""), {
        "site": _site(review), "date": day_text(lang, review.facts.fetched_at.date()),
        "list_date": day_text(lang, review.list_date)})
    notes = base.notes if note in base.notes else "\n\n".join(x for x in (base.notes, note) if x)
    return replace(base, recipients=tuple(recipients), transfers=tuple(transfers),
                   notes=_cut(notes, LONG_MAX))


def find_website_processing(dossier, lang: Lang) -> Processing | None:  # type: ignore[no-untyped-def]
    name = processing_name(lang)
    return next((p for p in dossier.register.list(include_archived=False)
                 if p.name == name), None)


def add_to_register(dossier, review: WebsiteReview,  # type: ignore[no-untyped-def]
                    lang: Lang | None = None, *, label: str = "website check"
                    ) -> tuple[Processing, bool]:
    """Create or complete the website processing; returns it and whether it is new."""
    lang = lang or normalise_lang(dossier.language)
    existing = find_website_processing(dossier, lang)
    processing = website_processing(review, lang, existing)
    if existing is None:
        return dossier.register.create(processing, label=label), True
    return dossier.register.update(processing, label=label), False
