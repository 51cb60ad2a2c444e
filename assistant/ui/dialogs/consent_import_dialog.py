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

The mapping step's columns and choices are a widget of their own
(:class:`~assistant.ui.dialogs.consent_mapping_step.MappingStep`). What stays here, a little
over 500 lines, is the three faces around one preview and one set of options, which each
face fills and reads the same way.
"""

from __future__ import annotations

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
    Mapping,
    MappingIssue,
    check_mapping,
)
from assistant.exchange.consent_csv_read import COLUMNS, REQUIRED
from assistant.exchange.consent_import import Preview, PreviewRow, preview_events
from assistant.exchange.consent_layouts import (
    CONVERTERS,
    OWN,
    LayoutRefused,
    RowProblem,
)
from assistant.ui.colours import brush
from assistant.ui.dialogs.consent_mapping_step import MappingStep
from assistant.ui.screen_fit import resize_within_screen


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


def status_label(kind: str) -> str:
    from assistant.ui.i18n import translate

    return {
        "granted": translate("ConsentImport", "consent given"),
        "refused": translate("ConsentImport", "consent refused"),
        "withdrawn": translate("ConsentImport", "consent withdrawn"),
    }.get(kind, kind)


class ImportOptions(TypedDict):
    """What the import is run with: the layout the file is read with ("auto" in the
    mapping step), the owner's mapping of its columns, and the purpose each kind of choice
    of a known export goes to."""

    layout: str
    mapping: Mapping | None
    purposes: dict[str, str] | None


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
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.step = MappingStep(self.found, self.purposes, splitter)
        self.step.changed.connect(self.refresh)
        splitter.addWidget(self.step)
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
            self.recognised.setText(self.recognised.text() + " " + self.tr(
                "<b>The mapping saved for these columns was applied</b>: check it and "
                "import."))
        else:
            self.step.suggest()
        self._loading = False
        self.step.columns.setCurrentCell(0, 0)

    def apply_mapping(self, mapping: Mapping) -> None:
        """Show a saved mapping: its columns and choices, and its channel."""
        self.step.apply(mapping)
        at = self.channel.findData(mapping.channel)
        if at >= 0:
            self.channel.setCurrentIndex(at)

    def current_mapping(self) -> Mapping:
        return self.step.mapping(self.channel.currentData() or Channel.OTHER.value)

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
