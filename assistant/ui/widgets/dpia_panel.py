"""Step 4's screening table: each processing of the register, whether it has been screened,
what the screening says, and the owner's conclusion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import load_dpia
from assistant.domain.guide.assess import Assessment
from assistant.domain.guide.dpia import DpiaOutcome, outcome
from assistant.domain.guide.model import DpiaConclusion, DpiaScreening
from assistant.domain.processing import Processing
from assistant.ui.changes import Area
from assistant.ui.colours import brush
from assistant.ui.guide_texts import format_date
from assistant.ui.i18n import current_lang, translate
from assistant.ui.models.row_list_model import Index, RowListModel
from assistant.ui.session import Session
from assistant.ui.widgets.fit_table import FitTableView


@dataclass(frozen=True)
class ScreeningRow:
    processing: Processing
    screening: DpiaScreening | None
    outcome: DpiaOutcome | None


def conclusion_text(row: ScreeningRow) -> str:
    s = row.screening
    if s is None or s.conclusion is None:
        return translate("Guide", "To record") if row.outcome and row.outcome.required else ""
    if s.conclusion is DpiaConclusion.DPIA_DONE:
        return translate("Guide", "DPIA done %1").replace("%1", format_date(s.concluded_on)) \
            + (f" — {s.reference}" if s.reference else "")
    return translate("Guide", "No DPIA needed")


class DpiaTableModel(RowListModel[ScreeningRow]):
    COL_REFERENCE, COL_NAME, COL_CRITERIA, COL_RESULT, COL_CONCLUSION = range(5)

    def key_of(self, row: ScreeningRow) -> int | None:
        return row.processing.id

    def headers(self) -> tuple[str, ...]:
        return (translate("Guide", "Ref."), translate("Guide", "Processing activity"),
                translate("Guide", "Criteria met"), translate("Guide", "Result"),
                translate("Guide", "Conclusion"))

    def result_text(self, row: ScreeningRow) -> str:
        result = row.outcome
        if result is None:
            return self.tr("Not screened")
        if result.mandatory:
            return self.tr("DPIA required (on a list)")
        if result.required:
            return self.tr("DPIA required (%n criteria)", "", result.count)
        if result.exempt:
            return self.tr("Not required (exempted)")
        return self.tr("Not required in principle (%n criteria)", "", result.count)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REFERENCE:
                return row.processing.reference
            if col == self.COL_NAME:
                return row.processing.name
            if col == self.COL_CRITERIA:
                if row.outcome is None:
                    return ""
                labels = load_dpia(current_lang()).criteria
                return ", ".join(labels[c.value].label for c in row.outcome.criteria) or "—"
            if col == self.COL_RESULT:
                return self.result_text(row)
            return conclusion_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_NAME, self.COL_CRITERIA):
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.COL_RESULT,
                                                              self.COL_CONCLUSION):
            result = row.outcome
            if result is None:
                return brush("warning")
            if result.required and not result.settled:
                return brush("danger")
            return brush("success")
        return None


class DpiaPanel(QWidget):
    screen_requested = Signal(int)  # processing id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = DpiaTableModel(self)
        # as tall as its rows: the page scrolls
        self.table = FitTableView(self, name=self.tr("DPIA screening of each processing"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DpiaTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DpiaTableModel.COL_CRITERIA,
                                    QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(DpiaTableModel.COL_CRITERIA, 240)
        self.table.doubleClicked.connect(lambda _i: self.screen_selected())
        self.table.activated.connect(lambda _i: self.screen_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.screen_button = QPushButton(self.tr("Sc&reen…"), self)
        self.screen_button.setToolTip(self.tr("Screen the selected processing (Enter)"))
        self.screen_button.clicked.connect(self.screen_selected)
        self.remove_button = QPushButton(self.tr("Re&move the screening"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.screen_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)  # above the table: with many processings, it is long
        layout.addWidget(self.table)
        self._selection_changed()

    def set_assessment(self, assessment: Assessment | None) -> None:
        selected = self.selected()
        rows: list[ScreeningRow] = []
        if assessment is not None:
            snapshot = assessment.snapshot
            for p in snapshot.live_processings:
                s = snapshot.screenings.get(p.id or 0)
                rows.append(ScreeningRow(p, s, outcome(s) if s else None))
        self.model.set_rows(rows)
        screened = sum(1 for r in rows if r.screening is not None)
        required = sum(1 for r in rows if r.outcome and r.outcome.required)
        pending = sum(1 for r in rows if r.outcome and r.outcome.required
                      and not r.outcome.settled)
        if not rows:
            self.summary.setText(self.tr("The register is empty: add processing activities "
                                         "first (step 2)."))
        else:
            self.summary.setText(
                self.tr("Processing activities screened: %1 of %2. DPIA required: %3 "
                        "(still to record: %4).")
                .replace("%1", str(screened)).replace("%2", str(len(rows)))
                .replace("%3", str(required)).replace("%4", str(pending)))
        row = self.model.row_of(int(selected.processing.id or 0)) if selected else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not self.table.select_row(row):
            self._selection_changed()

    def selected(self) -> ScreeningRow | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row_at(row)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        self.screen_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and row.screening is not None
                                      and writable)

    def screen_selected(self) -> None:
        row = self.selected()
        if row is not None and row.processing.id is not None:
            self.screen_requested.emit(row.processing.id)

    def remove_selected(self) -> None:
        row = self.selected()
        dossier = self.session.dossier
        if row is None or row.screening is None or dossier is None or dossier.read_only:
            return
        pid = int(row.processing.id or 0)
        label = self.tr("screening removed")
        self.session.perform(self, self.tr("DPIA screening"), lambda: dossier.guide
                             .delete_screening(pid, label=label), Area.GUIDE)
