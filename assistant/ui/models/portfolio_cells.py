"""What each column of the folder view says of a dossier that was read: its text, its sort
key, its tooltip and its colour, one small function per column in four tables that
:class:`~assistant.ui.models.portfolio_model.PortfolioModel` picks from.

The rows not read yet, the files that cannot be read and the firm's own notes are the
model's business; a function here is only ever given a readable dossier's summary (the
state column, which also speaks of unreadable files, is the exception the model handles).
The words are filed under the model's name in the translations, as they were when they
were the model's methods; the three that count (``%n``) stay the model's own, since
lupdate files a count only for ``self.tr``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from assistant.content.desk_words import (
    attention_text,
    relative_text,
    rule_titles,
    what_text,
    when_text,
)
from assistant.content.guide import load_steps
from assistant.content.messages import messages
from assistant.domain.guide.model import Priority
from assistant.domain.text import fold
from assistant.domain.worklist import Deadline
from assistant.store.portfolio import DossierSummary, Status
from assistant.ui.guide_texts import moment_date
from assistant.ui.i18n import current_lang, translate
from assistant.ui.models.processing_table_model import format_timestamp

(COL_CLIENT, COL_FILE, COL_SIRET, COL_STATUS, COL_NEXT, COL_LATE, COL_CONTACT,
 COL_CHANGED, COL_STEPS, COL_ACTIONS, COL_REQUESTS, COL_BREACHES, COL_CONSENTS,
 COL_VERIFY, COL_STAFF, COL_REVIEW, COL_REMINDER, COL_NOTE) = range(18)
COLUMN_COUNT = 18

LATE = "danger"  # red: late, and only late
SOON = "warning"  # amber: due this week, or a file that needs a look

@dataclass(frozen=True)
class Cell:
    """A readable dossier's summary as one row shows it: ``moment`` is when it was read
    (the deadlines are counted from it), ``shared`` the other files with its SIRET."""

    summary: DossierSummary
    moment: dt.datetime
    shared: list[Path] = field(default_factory=list)


def cell_for(summary: DossierSummary, shared: list[Path]) -> Cell:
    return Cell(summary, summary.read_at or dt.datetime.now(dt.UTC), shared)


# -- words shared with the window --------------------------------------------------------------
def _weekday_time(stamp: str) -> str:
    """"lundi 16:45" within the last week, else the date and time."""
    from PySide6.QtCore import QDateTime, QLocale

    moment = QDateTime.fromString(stamp[:19] + "Z", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    local = moment.toLocalTime()
    days = local.date().daysTo(QDateTime.currentDateTime().date())
    if 0 <= days < 7:
        return QLocale().toString(local, "dddd HH:mm")
    return format_timestamp(stamp)


def status_text(s: DossierSummary | None, *, reading: bool = True) -> str:
    """The state of a file in plain words (``reading``: whether a file not read yet is
    still to come)."""
    if s is None:
        return translate("Portfolio", "Reading…") if reading else translate(
            "Portfolio", "Not read (reading stopped)")
    if s.readable:
        return _holder_text(s)
    return {
        Status.NOT_FOUND: translate("Portfolio", "File missing"),
        Status.NOT_A_FILE: translate("Portfolio", "Not a file"),
        Status.NOT_SQLITE: translate("Portfolio", "Not a dossier file"),
        Status.NOT_OURS: translate("Portfolio", "Not a dossier of this app"),
        Status.NEWER: translate("Portfolio", "Made by a newer version of the app"),
        Status.OLDER: translate("Portfolio", "Older version: open it to update"),
        Status.CORRUPT: translate("Portfolio", "Damaged"),
        Status.NO_ACCESS: translate("Portfolio", "No permission to read"),
        Status.BUSY: translate("Portfolio", "Busy, try again"),
        Status.UNREADABLE: translate("Portfolio", "Cannot be read"),
        Status.UNEXPECTED: translate("Portfolio", "Unexpected error"),
    }[s.status]


def _holder_text(s: DossierSummary) -> str:
    """A readable file's state: who has it open, if anyone."""
    if s.holder_is_me:
        return translate("Portfolio", "Open in this window")
    who = s.holder_user or s.holder
    if s.holder_host:
        who = translate("Portfolio", "%1 (%2)").replace("%1", who).replace(
            "%2", s.holder_host)
    if s.holder and not s.holder_confirmed:
        return translate("Portfolio", "Maybe open by %1 since %2").replace(
            "%1", who).replace("%2", moment_date(s.holder_since))
    if s.holder:
        return translate("Portfolio", "Open by %1 since %2").replace(
            "%1", who).replace("%2", _weekday_time(s.holder_since))
    return translate("Portfolio", "File readable")


