"""Small dialogs of the Consents page: a person, a consent or withdrawal, a purpose and its
wordings. They only collect values; the page saves them through the store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.clock import format_utc
from assistant.domain.consent import Channel, EventKind, Identity, NoticeVersion, Purpose
from assistant.ui.i18n import current_lang, short_date_pattern
from assistant.ui.screen_fit import text_height, text_width


def channel_label(code: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "in_store": translate("Consents", "In the shop"),
        "web": translate("Consents", "Website"),
        "paper": translate("Consents", "Paper form"),
        "email": translate("Consents", "Email"),
        "phone": translate("Consents", "Phone"),
        "other": translate("Consents", "Other"),
        "system": translate("Consents", "The app"),
    }.get(code, code)


def detail_label(detail: str) -> str:
    """An event's channel detail in words (the customer's own screen has a code)."""
    from assistant.domain.consent_wording import CUSTOMER_SCREEN
    from assistant.ui.i18n import translate

    if detail == CUSTOMER_SCREEN:
        return translate("Consents", "on the customer's screen")
    return detail


def kind_label(kind: EventKind | str | None) -> str:
    from assistant.ui.i18n import translate

    value = kind.value if isinstance(kind, EventKind) else kind
    return {
        "granted": translate("Consents", "Consented"),
        "withdrawn": translate("Consents", "Withdrawn"),
        "refused": translate("Consents", "Refused"),
        "erased": translate("Consents", "Erased"),
    }.get(value or "", translate("Consents", "Not asked"))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PersonDialog(QDialog):
    """A new person, or a correction of a person's identity."""

    def __init__(self, parent: QWidget | None = None, identity: Identity | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person") if identity else self.tr("New person"))
        identity = identity or Identity()
        form = QFormLayout(self)
        self.first = QLineEdit(identity.first_name, self)
        self.last = QLineEdit(identity.last_name, self)
        self.email = QLineEdit(identity.email, self)
        self.ref = QLineEdit(identity.customer_ref, self)
        self.phone = QLineEdit(identity.phone, self)
        for widget, text in ((self.first, self.tr("&First name")),
                             (self.last, self.tr("&Last name")),
                             (self.email, self.tr("&Email")),
                             (self.ref, self.tr("Customer &reference")),
                             (self.phone, self.tr("&Phone"))):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        hint = QLabel(self.tr("An email, a phone number or a customer reference is needed to "
                              "find the person again."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(_buttons(self))

    def identity(self) -> Identity:
        return Identity(self.email.text(), self.ref.text(), self.first.text(), self.last.text(),
                        self.phone.text())


class RecordDialog(QDialog):
    """Record a consent or a withdrawal for one person, in a few keystrokes."""

    def __init__(self, purposes: list[Purpose], notices: list[NoticeVersion], person: str,
                 parent: QWidget | None = None, *, kind: EventKind = EventKind.GRANTED,
                 recorded_by: str = "", purpose_id: int | None = None,
                 write_wording: Callable[[Purpose], NoticeVersion | None] | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a choice"))
        self._notices = list(notices)
        self._purposes = {p.id: p for p in purposes}
        self._write_wording = write_wording
        layout = QVBoxLayout(self)
        who = QLabel(person, self)
        who.setTextFormat(Qt.TextFormat.PlainText)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        form = QFormLayout()
        layout.addLayout(form)
        self.purpose = QComboBox(self)
        for p in purposes:
            if not p.archived:
                self.purpose.addItem(p.label, p.id)
        if purpose_id is not None:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(purpose_id)))
        self.granted = QRadioButton(self.tr("Gives &consent"), self)
        self.withdrawn = QRadioButton(self.tr("Wi&thdraws consent"), self)
        (self.granted if kind is EventKind.GRANTED else self.withdrawn).setChecked(True)
        choice = QWidget(self)
        row = QVBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.granted)
        row.addWidget(self.withdrawn)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat(short_date_pattern() + " HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.channel = QComboBox(self)
        for c in Channel:
            if c is not Channel.SYSTEM:
                self.channel.addItem(channel_label(c.value), c.value)
        self.notice = QComboBox(self)
        self.write = QPushButton(self.tr("&Write the wording…"), self)
        self.write.clicked.connect(self._write)
        notice_row = QWidget(self)
        notice_layout = QHBoxLayout(notice_row)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.notice, 1)
        notice_layout.addWidget(self.write)
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("e.g. paper form no. 0123"))
        self.recorded_by = QLineEdit(recorded_by, self)
        for widget, text in ((self.purpose, self.tr("&Purpose")), (choice, self.tr("Choice")),
                             (self.when, self.tr("&When")), (self.channel, self.tr("C&hannel")),
                             (notice_row, self.tr("Wording &shown")),
                             (self.evidence, self.tr("E&vidence")),
                             (self.recorded_by, self.tr("Recorded &by"))):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        label = form.labelForField(notice_row)
        if isinstance(label, QLabel):  # the label names the combo box, not its row
            label.setBuddy(self.notice)
        self.purpose.currentIndexChanged.connect(self._fill_notices)
        self.granted.toggled.connect(self._fill_notices)
        self.when.dateTimeChanged.connect(self._fill_notices)
        self._fill_notices()
        layout.addWidget(_buttons(self))

    def _fill_notices(self, *_args: object) -> None:
        """The purpose's wordings, the one in effect on the chosen day selected (the day in
        UTC, as the ledger records it): a consent given in 2024 was not given on a wording
        of 2026."""
        self.notice.clear()
        pid = self.purpose.currentData()
        day = self.when.dateTime().toUTC().date().toString(Qt.DateFormat.ISODate)
        mine = [n for n in self._notices if n.purpose_id == pid]
        # A consent is recorded with the wording shown, never without: a purpose with none
        # offers to write it (a withdrawal needs none: it ends whatever was agreed).
        granted = self.granted.isChecked()
        in_effect = [i for i, n in enumerate(mine) if n.effective_from <= day]
        if not mine:
            self.notice.addItem(self.tr("(no wording yet: write it first)") if granted
                                else self.tr("(none)"), None)
        elif granted and not in_effect:  # a choice made before the first wording
            self.notice.addItem(self.tr("(no wording in effect on that day)"), None)
        offset = self.notice.count()
        for n in mine:
            self.notice.addItem(f"{n.version} — {n.effective_from}", n.id)
        if in_effect and granted:
            lang = current_lang()
            self.notice.setCurrentIndex(offset + max(in_effect, key=lambda i: (
                mine[i].effective_from, mine[i].language == lang, mine[i].id or 0)))
        self.notice.setEnabled(granted and bool(mine))
        self.write.setVisible(granted and not mine and self._write_wording is not None)

    def _write(self) -> None:
        purpose = self._purposes.get(self.purpose.currentData())
        if purpose is None or self._write_wording is None:
            return
        notice = self._write_wording(purpose)
        if notice is not None:
            self._notices.append(notice)
            self._fill_notices()

    def values(self) -> dict[str, object]:
        from datetime import UTC, datetime

        moment: datetime = self.when.dateTime().toUTC().toPython()  # type: ignore[assignment]  # stub: toPython() -> object

        return {
            "purpose_id": int(self.purpose.currentData()),
            "kind": EventKind.GRANTED if self.granted.isChecked() else EventKind.WITHDRAWN,
            "occurred_at": format_utc(moment.replace(tzinfo=UTC)),
            "channel": str(self.channel.currentData()),
            "notice_id": self.notice.currentData() if self.granted.isChecked() else None,
            "evidence": self.evidence.text(),
            "recorded_by": self.recorded_by.text(),
        }


