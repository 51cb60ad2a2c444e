"""One dialog at the till: a customer and their choices for every purpose, keyboard only.

Name, email and/or phone, then for each purpose yes, no (refused) or not asked, each with the
wording in force (a purpose without one cannot be consented to: the row offers to write it).
Channel and evidence come pre-filled from the last entry; a form number may be typed. Tab
follows the form, Enter saves, Ctrl+Enter saves and opens a blank one for the next customer.

The same dialog records a filled paper form (``paper=True``): the form's number comes first
and brings the purposes and the wording versions printed on that form (even if a wording was
changed since); a number never printed is refused, and one already recorded is flagged.

The dialog only collects; :func:`record_entry` saves through the store, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.clock import format_utc
from assistant.domain.consent import Channel, Event, Identity, NoticeVersion, Purpose, Subject
from assistant.domain.consent_wording import form_label, parse_form_number, short_hash
from assistant.domain.findings import ValidationError
from assistant.store.consent_forms import FormBatch
from assistant.store.consent_people import designated, record_for
from assistant.store.consent_repo import Choice
from assistant.ui.colours import set_tone
from assistant.ui.dialogs.consent_dialogs import channel_label
from assistant.ui.errors import describe
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.widgets.choice_row import ChoiceRow

if TYPE_CHECKING:
    from assistant.store.dossier import Dossier

LOOKUP_DELAY_MS = 250


@dataclass(frozen=True)
class TillEntry:
    identity: Identity
    choices: tuple[Choice, ...]
    channel: str
    evidence: str
    occurred_at: str | None  # None: now
    form_number: int | None


@dataclass
class _Row:
    purpose: Purpose
    notice: NoticeVersion | None
    choice: ChoiceRow
    reference: QLabel
    write: QPushButton


class TillDialog(QDialog):
    def __init__(self, dossier, parent: QWidget | None = None, *,  # type: ignore[no-untyped-def]
                 paper: bool = False, channel: str = Channel.IN_STORE.value,
                 evidence: str = "", write_wording=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._dossier = dossier
        self.paper = paper
        self._write_wording = write_wording  # (purpose) -> NoticeVersion | None
        self.next_requested = False
        self.batch: FormBatch | None = None
        self._confirmed_number: int | None = None
        self.setWindowTitle(self.tr("Record a paper form") if paper
                            else self.tr("New customer at the till"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.number = QLineEdit(self)
        self.number.setValidator(QIntValidator(1, 999_999, self))
        self.number.setAccessibleName(self.tr("Form number"))
        self.number_status = QLabel(self)
        self.number_status.setWordWrap(True)
        self.number_status.setTextFormat(Qt.TextFormat.PlainText)
        self.on_form = QDateEdit(QDate.currentDate(), self)
        self.on_form.setCalendarPopup(True)
        self.on_form.setMaximumDate(QDate.currentDate())
        self.on_form.setAccessibleName(self.tr("Date written on the form"))
        if paper:
            form.addRow(self.tr("Form &no.:"), self.number)
            form.addRow("", self.number_status)
        else:
            self.number.hide()
            self.number_status.hide()
        self.first = QLineEdit(self)
        self.last = QLineEdit(self)
        names = QHBoxLayout()
        names.addWidget(self.first)
        names.addWidget(self.last)
        self.first.setPlaceholderText(self.tr("First name"))
        self.last.setPlaceholderText(self.tr("Last name"))
        self.first.setAccessibleName(self.tr("First name"))
        self.last.setAccessibleName(self.tr("Last name"))
        name_label = QLabel(self.tr("N&ame:"), self)
        name_label.setBuddy(self.first)
        form.addRow(name_label, names)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        contact = QHBoxLayout()
        contact.addWidget(self.email, 3)
        contact.addWidget(self.phone, 2)
        self.email.setPlaceholderText(self.tr("Email"))
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.email.setAccessibleName(self.tr("Email"))
        self.phone.setAccessibleName(self.tr("Phone"))
        contact_label = QLabel(self.tr("&Email, phone:"), self)
        contact_label.setBuddy(self.email)
        form.addRow(contact_label, contact)
        self.known = QLabel(self)
        self.known.setWordWrap(True)
        self.known.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.known)

        self.choices_box = QGroupBox(self.tr("Choices"), self)
        self.grid = QGridLayout(self.choices_box)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.choices_box)
        outer.addWidget(scroll, 1)
        self.rows: list[_Row] = []

        how = QFormLayout()
        outer.addLayout(how)
        self.channel = QComboBox(self)
        for c in Channel:
            if c is not Channel.SYSTEM:
                self.channel.addItem(channel_label(c.value), c.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.evidence = QLineEdit(evidence, self)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("e.g. till receipt no. 4512"))
        self.form_number = QLineEdit(self)
        self.form_number.setValidator(QIntValidator(1, 999_999, self))
        self.form_number.setAccessibleName(self.tr("Form number"))
        # six digits with the field's frame and padding, in the field's own font
        self.form_number.setMaximumWidth(self.form_number.fontMetrics().horizontalAdvance("0" * 11))
        how_box = QWidget(self)  # the till's channel, evidence and form number
        row = QHBoxLayout(how_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.channel)
        row.addWidget(QLabel(self.tr("Evidence:"), how_box))
        row.addWidget(self.evidence, 1)
        number_label = QLabel(self.tr("Fo&rm no.:"), how_box)
        number_label.setBuddy(self.form_number)
        row.addWidget(number_label)
        row.addWidget(self.form_number)
        how_label = QLabel(self.tr("C&hannel:"), self)
        how_label.setBuddy(self.channel)
        if paper:  # a paper form: its channel and evidence are the form itself
            how.addRow(self.tr("&Date on the form:"), self.on_form)
            how_box.hide()
            how_label.hide()
        else:
            how.addRow(how_label, how_box)
            self.on_form.hide()
            # a form number typed at the till: the form's printed wordings, and the same
            # checks as "Record a paper form" (printed from this dossier, not entered twice)
            self.form_status = QLabel(self)
            self.form_status.setWordWrap(True)
            self.form_status.setTextFormat(Qt.TextFormat.PlainText)
            self.form_status.hide()
            how.addRow("", self.form_status)
            self.form_number.textChanged.connect(lambda _t: self._till_number_changed())
        hint = QLabel(self.tr("Keys: Y or O yes · N no · Delete not asked · Tab next · Enter "
                              "saves · Ctrl+Enter saves and starts the next customer"), self)
        hint.setWordWrap(True)
        set_tone(hint, "muted")  # 4.5:1 in light and dark, not the palette's mid grey
        outer.addWidget(hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.next_button = box.addButton(self.tr("Save and ne&xt"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self._save_and_next)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_and_next)

        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self._look_up_person)
        for field in (self.email, self.phone):
            field.textChanged.connect(lambda _t: self._lookup.start())
        self.number.textChanged.connect(lambda _t: self._number_changed())
        if paper:
            self._number_changed()
        else:
            self._fill_rows([(p, self._current_notice(p)) for p in
                             dossier.consents.purposes(include_archived=False)])
        # as tall as its rows need (a scroll bar only on a small screen)
        resize_within_screen(self, 780, 270 + 30 * max(len(self.rows), 4))
        (self.number if paper else self.first).setFocus()

    # -- purposes ---------------------------------------------------------------------------
    def _current_notice(self, purpose: Purpose) -> NoticeVersion | None:
        return self._dossier.consents.current_notice(int(purpose.id or 0),
                                                     language=current_lang())

    def _fill_rows(self, pairs: list[tuple[Purpose, NoticeVersion | None]]) -> None:
        for r in self.rows:
            for w in (r.choice, r.reference, r.write):
                self.grid.removeWidget(w)
                w.deleteLater()
        for label in self.choices_box.findChildren(QLabel, "purpose_label"):
            label.deleteLater()
        self.rows = []
        for n, (purpose, notice) in enumerate(pairs):
            label = QLabel(purpose.label, self.choices_box)
            label.setObjectName("purpose_label")
            label.setTextFormat(Qt.TextFormat.PlainText)
            choice = ChoiceRow(purpose.label, self.choices_box)
            reference = QLabel(self.choices_box)
            set_tone(reference, "muted")
            write = QPushButton(self.tr("Write the wording…"), self.choices_box)
            write.setAccessibleName(self.tr("Write the wording of %1").replace(
                "%1", purpose.label))
            row = _Row(purpose, notice, choice, reference, write)
            write.clicked.connect(lambda _c=False, r=row: self._write(r))
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(choice, n, 1)
            self.grid.addWidget(reference, n, 2)
            self.grid.addWidget(write, n, 3)
            self.rows.append(row)
            self._show_notice(row)
        if not pairs:
            empty = QLabel(self.tr("No purpose to record."), self.choices_box)
            empty.setObjectName("purpose_label")
            self.grid.addWidget(empty, 0, 0)
        for line in range(self.grid.rowCount()):  # the rows together, the room below them
            self.grid.setRowStretch(line, 0)
        self.grid.setRowStretch(max(len(pairs), 1), 1)
        self._fix_tab_order()

    def _show_notice(self, row: _Row) -> None:
        notice = row.notice
        if notice is None:
            row.reference.setText(self.tr("no wording"))
            row.reference.setToolTip("")
        else:
            row.reference.setText(f"{notice.version} · {short_hash(notice.sha256)}")
            row.reference.setToolTip(notice.text)
        row.choice.set_yes_allowed(notice is not None)
        row.write.setVisible(notice is None and self._write_wording is not None
                             and not self.paper)

    def _write(self, row: _Row) -> None:
        if self._write_wording is None:
            return
        notice = self._write_wording(row.purpose)
        if notice is not None:
            row.notice = self._current_notice(row.purpose) or notice
            self._show_notice(row)
            row.choice.first_button().setFocus()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        if self.paper:
            chain.append(self.number)
        chain += [self.first, self.last, self.email, self.phone]
        for r in self.rows:
            chain += list(r.choice.buttons.values())
            chain.append(r.write)
        chain += [self.on_form] if self.paper else [self.channel, self.evidence,
                                                     self.form_number]
        chain.append(self.save_button)
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    # -- the paper form's number ------------------------------------------------------------
    def number_value(self) -> int | None:
        return parse_form_number(self.number.text())

    def _number_changed(self) -> None:
        number = self.number_value()
        forms = self._dossier.consent_forms
        self.batch = forms.batch_for(number) if number is not None else None
        if number is None:
            self.number_status.setText(self.tr("Type the number printed on the form."))
            self._fill_rows([])
            return
        if self.batch is None:
            self.number_status.setText(self._never_printed(number))
            self._fill_rows([])
            return
        pairs = []
        for purpose_id, notice_id in self.batch.wordings:
            purpose = self._dossier.consents.purpose(purpose_id)
            if purpose is not None:
                pairs.append((purpose, self._dossier.consents.notice(notice_id)))
        self._fill_rows(pairs)
        printed = QDate.fromString(self.batch.printed_at[:10], Qt.DateFormat.ISODate)
        text = self.tr("Form printed on %1 with %n purpose(s).", "", len(pairs)).replace(
            "%1", printed.toString(Qt.DateFormat.TextDate if current_lang() == "en"
                                   else "dd/MM/yyyy"))
        entries = self._dossier.consents.form_entries(number)
        if entries:
            when = QDateTime.fromString(entries[0].recorded_at[:19], "yyyy-MM-ddTHH:mm:ss")
            text += "\n" + self.tr("Already recorded on %1 (%n choice(s)): check that this "
                                   "is not the same form.", "", len(entries)).replace(
                "%1", when.toString("dd/MM/yyyy HH:mm"))
        self.number_status.setText(text)

    def _never_printed(self, number: int) -> str:
        batches = self._dossier.consent_forms.batches()
        ranges = ", ".join(f"{form_label(b.first)}–{form_label(b.last)}" for b in batches)
        if not ranges:
            return self.tr("Form no. %1 was never printed: no numbered form has been printed "
                           "from this dossier yet (Documents).").replace(
                "%1", form_label(number))
        return self.tr("Form no. %1 was never printed from this dossier (printed: %2).") \
            .replace("%1", form_label(number)).replace("%2", ranges)

    def _till_number_changed(self) -> None:
        """At the till, the choices of a numbered form are recorded with the wording printed
        on it (the answers already given stay)."""
        number = parse_form_number(self.form_number.text())
        self.batch = self._dossier.consent_forms.batch_for(number) if number is not None \
            else None
        printed = {}
        if self.batch is not None:
            printed = {purpose_id: notice_id for purpose_id, notice_id in self.batch.wordings}
        for row in self.rows:
            notice_id = printed.get(int(row.purpose.id or 0))
            row.notice = self._dossier.consents.notice(notice_id) if notice_id is not None \
                else self._current_notice(row.purpose)
            self._show_notice(row)
        if number is None:
            self.form_status.hide()
            return
        if self.batch is None:
            text = self._never_printed(number)
        else:
            text = self.tr("The wordings printed on form no. %1 are the ones recorded.") \
                .replace("%1", form_label(number))
            entries = self._dossier.consents.form_entries(number)
            if entries:
                text += "\n" + self.tr("Already recorded (%n choice(s)): check that this "
                                       "is not the same form.", "", len(entries))
        self.form_status.setText(text)
        self.form_status.show()

    def _number_checked(self, number: int | None) -> bool:
        """A form number may be saved: printed from this dossier, and, if already
        recorded, confirmed by the owner."""
        if number is None or self.batch is None:
            self.next_requested = False
            text = self._never_printed(number) if number is not None else \
                self.tr("Type the number printed on the form.")
            QMessageBox.warning(self, self.windowTitle(), text)
            (self.number if self.paper else self.form_number).setFocus()
            return False
        if self._dossier.consents.form_entries(number) and self._confirmed_number != number:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "Form no. %1 was already recorded. Record it again (a second form "
                    "with the same number, or a customer's new choice)?").replace(
                    "%1", form_label(number)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.next_requested = False
                return False
            self._confirmed_number = number
        return True

    # -- the person -------------------------------------------------------------------------
    def identity(self) -> Identity:
        return Identity(self.email.text(), "", self.first.text(), self.last.text(),
                        self.phone.text())

    def done(self, result: int) -> None:
        self._lookup.stop()  # nothing is looked up once the dialog is closed
        super().done(result)

    def _look_up_person(self) -> None:
        if not self.isVisible():
            return
        identity = self.identity()
        if not (identity.email.strip() or identity.phone.strip()):
            self.known.setText("")
            return
        try:
            found = designated(self._dossier, identity)
        except ValidationError as exc:
            self.known.setText("⚠ " + describe(exc))
            return
        if found.subject is None:
            self.known.setText(self.tr("New customer."))
            return
        ident = found.subject.identity
        name = ident.display_name or ident.email or ident.phone or ident.customer_ref
        self.known.setText(self.tr("Already in the ledger: %1. The choices are added to "
                                   "their record.").replace("%1", name))

    # -- what the dialog gives --------------------------------------------------------------
    def entry(self) -> TillEntry:
        choices = tuple(Choice(int(r.purpose.id or 0), kind, r.notice.id if r.notice else None)
                        for r in self.rows if (kind := r.choice.kind()) is not None)
        if self.paper:
            number = self.number_value()
            label = form_label(number) if number is not None else ""
            return TillEntry(self.identity(), choices, Channel.PAPER.value,
                             self.tr("paper form no. %1").replace("%1", label),
                             self._form_moment(), number)
        typed = parse_form_number(self.form_number.text())
        evidence = self.evidence.text().strip()
        if typed is not None:
            mention = self.tr("form no. %1").replace("%1", form_label(typed))
            evidence = f"{evidence} · {mention}" if evidence else mention
        return TillEntry(self.identity(), choices, str(self.channel.currentData()), evidence,
                         None, typed)

    def _form_moment(self) -> str | None:
        """The day written on the form, at noon in this computer's time (now if today)."""
        day = self.on_form.date()
        if day == QDate.currentDate():
            return None
        noon: datetime = QDateTime(day, QTime(12, 0)).toUTC().toPython()  # type: ignore[assignment]  # stub: toPython() -> object
        return format_utc(noon.replace(tzinfo=UTC))

    # -- saving -----------------------------------------------------------------------------
    def _save_and_next(self) -> None:
        self.next_requested = True
        self.accept()

    def accept(self) -> None:
        if self.paper:
            if not self._number_checked(self.number_value()):
                return
        elif self.form_number.text().strip() and not self._number_checked(
                parse_form_number(self.form_number.text())):
            return
        super().accept()


def record_entry(dossier: Dossier, entry: TillEntry,
                 recorded_by: str = "") -> tuple[Subject, bool, list[Event]]:
    """Save what the till dialog gives: the person (found or added) and their choices, each
    consent with the wording shown, in one transaction."""
    return record_for(dossier, entry.identity, list(entry.choices),
                      occurred_at=entry.occurred_at, channel=entry.channel,
                      evidence=entry.evidence, recorded_by=recorded_by,
                      require_notice=True, form_number=entry.form_number)
