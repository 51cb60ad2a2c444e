"""Step 1's form: the pilot, the three questions that decide whether a DPO is mandatory
(GDPR Art. 37(1)) with the app's answer, and the DPO where there is one.

It saves as the user types (:mod:`assistant.ui.widgets.autosave`): Edit › Undo takes back
what one sitting changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import load_dpo
from assistant.domain.guide.dpo import assess_dpo
from assistant.domain.guide.model import Dpo, DpoQuestion, Pilot
from assistant.domain.text import LONG_MAX, NAME_MAX, SHORT_MAX
from assistant.ui.changes import Area
from assistant.ui.colours import set_box, set_tone
from assistant.ui.errors import describe
from assistant.ui.i18n import current_lang
from assistant.ui.session import Session
from assistant.ui.widgets.autosave import AutoSave
from assistant.ui.widgets.columns import Columns
from assistant.ui.widgets.date_edit import OptionalDateEdit


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_tone(label, "muted")
    return label


class PilotPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.autosave = AutoSave(self, self._write)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._refused)
        # edits belong to the dossier they were typed for: they are saved before another
        # one opens (the window flushes every page first), then the form shows the new one
        session.opened.connect(self.reload)
        session.closed.connect(self.reload)
        content = load_dpo(current_lang())
        self._verdicts = content.verdict

        pilot_box = QGroupBox(self.tr("The pilot"), self)
        pilot_form = QFormLayout(pilot_box)
        pilot_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line(pilot_box, NAME_MAX, self.tr("Pilot's name"))
        self.use_representative = QPushButton(self.tr("&Use the legal representative"),
                                              pilot_box)
        self.use_representative.clicked.connect(self._fill_from_representative)
        self.role = self._line(pilot_box, NAME_MAX, self.tr("Pilot's role"))
        self.role.setPlaceholderText(self.tr("Manager, employee…"))
        self.email = self._line(pilot_box, SHORT_MAX, self.tr("Pilot's email"))
        self.phone = self._line(pilot_box, SHORT_MAX, self.tr("Pilot's phone"))
        self.appointed_on = OptionalDateEdit(pilot_box)
        self.appointed_on.setAccessibleName(self.tr("Appointed on"))
        self.appointed_on.dateChanged.connect(self._changed)
        self.notes = QPlainTextEdit(pilot_box)
        self.notes.setTabChangesFocus(True)
        lines = self.notes.fontMetrics().lineSpacing()
        self.notes.setFixedHeight(3 * lines + 12)  # three lines, never squeezed to a slit
        self.notes.setAccessibleName(self.tr("Notes on the pilot"))
        self.notes.textChanged.connect(self._changed)
        name_label = QLabel(self.tr("&Name:"), pilot_box)
        name_label.setBuddy(self.name)
        pilot_form.addRow(name_label, self.name)
        # under the name, not beside it: in a narrow window the name keeps its width
        pilot_form.addRow("", self.use_representative)
        self.use_representative.setSizePolicy(QSizePolicy.Policy.Maximum,
                                              QSizePolicy.Policy.Fixed)
        pilot_form.addRow(self.tr("&Role:"), self.role)
        pilot_form.addRow(self.tr("E&mail:"), self.email)
        pilot_form.addRow(self.tr("&Phone:"), self.phone)
        pilot_form.addRow(self.tr("&Appointed on:"), self.appointed_on)
        pilot_form.addRow(self.tr("No&tes:"), self.notes)

        designation = QGroupBox(self.tr("The DPO"), self)
        form = QFormLayout(designation)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.designated = QCheckBox(self.tr("A DPO is &designated"), designation)
        self.designated.toggled.connect(self._changed)
        self.dpo_name = self._line(designation, NAME_MAX, self.tr("DPO's name"))
        self.dpo_organisation = self._line(designation, NAME_MAX, self.tr("DPO's firm"))
        self.dpo_organisation.setPlaceholderText(self.tr("For an external DPO"))
        self.dpo_email = self._line(designation, SHORT_MAX, self.tr("DPO's email"))
        self.dpo_phone = self._line(designation, SHORT_MAX, self.tr("DPO's phone"))
        # the DPO's postal address: the authority's register template asks for it
        self.dpo_address = self._line(designation, LONG_MAX, self.tr("DPO's postal address"))
        self.dpo_postcode = self._line(designation, SHORT_MAX, self.tr("DPO's postcode"))
        self.dpo_city = self._line(designation, NAME_MAX, self.tr("DPO's town"))
        self.dpo_country = self._line(designation, NAME_MAX, self.tr("DPO's country"))
        self.dpo_number = self._line(designation, SHORT_MAX, self.tr("Designation number"))
        self.dpo_number.setPlaceholderText(self.tr("Given by the authority after the "
                                                   "designation form"))
        self.dpo_on = OptionalDateEdit(designation)
        self.dpo_on.setAccessibleName(self.tr("Designated on"))
        self.dpo_on.dateChanged.connect(self._changed)
        form.addRow(self.designated)
        form.addRow(self.tr("Name:"), self.dpo_name)
        form.addRow(self.tr("Firm:"), self.dpo_organisation)
        form.addRow(self.tr("Email:"), self.dpo_email)
        form.addRow(self.tr("Phone:"), self.dpo_phone)
        form.addRow(self.tr("Address:"), self.dpo_address)
        town = QHBoxLayout()
        town.addWidget(self.dpo_postcode, 1)
        town.addWidget(self.dpo_city, 3)
        form.addRow(self.tr("Postcode, town:"), town)
        form.addRow(self.tr("Country:"), self.dpo_country)
        form.addRow(self.tr("Designation number:"), self.dpo_number)
        form.addRow(self.tr("Designated on:"), self.dpo_on)
        self.dpo_fields = [self.dpo_name, self.dpo_organisation, self.dpo_email,
                           self.dpo_phone, self.dpo_address, self.dpo_postcode,
                           self.dpo_city, self.dpo_country, self.dpo_number, self.dpo_on]

        dpo_box = QGroupBox(self.tr("Is a DPO mandatory?"), self)
        dpo_box.setToolTip(self.tr("A data protection officer (DPO), GDPR Art. 37"))
        dpo_layout = QVBoxLayout(dpo_box)
        self.questions: dict[DpoQuestion, QComboBox] = {}
        for question in DpoQuestion:
            entry = content.questions[question.value]
            label = QLabel(entry.label, dpo_box)
            label.setWordWrap(True)
            combo = QComboBox(dpo_box)
            combo.addItem(self.tr("Not answered"), None)
            combo.addItem(self.tr("No"), False)
            combo.addItem(self.tr("Yes"), True)
            combo.setAccessibleName(entry.label)
            combo.setAccessibleDescription(entry.help)
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            self.questions[question] = combo
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
            dpo_layout.addLayout(row)
            dpo_layout.addWidget(_note(f"{entry.help} — {entry.source}", dpo_box))
        self.verdict = QLabel(dpo_box)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Whether a DPO is mandatory"))
        dpo_layout.addWidget(self.verdict)
        dpo_layout.addWidget(_note(content.verdict["source"], dpo_box))

        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        set_tone(self.state_label, "muted")
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(pilot_box)
        left_layout.addWidget(designation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(Columns(left, dpo_box, self))
        layout.addWidget(self.state_label)
        self._update()

    def _line(self, parent: QWidget, max_length: int, name: str) -> QLineEdit:
        line = QLineEdit(parent)
        line.setMaxLength(max_length)
        line.setAccessibleName(name)
        line.textChanged.connect(self._changed)
        return line

    def _fields(self) -> list[QWidget]:
        return [self.name, self.use_representative, self.role, self.email, self.phone,
                self.appointed_on, self.notes, self.designated, *self.dpo_fields,
                *self.questions.values()]

    # -- data -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Edits not in the dossier yet: waiting for the pause, or refused."""
        return self.autosave.pending

    def _saved_values(self) -> tuple[Pilot, Dpo]:
        dossier = self.session.dossier
        saved = dossier.guide.pilot() if dossier else None
        return (saved[0], saved[1]) if saved else (Pilot(), Dpo())

    def reload(self) -> None:
        """Show the dossier now open (its own pilot), forgetting what waited for another."""
        self.autosave.drop()
        self.state_label.clear()
        self.load()

    def load(self) -> None:
        """Show what the dossier holds, unless the form shows it already (a save of what was
        typed comes back here: the cursor stays where the user is typing)."""
        pilot, dpo = self._saved_values()
        self.autosave.drop()
        if (self.pilot(), self.dpo()) == (pilot.normalised(), dpo.normalised()):
            self._update()
            return
        self.autosave.new_sitting()  # changed elsewhere (undo, another dossier)
        self._loading = True
        try:
            self.name.setText(pilot.name)
            self.role.setText(pilot.role)
            self.email.setText(pilot.email)
            self.phone.setText(pilot.phone)
            self.appointed_on.set_iso(pilot.appointed_on)
            self.notes.setPlainText(pilot.notes)
            for question, combo in self.questions.items():
                combo.setCurrentIndex(combo.findData(dpo.answer(question)))
            self.designated.setChecked(dpo.designated)
            self.dpo_name.setText(dpo.name)
            self.dpo_organisation.setText(dpo.organisation)
            self.dpo_email.setText(dpo.email)
            self.dpo_phone.setText(dpo.phone)
            self.dpo_address.setText(dpo.address)
            self.dpo_postcode.setText(dpo.postcode)
            self.dpo_city.setText(dpo.city)
            self.dpo_country.setText(dpo.country)
            self.dpo_number.setText(dpo.designation_number)
            self.dpo_on.set_iso(dpo.designated_on)
        finally:
            self._loading = False
        for line in (self.name, self.role, self.email, self.phone):
            line.setCursorPosition(0)  # show the start of long text
        self._update()

    def pilot(self) -> Pilot:
        return Pilot(name=self.name.text(), role=self.role.text(), email=self.email.text(),
                     phone=self.phone.text(), appointed_on=self.appointed_on.iso(),
                     notes=self.notes.toPlainText()).normalised()

    def dpo(self) -> Dpo:
        answers = {q.value: self.questions[q].currentData() for q in DpoQuestion}
        return Dpo(**answers, designated=self.designated.isChecked(),
                   name=self.dpo_name.text(), organisation=self.dpo_organisation.text(),
                   email=self.dpo_email.text(), phone=self.dpo_phone.text(),
                   address=self.dpo_address.text(), postcode=self.dpo_postcode.text(),
                   city=self.dpo_city.text(), country=self.dpo_country.text(),
                   designation_number=self.dpo_number.text(),
                   designated_on=self.dpo_on.iso()).normalised()

    def _changed(self, *_args: object) -> None:
        if not self._loading and self._writable():
            self.autosave.changed()
        self._update()

    def _writable(self) -> bool:
        dossier = self.session.dossier
        return dossier is not None and not dossier.read_only

    def _update(self) -> None:
        writable = self._writable()
        for field in self._fields():
            field.setEnabled(writable)
        for field in self.dpo_fields:
            field.setEnabled(writable and self.designated.isChecked())
        if not writable and self.session.dossier is not None:
            self.state_label.setText(self.tr("Read-only dossier: nothing typed here is saved."))
        dpo = self.dpo()
        result = assess_dpo(dpo)
        if result.required is None:
            text = self._verdicts["unknown"].format(count=len(result.unanswered))
            colour = "warning"
        elif result.required and dpo.designated:
            text, colour = self._verdicts["designated"], "success"
        elif result.required:
            labels = load_dpo(current_lang()).questions
            reasons = "; ".join(str(labels[q.value].flag("short", labels[q.value].label))
                                for q in result.reasons)
            text, colour = self._verdicts["required"].format(reasons=reasons), "danger"
        else:
            text, colour = self._verdicts["not_required"], "success"
        self.verdict.setText(text)
        set_box(self.verdict, colour)

    def _fill_from_representative(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        org = dossier.organisation.get()
        if org.representative_name:
            self.name.setText(org.representative_name)
            if not self.role.text():
                self.role.setText(org.representative_role)
            if not self.email.text():
                self.email.setText(org.email)
            if not self.phone.text():
                self.phone.setText(org.phone)

    def _write(self, merge: str) -> None:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        pilot, dpo = self.pilot(), self.dpo()
        if (pilot, dpo) == tuple(v.normalised() for v in self._saved_values()):
            return
        with self.session.changing(Area.GUIDE):
            dossier.guide.save_pilot(pilot, dpo, label=self.tr("pilot and DPO"), merge=merge)

    def _saved(self, when: str) -> None:
        set_tone(self.state_label, "muted")
        self.state_label.setText(self.tr("Saved at %1. Edit › Undo (Ctrl+Z) takes it back.")
                                 .replace("%1", when))

    def _refused(self, exc: BaseException) -> None:
        set_tone(self.state_label, "danger")
        self.state_label.setText(self.tr("Not saved yet: %1").replace("%1", describe(exc)))

    def save(self) -> bool:
        """Save now what waits (Ctrl+S; the page being left); False if the dossier refused
        it (the form says why)."""
        return self.autosave.flush()
