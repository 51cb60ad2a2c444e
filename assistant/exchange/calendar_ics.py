"""Deadlines in the accountant's calendar (``export calendar FOLDER|PATH -o FILE.ics``): every
dated thing to do of one dossier or of a folder's dossiers, as iCalendar events (RFC 5545)
that Outlook, Thunderbird or a phone's calendar import.

- One event per deadline of :func:`assistant.domain.worklist.deadlines`: rights requests
  (the day the month runs out), breaches (the very minute the 72 hours run out), dated
  actions of the plan and consent renewals (whole days).
- **Stable UIDs**: ``<deadline key>.<dossier uuid>@rgpd-assistant``. Importing the file again
  after a new export updates the events instead of adding copies (``SEQUENCE`` and
  ``DTSTAMP`` grow with each export). A deadline that is met no longer appears in the next
  export; calendars keep an imported event until it is deleted there.
- **Reminders** (``VALARM``): three days and one day before a day's deadline, at 9:00;
  twelve hours and two hours before a breach's.
- Times are UTC (``Z``): every calendar shows them in its own zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from pathlib import Path

from assistant.content.catalog import Lang
from assistant.content.desk_words import rule_titles, what_text, when_text
from assistant.content.messages import messages
from assistant.domain.progress import Progress
from assistant.domain.worklist import Deadline, DeadlineKind
from assistant.store.portfolio import DossierSummary, scan

PRODID = "-//RGPD Assistant//Deadlines//FR"
UID_DOMAIN = "rgpd-assistant"
_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)

# the legal source printed in each event's description
SOURCES = {
    DeadlineKind.REQUEST: "source_request",
    DeadlineKind.BREACH: "source_breach",
    DeadlineKind.ACTION: "source_action",
    DeadlineKind.CONSENTS: "source_consents",
}


def event_uid(d: Deadline, dossier_uuid: str) -> str:
    """The same deadline of the same dossier has the same UID in every export."""
    return f"{d.key}.{dossier_uuid}@{UID_DOMAIN}"


def calendar_bytes(summaries: Sequence[DossierSummary], lang: Lang, *,
                   now: dt.datetime, title: str = "") -> bytes:
    """The iCalendar file of every deadline of the readable ``summaries``."""
    from icalendar import Alarm, Calendar, Event

    words = messages(lang)
    rules = rule_titles(lang)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    sequence = int((stamp - _EPOCH).total_seconds() // 60)  # grows with every export
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = words.get("calendar", "name", {"title": title}) if title else \
        words.get("calendar", "name_plain")
    cal.add("x-wr-calname", name)
    for s in summaries:
        if not s.readable:
            continue
        for d in s.deadlines:
            what = what_text(words, d, rules)
            event = Event()
            event.add("uid", event_uid(d, s.uuid or str(s.path)))
            event.add("dtstamp", stamp)
            event.add("last-modified", stamp)
            event.add("sequence", sequence)
            late = words.get("calendar", "late_prefix") if d.overdue else ""
            event.add("summary", f"{late}{s.display_name} : {what}" if lang == "fr"
                      else f"{late}{s.display_name}: {what}")
            lines = [
                words.get("calendar", "due", {"when": when_text(words, d)}),
                words.get("calendar", "client", {"name": s.display_name,
                                                 "file": str(s.path.resolve())}),
            ]
            contact = ", ".join(x for x in (s.contact_name, s.contact_phone,
                                            s.contact_email) if x)
            if contact:
                lines.append(words.get("calendar", "contact", {"contact": contact}))
            lines.append(words.get("calendar", SOURCES[d.kind]))
            event.add("description", "\n".join(lines))
            event.add("categories", [words.get("calendar", "category")])
            event.add("status", "CONFIRMED")
            if d.precise:
                start = d.due_at.astimezone(dt.UTC).replace(microsecond=0)
                event.add("dtstart", start - dt.timedelta(minutes=30))
                event.add("dtend", start)
                reminders = (dt.timedelta(hours=-12), dt.timedelta(hours=-2))
            else:
                event.add("dtstart", d.due_date)
                event.add("dtend", d.due_date + dt.timedelta(days=1))
                event.add("transp", "TRANSPARENT")
                # 9:00 three days and one day before: -3 days + 9 h, -1 day + 9 h
                reminders = (dt.timedelta(days=-3, hours=9), dt.timedelta(days=-1, hours=9))
            for before in reminders:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{s.display_name}: {what}")
                alarm.add("trigger", before)
                event.add_component(alarm)
            cal.add_component(event)
    return cal.to_ical()


def export_calendar(paths: Sequence[Path], target: Path | str, lang: Lang, *,
                    title: str = "", now: dt.datetime | None = None, overwrite: bool = False
                    ) -> Generator[Progress, None, list[DossierSummary]]:
    """Read the dossiers and write their deadlines to ``target`` (an existing file replaced
    only when ``overwrite``; never a dossier); returns the summaries (the caller names the
    files that could not be read)."""
    from assistant.store.outputs import check_output, write_output

    check_output(target, overwrite=overwrite, reading=paths)
    now = now or dt.datetime.now(dt.UTC)
    summaries = yield from scan(paths, now=now, lang=lang)
    yield Progress(0, 1, "write")
    write_output(Path(target), calendar_bytes(summaries, lang, now=now, title=title),
                 overwrite=overwrite, reading=paths)
    yield Progress(1, 1, "write")
    return summaries


__all__ = ["calendar_bytes", "event_uid", "export_calendar"]