def status_detail(s: DossierSummary) -> str:
    """The full message of a refused file (the same words as the CLI's)."""
    params = {"path": s.path.name, **s.error_params}
    return messages(current_lang()).error(s.status.value, **params)


def status_tooltip(s: DossierSummary) -> str | None:
    """Why a file cannot be read, or who holds it open."""
    if not s.readable:
        return status_detail(s)
    if s.holder and not s.holder_confirmed:
        return messages(current_lang()).error(
            "maybe_locked", path=s.path.name, holder=s.holder,
            since=format_timestamp(s.holder_since))
    if s.holder:
        return s.holder  # the technical detail (process number) for whoever asks
    return None


def actions_text(s: DossierSummary) -> str:
    a = s.open_actions
    return translate("Portfolio", "%1 high · %2 medium · %3 low").replace(
        "%1", str(a.get(Priority.HIGH, 0))).replace("%2", str(a.get(Priority.MEDIUM, 0))
                                                     ).replace("%3", str(a.get(Priority.LOW, 0)))


def breaches_text(s: DossierSummary) -> str:
    if s.breaches_overdue:
        return translate("Portfolio", "%1 running, %2 late").replace(
            "%1", str(s.breaches_in_window)).replace("%2", str(s.breaches_overdue))
    if s.breaches_in_window:
        return translate("Portfolio", "%1 running").replace("%1", str(s.breaches_in_window))
    return "0"


def deadline_cell(d: Deadline, moment: dt.datetime) -> str:
    """"13/03/2025 (demain) · Demande D-001 (Mme Durand)"."""
    words = messages(current_lang())
    return (f"{when_text(words, d)} ({relative_text(words, d, moment)}) · "
            f"{what_text(words, d, rule_titles(current_lang()))}")


def iso_date_text(text: str) -> str:
    """A date of the firm's notes (ISO) in the user's short format."""
    if not text:
        return ""
    from PySide6.QtCore import QDate, QLocale

    day = QDate.fromString(text, "yyyy-MM-dd")
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else text


def client_tooltip(path: Path, s: DossierSummary | None) -> str:
    """The file's path, under the legal name when it differs, and why it needs attention."""
    lines = [str(path)]
    if s is not None and s.legal_name and s.legal_name != s.name:
        lines.insert(0, s.legal_name)
    if s is not None and s.needs_attention:
        lines.append(translate("PortfolioModel", "Needs attention: %1").replace(
            "%1", attention_text(messages(current_lang()), s.attention)))
    return "\n".join(lines)


# -- the text of each column --------------------------------------------------------------------
def _next_text(c: Cell) -> str:
    d = c.summary.next_deadline
    return deadline_cell(d, c.moment) if d is not None else "—"


TEXT: dict[int, Callable[[Cell], str]] = {
    COL_SIRET: lambda c: (c.summary.siret_or_siren or "—") + (" ⚠" if c.shared else ""),
    COL_NEXT: _next_text,
    COL_CONTACT: lambda c: " · ".join(
        x for x in (c.summary.contact_name, c.summary.contact_phone) if x) or "—",
    COL_CHANGED: lambda c: format_timestamp(c.summary.last_change) or "—",
    COL_STEPS: lambda c: translate("PortfolioModel", "%1/6 steps").replace(
        "%1", str(c.summary.steps_complete)),
    COL_ACTIONS: lambda c: actions_text(c.summary),
    COL_REQUESTS: lambda c: str(c.summary.requests_overdue),
    COL_BREACHES: lambda c: breaches_text(c.summary),
    COL_CONSENTS: lambda c: str(c.summary.consents_to_renew),
}


# -- the sort key of each column ----------------------------------------------------------------
def _status_key(s: DossierSummary) -> str:
    # the files that cannot be read first, then the ones open elsewhere, then the rest
    rank = 0 if not s.readable else 1 if s.holder and not s.holder_is_me else 2
    return f"{rank} {fold(status_text(s))}"


def _urgency_key(s: DossierSummary) -> float:
    # urgency: the most urgent reason first, then the first deadline
    from assistant.store.portfolio import urgency_sort_key

    rank, first, _name, _file = urgency_sort_key(s)
    return rank * 1e11 + (first if first != float("inf") else 9e10)