class PurposeDialog(QDialog):
    """A consent purpose: its label, linked processing and validity; its code (what import
    files and other tools call it, fixed once saved) is made from the label and kept under
    "For import files", out of the owner's way."""

    def __init__(self, purpose: Purpose, processing: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent purpose"))
        self._purpose = purpose
        self._code_typed = purpose.id is not None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.label = QLineEdit(purpose.label, self)
        self.description = QPlainTextEdit(purpose.description, self)
        self.description.setTabChangesFocus(True)  # Tab moves on; it does not type a tab
        self.description.setMaximumHeight(text_height(self.description, 5.5))
        self.processing = QComboBox(self)
        self.processing.addItem(self.tr("(none)"), None)
        for pid, name in processing:
            self.processing.addItem(name, pid)
        if purpose.processing_id is not None:
            self.processing.setCurrentIndex(max(0, self.processing.findData(
                purpose.processing_id)))
        self.validity = QSpinBox(self)
        self.validity.setRange(0, 1200)
        self.validity.setSpecialValueText(self.tr("no limit"))
        self.validity.setSuffix(self.tr(" months"))
        self.validity.setValue(purpose.validity_months or 0)
        for widget, text in ((self.label, self.tr("&Label")),
                             (self.description, self.tr("&Description")),
                             (self.processing, self.tr("&Processing activity")),
                             (self.validity, self.tr("Ask again after"))):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)

        code_box = QWidget(self)
        code_form = QFormLayout(code_box)
        code_form.setContentsMargins(18, 0, 0, 0)
        self.code = QLineEdit(purpose.code, code_box)
        self.code.setReadOnly(purpose.id is not None)
        self.code.setAccessibleName(self.tr("Code in import files"))
        self.code.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        code_form.addRow(self.tr("&Code:"), self.code)
        note = QLabel(self.tr("What a CSV file or another tool calls this purpose (its "
                              "“purpose” column). Made from the label; fixed once saved."),
                      code_box)
        note.setWordWrap(True)
        code_form.addRow(note)
        from assistant.ui.widgets.fit_table import Disclosure

        self.code_details = Disclosure(self.tr("For import files"), code_box, self)
        layout.addWidget(self.code_details)
        self.label.textChanged.connect(self._follow_label)
        layout.addWidget(_buttons(self))

    def _follow_label(self, text: str) -> None:
        if not self._code_typed:
            self.code.setText(purpose_code(text))

    def purpose(self) -> Purpose:
        from dataclasses import replace

        return replace(self._purpose, code=self.code.text(), label=self.label.text(),
                       description=self.description.toPlainText(),
                       processing_id=self.processing.currentData(),
                       validity_months=self.validity.value() or None)


