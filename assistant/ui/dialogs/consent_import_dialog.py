"""Before importing consents: what was recognised and what each column becomes.

Three faces, by what the file's header is:
- the app's own layout: how its columns map to the contract's, and the first rows;
- another tool's known export (Mailchimp, Brevo, Shopify...): which tool, what each column
  becomes, the purpose each kind of choice goes to (the owner may pick another), and the
  first events as they will be recorded;
- any other file: the **mapping step**. For each column, what it holds (email, phone,
  customer reference, names, the date of the choice, one purpose's choice, nothing); for
  each choice column, which of the file's own values mean consent given, refused or
  withdrawn (or nothing: the 0 of an opt-out column); a preview of the first events as they
  will be recorded, updated as the owner maps. The mapping is kept for files with the same
  header, and can be saved as the contract's TOML file for the command line (``--mapping``).

Nothing is guessed that could reverse a choice: 0/1 and true/false are given no meaning until
the owner gives one, and an opt-out column only ever records withdrawals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.consent import Channel, Purpose
from assistant.domain.consent_mapping import (
    Choice,
    Mapping,
    MappingIssue,
    check_mapping,
    column_key,
    looks_opt_out,
    value_key,
)
from assistant.exchange.consent_csv_read import COLUMNS, REQUIRED
from assistant.exchange.consent_import import Preview, PreviewRow, preview_events
from assistant.exchange.consent_layouts import (
    CONVERTERS,
    OWN,
    LayoutRefused,
    RowProblem,
    distinct_values,
)
from assistant.ui.colours import brush
from assistant.ui.screen_fit import resize_within_screen

# What a column can hold, in the mapping step (the key, then its words).
ROLES = ("", "email", "phone", "customer_ref", "first_name", "last_name", "date", "choice")
# Values whose meaning is plain enough to be offered (never 0/1 or true/false).
_OFFER_GRANTED = {"oui", "yes", "x", "accepte", "abonne", "inscrit"}
_OFFER_REFUSED = {"non", "no", "refuse"}
_OFFER_OPT_OUT = {"oui", "yes", "x"}  # in a column named as an opt-out
MEANINGS = ("", "granted", "refused", "withdrawn", "ignored")


def column_label(name: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "email": translate("ConsentImport", "Email"),
        "customer_ref": translate("ConsentImport", "Customer reference"),
        "first_name": translate("ConsentImport", "First name"),
        "last_name": translate("ConsentImport", "Last name"),
        "phone": translate("ConsentImport", "Phone"),
        "purpose": translate("ConsentImport", "Purpose"),
        "status": translate("ConsentImport", "Status"),
        "date": translate("ConsentImport", "Date"),
        "channel": translate("ConsentImport", "Channel"),
        "notice_version": translate("ConsentImport", "Wording version"),
        "date_unknown": translate("ConsentImport", "Date unknown"),
        "evidence": translate("ConsentImport", "Evidence"),
    }[name]


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


def status_label(kind: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "granted": translate("ConsentImport", "consent given"),
        "refused": translate("ConsentImport", "consent refused"),
        "withdrawn": translate("ConsentImport", "consent withdrawn"),
    }.get(kind, kind)


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


class ImportOptions(TypedDict):
    """What the import is run with: the layout the file is read with ("auto" in the
    mapping step), the owner's mapping of its columns, and the purpose each kind of choice
    of a known export goes to."""

    layout: str
    mapping: Mapping | None
    purposes: dict[str, str] | None


@dataclass
class ColumnChoice:
    """What the owner says of one column that holds a choice: the purpose it is for,
    whether it is an opt-out column, and what each of its values means (one of
    :data:`MEANINGS`)."""

    purpose: str
    opt_out: bool
    meanings: dict[str, str]


class ConsentImportDialog(QDialog):
    def __init__(self, source: Path, found: Preview, parent: QWidget | None = None, *,
                 purposes: list[Purpose] | None = None, saved: Mapping | None = None,
                 time_zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.found = found
        self.purposes = [p for p in (purposes or []) if not p.archived]
        self.purpose_ids = {p.code: int(p.id or 0) for p in self.purposes}
        self.zone = time_zone
        self.saved_applied = False
        self._editing: int | None = None
        self.setWindowTitle(self.tr("Import consents from %1").replace("%1", source.name))
        resize_within_screen(self, 980, 640)
        layout = QVBoxLayout(self)
        encoding = "UTF-8" if found.scan.encoding.startswith("utf-8") else "Windows-1252"
        delimiter = {";": self.tr("a semicolon"), "\t": self.tr("a tab")}.get(
            found.header.delimiter, self.tr("a comma"))
        about = QLabel(self.tr("%n line(s) after the header · %1 · values separated by %2", "",
                               max(found.total_lines - 1, 0))
                       .replace("%1", encoding).replace("%2", delimiter), self)
        layout.addWidget(about)
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
        self.recognised = QLabel(self)
        self.recognised.setWordWrap(True)
        self.recognised.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.recognised)
        self.zone_note = QLabel(self.tr("Dates and times written without a time zone are "
                                        "read in this computer's: %1.").replace("%1", zone),
                                self)
        layout.addWidget(self.zone_note)

        known = [name for name in found.layouts if name in CONVERTERS]
        if found.header.columns and (not found.layouts or found.layouts[0] == OWN) and \
                len(found.layouts) <= 1:
            self.mode = OWN
            self.layout_name = OWN
            self._build_own(layout)
        elif known:
            self.mode = "layout"
            self.layout_name = known[0]
            self._build_layout(layout, known)
        else:
            self.mode = "mapping"
            self.layout_name = "mapping"
            self._build_mapping(layout, saved)
        self._build_options(layout)
        self.refresh()

    # -- the app's own layout ---------------------------------------------------------------
    def _build_own(self, layout: QVBoxLayout) -> None:
        found = self.found
        self.recognised.setText(self.tr("Recognised: <b>this app's own layout</b>."))
        layout.addWidget(QLabel(self.tr("How the columns are read:"), self))
        # two pairs of columns: the contract columns all in view, without scrolling
        per_column = (len(COLUMNS) + 1) // 2
        self.mapping = QTableWidget(per_column, 4, self)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column of the ledger"),
                                                self.tr("Column of the file")] * 2)
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for n, name in enumerate(COLUMNS):
            index = found.header.columns.get(name)
            wanted = name in REQUIRED or name in ("email", "customer_ref")
            text = found.header.names[index] if index is not None else (
                self.tr("missing") if wanted else self.tr("(not given)"))
            row, pair = n % per_column, 2 * (n // per_column)
            self.mapping.setItem(row, pair, QTableWidgetItem(column_label(name)))
            self.mapping.setItem(row, pair + 1, QTableWidgetItem(text))
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.setWordWrap(False)
        self.mapping.setFixedHeight(
            self.mapping.horizontalHeader().sizeHint().height()
            + per_column * self.mapping.verticalHeader().defaultSectionSize()
            + 2 * self.mapping.frameWidth())
        layout.addWidget(self.mapping)
        if found.header.ignored:
            names = found.header.ignored
            text = ", ".join(names[:20])  # a header of a million columns stays readable
            if len(names) > 20:
                text += " " + self.tr("… and %n more", "", len(names) - 20)
            ignored = QLabel(self.tr("Ignored columns: %1").replace("%1", text), self)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        layout.addWidget(QLabel(self.tr("First rows:"), self))
        self.rows = self._raw_rows()
        layout.addWidget(self.rows, 1)

    def _raw_rows(self) -> QTableWidget:
        found = self.found
        shown = found.rows[:20]
        names = found.header.names[:200]  # a header of a million columns: the first ones
        rows = QTableWidget(len(shown), len(names), self)
        rows.setAccessibleName(self.tr("First rows of the file"))
        rows.setHorizontalHeaderLabels(names)
        rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, cells in enumerate(shown):
            for c, value in enumerate(cells[:len(names)]):
                rows.setItem(r, c, QTableWidgetItem(value))
        return rows

    # -- another tool's export ------------------------------------------------------------
    def _build_layout(self, layout: QVBoxLayout, known: list[str]) -> None:
        from assistant.content.messages import messages
        from assistant.ui.i18n import current_lang

        self.msg = messages(current_lang())
        choose = QHBoxLayout()
        self.layout_combo = QComboBox(self)
        self.layout_combo.setAccessibleName(self.tr("Read the file as"))
        for name in known:
            self.layout_combo.addItem(self.msg.get("layout_names", name), name)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        if len(known) > 1:
            choose.addWidget(QLabel(self.tr("Read it as:"), self))
            choose.addWidget(self.layout_combo, 1)
            layout.addLayout(choose)
        else:
            self.layout_combo.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.roles = QTableWidget(0, 2, top)
        self.roles.setAccessibleName(self.tr("What each column becomes"))
        self.roles.setHorizontalHeaderLabels([self.tr("Column of the file"),
                                              self.tr("What it becomes")])
        self.roles.verticalHeader().setVisible(False)
        self.roles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roles.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.roles.setWordWrap(False)
        top_layout.addWidget(self.roles, 1)
        box = QGroupBox(self.tr("Recorded under the purposes"), top)
        self.purpose_form = QHBoxLayout(box)
        self.purpose_combos: dict[str, QComboBox] = {}
        top_layout.addWidget(box)
        splitter.addWidget(top)
        splitter.addWidget(self._preview_box(splitter))
        layout.addWidget(splitter, 1)
        self._layout_changed()

    def _layout_changed(self) -> None:
        name = self.layout_combo.currentData()
        self.layout_name = name
        self.recognised.setText(self.tr("Recognised: <b>%1</b>. It is read with that tool's "
                                        "rules: what it does not say (a date, a refusal) is "
                                        "not made up.").replace(
            "%1", self.msg.get("layout_names", name)))
        while self.purpose_form.count():
            item = self.purpose_form.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.purpose_combos = {}
        for code in CONVERTERS[name].default_purposes:
            combo = self._purpose_combo(code)
            combo.currentIndexChanged.connect(self.refresh)
            self.purpose_combos[code] = combo
            words = QLabel(self._purpose_words(code), self)
            words.setBuddy(combo)
            self.purpose_form.addWidget(words)
            self.purpose_form.addWidget(combo, 1)
        self._fill_roles()

    def _purpose_words(self, code: str) -> str:
        return {
            "newsletter": self.tr("Newsletter consents:"),
            "sms": self.tr("SMS consents:"),
            "partners": self.tr("Partners' offers:"),
        }.get(code, code)

    def _purpose_combo(self, code: str) -> QComboBox:
        combo = QComboBox(self)
        # a purpose's label can be long: the combo does not widen the dialog past the screen
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        for p in self.purposes:
            combo.addItem(f"{p.label} ({p.code})", p.code)
        at = combo.findData(code)
        if at >= 0:
            combo.setCurrentIndex(at)
        else:
            combo.insertItem(0, self.tr("(choose a purpose)"), "")
            combo.setCurrentIndex(0)
        return combo

    def _fill_roles(self) -> None:
        from assistant.exchange.consent_layouts import Context

        try:
            converter = CONVERTERS[self.layout_name](
                Context(self.purpose_ids, self._now(), None), self.found.header.names,
                self.purpose_choices())
            roles = converter.roles()
        except LayoutRefused:
            roles = []
        self.roles.setRowCount(len(roles))
        for r, (column, role) in enumerate(roles):
            self.roles.setItem(r, 0, QTableWidgetItem(column or "—"))
            text = (self.msg.get("layout_roles", "choice", {"purpose": role[7:]})
                    if role.startswith("choice:") else self.msg.get("layout_roles", role))
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.roles.setItem(r, 1, item)
        self.roles.resizeColumnToContents(0)

    def purpose_choices(self) -> dict[str, str]:
        """The owner's purpose for each of the layout's (``{"newsletter": "lettre"}``)."""
        if self.mode != "layout":
            return {}
        return {code: combo.currentData() or code for code, combo in
                self.purpose_combos.items()}

    # -- the mapping step -------------------------------------------------------------------
    def _build_mapping(self, layout: QVBoxLayout, saved: Mapping | None) -> None:
        names = self.found.header.names
        self.recognised.setText(self.tr(
            "This file is not a known export: say once what its columns hold. Nothing is "
            "guessed that could reverse a choice (0/1, true/false): you say what they mean. "
            "The mapping is kept for the next file with the same columns."))
        self.examples = [distinct_values(self.found.rows, i, limit=30)
                         for i in range(len(names))]
        self._roles: dict[int, str] = {}
        self._choices: dict[int, ColumnChoice] = {}
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.columns = QTableWidget(len(names), 3, top)
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

        self.choice_box = QGroupBox(self.tr("The choice in the selected column"), top)
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
        splitter.addWidget(top)
        splitter.addWidget(self._preview_box(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        when = QHBoxLayout()
        self.when_note = QLabel(self)
        self.when_note.setWordWrap(True)
        when.addWidget(self.when_note, 1)
        channel_label_ = QLabel(self.tr("C&hannel:"), self)
        when.addWidget(channel_label_)
        self.channel = QComboBox(self)
        channel_label_.setBuddy(self.channel)
        self.channel.setAccessibleName(self.tr("Channel of the choices"))
        from assistant.ui.dialogs.consent_dialogs import channel_label

        for c in Channel:
            if c is not Channel.SYSTEM:
                self.channel.addItem(channel_label(c.value), c.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.OTHER.value))
        self.channel.currentIndexChanged.connect(self.refresh)
        when.addWidget(self.channel)
        layout.addLayout(when)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: palette(link);")
        self.problems.hide()
        layout.addWidget(self.problems)
        # the zone the dates are read in matters only once a column gives dates
        self.zone_note.hide()
        self._loading = True
        if saved is not None and not check_mapping(saved, names, self.purpose_ids):
            self.apply_mapping(saved)
            self.saved_applied = True
            self.recognised.setText(self.recognised.text() + " " + self.tr(
                "<b>The mapping saved for these columns was applied</b>: check it and "
                "import."))
        else:
            for i, name in enumerate(names):
                self._set_role(i, self._suggest(i, name))
        self._loading = False
        self.columns.setCurrentCell(0, 0)

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

    def role_combo(self, column: int) -> QComboBox:
        return self.role_combos[column]

    def _role_changed(self, column: int) -> None:
        role = self.role_combos[column].currentData()
        self._roles[column] = role
        if role == "choice":
            self._choice_for(column)
        self.columns.setCurrentCell(column, 0)
        self._show_choice(column)
        self.refresh()

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
        self.value_combos: list[QComboBox] = []
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
            self.value_combos.append(combo)
        self.values.resizeColumnToContents(0)

    def value_combo(self, value: str) -> QComboBox:
        """The combo that says what ``value`` of the selected column means."""
        for r in range(self.values.rowCount()):
            item = self.values.item(r, 0)
            if item is not None and item.text() == value:
                return self.value_combos[r]
        raise KeyError(value)

    def _meaning_set(self, value: str, meaning: str) -> None:
        if self._editing is None:
            return
        self._choices[self._editing].meanings[value] = meaning
        self.refresh()

    def _choice_edited(self) -> None:
        if self._editing is None:
            return
        self._choices[self._editing].purpose = str(self.purpose_combo.currentData())
        self.refresh()

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
        self.refresh()

    def apply_mapping(self, mapping: Mapping) -> None:
        """Show a saved mapping (its columns found by name, as the import does)."""
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
        at = self.channel.findData(mapping.channel)
        if at >= 0:
            self.channel.setCurrentIndex(at)

    def current_mapping(self) -> Mapping:
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
                       channel=self.channel.currentData() or Channel.OTHER.value)

    def mapping_problems(self) -> list[MappingIssue]:
        return check_mapping(self.current_mapping(), self.found.header.names,
                             self.purpose_ids)

    # -- preview and options ----------------------------------------------------------------
    def _preview_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("The first events as they will be recorded:"), box)
        layout.addWidget(self.preview_title)
        self.preview = QTableWidget(0, 5, box)
        self.preview.setAccessibleName(self.tr("Preview of the events"))
        self.preview.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Person"),
                                                self.tr("Purpose"), self.tr("Status"),
                                                self.tr("Date")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 1)
        return box

    def _now(self):  # type: ignore[no-untyped-def]
        from assistant.domain.clock import utc_now

        return utc_now()

    def refresh(self) -> None:
        """The preview of the first events (and, in the mapping step, what is still
        missing), as the owner maps."""
        if self.mode == OWN or getattr(self, "_loading", False):
            if self.mode == OWN:
                self._update_import_button(True)
            return
        from assistant.content.messages import messages
        from assistant.ui.i18n import current_lang

        msg = messages(current_lang())
        rows: list[PreviewRow | RowProblem] = []
        ready = True
        if self.mode == "mapping":
            problems = self.mapping_problems()
            self.when_note.setText(
                self.tr("Date of the choices: the column \"%1\".").replace(
                    "%1", self.current_mapping().when_column) + " " + self.zone_note.text()
                if self.current_mapping().when_column else
                self.tr("No column gives the date of the choices: they are recorded as "
                        "\"date unknown\", never with today's date passed off as theirs."))
            self.problems.setText("\n".join(
                "• " + msg.get("mapping", p.code, p.params) for p in problems))
            self.problems.setVisible(bool(problems))
            ready = not problems
            if ready:
                rows = preview_events(self.purpose_ids, self.found, layout="",
                                      mapping=self.current_mapping(), zone=self.zone)
        else:
            try:
                rows = preview_events(self.purpose_ids, self.found, layout=self.layout_name,
                                      choices=self.purpose_choices(), zone=self.zone)
            except LayoutRefused as exc:
                self.preview_title.setText(msg.get("findings", exc.code, exc.params))
                ready = False
        if ready:
            self.preview_title.setText(self.tr("The first events as they will be recorded:"))
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if isinstance(row, RowProblem):
                cells = [str(row.line), msg.get("csv", row.code, row.params), "", "", ""]
            else:
                cells = [str(row.line), " ".join(x for x in (row.person, row.name) if x),
                         row.purpose, status_label(row.kind),
                         self.tr("date unknown") if row.date_unknown
                         else _local_day(row.occurred_at)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if isinstance(row, RowProblem):
                    item.setForeground(brush("danger"))
                self.preview.setItem(r, c, item)
        self._update_import_button(ready)

    def _update_import_button(self, ready: bool) -> None:
        if hasattr(self, "import_button"):
            self.import_button.setEnabled(ready)
            if hasattr(self, "save_button"):
                self.save_button.setEnabled(ready)

    def _build_options(self, layout: QVBoxLayout) -> None:
        source = self.source
        self.skip = QCheckBox(self.tr("&Leave out invalid rows and import the others"), self)
        self.skip.setToolTip(self.tr("By default, one invalid row refuses the whole file and "
                                     "nothing is imported."))
        layout.addWidget(self.skip)
        report_row = QHBoxLayout()
        # "-refusees" in French: a file name the user reads
        suffix = self.tr("refused", "file name of the refused rows: ASCII letters only")
        self.report = QLineEdit(str(source.with_name(f"{source.stem}-{suffix}.csv")), self)
        self.report.setAccessibleName(self.tr("File listing the refused rows"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        report_row.addWidget(QLabel(self.tr("Refused rows to:"), self))
        report_row.addWidget(self.report, 1)
        report_row.addWidget(browse)
        layout.addLayout(report_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        if self.mode == "mapping":
            self.save_button = buttons.addButton(self.tr("&Save the mapping…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button.setToolTip(self.tr("Save it as a file, to import the same kind "
                                                "of file from the command line (--mapping)"))
            self.save_button.clicked.connect(self.save_mapping)
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_mapping(self) -> Path | None:
        from assistant.domain.consent_mapping import mapping_to_toml
        from assistant.ui.errors import show_error

        suggested = self.source.with_name(f"{self.source.stem}.toml")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mapping"),
                                                str(suggested),
                                                self.tr("Mapping files (*.toml)"))
        if not chosen:
            return None
        target = Path(chosen)
        try:
            from assistant.store.outputs import write_output

            # never onto a dossier nor the file being imported; the file dialog asked
            # before replacing another file
            write_output(target, mapping_to_toml(self.current_mapping()).encode("utf-8"),
                         overwrite=True, reading=[self.source])
        except Exception as exc:
            show_error(self, self.tr("Save the mapping"), exc)
            return None
        return target

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Refused rows"),
                                                self.report.text(),
                                                self.tr("CSV files (*.csv)"))
        if chosen:
            self.report.setText(chosen)

    def options(self) -> tuple[bool, Path | None]:
        text = self.report.text().strip()
        return self.skip.isChecked(), Path(text) if text else None

    def import_options(self) -> ImportOptions:
        """What the import is run with."""
        if self.mode == "mapping":
            return ImportOptions(layout="auto", mapping=self.current_mapping(), purposes=None)
        if self.mode == "layout":
            return ImportOptions(layout=self.layout_name, mapping=None,
                                 purposes=self.purpose_choices())
        return ImportOptions(layout=OWN, mapping=None, purposes=None)


def _local_day(moment: str) -> str:
    from assistant.ui.models.processing_table_model import format_timestamp

    return format_timestamp(moment)