def _actions_key(s: DossierSummary) -> int:
    a = s.open_actions
    return a.get(Priority.HIGH, 0) * 1_000_000 + a.get(Priority.MEDIUM, 0) * 1000 \
        + a.get(Priority.LOW, 0)


def _verify_key(s: DossierSummary) -> str:
    record = s.last_verify
    return "" if record is None else ("0" if not record.sound else "1") + record.at


# the state and the urgency sort unreadable files too; the other keys are a readable one's
SORT_ANY: dict[int, Callable[[DossierSummary], Any]] = {
    COL_STATUS: _status_key,
    COL_NEXT: _urgency_key,
}
SORT: dict[int, Callable[[DossierSummary], Any]] = {
    COL_SIRET: lambda s: s.siret_or_siren,
    COL_LATE: lambda s: len(s.overdue),
    COL_CONTACT: lambda s: fold(s.contact_name),
    COL_CHANGED: lambda s: s.last_change,
    COL_STEPS: lambda s: s.steps_complete * 1000 + s.progress,
    COL_ACTIONS: _actions_key,
    COL_REQUESTS: lambda s: s.requests_overdue,
    COL_BREACHES: lambda s: s.breaches_overdue * 1000 + s.breaches_in_window,
    COL_CONSENTS: lambda s: s.consents_to_renew,
    COL_VERIFY: _verify_key,
}


# -- the tooltip of each column -----------------------------------------------------------------
def _steps_tip(c: Cell) -> str:
    s = c.summary
    titles = {step.number: step.title for step in load_steps(current_lang())}
    steps = [f"{x.number}. {titles.get(x.number, '')}: {x.settled}/{x.total}" for x in s.steps]
    tasks = translate("PortfolioModel", "%1/%2 tasks settled").replace(
        "%1", str(s.settled)).replace("%2", str(s.tasks))
    score = translate("PortfolioModel", "Compliance score: %1/100").replace("%1", str(s.score))
    return "\n".join(steps) + "\n" + tasks + "\n" + score


def _siret_tip(c: Cell) -> str | None:
    if not c.shared:
        return None
    return translate("PortfolioModel", "The same SIRET as %1: a copy not renamed, or two files "
                     "for one shop? Check which one is right.").replace(
        "%1", ", ".join(p.name for p in c.shared))


TOOLTIP: dict[int, Callable[[Cell], str | None]] = {
    COL_NEXT: lambda c: "\n".join(
        deadline_cell(d, c.moment) for d in c.summary.due_within()) or None,
    COL_LATE: lambda c: "\n".join(
        deadline_cell(d, c.moment) for d in c.summary.overdue) or None,
    COL_CONTACT: lambda c: "\n".join(
        x for x in (c.summary.contact_name, c.summary.contact_phone, c.summary.contact_email)
        if x) or None,
    COL_SIRET: _siret_tip,
    COL_STEPS: _steps_tip,
    COL_VERIFY: lambda c: format_timestamp(c.summary.last_verify.at)
    if c.summary.last_verify is not None else None,
    COL_CHANGED: lambda c: translate("PortfolioModel", "File modified: %1").replace(
        "%1", format_timestamp(c.summary.file_modified)),
}


# -- the colour of each column ------------------------------------------------------------------
def _next_tone(c: Cell) -> str | None:
    d = c.summary.next_deadline
    return SOON if d is not None and d.within(c.moment) else None


def _breaches_tone(c: Cell) -> str | None:
    s = c.summary
    return LATE if s.breaches_overdue else SOON if s.breaches_in_window else None


def _verify_tone(c: Cell) -> str | None:
    record = c.summary.last_verify
    return SOON if record is not None and not record.sound else None


def _client_tone(c: Cell) -> str | None:
    if not c.summary.needs_attention:
        return None
    return LATE if c.summary.overdue else SOON


# One scale: red for what is late, amber for this week and files needing a look (the tones
# of the theme in use).
TONE: dict[int, Callable[[Cell], str | None]] = {
    COL_LATE: lambda c: LATE if c.summary.overdue else None,
    COL_SIRET: lambda c: SOON if c.shared else None,
    COL_NEXT: _next_tone,
    COL_REQUESTS: lambda c: LATE if c.summary.requests_overdue else None,
    COL_BREACHES: _breaches_tone,
    COL_CONSENTS: lambda c: LATE if c.summary.consents_to_renew else None,
    COL_VERIFY: _verify_tone,
    COL_CLIENT: _client_tone,
}
