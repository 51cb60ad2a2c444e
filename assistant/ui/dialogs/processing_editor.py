"""The editor of one processing activity: every Art. 30(1) field and what the authority's
template adds, in four tabs, with a live list of what is missing.

Missing items are warnings: a draft can always be saved. Only what the dossier cannot hold
(no name, a name over 200 characters, control characters) blocks saving.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from assistant.domain.findings import Finding
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
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.processing_tabs import CreateProcessor, ProcessingTabs, RetentionRow
from assistant.ui.dialogs.record_editor import RecordEditor
from assistant.ui.screen_fit import resize_within_screen, scrolling

__all__ = ["TAB_DATA", "ProcessingEditor", "RetentionRow"]

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


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class ProcessingEditor(RecordEditor[Processing], ProcessingTabs):
    field_tabs = _FIELD_TAB

    def __init__(self, processing: Processing, processors: list[Processor],
                 parent: QWidget | None = None, *,
                 create_processor: CreateProcessor | None = None,
                 draft_slot: DraftSlot | None = None) -> None:
        super().__init__(parent)
        self._original = processing
        self._create_processor = create_processor
        self.setWindowTitle(self.tr("New processing activity") if processing.id is None
                            else self.tr("Processing activity: %1").replace("%1",
                                                                             processing.name))
        resize_within_screen(self, 1120, 780)

        self.tabs = QTabWidget(self)
        # each tab scrolls on a small screen; the findings and the buttons stay in view
        self.tabs.addTab(scrolling(self._general_tab()), self.tr("&1 General"))
        self.tabs.addTab(scrolling(self._data_tab()), self.tr("&2 Data and retention"))
        self.tabs.addTab(scrolling(self._recipients_tab()),
                         self.tr("&3 Recipients and transfers"))
        self.tabs.addTab(scrolling(self._security_tab()), self.tr("&4 Security and source"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.findings_box(
            self.tr("What is missing (double-click to go there)")))
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 150])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter). A draft may be saved with points still missing."))

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._fill_processors(processors)
        self.guard_with(processing, current=self.processing, label=lambda p: p.name,
                        to_dict=processing_to_dict, from_dict=processing_from_dict,
                        slot=draft_slot)
        self.name.setFocus()

    # -- data in and out ------------------------------------------------------------------
    def fill(self, p: Processing) -> None:
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
        self.no_transfer.setChecked(p.no_transfer_confirmed)
        self._transfers_listed()
        self.security_measures.set_rows([{"code": m.code, "description": m.description}
                                         for m in p.security_measures])
        self.data_source.set_code(p.data_source)
        self.data_source_detail.setPlainText(p.data_source_detail)
        self.notes.setPlainText(p.notes)
        self._basis_changed(self.legal_basis.code())
        self._update_count()

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
            no_transfer_confirmed=self.no_transfer.isChecked()
            and not self.transfers.rows(),
            security_measures=tuple(SecurityMeasure(m["code"], m["description"])
                                    for m in self.security_measures.rows()),
            data_source=self.data_source.code(),
            data_source_detail=self.data_source_detail.toPlainText(),
            joint_controller=self.joint_controller.text(),
            notes=self.notes.toPlainText(),
        )

    def current_findings(self) -> list[Finding]:
        from assistant.domain.notices.facts import processing_advice

        p = self.processing().normalised()
        return check_processing(p) + processing_advice(p)

    def nothing_missing(self) -> str:
        return self.tr("Nothing missing: this entry is complete.")

    def refresh_findings(self) -> None:
        """The findings; the Article 9 condition is open once a category is sensitive."""
        super().refresh_findings()
        has_sensitive = any(r["sensitive"] for r in self.data_categories.rows())
        self.art9_condition.setEnabled(has_sensitive or bool(self.art9_condition.code()))
