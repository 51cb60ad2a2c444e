"""What the pages of the three registers of internal processes (processors, rights requests,
breaches) add to the flow of every record page (:mod:`.record_flow`): the rule they apply in
words, a summary line, columns that fit their contents, the live clock of the selected record
above its details, and a one-second tick that repaints the clocks from the rows already
loaded (it never reads the dossier)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from assistant.content.processes import load_rules
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, Zone
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import colon, state_colour, then
from assistant.ui.models.record_table_model import RecordFilterModel, RecordTableModel
from assistant.ui.pages.record_flow import E, RecordListPage, h
from assistant.ui.session import Session

TICK_MS = 1000
__all__ = ["RecordPage", "colon", "h", "then"]


class RecordPage(RecordListPage[E]):
    """Subclasses set ``rule_codes`` and implement the hooks of :class:`RecordListPage` and
    those at the end of this class."""

    model: RecordTableModel

    rule_codes: tuple[str, ...] = ()

    def __init__(self, session: Session, model: RecordTableModel, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] = utc_now, zone: Zone = None) -> None:
        proxy = RecordFilterModel()
        proxy.setSourceModel(model)
        super().__init__(session, model, proxy, parent)
        proxy.setParent(self)
        self.now = now
        self.zone = zone
        self.model.now = lambda: self.now()
        self.model.zone = zone

        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_rules()

        self.search.textChanged.connect(proxy.set_search)
        self.filter.currentIndexChanged.connect(
            lambda _i: proxy.set_tag(str(self.filter.currentData() or "")))

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.clock_label = QLabel(self)
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.details.setMinimumWidth(280)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.clock_label)
        side_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.layout_.addWidget(self.rule)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addLayout(self.search_bar())
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def _show_rules(self) -> None:
        rules = load_rules(current_lang())
        chosen = [rules[c] for c in self.rule_codes if c in rules]
        if not chosen:
            return
        first = chosen[0]
        # the rule in words; its legal sources (an EU regulation on time limits...) are for
        # whoever checks, in the tooltip, the help and the PDF
        self.rule.setText(f"<b>{h(first.title)}.</b> {h(first.text)}")
        source = self.tr("Source: %1")
        self.rule.setToolTip("\n\n".join(f"{r.title}. {r.text} ({source.replace('%1', r.source)})"
                                         for r in chosen))
        self.rule.setAccessibleDescription(source.replace("%1", first.source))

    def fit_columns(self, widest: int = 280) -> None:
        """Columns fit their contents, none wider than ``widest`` pixels (long names and
        titles are cut with "…" and shown whole in their tooltip); the user can resize."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount() - 1):
            header.resizeSection(col, min(header.sectionSize(col), widest))

    # -- time ---------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def tick(self) -> None:
        """Move the clocks on: from the loaded rows only, never from the dossier."""
        self.model.tick()
        self._show_clock()
        self.summary.setText(self.summary_html())

    # -- data -----------------------------------------------------------------------------
    def loaded(self) -> None:
        self.fit_columns()
        self.summary.setText(self.summary_html())

    def show_details(self, rows: list[int]) -> None:
        if len(rows) == 1:
            record = self.model.record_at(rows[0])
            self.details.setHtml(self.details_html(record, self.model.clock_at(rows[0])))
        else:
            super().show_details(rows)
        self._show_clock()

    def _show_clock(self) -> None:
        rows = self.selected_rows()
        text, state = ("", None)
        if len(rows) == 1:
            text, state = self.clock_text(self.model.record_at(rows[0]),
                                          self.model.clock_at(rows[0]))
        self.clock_label.setText(text)
        self.clock_label.setVisible(bool(text))
        colour = state_colour(state)
        self.clock_label.setStyleSheet(f"color: {colour.name()};" if colour else "")

    # -- hooks ----------------------------------------------------------------------------
    def details_html(self, record: Any, clock: Any) -> str:
        raise NotImplementedError

    def clock_text(self, record: Any, clock: Any) -> tuple[str, ClockState | None]:
        return "", None

    def summary_html(self) -> str:
        return ""
