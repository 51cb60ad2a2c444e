"""Screen one processing for a DPIA: the nine criteria, the authority's lists, the result as
it is ticked, and the owner's conclusion."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import load_dpia
from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.guide.dpia import THRESHOLD, outcome
from assistant.domain.guide.model import (
    DpiaConclusion,
    DpiaCriterion,
    DpiaScreening,
    check_screening,
)
from assistant.domain.processing import Processing
from assistant.domain.text import NAME_MAX, SHORT_MAX
from assistant.ui.colours import set_box, set_tone
from assistant.ui.dialogs.confirm_discard import ConfirmDiscard
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen, text_height
from assistant.ui.widgets.date_edit import OptionalDateEdit


def _small(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("margin-left: 22px;")
    set_tone(label, "muted")
    return label


class DpiaDialog(ConfirmDiscard, QDialog):
    def __init__(self, processing: Processing, screening: DpiaScreening | None, *,
                 by: str = "", read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._processing = processing
        self._original = screening or DpiaScreening(processing_id=int(processing.id or 0))
        content = load_dpia(current_lang())
        self.setWindowTitle(self.tr("DPIA screening: %1").replace("%1", processing.name))

        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(processing.name, body)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold; font-size: 13pt;")
        layout.addWidget(heading)
        layout.addWidget(_small(content.about["threshold"] + " ("
                                + content.about["threshold_source"] + ")", body))

        criteria_box = QGroupBox(self.tr("The nine criteria: tick those this processing meets"),
                                 body)
        criteria_layout = QVBoxLayout(criteria_box)
        self.criteria: dict[DpiaCriterion, QCheckBox] = {}
        for criterion in DpiaCriterion:
            entry = content.criteria[criterion.value]
            box = QCheckBox(entry.label, criteria_box)
            box.setToolTip(f"{entry.help}\n\n{entry.source}")
            box.setAccessibleDescription(entry.help)
            box.toggled.connect(self._update_result)
            self.criteria[criterion] = box
            criteria_layout.addWidget(box)
            criteria_layout.addWidget(_small(f"{entry.help} — {entry.source}", criteria_box))
        layout.addWidget(criteria_box)

        lists_box = QGroupBox(self.tr("The authority's lists"), body)
        lists_form = QFormLayout(lists_box)
        self.listed = QComboBox(lists_box)
        self.listed.setAccessibleName(self.tr("Operation that always requires a DPIA"))
        self.listed.addItem(self.tr("None of these"), "")
        for code, entry in content.required.items():
            self.listed.addItem(entry.label, code)
            self.listed.setItemData(self.listed.count() - 1, f"{entry.help}\n\n{entry.source}",
                                    Qt.ItemDataRole.ToolTipRole)
        self.exempt = QComboBox(lists_box)
        self.exempt.setAccessibleName(self.tr("Operation the authority exempts"))
        self.exempt.addItem(self.tr("None of these"), "")
        for code, entry in content.exempt.items():
            self.exempt.addItem(entry.label, code)
            self.exempt.setItemData(self.exempt.count() - 1, f"{entry.help}\n\n{entry.source}",
                                    Qt.ItemDataRole.ToolTipRole)
        self.listed.currentIndexChanged.connect(self._update_result)
        self.exempt.currentIndexChanged.connect(self._update_result)
        lists_form.addRow(self.tr("Always requires a DPIA:"), self.listed)
        lists_form.addRow(self.tr("Exempted by the authority:"), self.exempt)
        lists_form.addRow(_small(content.about["lists_source"], lists_box))
        layout.addWidget(lists_box)

        # The result stays in sight below the scrolling form, updated as boxes are ticked.
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result of the screening"))

        conclusion_box = QGroupBox(self.tr("Your conclusion"), body)
        form = QFormLayout(conclusion_box)
        self.undecided = QRadioButton(self.tr("Not decided yet"), conclusion_box)
        self.done_radio = QRadioButton(self.tr("A DPIA was carried out"), conclusion_box)
        self.not_needed = QRadioButton(self.tr("No DPIA is needed"), conclusion_box)
        self.conclusion_group = QButtonGroup(self)
        for button in (self.undecided, self.done_radio, self.not_needed):
            self.conclusion_group.addButton(button)
            form.addRow(button)
            button.toggled.connect(self._update_result)
        self.concluded_on = OptionalDateEdit(conclusion_box)
        self.concluded_on.setAccessibleName(self.tr("Date of the DPIA"))
        self.done_radio.toggled.connect(self._default_dpia_date)
        self.reference = QLineEdit(conclusion_box)
        self.reference.setMaxLength(SHORT_MAX)
        self.reference.setAccessibleName(self.tr("Reference of the DPIA"))
        self.reference.setPlaceholderText(self.tr("File name or where the DPIA is kept"))
        self.reason = QPlainTextEdit(conclusion_box)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(text_height(self.reason, 5.5))
        self.reason.setAccessibleName(self.tr("Why no DPIA is needed"))
        form.addRow(self.tr("Date of the DPIA:"), self.concluded_on)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Why none is needed:"), self.reason)
        layout.addWidget(conclusion_box)

        who_box = QGroupBox(self.tr("Screening"), body)
        who = QFormLayout(who_box)
        self.notes = QPlainTextEdit(who_box)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(text_height(self.notes, 5))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.screened_on = OptionalDateEdit(who_box)
        self.screened_on.setAccessibleName(self.tr("Screened on"))
        self.screened_by = QLineEdit(who_box)
        self.screened_by.setMaxLength(NAME_MAX)
        self.screened_by.setAccessibleName(self.tr("Screened by"))
        who.addRow(self.tr("Notes:"), self.notes)
        who.addRow(self.tr("Screened on:"), self.screened_on)
        who.addRow(self.tr("Screened by:"), self.screened_by)
        layout.addWidget(who_box)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not read_only)
        if not read_only:
            QShortcut(QKeySequence.StandardKey.Save, self, self._accept)  # Ctrl+S
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.result_label)
        outer.addWidget(buttons)
        resize_within_screen(self, 780, 760)
        self._load(self._original, by)
        self.remember_unchanged()

    def _load(self, s: DpiaScreening, by: str) -> None:
        for criterion, box in self.criteria.items():
            box.setChecked(criterion in s.criteria)
        self.listed.setCurrentIndex(max(self.listed.findData(s.listed), 0))
        self.exempt.setCurrentIndex(max(self.exempt.findData(s.exempt), 0))
        {None: self.undecided, DpiaConclusion.DPIA_DONE: self.done_radio,
         DpiaConclusion.NOT_NEEDED: self.not_needed}[s.conclusion].setChecked(True)
        self.concluded_on.set_iso(s.concluded_on)
        self.reference.setText(s.reference)
        self.reason.setPlainText(s.reason)
        self.notes.setPlainText(s.notes)
        if s.updated_at:
            self.screened_on.set_iso(s.screened_on)
            self.screened_by.setText(s.screened_by)
        else:  # a first screening: today, by the pilot
            self.screened_on.set_today()
            self.screened_by.setText(by)
        self._update_result()

    def _default_dpia_date(self, checked: bool) -> None:
        if checked and not self.concluded_on.iso():
            self.concluded_on.set_today()

    def current_value(self) -> object:
        return self.screening()

    def screening(self) -> DpiaScreening:
        conclusion = (DpiaConclusion.DPIA_DONE if self.done_radio.isChecked()
                      else DpiaConclusion.NOT_NEEDED if self.not_needed.isChecked() else None)
        return replace(
            self._original,
            criteria=tuple(c for c, box in self.criteria.items() if box.isChecked()),
            listed=self.listed.currentData() or "",
            exempt=self.exempt.currentData() or "",
            notes=self.notes.toPlainText(),
            conclusion=conclusion,
            concluded_on=self.concluded_on.iso() if conclusion is DpiaConclusion.DPIA_DONE
            else "",
            reference=self.reference.text() if conclusion is DpiaConclusion.DPIA_DONE else "",
            reason=self.reason.toPlainText() if conclusion is DpiaConclusion.NOT_NEEDED else "",
            screened_on=self.screened_on.iso(),
            screened_by=self.screened_by.text(),
        ).normalised()

    def _update_result(self, *_args: object) -> None:
        s = self.screening()
        result = outcome(s)
        if result.mandatory:
            text = self.tr("A DPIA is required: this operation is on a list of operations "
                           "that always require one.")
            colour = "danger"
        elif result.required:
            text = self.tr("A DPIA is in principle required: %n criteria met (%1 or more "
                           "call for one).", "", result.count).replace("%1", str(THRESHOLD))
            colour = "danger"
        elif result.exempt:
            text = self.tr("No DPIA is required: the authority exempts this operation.")
            colour = "success"
        else:
            text = self.tr("No DPIA is required in principle: %n criteria met (fewer "
                           "than %1).", "", result.count).replace("%1", str(THRESHOLD))
            colour = "success"
        if result.required:
            text += " " + (self.tr("Settled by your conclusion.") if result.settled
                           else self.tr("Record the DPIA in your conclusion (or, if the "
                                        "criteria alone call for it, why none is needed)."))
            if result.settled:
                colour = "success"
        self.result_label.setText(text)
        set_box(self.result_label, colour)
        self.not_needed.setEnabled(not result.mandatory or self.not_needed.isChecked())
        done = self.done_radio.isChecked()
        self.concluded_on.setEnabled(done)
        self.reference.setEnabled(done)
        self.reason.setEnabled(self.not_needed.isChecked())

    def _accept(self) -> None:
        blocking = [f for f in check_screening(self.screening()) if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
