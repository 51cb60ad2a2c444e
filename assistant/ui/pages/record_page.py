"""What the pages of the three registers of internal processes share: the rule they apply in
words, a toolbar, search and filter, the table with its status colours, a details pane with
the live clock of the selected record, and a one-second tick that repaints the clocks from
the rows already loaded (it never reads the dossier)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from assistant.content.processes import load_rules
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, Zone
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import colon, state_colour, then
from assistant.ui.models.record_table_model import RecordFilterModel, RecordTableModel
from assistant.ui.pages.base import Page, find_action, page_shortcut_context
from assistant.ui.session import Session

TICK_MS = 1000
__all__ = ["RecordPage", "colon", "h", "then"]


def h(text: str) -> str:
    """Escape user text for the details pane."""
    return html.escape(text, quote=False).replace("\n", "<br>")


class RecordPage(Page):
    """Subclasses set ``rule_codes`` and implement the hooks at the end of the class."""

    rule_codes: tuple[str, ...] = ()

    def __init__(self, session: Session, model: RecordTableModel, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] = utc_now, zone: Zone = None) -> None:
        super().__init__(session, parent)
        self.now = now
        self.zone = zone
        self.model = model
        self.model.now = lambda: self.now()
        self.model.zone = zone
        self.proxy = RecordFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_rules()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        find_action(self, self.search)
        self.filter = QComboBox(self)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_tag(str(self.filter.currentData() or "")))

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.clock_label = QLabel(self)
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setMinimumWidth(280)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.buddy_label(self.tr("Sho&w:"), self.filter))
        bar.addWidget(self.filter, 1)
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
        self.layout_.addLayout(bar)
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

    def add_action(self, text: str, shortcut: str | QKeySequence.StandardKey,
                   slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(page_shortcut_context(action.shortcut()))
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def set_filters(self, filters: list[tuple[str, str]]) -> None:
        self.filter.blockSignals(True)
        self.filter.clear()
        for tag, text in filters:
            self.filter.addItem(text, tag)
        self.filter.blockSignals(False)

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
    def refresh(self) -> None:
        dossier = self.session.dossier
        selected = self.selected_ids()
        self.load(dossier)
        self.fit_columns()
        self._select(selected)
        writable = dossier is not None and not dossier.read_only
        self.act_new.setEnabled(writable)
        self.summary.setText(self.summary_html())
        self._selection_changed()

    def selected_rows(self) -> list[int]:
        return sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [int(getattr(self.model.record_at(r), "id", 0) or 0)
                for r in self.selected_rows()]

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        self.act_edit.setEnabled(len(rows) == 1)
        self.act_delete.setEnabled(bool(rows) and writable)
        if len(rows) == 1:
            record = self.model.record_at(rows[0])
            self.details.setHtml(self.details_html(record, self.model.clock_at(rows[0])))
        else:
            self.details.setHtml(f"<p>{h(self.empty_hint())}</p>")
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

    def open_selected(self, record_id: int) -> None:
        """Show one record, selected (for links from the Overview or the action plan)."""
        self.refresh_now()
        self.filter.setCurrentIndex(0)
        self.search.clear()
        self._select([record_id])

    # -- hooks ----------------------------------------------------------------------------
    act_new: QAction
    act_edit: QAction
    act_delete: QAction

    def load(self, dossier: Any) -> None:
        raise NotImplementedError

    def details_html(self, record: Any, clock: Any) -> str:
        raise NotImplementedError

    def clock_text(self, record: Any, clock: Any) -> tuple[str, ClockState | None]:
        return "", None

    def summary_html(self) -> str:
        return ""

    def empty_hint(self) -> str:
        return ""

    def edit_selected(self) -> None:
        raise NotImplementedError