def purpose_code(label: str) -> str:
    """A purpose's code from its label: plain Latin letters, digits and underscores
    ("Carte de fidélité" -> "carte_de_fidelite")."""
    import re

    from assistant.domain.text import plain_latin

    return re.sub(r"[^a-z0-9]+", "_", plain_latin(label).casefold()).strip("_")[:40]


class NoticeDialog(QDialog):
    """A new version of the wording shown for a purpose (kept word for word)."""

    def __init__(self, purpose: Purpose, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New wording for “%1”").replace("%1", purpose.label))
        form = QFormLayout(self)
        self.version = QLineEdit(self)
        self.version.setPlaceholderText("v2")
        self.effective = QDateEdit(QDate.currentDate(), self)
        self.effective.setDisplayFormat(short_date_pattern())
        self.effective.setCalendarPopup(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab moves on; it does not type a tab
        hint = QLabel(self.tr("Paste the exact text people see (form, web page, sign). It is "
                              "kept with its SHA-256 and can never be changed: a new text is "
                              "a new version."), self)
        hint.setWordWrap(True)
        for widget, text in ((self.version, self.tr("&Version")),
                             (self.effective, self.tr("In effect &from")),
                             (self.text, self.tr("&Text"))):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        form.addRow(hint)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, str, str]:
        return (self.version.text(), self.text.toPlainText(),
                self.effective.date().toString(Qt.DateFormat.ISODate))


class EraseDialog(QDialog):
    """Erasing a person cannot be undone: the reason is required, and Cancel is the default
    button (Enter alone erases nothing)."""

    def __init__(self, name: str, parent: QWidget | None = None, *,
                 recorded_by: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person"))
        self.setMinimumWidth(text_width(self, 80))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Erase “%1”? Their name, email, phone and reference are removed for good (this "
            "cannot be undone). The record that they were erased stays in the ledger, with "
            "their past choices, which are then linked to nobody.").replace("%1", name), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        layout.addLayout(form)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. erasure request of 12/03, end of "
                                               "retention"))
        self.recorded_by = QLineEdit(recorded_by, self)
        for widget, label in ((self.reason, self.tr("&Reason")),
                              (self.recorded_by, self.tr("Recorded &by"))):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase = box.addButton(self.tr("&Erase for good"),
                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase.setAutoDefault(False)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.erase.clicked.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.erase.setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.reason.text().strip(), self.recorded_by.text().strip()
