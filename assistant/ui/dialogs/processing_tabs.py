"""The four tabs of the processing editor (:mod:`.processing_editor`): their fields, how the
fields react to one another (the legal basis names its detail, a sensitive category asks for
the Article 9 condition, a listed transfer unticks "no transfer") and the list of processors.

They hold only widgets; the editor reads and fills them and keeps what is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.processing import DurationUnit, LegalBasis, ProcessingStatus, Retention
from assistant.domain.processor import Processor
from assistant.domain.text import NAME_MAX
from assistant.ui.colours import set_tone
from assistant.ui.models.processing_table_model import status_label
from assistant.ui.vocab import vocab
from assistant.ui.widgets.code_checklist import CodeChecklist
from assistant.ui.widgets.row_table import Column, RowTable, make_duration_spin, make_unit_combo
from assistant.ui.widgets.vocab_combo import VocabCombo

CreateProcessor = Callable[[Processor], Processor | None]

if TYPE_CHECKING:
    _Dialog = QDialog
else:
    _Dialog = object  # a mixin of the editor, which is the dialog


class RetentionRow(QWidget):
    """The general retention of a processing: duration, from when, and criteria."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = make_duration_spin(self)
        self.value.setAccessibleName(self.tr("General retention: duration"))
        self.unit = make_unit_combo(self)
        self.unit.setAccessibleName(self.tr("General retention: unit"))
        self.trigger = VocabCombo("retention_triggers", self)
        self.trigger.setAccessibleName(self.tr("General retention: counted from"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Criteria, intermediate archiving, legal reference"))
        self.note.setAccessibleName(self.tr("General retention: criteria"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        outer.addWidget(self.note)  # a line of its own: it keeps its width on a small screen
        # each field with a visible label: a screen reader reads a combo box by its label
        for text, field, stretch in ((self.tr("Duration:"), self.value, 0),
                                     (self.tr("Unit:"), self.unit, 0),
                                     (self.tr("Counted from:"), self.trigger, 1)):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, stretch)

    def set_retention(self, r: Retention) -> None:
        self.value.setValue(-1 if r.value is None else r.value)
        self.unit.setCurrentIndex(max(self.unit.findData(r.unit.value if r.unit else ""), 0))
        self.trigger.set_code(r.trigger)
        self.note.setText(r.note)
        self.note.setCursorPosition(0)  # the start of a long note, not its end

    def retention(self) -> Retention:
        unit = self.unit.currentData() or ""
        return Retention(
            value=None if self.value.value() < 0 else self.value.value(),
            unit=DurationUnit(unit) if unit else None,
            trigger=self.trigger.code(),
            note=self.note.text(),
        )


class ProcessingTabs(_Dialog):
    """Builds the tabs into the editor that mixes it in; each field is an attribute of the
    editor, so that a finding can send the user to it by name."""

    changed: Callable[..., None]  # the editor's: a field was edited
    _create_processor: CreateProcessor | None
    _loading: bool

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # room to spare goes below the form, not between its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(page)
        self.name.setMaxLength(1000)  # longer than allowed, so the check can say so
        self.name.setAccessibleName(self.tr("Name"))
        self.name_count = QLabel(page)
        name_row = QWidget(page)
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name, 1)
        name_layout.addWidget(self.name_count)
        name_label = QLabel(self.tr("&Name:"), page)
        name_label.setBuddy(self.name)
        form.addRow(name_label, name_row)
        self.name.textChanged.connect(self._update_count)

        self.reference = QLineEdit(page)
        self.reference.setMaxLength(50)
        self.reference.setPlaceholderText(self.tr("Given automatically (T-001...) if empty"))
        self.reference.setAccessibleName(self.tr("Reference"))
        form.addRow(self.tr("&Reference:"), self.reference)

        self.status = QComboBox(page)
        for status in ProcessingStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setAccessibleName(self.tr("Status"))
        form.addRow(self.tr("&Status:"), self.status)

        self.purposes = QPlainTextEdit(page)
        self.purposes.setPlaceholderText(
            self.tr("What is this processing for? One purpose per line."))
        self.purposes.setAccessibleName(self.tr("Purposes"))
        self.purposes.setTabChangesFocus(True)
        self.purposes.setMaximumHeight(90)
        form.addRow(self.tr("&Purposes:"), self.purposes)

        self.sub_purposes = QPlainTextEdit(page)
        self.sub_purposes.setPlaceholderText(self.tr("The detailed uses, one per line."))
        self.sub_purposes.setAccessibleName(self.tr("Sub-purposes"))
        self.sub_purposes.setTabChangesFocus(True)
        self.sub_purposes.setMaximumHeight(90)
        form.addRow(self.tr("S&ub-purposes:"), self.sub_purposes)

        self.legal_basis = VocabCombo("legal_bases", page, free_text=False,
                                      empty_label=self.tr("— not chosen yet —"))
        self.legal_basis.setAccessibleName(self.tr("Legal basis"))
        form.addRow(self.tr("&Legal basis:"), self.legal_basis)
        self.basis_help = QLabel(page)
        self.basis_help.setWordWrap(True)
        self.basis_help.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_help.setVisible(False)  # shown with a legal basis' help text
        form.addRow("", self.basis_help)
        self.legal_basis_detail = QPlainTextEdit(page)
        self.legal_basis_detail.setAccessibleName(self.tr("Legal basis detail"))
        self.legal_basis_detail.setTabChangesFocus(True)
        self.legal_basis_detail.setMaximumHeight(70)
        self.detail_label = QLabel(self.tr("De&tail:"), page)
        self.detail_label.setBuddy(self.legal_basis_detail)
        form.addRow(self.detail_label, self.legal_basis_detail)
        self.legal_basis.code_changed.connect(self._basis_changed)
        self.legal_basis.code_changed.connect(self.changed)

        self.joint_controller = QLineEdit(page)
        self.joint_controller.setPlaceholderText(
            self.tr("Only if another organisation decides with you how the data is used"))
        self.joint_controller.setAccessibleName(self.tr("Joint controller"))
        form.addRow(self.tr("&Joint controller:"), self.joint_controller)

        for widget in (self.name, self.reference, self.joint_controller):
            widget.textChanged.connect(self.changed)
        for edit in (self.purposes, self.sub_purposes, self.legal_basis_detail):
            edit.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        subjects_box = QGroupBox(self.tr("People concerned"), page)
        self.data_subjects = CodeChecklist("data_subjects", subjects_box,
                                           accessible_name=self.tr("People concerned"))
        QVBoxLayout(subjects_box).addWidget(self.data_subjects)
        top.addWidget(subjects_box, 1)

        side = QVBoxLayout()
        retention_box = QGroupBox(self.tr("General retention period (for every category "
                                          "without its own)"), page)
        self.retention = RetentionRow(retention_box)
        QVBoxLayout(retention_box).addWidget(self.retention)
        side.addWidget(retention_box)
        art9_box = QGroupBox(self.tr("Sensitive data: condition of Article 9(2)"), page)
        self.art9_condition = VocabCombo("art9_conditions", art9_box, free_text=False,
                                         empty_label=self.tr("— none —"))
        self.art9_condition.setAccessibleName(self.tr("Article 9(2) condition"))
        self.art9_hint = QLabel(self.tr("Needed only when a data category is marked "
                                        "sensitive."), art9_box)
        self.art9_hint.setWordWrap(True)
        art9_layout = QVBoxLayout(art9_box)
        art9_label = QLabel(self.tr("Condition:"), art9_box)
        art9_label.setBuddy(self.art9_condition)
        art9_layout.addWidget(art9_label)
        art9_layout.addWidget(self.art9_condition)
        art9_layout.addWidget(self.art9_hint)
        side.addWidget(art9_box)
        side.addStretch(1)
        top.addLayout(side, 1)
        layout.addLayout(top, 2)

        categories_box = QGroupBox(self.tr("Data processed, each with its retention period"),
                                   page)
        self.data_categories = RowTable(
            [
                Column("category", self.tr("Category"), "vocab", "data_categories", width=230),
                Column("description", self.tr("Which data exactly"), stretch=True),
                Column("sensitive", self.tr("Sensitive"), "bool"),
                Column("value", self.tr("Kept for"), "int"),
                Column("unit", self.tr("Unit"), "unit"),
                Column("trigger", self.tr("Counted from"), "vocab", "retention_triggers",
                       width=200),
                Column("note", self.tr("Criteria / note"), width=180),
            ],
            categories_box,
            accessible_name=self.tr("Data categories"),
            add_label=self.tr("Add a data category"),
        )
        self.data_categories.on_cell_created = self._category_cell
        QVBoxLayout(categories_box).addWidget(self.data_categories)
        layout.addWidget(categories_box, 3)

        self.data_subjects.changed.connect(self.changed)
        self.data_categories.changed.connect(self.changed)
        self.art9_condition.code_changed.connect(self.changed)
        for w in (self.retention.value, self.retention.unit):
            (w.valueChanged if hasattr(w, "valueChanged") else w.currentIndexChanged).connect(
                self.changed)
        self.retention.trigger.code_changed.connect(self.changed)
        self.retention.note.textChanged.connect(self.changed)
        return page

    def _recipients_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        recipients_box = QGroupBox(self.tr("Who receives the data"), page)
        self.recipients = RowTable(
            [
                Column("type", self.tr("Recipient"), "vocab", "recipient_types", width=200),
                Column("description", self.tr("Who exactly"), stretch=True),
            ],
            recipients_box,
            accessible_name=self.tr("Recipients"),
            add_label=self.tr("Add a recipient"),
        )
        QVBoxLayout(recipients_box).addWidget(self.recipients)
        top.addWidget(recipients_box, 3)

        processors_box = QGroupBox(self.tr("Processors (providers working for you)"), page)
        self.processors = QListWidget(processors_box)
        self.processors.setAccessibleName(self.tr("Processors"))
        self.new_processor = QPushButton(self.tr("New processor…"), processors_box)
        self.new_processor.clicked.connect(self._add_processor)
        self.new_processor.setEnabled(self._create_processor is not None)
        p_layout = QVBoxLayout(processors_box)
        p_layout.addWidget(self.processors, 1)
        p_layout.addWidget(self.new_processor)
        top.addWidget(processors_box, 2)
        layout.addLayout(top, 1)

        transfers_box = QGroupBox(self.tr("Transfers outside the European Economic Area"), page)
        self.transfers = RowTable(
            [
                Column("recipient", self.tr("Recipient"), width=180),
                Column("country", self.tr("Country"), width=130),
                Column("safeguard", self.tr("Safeguard"), "vocab", "transfer_safeguards",
                       width=260),
                Column("documentation", self.tr("Where the documents are"), stretch=True),
            ],
            transfers_box,
            accessible_name=self.tr("Transfers outside the EEA"),
            add_label=self.tr("Add a transfer"),
        )
        # An empty list is what a template starts with: only the owner's tick says that
        # nothing leaves the EEA (the notices print it then, and never before).
        self.no_transfer = QCheckBox(self.tr(
            "No transfer outside the &EEA: I have checked (servers of every tool and "
            "provider in the EEA)"), transfers_box)
        self.no_transfer.setAccessibleName(self.tr("No transfer outside the EEA, checked"))
        transfers_layout = QVBoxLayout(transfers_box)
        transfers_layout.addWidget(self.transfers)
        transfers_layout.addWidget(self.no_transfer)
        layout.addWidget(transfers_box, 1)

        self.recipients.changed.connect(self.changed)
        self.transfers.changed.connect(self.changed)
        self.transfers.changed.connect(self._transfers_listed)
        self.no_transfer.toggled.connect(self.changed)
        self.processors.itemChanged.connect(self.changed)
        return page

    def _security_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        security_box = QGroupBox(self.tr("Security measures"), page)
        self.security_measures = RowTable(
            [
                Column("code", self.tr("Measure"), "vocab", "security_measures", width=240),
                Column("description", self.tr("What you do in practice"), stretch=True),
            ],
            security_box,
            accessible_name=self.tr("Security measures"),
            add_label=self.tr("Add a measure"),
        )
        QVBoxLayout(security_box).addWidget(self.security_measures)
        layout.addWidget(security_box, 2)

        form = QFormLayout()
        self.data_source = VocabCombo("data_sources", page)
        self.data_source.setAccessibleName(self.tr("Source of the data"))
        form.addRow(self.tr("Where the data &comes from:"), self.data_source)
        self.data_source_detail = QPlainTextEdit(page)
        self.data_source_detail.setMaximumHeight(60)
        self.data_source_detail.setTabChangesFocus(True)
        self.data_source_detail.setAccessibleName(self.tr("Source detail"))
        form.addRow(self.tr("Source &detail:"), self.data_source_detail)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("N&otes:"), self.notes)
        layout.addLayout(form, 1)

        self.security_measures.changed.connect(self.changed)
        self.data_source.code_changed.connect(self.changed)
        self.data_source_detail.textChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        return page

    # -- processors -----------------------------------------------------------------------
    def _fill_processors(self, processors: list[Processor]) -> None:
        self.processors.blockSignals(True)
        checked = set(self._checked_processors()) if self.processors.count() else set()
        self.processors.clear()
        for p in processors:
            text = p.name + (f" — {p.service}" if p.service else "")
            item = QListWidgetItem(text, self.processors)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in checked
                               else Qt.CheckState.Unchecked)
        self.processors.blockSignals(False)

    def _checked_processors(self) -> list[int]:
        return [
            int(self.processors.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.processors.count())
            if self.processors.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _set_checked_processors(self, ids: tuple[int, ...]) -> None:
        for i in range(self.processors.count()):
            item = self.processors.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)

    def _add_processor(self) -> None:
        from assistant.ui.dialogs.processor_dialog import ProcessorDialog

        dialog = ProcessorDialog(Processor(name=""), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self._create_processor is None:
            return
        created = self._create_processor(dialog.processor())
        if created is None:
            return
        text = created.name + (f" — {created.service}" if created.service else "")
        item = QListWidgetItem(text, self.processors)
        item.setData(Qt.ItemDataRole.UserRole, created.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def _category_cell(self, row: int, key: str, editor: QWidget) -> None:
        if key == "category" and isinstance(editor, VocabCombo):
            def follow(code: str, editor: VocabCombo = editor) -> None:
                entry = vocab("data_categories").entries.get(code)
                if entry is None or self._loading:
                    return
                # find this editor's current row (rows shift when others are removed)
                table = self.data_categories.table
                for r in range(table.rowCount()):
                    if table.cellWidget(r, 0) is editor:
                        box = self.data_categories.cell(r, "sensitive")
                        box.setChecked(bool(entry.flag("sensitive", False)))  # type: ignore[attr-defined]
            editor.code_changed.connect(follow)

    def _basis_changed(self, code: str) -> None:
        self.basis_help.setText(self.legal_basis.entry_help())
        self.basis_help.setVisible(bool(self.basis_help.text()))
        label = {
            LegalBasis.LEGITIMATE_INTERESTS.value: self.tr("Interest &pursued:"),
            LegalBasis.LEGAL_OBLIGATION.value: self.tr("&Law that requires it:"),
            LegalBasis.CONTRACT.value: self.tr("Con&tract concerned:"),
            LegalBasis.CONSENT.value: self.tr("How consent is &collected:"),
        }.get(code, self.tr("De&tail:"))
        self.detail_label.setText(label)

    def _transfers_listed(self) -> None:
        """A listed transfer answers the question: the "no transfer" tick is then off."""
        listed = bool(self.transfers.rows())
        self.no_transfer.setEnabled(not listed)
        if listed and self.no_transfer.isChecked():
            self.no_transfer.setChecked(False)

    def _update_count(self) -> None:
        n = len(self.name.text())
        self.name_count.setText(f"{n}/{NAME_MAX}")
        set_tone(self.name_count, "danger" if n > NAME_MAX else None)
