"""The work list in words (``messages-desk.toml``): what a deadline is, when, and how far
off, the same in the summary PDF, the spreadsheet, the letters and the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from assistant.content.messages import Messages
from assistant.domain.deadlines import Zone, local_moment
from assistant.domain.worklist import Attention, Deadline, DeadlineKind


def short_date(words: Messages, day: dt.date) -> str:
    return words.get("desk", "short_date", {"day": f"{day.day:02d}", "month": f"{day.month:02d}",
                                            "year": day.year})


def when_text(words: Messages, d: Deadline, zone: Zone = None) -> str:
    """The date of a deadline, with the time for one set to the minute (a breach)."""
    if not d.precise:
        return short_date(words, d.due_date)
    moment = local_moment(d.due_at, zone)
    return words.get("desk", "short_moment", {
        "day": f"{moment.day:02d}", "month": f"{moment.month:02d}", "year": moment.year,
        "hour": f"{moment.hour:02d}", "minute": f"{moment.minute:02d}"})


def relative_text(words: Messages, d: Deadline, now: dt.datetime, zone: Zone = None) -> str:
    """How far off: "demain", "dans 3 jours", "11 h 56 min restantes", "en retard de 5
    jours". A deadline set to the minute is counted in hours over its last two days."""
    remaining = d.remaining(now)
    if d.precise and dt.timedelta(0) < remaining < dt.timedelta(hours=48):
        minutes = int(remaining.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        if not hours:
            return words.get("desk", "minutes_left", {"minutes": minutes})
        return words.get("desk", "hours_left", {"hours": hours, "minutes": f"{minutes:02d}"})
    if d.precise and remaining <= dt.timedelta(0) and -remaining < dt.timedelta(hours=48):
        return words.get("desk", "late_hours", {"hours": int(-remaining.total_seconds()
                                                             // 3600) or 1})
    days = d.days_left(now, zone)
    if days < 0 or d.overdue:
        late = max(-days, 1)
        return words.get("desk", "late_days_one" if late == 1 else "late_days", {"days": late})
    if days == 0:
        return words.get("desk", "today")
    if days == 1:
        return words.get("desk", "tomorrow")
    return words.get("desk", "in_days", {"days": days})


def what_text(words: Messages, d: Deadline, rule_titles: dict[str, str] | None = None) -> str:
    """What is due, in a few words."""
    title = d.title
    if d.kind is DeadlineKind.ACTION and d.rule:
        title = (rule_titles or {}).get(d.rule, d.rule)
    if d.kind is DeadlineKind.CONSENTS:
        if not d.overdue:
            return words.get("desk", "what_consents_next", {"title": title})
        key = "what_consents_one" if d.count == 1 else "what_consents"
        return words.get("desk", key, {"title": title, "count": d.count})
    key = {DeadlineKind.REQUEST: "what_request", DeadlineKind.BREACH: "what_breach",
           DeadlineKind.ACTION: "what_action"}[d.kind]
    return words.get("desk", key, {"reference": d.reference, "title": title})


def deadline_line(words: Messages, d: Deadline, now: dt.datetime, zone: Zone = None,
                  rule_titles: dict[str, str] | None = None) -> str:
    """"Demande D-001 (Mme Durand) : 13/03/2025 (demain)"."""
    return words.get("desk", "deadline_line", {
        "what": what_text(words, d, rule_titles), "date": when_text(words, d, zone),
        "relative": relative_text(words, d, now, zone)})


def attention_text(words: Messages, reasons: Sequence[Attention]) -> str:
    return ", ".join(words.get("desk", f"attention_{r.value}") for r in reasons)


def rule_titles(lang: str) -> dict[str, str]:
    """The plan's rules by code, in a few words (an action the rules raised)."""
    from assistant.content.catalog import normalise_lang
    from assistant.content.guide import load_rules

    return {code: text.title for code, text in load_rules(normalise_lang(lang)).items()}


__all__ = ["attention_text", "deadline_line", "relative_text", "rule_titles", "short_date",
           "what_text", "when_text"]
