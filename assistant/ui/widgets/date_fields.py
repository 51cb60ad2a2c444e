"""Date and date-and-time fields that may be left empty, in local time, with a "today" or
"now" button. A date is given as ``YYYY-MM-DD``; a moment as canonical UTC text. A value the
user did not touch comes back exactly as it was given (no rounding to the minute)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from assistant.domain.clock import format_utc, utc_now
from assistant.domain.deadlines import parse_date, parse_moment
from assistant.ui.i18n import short_date_pattern, translate


class _OptionalField(QWidget):
    changed = Signal()

    def __init__(self, editor: QDateTimeEdit, display: str, button_text: str,
                 accessible_name: str, optional: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.editor = editor
        editor.setDisplayFormat(display)
        editor.setMinimumDate(QDate(1900, 1, 1))
        editor.dateTimeChanged.connect(lambda _d: self._edited())
        self.editor.setCalendarPopup(True)
        self.editor.setAccessibleName(accessible_name)
        self.optional = optional
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setAccessibleName(
            translate("DateField", "%1: set").replace("%1", accessible_name))
        self.enabled_box.setToolTip(translate("DateField", "Untick to leave empty"))
        self.enabled_box.setVisible(optional)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(f"{accessible_name}: {button_text}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.button)
        self.enabled_box.toggled.connect(self._toggled)
        self.button.clicked.connect(self._set_current)
        self._dirty = False
        self._original: str | None = None

    def _toggled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self._dirty = True
        self.changed.emit()

    def _edited(self) -> None:
        self._dirty = True
        self.changed.emit()

    def _set_current(self) -> None:
        raise NotImplementedError

    def _current_text(self) -> str:
        """What the editor shows, as the value is given back."""
        raise NotImplementedError

    def _loaded(self, value: str | None) -> None:
        """``value`` is in the editor: the field is as given, not edited."""
        self._original = value
        self._show_empty(not value)
        self._dirty = False

    def value(self) -> str | None:
        if not self._dirty:
            return self._original or (None if self.optional else self._current_text())
        if not self.is_set():
            return None
        return self._current_text()

    def is_set(self) -> bool:
        return not self.optional or self.enabled_box.isChecked()

    def _show_empty(self, empty: bool) -> None:
        self.enabled_box.blockSignals(True)
        self.enabled_box.setChecked(not empty)
        self.enabled_box.blockSignals(False)
        self.editor.setEnabled(not empty or not self.optional)


class DateField(_OptionalField):
    """A calendar date; ``optional`` adds a tick box to leave it empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 optional: bool = False,
                 today: Callable[[], date] = lambda: utc_now().astimezone().date()) -> None:
        self._today = today
        super().__init__(QDateEdit(parent), short_date_pattern(),
                         translate("DateField", "Today"), accessible_name, optional, parent)
        self.set_value(None)

    def set_value(self, value: str | None) -> None:
        day = parse_date(value) or self._today()
        self.editor.blockSignals(True)
        self.editor.setDate(QDate(day.year, day.month, day.day))
        self.editor.blockSignals(False)
        self._loaded(value)

    def _current_text(self) -> str:
        d = self.editor.date()
        return date(d.year(), d.month(), d.day()).isoformat()

    def _set_current(self) -> None:
        day = self._today()
        self.enabled_box.setChecked(True)
        self.editor.setDate(QDate(day.year, day.month, day.day))
        self._edited()


class MomentField(_OptionalField):
    """A date and time, edited in local time and given back in UTC."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 optional: bool = False, now: Callable[[], datetime] = utc_now) -> None:
        self._now = now
        super().__init__(QDateTimeEdit(parent), short_date_pattern() + " HH:mm",
                         translate("DateField", "Now"), accessible_name, optional, parent)
        self.set_value(None)

    @staticmethod
    def _to_qt(moment: datetime) -> QDateTime:
        return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()

    def set_value(self, value: str | None) -> None:
        moment = parse_moment(value) or self._now()
        self.editor.blockSignals(True)
        qt = self._to_qt(moment)
        if value is None:  # a new value starts at the current minute
            qt.setTime(QTime(qt.time().hour(), qt.time().minute()))
        self.editor.setDateTime(qt)
        self.editor.blockSignals(False)
        self._loaded(value)

    def moment(self) -> datetime | None:
        return parse_moment(self.value())

    def _current_text(self) -> str:
        seconds = self.editor.dateTime().toSecsSinceEpoch()
        return format_utc(datetime.fromtimestamp(seconds, UTC))

    def _set_current(self) -> None:
        self.enabled_box.setChecked(True)
        qt = self._to_qt(self._now())
        qt.setTime(QTime(qt.time().hour(), qt.time().minute()))
        self.editor.setDateTime(qt)
        self._edited()
