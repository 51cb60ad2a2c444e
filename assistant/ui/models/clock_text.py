"""The legal clocks in words and colours, for tables, details and editors.

Colour is never the only signal: every state has words ("overdue by 3 days", "47 h 12 min
left") and the colours only repeat them. Moments are stored in UTC and shown in local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject
from PySide6.QtGui import QColor

from assistant.ui.colours import tone
from assistant.ui.i18n import short_date_pattern, translate

if TYPE_CHECKING:
    from assistant.domain.deadlines import BreachClock, ClockState, RequestClock

# a ClockState is its value (a StrEnum): the clocks' rules are loaded by what has a clock to
# show, not by the first page, which only wants this module's words (colon())
STATE_TONES: dict[str, str] = {
    "overdue": "danger",
    "due_soon": "warning",
    "done": "success",
    "done_late": "warning",
}


class _StateColours:
    """``COLOURS[state]``: the state's tone in the palette in use (light or dark), looked up
    when asked so that a switch of theme repaints in the new colours."""

    def __getitem__(self, state: ClockState) -> QColor:
        return tone(STATE_TONES[state])

    def get(self, state: ClockState | None) -> QColor | None:
        return tone(STATE_TONES[state]) if state in STATE_TONES else None


COLOURS = _StateColours()


def colon(text: str) -> str:
    """A heading followed by a colon, as the UI's language punctuates it: the translation of
    ``%1:`` says where the colon goes (French puts a space before it)."""
    return translate("Typography", "%1:").replace("%1", text)


def then(text: str) -> str:
    """A status put after a colon: "Due on 3 May: 4 days left" (lower-case first letter)."""
    return text[:1].lower() + text[1:]


def state_colour(state: ClockState | None) -> QColor | None:
    return COLOURS.get(state) if state is not None else None


def format_date(value: date | str | None) -> str:
    """A date in the user's locale (short format with the full year)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
    else:
        day = value
    qdate = QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, short_date_pattern())


def format_moment(value: datetime | str | None, *, seconds: bool = False) -> str:
    """A UTC moment in the user's locale and local time zone."""
    if value is None or value == "":
        return ""
    from assistant.domain.deadlines import parse_moment

    moment = parse_moment(value) if isinstance(value, str) else value.astimezone(UTC)
    if moment is None:
        return str(value)
    qt = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    pattern = short_date_pattern()
    time_pattern = "HH:mm:ss" if seconds else "HH:mm"
    return locale.toString(qt, f"{pattern} {time_pattern}")


class ClockWords(QObject):
    """Counted words go through a QObject's ``tr`` so that lupdate sees their plural forms
    (it does not for ``translate()`` with a count)."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def answered_late(self, n: int) -> str:
        return self.tr("Answered %n day(s) late", "", n)

    def overdue_by(self, n: int) -> str:
        return self.tr("Overdue by %n day(s)", "", n)

    def days_left(self, n: int) -> str:
        return self.tr("%n day(s) left", "", n)


_plurals: ClockWords | None = None


def _p() -> ClockWords:
    global _plurals
    if _plurals is None:
        _plurals = ClockWords()
    return _plurals


def format_duration(span: timedelta, *, seconds: bool = False) -> str:
    """A length of time the way a countdown shows it: "47 h 12 min", "3 days 4 h"."""
    total = int(abs(span).total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if total >= 96 * 3600:
        text = _p().days(days)
        if hours:
            text += " " + translate("Clock", "%1 h").replace("%1", str(hours))
        return text
    hours += days * 24
    if seconds:
        return translate("Clock", "%1 h %2 min %3 s").replace("%1", str(hours)) \
            .replace("%2", f"{minutes:02d}").replace("%3", f"{secs:02d}")
    if hours:
        return translate("Clock", "%1 h %2 min").replace("%1", str(hours)) \
            .replace("%2", f"{minutes:02d}")
    return translate("Clock", "%1 min").replace("%1", str(minutes))


def request_status(clock: RequestClock | None) -> str:
    """Where a request stands, in words: "3 days left", "overdue by 2 days", "answered"."""
    if clock is None:
        return translate("Clock", "Date of receipt not valid")
    from assistant.domain.deadlines import ClockState

    if clock.state is ClockState.DONE:
        return translate("Clock", "Answered on %1").replace("%1", format_date(clock.answered_on))
    if clock.state is ClockState.DONE_LATE:
        late = ((clock.answered_on or clock.due) - clock.due).days
        return _p().answered_late(late)
    if clock.state is ClockState.OVERDUE:
        return _p().overdue_by(-clock.days_left)
    if clock.days_left == 0:
        return translate("Clock", "Due today")
    return _p().days_left(clock.days_left)


def breach_status(clock: BreachClock | None) -> str:
    """Where a breach's notification stands, in words, counting down while it runs."""
    if clock is None:
        return translate("Clock", "Moment of awareness not valid")
    from assistant.domain.deadlines import ClockState

    if clock.state is ClockState.DONE:
        return translate("Clock", "CNIL notified in time")
    if clock.state is ClockState.DONE_LATE:
        return translate("Clock", "CNIL notified %1 late").replace(
            "%1", format_duration(clock.late_by or timedelta(0)))
    if clock.state is ClockState.NOT_REQUIRED:
        return translate("Clock", "No notification (risk unlikely)")
    if clock.state is ClockState.OVERDUE:
        return translate("Clock", "Notification overdue by %1").replace(
            "%1", format_duration(clock.remaining))
    left = translate("Clock", "%1 left to notify").replace("%1",
                                                           format_duration(clock.remaining))
    if clock.notification_required is None:
        return translate("Clock", "Risk not assessed: %1").replace("%1", left)
    return left[:1].upper() + left[1:]


def breach_people_status(clock: BreachClock | None, people_notified_at: str | None) -> str:
    if clock is None or not clock.people_required:
        return ""
    if people_notified_at:
        return translate("Clock", "People told on %1").replace("%1",
                                                               format_moment(people_notified_at))
    return translate("Clock", "High risk: tell the people concerned")
