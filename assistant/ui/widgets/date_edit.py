"""A date field that may be left empty: the lowest date, shown "—", means "not given"."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from assistant.ui.i18n import short_date_pattern

_NOT_SET = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_date_pattern())  # as every date of the window
        self.setMinimumDate(_NOT_SET)
        self.setMaximumDate(QDate(2199, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(_NOT_SET)
        self.setToolTip(self.tr("Leave at — when there is no date; Delete clears it."))

    def iso(self) -> str:
        """``YYYY-MM-DD``, or "" when not set."""
        value = self.date()
        return "" if value == _NOT_SET else value.toString("yyyy-MM-dd")

    def set_iso(self, text: str) -> None:
        value = QDate.fromString(text, "yyyy-MM-dd") if text else _NOT_SET
        self.setDate(value if value.isValid() else _NOT_SET)

    def set_today(self) -> None:
        self.setDate(QDate.currentDate())

    def clear_date(self) -> None:
        self.setDate(_NOT_SET)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_date()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # "—" has no day, month and year for Tab to move through: Tab leaves the field
        # (else it stays here for ever, a keyboard trap)
        if not self.iso():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
