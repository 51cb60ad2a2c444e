"""The full editor of a processor: who they are, the processing they serve, their contract
item by item against Art. 28(3), and any transfer outside the EEA with its safeguard.

Missing contract items are gaps shown live, never a reason to refuse saving.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.findings import Finding
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor, check_processor
from assistant.domain.processor_contract import contract_gaps
from assistant.domain.serial import processor_from_dict, processor_to_dict
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.form_parts import text_box
from assistant.ui.dialogs.record_editor import RecordEditor
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.vocab import vocab
from assistant.ui.widgets.date_fields import DateField
from assistant.ui.widgets.vocab_combo import VocabCombo

CODE_ROLE = Qt.ItemDataRole.UserRole


def _checkable(parent: QListWidget, text: str, data: object, checked: bool,
               tip: str = "") -> QListWidgetItem:
    item = QListWidgetItem(text, parent)
    item.setData(CODE_ROLE, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    if tip:
        item.setToolTip(tip)
    return item


def _checked(widget: QListWidget) -> list[object]:
    return [widget.item(i).data(CODE_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class ProcessorEditor(RecordEditor[Processor]):
    def __init__(self, processor: Processor, processings: list[Processing],
                 serving: tuple[int, ...], parent: QWidget | None = None, *,
                 draft_slot: DraftSlot | None = None) -> None:
        super().__init__(parent)
        self._original = processor
        self.setWindowTitle(self.tr("New processor") if processor.id is None
                            else self.tr("Processor: %1").replace("%1", processor.name))
        resize_within_screen(self, 1040, 720)

        # -- who --------------------------------------------------------------------------
        who = QGroupBox(self.tr("The provider"), self)
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(who)
        self.name.setMaxLength(1000)  # longer than allowed, so the check can say so
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.service = QLineEdit(who)
        self.service.setMaxLength(1000)
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setPlaceholderText(self.tr("Web host, payment provider, accountant…"))
        form.addRow(self.tr("&Service provided:"), self.service)
        self.contact = QLineEdit(who)
        self.contact.setMaxLength(1000)
        self.contact.setAccessibleName(self.tr("Contact"))
        form.addRow(self.tr("&Contact:"), self.contact)
        self.country = QLineEdit(who)
        self.country.setMaxLength(1000)
        self.country.setAccessibleName(self.tr("Country"))
        form.addRow(self.tr("C&ountry:"), self.country)
        self.transfer_countries = QLineEdit(who)
        self.transfer_countries.setMaxLength(1000)
        self.transfer_countries.setAccessibleName(self.tr("Transfers outside the EEA"))
        self.transfer_countries.setPlaceholderText(
            self.tr("Countries outside the EEA the data goes to (empty if none)"))
        form.addRow(self.tr("&Transfers to:"), self.transfer_countries)
        self.transfer_safeguard = VocabCombo("transfer_safeguards", who)
        self.transfer_safeguard.setAccessibleName(self.tr("Transfer safeguard"))
        form.addRow(self.tr("Sa&feguard:"), self.transfer_safeguard)
        self.notes = text_box(who, self.tr("Notes"))
        form.addRow(self.tr("Not&es:"), self.notes)

        serves_box = QGroupBox(self.tr("Processing it serves"), self)
        self.serves = QListWidget(serves_box)
        self.serves.setAccessibleName(self.tr("Processing it serves"))
        for p in processings:
            _checkable(self.serves, f"{p.reference} — {p.name}" if p.reference else p.name,
                       p.id, p.id in serving)
        serves_layout = QVBoxLayout(serves_box)
        serves_layout.addWidget(self.serves)
        if not processings:
            serves_layout.addWidget(QLabel(self.tr("No processing in the register yet."),
                                           serves_box))

        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(serves_box, 1)

        # -- contract ---------------------------------------------------------------------
        contract = QGroupBox(self.tr("Contract (GDPR Art. 28(3))"), self)
        c_layout = QVBoxLayout(contract)
        c_form = QFormLayout()
        self.contract_reference = QLineEdit(contract)
        self.contract_reference.setMaxLength(1000)
        self.contract_reference.setAccessibleName(self.tr("Contract"))
        self.contract_reference.setPlaceholderText(
            self.tr("Title, number or where it is filed (DPA, terms of service…)"))
        c_form.addRow(self.tr("Cont&ract:"), self.contract_reference)
        self.contract_date = DateField(self.tr("Contract date"), contract, optional=True)
        c_form.addRow(self.tr("Si&gned on:"), self.contract_date)
        c_layout.addLayout(c_form)
        c_layout.addWidget(QLabel(self.tr("What the contract sets out:"), contract))
        self.clauses = QListWidget(contract)
        self.clauses.setAccessibleName(self.tr("Article 28 checklist"))
        self.clauses.setWordWrap(True)
        for entry in vocab("art28_clauses"):
            tip = "\n".join(x for x in (entry.help, entry.source and f"({entry.source})") if x)
            _checkable(self.clauses, entry.label, entry.code,
                       entry.code in processor.contract_clauses, tip)
        c_layout.addWidget(self.clauses, 1)
        buttons_row = QHBoxLayout()
        self.all_clauses = QPushButton(self.tr("Tick &all"), contract)
        self.all_clauses.clicked.connect(lambda: self._tick_all(True))
        self.no_clauses = QPushButton(self.tr("Untick all"), contract)
        self.no_clauses.clicked.connect(lambda: self._tick_all(False))
        buttons_row.addWidget(self.all_clauses)
        buttons_row.addWidget(self.no_clauses)
        buttons_row.addStretch(1)
        c_layout.addLayout(buttons_row)

        findings_box = self.findings_box(self.tr("What is missing"), 130)

        right = QVBoxLayout()
        right.addWidget(contract, 1)
        right.addWidget(findings_box)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.guard_with(processor, current=self.processor, label=lambda p: p.name,
                        to_dict=processor_to_dict, from_dict=processor_from_dict,
                        slot=draft_slot)
        self.watch(*(edit.textChanged for edit in (
            self.name, self.service, self.contact, self.country, self.transfer_countries,
            self.contract_reference)), self.notes.textChanged,
            self.transfer_safeguard.code_changed, self.contract_date.changed,
            self.clauses.itemChanged)
        self.name.setFocus()

    def _tick_all(self, on: bool) -> None:
        for i in range(self.clauses.count()):
            self.clauses.item(i).setCheckState(Qt.CheckState.Checked if on
                                               else Qt.CheckState.Unchecked)

    def fill(self, p: Processor) -> None:
        """Fill the form's fields of the processor (not the processing it serves)."""
        self.name.setText(p.name)
        self.service.setText(p.service)
        self.contact.setText(p.contact)
        self.country.setText(p.country)
        self.notes.setPlainText(p.notes)
        self.contract_reference.setText(p.contract_reference)
        self.contract_date.set_value(p.contract_date or None)
        self.transfer_countries.setText(p.transfer_countries)
        self.transfer_safeguard.set_code(p.transfer_safeguard)
        for i in range(self.clauses.count()):
            item = self.clauses.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE)
                               in p.contract_clauses else Qt.CheckState.Unchecked)

    def processor(self) -> Processor:
        return replace(
            self._original, name=self.name.text(), service=self.service.text(),
            contact=self.contact.text(), country=self.country.text(),
            notes=self.notes.toPlainText(),
            contract_reference=self.contract_reference.text(),
            contract_date=self.contract_date.value() or "",
            contract_clauses=tuple(str(c) for c in _checked(self.clauses)),
            transfer_countries=self.transfer_countries.text(),
            transfer_safeguard=self.transfer_safeguard.code(),
        )

    def processing_ids(self) -> list[int]:
        return [int(str(x)) for x in _checked(self.serves)]

    def current_findings(self) -> list[Finding]:
        p = self.processor().normalised()
        return check_processor(p) + contract_gaps(p)

    def nothing_missing(self) -> str:
        return self.tr("Nothing missing: the contract covers every item.")
