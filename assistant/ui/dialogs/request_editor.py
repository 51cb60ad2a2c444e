"""The editor of one rights request: who asked what and when, the identity check, the
deadline as it stands, the extension and the answer, with a live list of what is missing.

What cannot be true (an answer before the request, an extension told too late, impossible or
future dates, over-long text) blocks saving with the reason; what is still to do does not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.clock import utc_now
from assistant.domain.deadlines import ClockState, Zone, local_date, request_clock
from assistant.domain.findings import Finding
from assistant.domain.processes_serial import request_from_dict, request_to_dict
from assistant.domain.rights_request import (
    IdentityCheck,
    Outcome,
    Right,
    RightsRequest,
    check_request,
)
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.form_parts import text_box, vocab_choice
from assistant.ui.dialogs.record_editor import RecordEditor
from assistant.ui.models.clock_text import format_date, request_status, state_colour, then
from assistant.ui.screen_fit import resize_within_screen, scrolling
from assistant.ui.widgets.date_fields import DateField
from assistant.ui.widgets.vocab_combo import VocabCombo


class RequestEditor(RecordEditor[RightsRequest]):
    def __init__(self, request: RightsRequest, parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = utc_now, zone: Zone = None,
                 draft_slot: DraftSlot | None = None) -> None:
        super().__init__(parent)
        self._original = request
        self._now = now
        self._zone = zone
        self.setWindowTitle(self.tr("New rights request") if request.id is None
                            else self.tr("Rights request %1").replace("%1", request.reference))
        resize_within_screen(self, 1060, 740)

        today = lambda: local_date(self._now(), self._zone)  # noqa: E731

        # -- the request ------------------------------------------------------------------
        left = QGroupBox(self.tr("The request"), self)
        left_layout = QVBoxLayout(left)
        form = QFormLayout()
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.right = vocab_choice("request_rights", left)
        self.right.setAccessibleName(self.tr("Right exercised"))
        form.addRow(self.tr("&Right:"), self.right)
        self.right_detail = QLineEdit(left)
        self.right_detail.setMaxLength(1000)
        self.right_detail.setAccessibleName(self.tr("Request detail"))
        self.right_detail.setPlaceholderText(self.tr("Which data, which processing…"))
        form.addRow(self.tr("De&tail:"), self.right_detail)
        self.requester = QLineEdit(left)
        self.requester.setMaxLength(1000)  # longer than allowed, so the check can say so
        self.requester.setAccessibleName(self.tr("Requester"))
        form.addRow(self.tr("&From:"), self.requester)
        self.requester_contact = QLineEdit(left)
        self.requester_contact.setMaxLength(1000)
        self.requester_contact.setAccessibleName(self.tr("Requester's contact"))
        self.requester_contact.setPlaceholderText(self.tr("Email, postal address or phone"))
        form.addRow(self.tr("&Contact:"), self.requester_contact)
        self.subject_reference = QLineEdit(left)
        self.subject_reference.setMaxLength(1000)
        self.subject_reference.setAccessibleName(self.tr("Person in the consent records"))
        self.subject_reference.setPlaceholderText(
            self.tr("Customer reference or email in the consent records, if any"))
        form.addRow(self.tr("Consent recor&ds:"), self.subject_reference)
        self.received_on = DateField(self.tr("Received on"), left, today=today)
        form.addRow(self.tr("Recei&ved on:"), self.received_on)
        self.received_via = VocabCombo("request_channels", left)
        self.received_via.setAccessibleName(self.tr("Received by"))
        form.addRow(self.tr("Received &by:"), self.received_via)
        self.request_text = text_box(left, self.tr("What was asked"), 110)
        self.request_text.setPlaceholderText(self.tr("The request in the person's words"))
        form.addRow(self.tr("&What was asked:"), self.request_text)
        self.identity_check = vocab_choice("identity_checks", left)
        self.identity_check.setAccessibleName(self.tr("Identity check"))
        form.addRow(self.tr("&Identity:"), self.identity_check)
        self.notes = text_box(left, self.tr("Notes"))
        form.addRow(self.tr("N&otes:"), self.notes)

        # -- the deadline, the extension, the answer --------------------------------------
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.deadline = QLabel(right)
        self.deadline.setWordWrap(True)
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.deadline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.deadline.setFont(font)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        right_layout.addWidget(self.deadline)

        extension = QGroupBox(self.tr("Extension by two further months (Art. 12(3))"), right)
        ext_form = QFormLayout(extension)
        self.extended = QCheckBox(self.tr("E&xtend: the requests are complex or numerous"),
                                  extension)
        self.extended.setAccessibleName(self.tr("Extension"))
        ext_form.addRow(self.extended)
        self.extension_reason = text_box(extension, self.tr("Reason for the extension"))
        ext_form.addRow(self.tr("Reaso&n:"), self.extension_reason)
        self.extension_told_on = DateField(self.tr("Person told of the extension on"),
                                           extension, optional=True, today=today)
        ext_form.addRow(self.tr("Person to&ld on:"), self.extension_told_on)
        right_layout.addWidget(extension)

        answer = QGroupBox(self.tr("Answer"), right)
        ans_form = QFormLayout(answer)
        self.answered_on = DateField(self.tr("Answered on"), answer, optional=True,
                                     today=today)
        ans_form.addRow(self.tr("&Answered on:"), self.answered_on)
        self.answer_outcome = vocab_choice("request_outcomes", answer,
                                     empty=self.tr("— not answered yet —"))
        self.answer_outcome.setAccessibleName(self.tr("Answer"))
        ans_form.addRow(self.tr("O&utcome:"), self.answer_outcome)
        self.answer_summary = text_box(answer, self.tr("Summary of the answer"))
        ans_form.addRow(self.tr("&Summary:"), self.answer_summary)
        self.answer_evidence = QLineEdit(answer)
        self.answer_evidence.setMaxLength(1000)
        self.answer_evidence.setAccessibleName(self.tr("Proof of the answer"))
        self.answer_evidence.setPlaceholderText(self.tr("Where the proof is: sent email, "
                                                        "registered letter number…"))
        ans_form.addRow(self.tr("&Proof:"), self.answer_evidence)
        right_layout.addWidget(answer)

        findings_box = self.findings_box(self.tr("What is missing or wrong"), 130)
        right_layout.addWidget(findings_box)
        right_layout.addStretch(1)

        body = QWidget(self)  # scrolls on a small screen; the buttons stay in view
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, self), 1)
        layout.addWidget(self.buttons)

        self.guard_with(
            request, current=self.request,
            label=lambda r: " — ".join(x for x in (r.reference, r.requester.strip()) if x),
            to_dict=request_to_dict, from_dict=request_from_dict, slot=draft_slot)
        self.watch(
            *(edit.textChanged for edit in (self.right_detail, self.requester,
                                            self.requester_contact, self.subject_reference,
                                            self.answer_evidence)),
            *(edit.textChanged for edit in (self.request_text, self.extension_reason,
                                            self.answer_summary, self.notes)),
            *(combo.currentIndexChanged for combo in (self.right, self.identity_check,
                                                      self.answer_outcome)),
            self.received_via.code_changed,
            *(field.changed for field in (self.received_on, self.extension_told_on,
                                          self.answered_on)),
            self.extended.toggled)
        self.requester.setFocus()

    def fill(self, r: RightsRequest) -> None:
        self.right.setCurrentIndex(max(self.right.findData(r.right.value), 0))
        self.right_detail.setText(r.right_detail)
        self.requester.setText(r.requester)
        self.requester_contact.setText(r.requester_contact)
        self.subject_reference.setText(r.subject_reference)
        self.received_on.set_value(r.received_on or None)
        self.received_via.set_code(r.received_via)
        self.request_text.setPlainText(r.request_text)
        self.identity_check.setCurrentIndex(
            max(self.identity_check.findData(r.identity_check.value), 0))
        self.notes.setPlainText(r.notes)
        self.extended.setChecked(r.extended)
        self.extension_reason.setPlainText(r.extension_reason)
        self.extension_told_on.set_value(r.extension_told_on)
        self.answered_on.set_value(r.answered_on)
        outcome = r.answer_outcome.value if r.answer_outcome else ""
        self.answer_outcome.setCurrentIndex(max(self.answer_outcome.findData(outcome), 0))
        self.answer_summary.setPlainText(r.answer_summary)
        self.answer_evidence.setText(r.answer_evidence)

    def request(self) -> RightsRequest:
        outcome = self.answer_outcome.currentData()
        return replace(
            self._original,
            right=Right(self.right.currentData()),
            right_detail=self.right_detail.text(),
            requester=self.requester.text(),
            requester_contact=self.requester_contact.text(),
            subject_reference=self.subject_reference.text(),
            received_on=self.received_on.value() or "",
            received_via=self.received_via.code(),
            request_text=self.request_text.toPlainText(),
            identity_check=IdentityCheck(self.identity_check.currentData()),
            extended=self.extended.isChecked(),
            extension_reason=self.extension_reason.toPlainText(),
            extension_told_on=self.extension_told_on.value(),
            answered_on=self.answered_on.value(),
            answer_outcome=Outcome(outcome) if outcome else None,
            answer_summary=self.answer_summary.toPlainText(),
            answer_evidence=self.answer_evidence.text(),
            notes=self.notes.toPlainText(),
        )

    def current_findings(self) -> list[Finding]:
        return check_request(self.request().normalised(),
                             today=local_date(self._now(), self._zone))

    def refresh_findings(self) -> None:
        """The findings, and the deadline as the dates in the form set it."""
        super().refresh_findings()
        r = self.request().normalised()
        self.right_detail.setEnabled(True)
        self.extension_reason.setEnabled(self.extended.isChecked())
        self.extension_told_on.setEnabled(self.extended.isChecked())
        clock = request_clock(r, self._now(), self._zone)
        if clock is None:
            text, state = self.tr("Give the date of receipt to see the deadline."), None
        else:
            text = self.tr("Due on %1: %2").replace("%1", format_date(clock.due)) \
                .replace("%2", then(request_status(clock)))
            if clock.extended:
                text += "\n" + self.tr("Extended: the first month ended on %1.").replace(
                    "%1", format_date(clock.first_due))
            elif clock.is_open and local_date(self._now(), self._zone) <= clock.first_due:
                text += "\n" + self.tr("An extension must be announced by %1.").replace(
                    "%1", format_date(clock.first_due))
            elif clock.is_open:
                text += "\n" + self.tr("The first month is over: too late to extend. Answer "
                                        "as soon as possible.")
            state = clock.state
        self.deadline.setText(text)
        colour = state_colour(state if state is not ClockState.RUNNING else None)
        self.deadline.setStyleSheet(f"color: {colour.name()};" if colour else "")
