"""The editor of one breach: the facts, what Art. 33(3) asks for, the risk assessment and the
notifications, under a live 72-hour clock computed from the fields (never from the dossier).

What cannot be true (a notification before awareness, a breach that happened after it was
discovered, moments in the future, a late notification with no reason) blocks saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.content.processes import load_rules
from assistant.domain.breach import (
    Breach,
    BreachRisk,
    BreachType,
    PeopleExemption,
    check_breach,
)
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, breach_clock
from assistant.domain.findings import Finding
from assistant.domain.processes_serial import breach_from_dict, breach_to_dict
from assistant.domain.processor import Processor
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.form_parts import text_box, vocab_choice
from assistant.ui.dialogs.record_editor import RecordEditor
from assistant.ui.i18n import current_lang, translate
from assistant.ui.models.clock_text import (
    breach_status,
    format_duration,
    format_moment,
    state_colour,
)
from assistant.ui.screen_fit import resize_within_screen, scrolling
from assistant.ui.vocab import vocab
from assistant.ui.widgets.date_fields import MomentField

TAB_FACTS, TAB_RISK, TAB_NOTIFICATIONS = range(3)
_FIELD_TAB = {
    "summary": TAB_FACTS, "aware_at": TAB_FACTS, "occurred_at": TAB_FACTS,
    "ended_at": TAB_FACTS, "processor_id": TAB_FACTS,
    "breach_types": TAB_FACTS, "what_happened": TAB_FACTS, "data_concerned": TAB_FACTS,
    "people_concerned": TAB_FACTS, "people_count": TAB_FACTS, "records_count": TAB_FACTS,
    "likely_consequences": TAB_RISK, "measures_taken": TAB_RISK, "risk_level": TAB_RISK,
    "risk_reasoning": TAB_RISK,
}


def _count_spin(parent: QWidget, name: str) -> QSpinBox:
    """A count where the lowest value, shown "unknown", means not known yet."""
    spin = QSpinBox(parent)
    spin.setRange(-1, 2_000_000_000)
    spin.setSpecialValueText(translate("BreachEditor", "unknown"))
    spin.setGroupSeparatorShown(True)
    spin.setAccessibleName(name)
    return spin


class BreachEditor(RecordEditor[Breach]):
    field_tabs = _FIELD_TAB
    other_tab = TAB_NOTIFICATIONS

    def __init__(self, breach: Breach, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utc_now,
                 draft_slot: DraftSlot | None = None,
                 processors: Sequence[Processor] = ()) -> None:
        super().__init__(parent)
        self._original = breach
        self._processors = [p for p in processors if p.id is not None]
        self._now = now
        self.setWindowTitle(self.tr("New data breach") if breach.id is None
                            else self.tr("Data breach %1").replace("%1", breach.reference))
        resize_within_screen(self, 980, 760)

        self.clock = QLabel(self)
        self.clock.setWordWrap(True)
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        font = self.clock.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.clock.setFont(font)
        self.clock.setAccessibleName(self.tr("72-hour clock"))

        self.tabs = QTabWidget(self)
        # each tab scrolls on a small screen; the clock and the buttons stay in view
        self.tabs.addTab(scrolling(self._facts_tab()), self.tr("&1 What happened"))
        self.tabs.addTab(scrolling(self._risk_tab()), self.tr("&2 Risk and measures"))
        self.tabs.addTab(scrolling(self._notifications_tab()), self.tr("&3 Notifications"))

        findings_box = self.findings_box(
            self.tr("What is missing or wrong (double-click to go there)"), 140)

        layout = QVBoxLayout(self)
        layout.addWidget(self.clock)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(findings_box)
        layout.addWidget(self.buttons)

        self.guard_with(
            breach, current=self.breach,
            label=lambda b: " — ".join(x for x in (b.reference, b.summary.strip()) if x),
            to_dict=breach_to_dict, from_dict=breach_from_dict, slot=draft_slot)
        # The clock moves every second while the editor is open, from the fields alone.
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._refresh_clock)
        self.ticker.start()
        self._connect()
        self._refresh_clock()
        self.summary.setFocus()

    # -- tabs -----------------------------------------------------------------------------
    def _facts_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary = QLineEdit(page)
        self.summary.setMaxLength(1000)  # longer than allowed, so the check can say so
        self.summary.setAccessibleName(self.tr("Title"))
        self.summary.setPlaceholderText(self.tr("For example: laptop stolen, email sent to "
                                                "the wrong person"))
        form.addRow(self.tr("&Title:"), self.summary)
        self.aware_at = MomentField(self.tr("Aware since"), page, now=self._now)
        self.aware_at.setToolTip(self.tr("When you became reasonably certain that personal "
                                         "data was affected: the 72 hours start then."))
        form.addRow(self.tr("&Aware since:"), self.aware_at)
        self.occurred_at = MomentField(self.tr("Happened on"), page, optional=True,
                                       now=self._now)
        form.addRow(self.tr("&Happened on:"), self.occurred_at)
        self.ended_at = MomentField(self.tr("Ended on"), page, optional=True, now=self._now)
        self.ended_at.setToolTip(self.tr("When the breach ended: the leak stopped, the access "
                                         "closed, the data back."))
        form.addRow(self.tr("E&nded on:"), self.ended_at)
        self.processor = QComboBox(page)
        self.processor.setAccessibleName(self.tr("Processor involved"))
        self.processor.addItem(self.tr("None (it happened at the shop)"), None)
        for x in self._processors:
            self.processor.addItem(x.name, x.id)
        self.processor.setToolTip(self.tr("The processor the breach happened at, if one was "
                                          "involved: it must tell you without delay "
                                          "(GDPR Art. 33(2))."))
        form.addRow(self.tr("Pro&cessor involved:"), self.processor)
        types = QWidget(page)
        types_layout = QHBoxLayout(types)
        types_layout.setContentsMargins(0, 0, 0, 0)
        self.breach_types: dict[BreachType, QCheckBox] = {}
        for entry in vocab("breach_types"):
            box = QCheckBox(entry.label, types)
            box.setToolTip("\n".join(x for x in (entry.help, entry.source) if x))
            box.setAccessibleName(entry.label)
            self.breach_types[BreachType(entry.code)] = box
            types_layout.addWidget(box)
        types_layout.addStretch(1)
        form.addRow(self.tr("Kind:"), types)
        self.what_happened = text_box(page, self.tr("What happened"), 100)
        form.addRow(self.tr("&What happened:"), self.what_happened)
        self.data_concerned = text_box(page, self.tr("Data concerned"))
        form.addRow(self.tr("&Data concerned:"), self.data_concerned)
        self.people_concerned = text_box(page, self.tr("People concerned"))
        form.addRow(self.tr("&People concerned:"), self.people_concerned)
        counts = QWidget(page)
        counts_layout = QHBoxLayout(counts)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        self.people_count = _count_spin(counts, self.tr("Approximate number of people"))
        self.records_count = _count_spin(counts, self.tr("Approximate number of records"))
        people_label = QLabel(self.tr("pe&ople"), counts)
        people_label.setBuddy(self.people_count)
        records_label = QLabel(self.tr("r&ecords"), counts)
        records_label.setBuddy(self.records_count)
        for w in (self.people_count, people_label, self.records_count, records_label):
            counts_layout.addWidget(w)
        counts_layout.addStretch(1)
        form.addRow(self.tr("About:"), counts)
        return page

    def _risk_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.likely_consequences = text_box(page, self.tr("Likely consequences"), 100)
        form.addRow(self.tr("Likely &consequences:"), self.likely_consequences)
        self.measures_taken = text_box(page, self.tr("Measures taken or proposed"), 100)
        form.addRow(self.tr("&Measures taken:"), self.measures_taken)
        self.risk_level = vocab_choice("breach_risks", page)
        self.risk_level.setAccessibleName(self.tr("Risk to people"))
        form.addRow(self.tr("&Risk to people:"), self.risk_level)
        self.risk_help = QLabel(page)
        self.risk_help.setWordWrap(True)
        self.risk_help.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.risk_help)
        self.risk_reasoning = text_box(page, self.tr("Reasoning of the risk assessment"), 110)
        self.risk_reasoning.setPlaceholderText(
            self.tr("Why this level: which data, how many people, could they be identified, "
                    "what harm could follow…"))
        form.addRow(self.tr("Reasoni&ng:"), self.risk_reasoning)
        return page

    def _notifications_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        authority = QGroupBox(self.tr("The CNIL (Art. 33)"), page)
        a_form = QFormLayout(authority)
        a_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authority_notified_at = MomentField(self.tr("CNIL notified on"), authority,
                                                 optional=True, now=self._now)
        a_form.addRow(self.tr("&Notified on:"), self.authority_notified_at)
        self.authority_reference = QLineEdit(authority)
        self.authority_reference.setMaxLength(1000)
        self.authority_reference.setAccessibleName(self.tr("CNIL notification reference"))
        a_form.addRow(self.tr("Re&ference:"), self.authority_reference)
        self.delay_reason = text_box(authority, self.tr("Reason for the delay"))
        a_form.addRow(self.tr("Reason for the de&lay:"), self.delay_reason)
        layout.addWidget(authority)
        people = QGroupBox(self.tr("The people concerned (Art. 34)"), page)
        p_form = QFormLayout(people)
        p_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.people_notified_at = MomentField(self.tr("People told on"), people,
                                              optional=True, now=self._now)
        p_form.addRow(self.tr("&Told on:"), self.people_notified_at)
        self.people_notice = text_box(people, self.tr("How the people were told"))
        p_form.addRow(self.tr("&How:"), self.people_notice)
        self.people_exemption = vocab_choice("art34_exemptions", people,
                                       empty=self.tr("— no exception —"))
        self.people_exemption.setAccessibleName(self.tr("Exception to telling the people"))
        p_form.addRow(self.tr("E&xception:"), self.people_exemption)
        layout.addWidget(people)
        rules = load_rules(current_lang())
        rule = rules["breach_people"]
        self.rule_people = QLabel(f"{rule.text} ({rule.source})", page)
        self.rule_people.setWordWrap(True)
        layout.addWidget(self.rule_people)
        self.notes = text_box(page, self.tr("Notes"))
        notes_box = QGroupBox(self.tr("Notes"), page)
        QVBoxLayout(notes_box).addWidget(self.notes)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        self.watch(
            self.summary.textChanged, self.authority_reference.textChanged,
            *(text_edit.textChanged for text_edit in (
                self.what_happened, self.data_concerned, self.people_concerned,
                self.likely_consequences, self.measures_taken, self.risk_reasoning,
                self.delay_reason, self.people_notice, self.notes)),
            *(field.changed for field in (self.aware_at, self.occurred_at, self.ended_at,
                                          self.authority_notified_at,
                                          self.people_notified_at)),
            *(box.toggled for box in self.breach_types.values()),
            *(spin.valueChanged for spin in (self.people_count, self.records_count)),
            *(combo.currentIndexChanged for combo in (self.risk_level, self.people_exemption,
                                                      self.processor)))

    # -- values ---------------------------------------------------------------------------
    def fill(self, b: Breach) -> None:
        self.summary.setText(b.summary)
        self.aware_at.set_value(b.aware_at or None)
        self.occurred_at.set_value(b.occurred_at)
        self.ended_at.set_value(b.ended_at)
        if b.processor_id is not None and self.processor.findData(b.processor_id) < 0:
            self.processor.addItem(str(b.processor_id), b.processor_id)  # a processor gone
        self.processor.setCurrentIndex(max(self.processor.findData(b.processor_id), 0))
        for kind, box in self.breach_types.items():
            box.setChecked(kind in b.breach_types)
        self.what_happened.setPlainText(b.what_happened)
        self.data_concerned.setPlainText(b.data_concerned)
        self.people_concerned.setPlainText(b.people_concerned)
        self.people_count.setValue(-1 if b.people_count is None else min(b.people_count,
                                                                           2_000_000_000))
        self.records_count.setValue(-1 if b.records_count is None else min(b.records_count,
                                                                             2_000_000_000))
        self.likely_consequences.setPlainText(b.likely_consequences)
        self.measures_taken.setPlainText(b.measures_taken)
        self.risk_level.setCurrentIndex(max(self.risk_level.findData(b.risk_level.value), 0))
        self.risk_reasoning.setPlainText(b.risk_reasoning)
        self.authority_notified_at.set_value(b.authority_notified_at)
        self.authority_reference.setText(b.authority_reference)
        self.delay_reason.setPlainText(b.delay_reason)
        self.people_notified_at.set_value(b.people_notified_at)
        self.people_notice.setPlainText(b.people_notice)
        exemption = b.people_exemption.value if b.people_exemption else ""
        self.people_exemption.setCurrentIndex(max(self.people_exemption.findData(exemption), 0))
        self.notes.setPlainText(b.notes)

    def breach(self) -> Breach:
        exemption = self.people_exemption.currentData()
        people, records = self.people_count.value(), self.records_count.value()
        return replace(
            self._original,
            summary=self.summary.text(),
            aware_at=self.aware_at.value() or "",
            occurred_at=self.occurred_at.value(),
            ended_at=self.ended_at.value(),
            processor_id=self.processor.currentData(),
            breach_types=tuple(k for k, box in self.breach_types.items() if box.isChecked()),
            what_happened=self.what_happened.toPlainText(),
            data_concerned=self.data_concerned.toPlainText(),
            people_concerned=self.people_concerned.toPlainText(),
            people_count=None if people < 0 else people,
            records_count=None if records < 0 else records,
            likely_consequences=self.likely_consequences.toPlainText(),
            measures_taken=self.measures_taken.toPlainText(),
            risk_level=BreachRisk(self.risk_level.currentData()),
            risk_reasoning=self.risk_reasoning.toPlainText(),
            authority_notified_at=self.authority_notified_at.value(),
            authority_reference=self.authority_reference.text(),
            delay_reason=self.delay_reason.toPlainText(),
            people_notified_at=self.people_notified_at.value(),
            people_notice=self.people_notice.toPlainText(),
            people_exemption=PeopleExemption(exemption) if exemption else None,
            notes=self.notes.toPlainText(),
        )

    def current_findings(self) -> list[Finding]:
        return check_breach(self.breach().normalised(), now=self._now())

    # -- live parts -----------------------------------------------------------------------
    def changed(self, *_args: object) -> None:
        super().changed()
        self._refresh_clock()

    def _refresh_clock(self) -> None:
        b = self.breach().normalised()
        clock = breach_clock(b, self._now())
        if clock is None:
            self.clock.setText(self.tr("Give the moment you became aware of the breach to "
                                       "start the 72-hour clock."))
            self.clock.setStyleSheet("")
            return
        deadline = format_moment(clock.deadline)
        if clock.is_open:
            text = self.tr("Notify the CNIL by %1: %2 left").replace("%1", deadline) \
                .replace("%2", format_duration(clock.remaining, seconds=True)) \
                if clock.state is not ClockState.OVERDUE else \
                self.tr("The 72 hours ended on %1, %2 ago: notify the CNIL now and give the "
                        "reason for the delay.").replace("%1", deadline) \
                .replace("%2", format_duration(clock.remaining))
        else:
            text = breach_status(clock) + " — " + self.tr("72 hours ended on %1").replace(
                "%1", deadline)
        self.clock.setText(text)
        colour = state_colour(clock.state if clock.state is not ClockState.RUNNING
                              else ClockState.DUE_SOON)
        self.clock.setStyleSheet(f"color: {colour.name()};" if colour else "")
        entry = vocab("breach_risks").entries.get(b.risk_level.value)
        self.risk_help.setText("\n".join(x for x in (entry.help, entry.source and
                                                     f"({entry.source})") if x)
                               if entry else "")
