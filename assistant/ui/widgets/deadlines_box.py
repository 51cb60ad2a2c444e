"""What is overdue or due soon under the legal clocks, and which processors' contracts have
gaps: a box for the Overview (or the action plan) to show, ticking every second from the
records it was given, never reading the dossier itself.

Use: ``box.set_records(requests, breaches, processors)`` in the page's refresh; connect
``open_record(page_key, record_id)`` to show that record on its page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from assistant.content.messages import messages
from assistant.domain.breach import Breach
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, DueItem, DueKind, Zone, due_items
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.processor_contract import incomplete_processors
from assistant.domain.rights_request import RightsRequest
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import (
    COLOURS,
    colon,
    format_date,
    format_duration,
    format_moment,
)

KEY_ROLE = Qt.ItemDataRole.UserRole  # the page key
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id


class DeadlinesBox(QGroupBox):
    open_record = Signal(str, int)  # page key ("requests", "breaches", "processors"), id

    def __init__(self, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utc_now, zone: Zone = None) -> None:
        super().__init__(self.tr("Deadlines and gaps of internal processes"), parent)
        self.now = now
        self.zone = zone
        self._requests: list[RightsRequest] = []
        self._breaches: list[Breach] = []
        self._processors: list[Processor] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Deadlines and gaps"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing overdue or due within 7 days, and every "
                                    "processor's contract is complete."), self)
        self.empty.setWordWrap(True)
        layout = self.layout_ = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.max_rows: int | None = None  # set: the list is as tall as its lines, up to this

    def set_records(self, requests: list[RightsRequest], breaches: list[Breach],
                    processors: list[Processor]) -> None:
        self._requests, self._breaches = list(requests), list(breaches)
        self._processors = list(processors)
        self.tick()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.max_rows is not None and event.size().width() != event.oldSize().width():
            self._fit_height(self.max_rows)  # wrapped lines take more or less room

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def items(self) -> list[DueItem]:
        return due_items(self._requests, self._breaches, self.now(), self.zone)

    def entries(self) -> list[tuple[str, ClockState, str, int | None]]:
        """(words, state, page key, record id) of every line, most urgent first."""
        out: list[tuple[str, ClockState, str, int | None]] = []
        for item in self.items():
            out.append((self._due_text(item), item.state,
                        "requests" if item.kind is DueKind.REQUEST else "breaches",
                        item.record_id))
        msg = messages(current_lang())
        for gap in incomplete_processors(self._processors):
            if gap.no_contract:
                text = self.tr("%1: no contract recorded (Art. 28(3))").replace("%1", gap.name)
            elif gap.missing:
                text = self.tr("%1: the contract lacks %2 of the %3 items of Art. 28(3)") \
                    .replace("%1", gap.name).replace("%2", str(len(gap.missing))) \
                    .replace("%3", str(len(ART28_CLAUSES)))
            else:
                text = f"{colon(gap.name)} {msg.finding(gap.findings[0])}"
            out.append((text, ClockState.DUE_SOON, "processors", gap.processor_id))
        return out

    def tick(self) -> None:
        """Bring the lines up to date from the records given (the clocks move, the data
        does not); lines are rewritten in place so the selection and scroll stay put."""
        entries = self.entries()
        same = self.list.count() == len(entries) and all(
            (self.list.item(i).data(KEY_ROLE), self.list.item(i).data(ID_ROLE))
            == (key, record_id) for i, (_t, _s, key, record_id) in enumerate(entries))
        if not same:
            self.list.clear()
            for _ in entries:
                QListWidgetItem(self.list)
        for i, (text, state, key, record_id) in enumerate(entries):
            self._fill(self.list.item(i), text, state, key, record_id)
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        if self.max_rows is not None and not same:
            self._fit_height(self.max_rows)

    def _fit_height(self, most: int) -> None:
        """As tall as the lines (up to ``most`` of them; the rest scroll)."""
        self.list.doItemsLayout()  # wrapped lines: their height once laid out at this width
        rows = [self.list.visualItemRect(self.list.item(i)).height()
                for i in range(min(self.list.count(), most))]
        height = sum(max(r, 0) for r in rows) + 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(max(height, self.list.fontMetrics().height() + 8))
        self.layout_.invalidate()
        self.setMaximumHeight(self.sizeHint().height())  # and the box no taller

    def _due_text(self, item: DueItem) -> str:
        ref = colon(f"{item.reference} — {item.title}")  # "… :" in French
        if item.kind is DueKind.REQUEST:
            if item.state is ClockState.OVERDUE:
                status = self.tr("answer overdue since %1").replace(
                    "%1", format_date(item.due_date))
            else:
                status = self.tr("answer by %1").replace("%1", format_date(item.due_date))
            return f"{ref} {status}"
        if item.kind is DueKind.BREACH_PEOPLE:
            return f"{ref} " + self.tr("high risk, tell the people concerned now")
        assert item.remaining is not None
        if item.state is ClockState.OVERDUE:
            status = self.tr("notify the CNIL now (72 hours passed %1 ago)").replace(
                "%1", format_duration(item.remaining))
        else:
            status = self.tr("notify the CNIL by %1 (%2 left)").replace(
                "%1", format_moment(item.due_at)).replace(
                "%2", format_duration(item.remaining))
        return f"{ref} {status}"

    def _fill(self, item: QListWidgetItem, text: str, state: ClockState, key: str,
              record_id: int | None) -> None:
        prefix = {ClockState.OVERDUE: self.tr("Overdue"),
                  ClockState.DUE_SOON: self.tr("To do")}.get(state, "")
        words = f"{prefix} · {text}" if prefix else text
        if item.text() != words:
            item.setText(words)
        item.setData(KEY_ROLE, key)
        item.setData(ID_ROLE, record_id)
        colour = COLOURS.get(state)
        if colour is not None:
            item.setForeground(QBrush(colour))

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id is not None:
            self.open_record.emit(str(item.data(KEY_ROLE)), int(record_id))
