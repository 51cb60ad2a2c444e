"""The import dialog's mapping step, for a file that is no known export: for each column,
what it holds (email, phone, customer reference, names, the date of the choice, one
purpose's choice, nothing), and for each choice column the purpose it is for and which of
the file's own values mean consent given, refused or withdrawn (or nothing: the 0 of an
opt-out column).

Nothing is guessed that could reverse a choice: 0/1 and true/false are given no meaning until
the owner gives one, and an opt-out column only ever records withdrawals. The dialog
(:mod:`assistant.ui.dialogs.consent_import_dialog`) shows the preview beside it and runs the
import.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.consent import Purpose
from assistant.domain.consent_mapping import Choice, Mapping, column_key, looks_opt_out, value_key
from assistant.exchange.consent_import import Preview
from assistant.exchange.consent_layouts import distinct_values

# What a column can hold, in the mapping step (the key, then its words).
ROLES = ("", "email", "phone", "customer_ref", "first_name", "last_name", "date", "choice")
# Values whose meaning is plain enough to be offered (never 0/1 or true/false).
_OFFER_GRANTED = {"oui", "yes", "x", "accepte", "abonne", "inscrit"}
_OFFER_REFUSED = {"non", "no", "refuse"}
_OFFER_OPT_OUT = {"oui", "yes", "x"}  # in a column named as an opt-out
MEANINGS = ("", "granted", "refused", "withdrawn", "ignored")


def role_label(role: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "": translate("ConsentImport", "— nothing to import"),
        "email": translate("ConsentImport", "Email"),
        "phone": translate("ConsentImport", "Phone"),
        "customer_ref": translate("ConsentImport", "Customer reference"),
        "first_name": translate("ConsentImport", "First name"),
        "last_name": translate("ConsentImport", "Last name"),
        "date": translate("ConsentImport", "Date of the choice"),
        "choice": translate("ConsentImport", "A choice for a purpose"),
    }[role]


def meaning_label(meaning: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "": translate("ConsentImport", "? not said (the row is refused)"),
        "granted": translate("ConsentImport", "consent given"),
        "refused": translate("ConsentImport", "consent refused"),
        "withdrawn": translate("ConsentImport", "consent withdrawn"),
        "ignored": translate("ConsentImport", "nothing to record"),
    }[meaning]


def _guess_role(name: str) -> str:
    if looks_opt_out(name):
        return ""  # "STOP SMS", "Désabonné SMS": a choice, never the phone number
    key = column_key(name).replace("_", " ").replace("-", " ")
    words = set(key.split())
    if words & {"email", "e mail", "mail", "courriel"} or key in ("e mail", "adresse email"):
        return "email"
    if words & {"telephone", "tel", "phone", "mobile", "portable", "gsm", "sms"} and \
            not words & {"promo", "offres", "offers", "marketing"}:
        return "phone"
    if words & {"prenom", "first", "firstname"}:
        return "first_name"
    if key in ("nom", "last name", "lastname", "nom de famille") or "surname" in words:
        return "last_name"
    if words & {"reference", "ref", "client", "customer"} and words & {
            "reference", "ref", "n°", "no", "id", "code", "numero"}:
        return "customer_ref"
    if words & {"date", "le"} or key.startswith("date"):
        return "date"
    return ""


@dataclass
class ColumnChoice:
    """What the owner says of one column that holds a choice: the purpose it is for,
    whether it is an opt-out column, and what each of its values means (one of
    :data:`MEANINGS`)."""

    purpose: str
    opt_out: bool
    meanings: dict[str, str]


class MappingStep(QWidget):
    """The file's columns and what each holds, beside the choice of the selected column;
    ``changed`` whenever the owner changes any of it."""

    changed = Signal()

    def __init__(self, found: Preview, purposes: list[Purpose],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.purposes = purposes
        names = found.header.names
        self.examples = [distinct_values(found.rows, i, limit=30) for i in range(len(names))]
        self._roles: dict[int, str] = {}
        self._choices: dict[int, ColumnChoice] = {}
        self._editing: int | None = None
        top_layout = QHBoxLayout(self)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.columns = QTableWidget(len(names), 3, self)
        self.columns.setAccessibleName(self.tr("Columns of the file and what they hold"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Examples"),
                                                self.tr("Holds")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setWordWrap(False)  # one line a column: more of them in view
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.role_combos: list[QComboBox] = []
        for i, name in enumerate(names):
            self.columns.setItem(i, 0, QTableWidgetItem(name))
            sample = ", ".join(self.examples[i][:4])
            item = QTableWidgetItem(sample)
            item.setToolTip(", ".join(self.examples[i]))
            self.columns.setItem(i, 1, item)
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("What the column %1 holds").replace("%1", name))
            for role in ROLES:
                combo.addItem(role_label(role), role)
            combo.currentIndexChanged.connect(lambda _i, c=i: self._role_changed(c))
            self.columns.setCellWidget(i, 2, combo)
            self.role_combos.append(combo)
        self.columns.currentCellChanged.connect(lambda row, *_: self._show_choice(row))
        top_layout.addWidget(self.columns, 3)

        self.choice_box = QGroupBox(self.tr("The choice in the selected column"), self)
        choice_layout = QVBoxLayout(self.choice_box)
        self.choice_hint = QLabel(self.tr("Select a column that holds a choice."),
                                  self.choice_box)
        self.choice_hint.setWordWrap(True)
        choice_layout.addWidget(self.choice_hint)
        form = QFormLayout()
        self.purpose_combo = QComboBox(self.choice_box)
        self.purpose_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.purpose_combo.setMinimumContentsLength(16)
        self.purpose_combo.setAccessibleName(self.tr("Purpose of the choice"))
        for p in self.purposes:
            self.purpose_combo.addItem(f"{p.label} ({p.code})", p.code)
        self.purpose_combo.currentIndexChanged.connect(self._choice_edited)
        form.addRow(self.tr("&Purpose:"), self.purpose_combo)
        choice_layout.addLayout(form)
        self.opt_out = QCheckBox(self.tr("&Opt-out column (\"do not email\", blacklist): "
                                         "it only records withdrawals"), self.choice_box)
        self.opt_out.toggled.connect(self._opt_out_toggled)
        choice_layout.addWidget(self.opt_out)
        self.values = QTableWidget(0, 2, self.choice_box)
        self.values.setAccessibleName(self.tr("Values of the column and what they mean"))
        self.values.setHorizontalHeaderLabels([self.tr("Value in the file"),
                                               self.tr("Means")])
        self.values.verticalHeader().setVisible(False)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        choice_layout.addWidget(self.values, 1)
        top_layout.addWidget(self.choice_box, 2)

    def suggest(self) -> None:
        """What each column seems to hold, from its name (the owner checks it)."""
        for i, name in enumerate(self.found.header.names):
            self._set_role(i, self._suggest(i, name))

    def _suggest(self, column: int, name: str) -> str:
        role = _guess_role(name)
        taken = set(self._roles.values())
        if role and role != "choice" and role in taken:
            return ""
        key = column_key(name)
        for p in self.purposes:
            if p.code in key.split() or column_key(p.label) == key or p.code == key:
                self._choice_for(column, p.code)
                return "choice"
        return role

    def _choice_for(self, column: int, purpose: str = "") -> ColumnChoice:
        choice = self._choices.get(column)
        if choice is None:
            if not purpose:
                used = {c.purpose for c in self._choices.values()}
                purpose = next((p.code for p in self.purposes if p.code not in used),
                               self.purposes[0].code if self.purposes else "")
            # a column named as an opt-out ("Désabonné", "do_not_email"): its "oui" is a
            # withdrawal, never a consent; elsewhere "oui" is offered as consent given
            opt_out = looks_opt_out(self.found.header.names[column])
            meanings: dict[str, str] = {}
            for value in self.examples[column]:
                word = value_key(value)
                if opt_out:
                    meanings[value] = ("withdrawn" if word in _OFFER_OPT_OUT else
                                       "ignored" if word in _OFFER_REFUSED else "")
                else:
                    meanings[value] = ("granted" if word in _OFFER_GRANTED else
                                       "refused" if word in _OFFER_REFUSED else "")
            choice = ColumnChoice(purpose, opt_out, meanings)
            self._choices[column] = choice
        return choice

    def _set_role(self, column: int, role: str) -> None:
        combo = self.role_combos[column]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(role), 0))
        combo.blockSignals(False)
        self._roles[column] = role
        if role == "choice":
            self._choice_for(column)

    def _role_changed(self, column: int) -> None:
        role = self.role_combos[column].currentData()
        self._roles[column] = role
        if role == "choice":
            self._choice_for(column)
        self.columns.setCurrentCell(column, 0)
        self._show_choice(column)
        self.changed.emit()

    def _show_choice(self, column: int) -> None:
        choice = self._choices.get(column) if self._roles.get(column) == "choice" else None
        self._editing = column if choice is not None else None
        for widget in (self.purpose_combo, self.opt_out, self.values):
            widget.setEnabled(choice is not None)
        if choice is None:
            self.choice_hint.setText(self.tr("Select a column that holds a choice (set "
                                             "\"A choice for a purpose\" in its row)."))
            self.values.setRowCount(0)
            return
        name = self.found.header.names[column]
        self.choice_hint.setText(self.tr("Column \"%1\": which of its values mean what. "
                                         "Values found in the first rows:").replace("%1", name))
        self.purpose_combo.blockSignals(True)
        self.purpose_combo.setCurrentIndex(max(self.purpose_combo.findData(
            choice.purpose), 0))
        self.purpose_combo.blockSignals(False)
        self.opt_out.blockSignals(True)
        self.opt_out.setChecked(choice.opt_out)
        self.opt_out.blockSignals(False)
        self._fill_values(choice)

    def _fill_values(self, choice: ColumnChoice) -> None:
        meanings = choice.meanings
        allowed = ("", "withdrawn", "ignored") if choice.opt_out else MEANINGS
        self.values.setRowCount(len(meanings))
        for r, (value, meaning) in enumerate(meanings.items()):
            self.values.setItem(r, 0, QTableWidgetItem(value))
            combo = QComboBox(self.values)
            combo.setAccessibleName(self.tr("What \"%1\" means").replace("%1", value))
            for m in allowed:
                combo.addItem(meaning_label(m), m)
            combo.setCurrentIndex(max(combo.findData(meaning), 0))
            combo.currentIndexChanged.connect(lambda _i, v=value, c=combo: self._meaning_set(
                v, c.currentData()))
            self.values.setCellWidget(r, 1, combo)
        self.values.resizeColumnToContents(0)

    def _meaning_set(self, value: str, meaning: str) -> None:
        if self._editing is None:
            return
        self._choices[self._editing].meanings[value] = meaning
        self.changed.emit()

    def _choice_edited(self) -> None:
        if self._editing is None:
            return
        self._choices[self._editing].purpose = str(self.purpose_combo.currentData())
        self.changed.emit()

    def _opt_out_toggled(self, checked: bool) -> None:
        if self._editing is None:
            return
        choice = self._choices[self._editing]
        choice.opt_out = checked
        meanings = choice.meanings
        for value, meaning in list(meanings.items()):
            # an opt-out column never turns into a consent: what was "given" is unsaid again
            if checked and meaning not in ("withdrawn", "ignored"):
                meanings[value] = ""
        self._fill_values(choice)
        self.changed.emit()

    def apply(self, mapping: Mapping) -> None:
        """Show a saved mapping's columns and choices (found by name, as the import does);
        its channel is the dialog's."""
        index = {column_key(n): i for i, n in reversed(list(enumerate(
            self.found.header.names)))}
        for i in range(len(self.role_combos)):
            self._set_role(i, "")
        for role, column in mapping.identity_columns().items():
            self._set_role(index[column_key(column)], role)
        if mapping.when_column:
            self._set_role(index[column_key(mapping.when_column)], "date")
        for c in mapping.choices:
            at = index[column_key(c.column)]
            meanings = {v: "" for v in self.examples[at]}
            by_key = {value_key(v): v for v in meanings}
            for key in ("granted", "refused", "withdrawn", "ignored"):
                for value in getattr(c, key):
                    meanings[by_key.get(value_key(value), value)] = key
            self._choices[at] = ColumnChoice(c.purpose, c.opt_out or (
                bool(c.withdrawn) and not c.granted and not c.refused), meanings)
            self._set_role(at, "choice")

    def mapping(self, channel: str) -> Mapping:
        """The mapping as the owner has set it, with the dialog's ``channel``."""
        names = self.found.header.names
        values: dict[str, object] = {}
        choices = []
        for i, role in sorted(self._roles.items()):
            if role in ("email", "phone", "customer_ref", "first_name", "last_name"):
                values.setdefault(role, names[i])
            elif role == "date":
                values.setdefault("when_column", names[i])
            elif role == "choice":
                choice = self._choices[i]
                lists: dict[str, list[str]] = {k: [] for k in MEANINGS[1:]}
                for value, meaning in choice.meanings.items():
                    if meaning:
                        lists[meaning].append(value)
                choices.append(Choice(choice.purpose, names[i],
                                      **{k: tuple(v) for k, v in lists.items()}))
        if "when_column" not in values:
            values["when_unknown"] = True
        return Mapping(**values, choices=tuple(choices),  # type: ignore[arg-type]
                       channel=channel)

