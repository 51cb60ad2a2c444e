"""The editor of one processing activity: every Art. 30(1) field and what the authority's
template adds, in four tabs, with a live list of what is missing.

Missing items are warnings: a draft can always be saved. Only what the dossier cannot hold
(no name, a name over 200 characters, control characters) blocks saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Finding, Severity
from assistant.domain.processing import (
    DataCategory,
    DurationUnit,
    LegalBasis,
    Processing,
    ProcessingStatus,
    Recipient,
    Retention,
    SecurityMeasure,
    Transfer,
    check_processing,
)
from assistant.domain.processor import Processor
from assistant.domain.serial import processing_from_dict, processing_to_dict
from assistant.domain.text import NAME_MAX
from assistant.store.drafts import DraftSlot
from assistant.ui.colours import set_tone
from assistant.ui.dialogs.editor_guard import EditorGuard
from assistant.ui.i18n import current_lang
from assistant.ui.models.processing_table_model import status_label
from assistant.ui.screen_fit import resize_within_screen, reveal, scrolling
from assistant.ui.vocab import vocab
from assistant.ui.widgets.code_checklist import CodeChecklist
from assistant.ui.widgets.finding_item import add_finding
from assistant.ui.widgets.row_table import Column, RowTable, make_duration_spin, make_unit_combo
from assistant.ui.widgets.vocab_combo import VocabCombo

TAB_GENERAL, TAB_DATA, TAB_RECIPIENTS, TAB_SECURITY = range(4)
_FIELD_TAB = {
    "name": TAB_GENERAL, "reference": TAB_GENERAL, "purposes": TAB_GENERAL,
    "sub_purposes": TAB_GENERAL, "legal_basis": TAB_GENERAL, "legal_basis_detail": TAB_GENERAL,
    "joint_controller": TAB_GENERAL,
    "data_subjects": TAB_DATA, "data_categories": TAB_DATA, "art9_condition": TAB_DATA,
    "retention": TAB_DATA,
    "recipients": TAB_RECIPIENTS, "processors": TAB_RECIPIENTS, "transfers": TAB_RECIPIENTS,
    "security_measures": TAB_SECURITY, "data_source": TAB_SECURITY,
    "data_source_detail": TAB_SECURITY, "notes": TAB_SECURITY,
}

CreateProcessor = Callable[[Processor], Processor | None]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


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


class ProcessingEditor(QDialog):
    def __init__(self, processing: Processing, processors: list[Processor],
                 parent: QWidget | None = None, *,
                 create_processor: CreateProcessor | None = None,
                 draft_slot: DraftSlot | None = None) -> None:
        super().__init__(parent)
        self._original = processing
        self._create_processor = create_processor
        self._loading = True
        self.setWindowTitle(self.tr("New processing activity") if processing.id is None
                            else self.tr("Processing activity: %1").replace("%1",
                                                                             processing.name))
        self.setSizeGripEnabled(True)
        resize_within_screen(self, 1120, 780)

        self.tabs = QTabWidget(self)
        # each tab scrolls on a small screen; the findings and the buttons stay in view
        self.tabs.addTab(scrolling(self._general_tab()), self.tr("&1 General"))
        self.tabs.addTab(scrolling(self._data_tab()), self.tr("&2 Data and retention"))
        self.tabs.addTab(scrolling(self._recipients_tab()),
                         self.tr("&3 Recipients and transfers"))
        self.tabs.addTab(scrolling(self._security_tab()), self.tr("&4 Security and source"))

        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("What is missing"))
        self.findings.itemActivated.connect(self._go_to_finding)
        findings_box = QGroupBox(self.tr("What is missing (double-click to go there)"), self)
        box_layout = QVBoxLayout(findings_box)
        box_layout.addWidget(self.findings)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(findings_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 150])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter). A draft may be saved with points still missing."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save)  # Ctrl+S
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._refresh_findings)
        self.guard = EditorGuard(
            self, processing, current=self.processing, show=self._show, label=lambda p: p.name,
            to_dict=processing_to_dict, from_dict=processing_from_dict, slot=draft_slot)
        self._timer.timeout.connect(self.guard.changed)

        self._fill_processors(processors)
        self.set_processing(processing)
        self._loading = False
        self._refresh_findings()
        self.name.setFocus()

    # -- tabs -----------------------------------------------------------------------------
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
        self.legal_basis.code_changed.connect(self._changed)

        self.joint_controller = QLineEdit(page)
        self.joint_controller.setPlaceholderText(
            self.tr("Only if another organisation decides with you how the data is used"))
        self.joint_controller.setAccessibleName(self.tr("Joint controller"))
        form.addRow(self.tr("&Joint controller:"), self.joint_controller)

        for widget in (self.name, self.reference, self.joint_controller):
            widget.textChanged.connect(self._changed)
        for edit in (self.purposes, self.sub_purposes, self.legal_basis_detail):
            edit.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
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

        self.data_subjects.changed.connect(self._changed)
        self.data_categories.changed.connect(self._changed)
        self.art9_condition.code_changed.connect(self._changed)
        for w in (self.retention.value, self.retention.unit):
            (w.valueChanged if hasattr(w, "valueChanged") else w.currentIndexChanged).connect(
                self._changed)
        self.retention.trigger.code_changed.connect(self._changed)
        self.retention.note.textChanged.connect(self._changed)
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
        QVBoxLayout(transfers_box).addWidget(self.transfers)
        layout.addWidget(transfers_box, 1)

        self.recipients.changed.connect(self._changed)
        self.transfers.changed.connect(self._changed)
        self.processors.itemChanged.connect(self._changed)
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

        self.security_measures.changed.connect(self._changed)
        self.data_source.code_changed.connect(self._changed)
        self.data_source_detail.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
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

    # -- data in and out ------------------------------------------------------------------
    def set_processing(self, p: Processing) -> None:
        self.name.setText(p.name)
        self.reference.setText(p.reference)
        self.status.setCurrentIndex(max(self.status.findData(p.status.value), 0))
        self.purposes.setPlainText("\n".join(p.purposes))
        self.sub_purposes.setPlainText("\n".join(p.sub_purposes))
        self.legal_basis.set_code(p.legal_basis.value if p.legal_basis else "")
        self.legal_basis_detail.setPlainText(p.legal_basis_detail)
        self.joint_controller.setText(p.joint_controller)
        self.data_subjects.set_values(p.data_subjects)
        self.data_categories.set_rows([
            {
                "category": c.category, "description": c.description, "sensitive": c.sensitive,
                "value": c.retention.value, "unit": c.retention.unit.value
                if c.retention.unit else "", "trigger": c.retention.trigger,
                "note": c.retention.note,
            }
            for c in p.data_categories
        ])
        self.retention.set_retention(p.retention)
        self.art9_condition.set_code(p.art9_condition)
        self.recipients.set_rows([{"type": r.type, "description": r.description}
                                  for r in p.recipients])
        self._set_checked_processors(p.processor_ids)
        self.transfers.set_rows([
            {"recipient": t.recipient, "country": t.country, "safeguard": t.safeguard,
             "documentation": t.documentation}
            for t in p.transfers
        ])
        self.security_measures.set_rows([{"code": m.code, "description": m.description}
                                         for m in p.security_measures])
        self.data_source.set_code(p.data_source)
        self.data_source_detail.setPlainText(p.data_source_detail)
        self.notes.setPlainText(p.notes)
        self._basis_changed(self.legal_basis.code())
        self._update_count()

    def _show(self, p: Processing) -> None:
        """Fill the form with ``p`` as if loaded (a draft offered back, or the original)."""
        self._loading = True
        self.set_processing(p)
        self._loading = False
        self._refresh_findings()

    def processing(self) -> Processing:
        basis = self.legal_basis.code()
        categories = []
        for row in self.data_categories.rows():
            unit = row["unit"]
            categories.append(DataCategory(
                category=row["category"],
                description=row["description"],
                sensitive=row["sensitive"],
                retention=Retention(row["value"], DurationUnit(unit) if unit else None,
                                    row["trigger"], row["note"]),
            ))
        return replace(
            self._original,
            name=self.name.text(),
            reference=self.reference.text(),
            status=ProcessingStatus(self.status.currentData()),
            purposes=_lines(self.purposes.toPlainText()),
            sub_purposes=_lines(self.sub_purposes.toPlainText()),
            legal_basis=LegalBasis(basis) if basis else None,
            legal_basis_detail=self.legal_basis_detail.toPlainText(),
            art9_condition=self.art9_condition.code(),
            data_subjects=tuple(self.data_subjects.values()),
            data_categories=tuple(categories),
            retention=self.retention.retention(),
            recipients=tuple(Recipient(r["type"], r["description"])
                             for r in self.recipients.rows()),
            processor_ids=tuple(self._checked_processors()),
            transfers=tuple(Transfer(t["recipient"], t["country"], t["safeguard"],
                                     t["documentation"]) for t in self.transfers.rows()),
            security_measures=tuple(SecurityMeasure(m["code"], m["description"])
                                    for m in self.security_measures.rows()),
            data_source=self.data_source.code(),
            data_source_detail=self.data_source_detail.toPlainText(),
            joint_controller=self.joint_controller.text(),
            notes=self.notes.toPlainText(),
        )

    # -- reactions ------------------------------------------------------------------------
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

    def _update_count(self) -> None:
        n = len(self.name.text())
        self.name_count.setText(f"{n}/{NAME_MAX}")
        set_tone(self.name_count, "danger" if n > NAME_MAX else None)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def current_findings(self) -> list[Finding]:
        from assistant.domain.notices.facts import processing_advice

        p = self.processing().normalised()
        return check_processing(p) + processing_advice(p)

    def _refresh_findings(self) -> None:
        found = self.current_findings()
        msg = messages(current_lang())
        self.findings.clear()
        for f in found:
            add_finding(self.findings, f, msg.finding_with_field(f))
        if not found:
            QListWidgetItem(self.tr("Nothing missing: this entry is complete."), self.findings)
        has_sensitive = any(r["sensitive"] for r in self.data_categories.rows())
        self.art9_condition.setEnabled(has_sensitive or bool(self.art9_condition.code()))

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole) or "")
        head = field.split("[")[0].split(".")[0]
        if head in _FIELD_TAB:
            self.tabs.setCurrentIndex(_FIELD_TAB[head])
            widget = getattr(self, head, None)
            if isinstance(widget, QWidget):
                reveal(widget)
                widget.setFocus()

    def is_modified(self) -> bool:
        return self.guard.is_modified()

    def _save(self) -> None:
        self._timer.stop()
        self._refresh_findings()
        blocking = [f for f in self.current_findings() if f.severity is Severity.ERROR]
        if blocking:
            self.findings.setCurrentRow(0)
            self._go_to_finding(self.findings.item(0))
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()

    def reject(self) -> None:
        if self.guard.may_discard():
            super().reject()
