"""Step 6's documents: export the compliance dossier, the register extract or one person's
proof of consent as PDF.

The export runs on a worker (:class:`~assistant.ui.jobs.JobRunner`) with its own read-only
connection, a progress dialog and Cancel; the file is written atomically by the core, so a
cancelled or failed export leaves nothing behind. The document's language is chosen here,
independently of the window's. The person of a consent proof is found by their subject id,
email or customer reference (:func:`assistant.store.consent_lookup.resolve_person`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from assistant.content.catalog import Lang
from assistant.domain.consent_wording import FORM_DOCUMENT as KIND_FORM
from assistant.domain.findings import ValidationError
from assistant.reports.context import KIND_DOSSIER, KIND_EXTRACT, KIND_PROOF, document_today
from assistant.store.consent_lookup import find_people, resolve_person
from assistant.store.filenames import fit_name
from assistant.ui.actions import offer_to_open
from assistant.ui.changes import Area
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang, short_date_pattern
from assistant.ui.jobs import JobRunner
from assistant.ui.pages.base import Page
from assistant.ui.session import Session

EXPORT_TASK = "dossier_exported"  # step 6: "Print or export the compliance file"


class DocumentsPage(Page):
    key = "documents"
    # what it shows of the dossier (its name, its folder) changes only with another dossier;
    # the purposes a form prints are read when that kind of document is chosen
    areas = Area(0)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._sections_stale = True  # filled when first shown (see _kind_changed)
        self.title.setText(self.tr("Documents"))
        intro = QLabel(self.tr(
            "Export the documentation an inspector or an accountant reads: the complete "
            "compliance dossier, the extract of the register that the authority may ask "
            "for (GDPR Art. 30(4)), one person's proof of consent (Art. 7(1)), or numbered "
            "consent forms for customers to tick and sign. The same dossier and date always "
            "give the same PDF."), self)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Compliance dossier (complete)"), KIND_DOSSIER)
        self.kind.addItem(self.tr("Register extract (for the authority)"), KIND_EXTRACT)
        self.kind.addItem(self.tr("Proof of consent (one person)"), KIND_PROOF)
        # consent at the till: numbered paper forms to tick and sign
        self.kind.addItem(self.tr("Numbered consent forms (paper)"), KIND_FORM)
        self.kind.setAccessibleName(self.tr("Document"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Document:"), self.kind)

        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Subject id, email or customer reference"))
        self.person.setAccessibleName(self.tr("Person whose proof of consent to print"))
        self.person.setToolTip(self.tr(
            "The person's subject id (shown on the Consents page; its first 8 characters "
            "are enough), their email or their customer reference."))
        self.person.textChanged.connect(self._suggest_output)
        form.addRow(self.tr("&Person:"), self.person)

        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Language of the document:"), self.language)

        today = document_today()  # in the zone the document's times are printed in
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_date_pattern())  # as every date of the window
        self.date.setAccessibleName(self.tr("Date of the document"))
        form.addRow(self.tr("Da&te of the document:"), self.date)

        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections to include"))
        self.sections.setMaximumHeight(190)
        self.sections_label = QLabel(self.tr("Sectio&ns:"), self)
        self.sections_label.setBuddy(self.sections)
        form.addRow(self.sections_label, self.sections)

        self.numbers = QLineEdit(self)
        self.numbers.setAccessibleName(self.tr("Form numbers to print"))
        self.numbers.setPlaceholderText("1-50")
        self.numbers.setToolTip(self.tr(
            "One form per number, e.g. 1-50. The dossier notes which wordings each number "
            "carries: a filled form is recorded with the wordings printed on it."))
        self.numbers.textChanged.connect(self._suggest_output)
        form.addRow(self.tr("For&m numbers:"), self.numbers)

        row = QHBoxLayout()
        self.output = QLineEdit(self)
        self.output.setAccessibleName(self.tr("PDF file to write"))
        self.output.setPlaceholderText(self.tr("Where to save the PDF"))
        choose = QPushButton(self.tr("&Browse…"), self)
        choose.clicked.connect(self.choose_output)
        row.addWidget(self.output, 1)
        row.addWidget(choose)
        file_label = QLabel(self.tr("Output f&ile:"), self)
        file_label.setBuddy(self.output)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, row)
        self.layout_.addLayout(form)
        self.form = form

        self.export_button = QPushButton(self.tr("E&xport the PDF"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.layout_.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.status)

        # the shop's website, checked against the cookie rules: its own dialog
        website = QLabel(self.tr("<b>Your website</b>"), self)
        website.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(website)
        website_intro = QLabel(self.tr(
            "Check what your site sets and loads before a visitor agrees (cookies, trackers, "
            "consent banner), its forms and its legal pages; each finding becomes an action "
            "of the plan, and the report is for your web agency."), self)
        website_intro.setWordWrap(True)
        self.layout_.addWidget(website_intro)
        self.website_button = QPushButton(self.tr("Check my &website…"), self)
        self.website_button.clicked.connect(self.check_website)
        self.layout_.addWidget(self.website_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.website_dialog: QDialog | None = None
        self.layout_.addStretch(1)
        self.runner: JobRunner | None = None
        self._exporting = ""
        self._suggested = True
        self.output.textEdited.connect(self._typed)
        self.date.dateChanged.connect(self._suggest_output)
        session.opened.connect(self._dossier_opened)
        self._kind_changed()

    def _typed(self) -> None:
        self._suggested = False

    def _dossier_opened(self) -> None:
        self._suggested = True
        self.output.clear()
        self.person.clear()  # a person of the previous dossier means nothing here

    # -- state ----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def doc_lang(self) -> Lang:
        return "en" if self.language.currentData() == "en" else "fr"

    def _kind_changed(self) -> None:
        # The list of sections needs the PDF code (reportlab), which is read the first time
        # the page is shown rather than when the app starts.
        self._sections_stale = True
        if self.isVisible():
            self._fill_sections()
        self.form.setRowVisible(self.person, self.current_kind() == KIND_PROOF)
        forms = self.current_kind() == KIND_FORM
        self.form.setRowVisible(self.numbers, forms)
        self.sections_label.setText(self.tr("Pur&poses:") if forms else self.tr("Sectio&ns:"))
        self.sections.setAccessibleName(self.tr("Purposes printed on each form") if forms
                                        else self.tr("Sections to include"))
        if forms and not self.numbers.text().strip():
            self._suggest_numbers()
        self._suggest_output()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._sections_stale:
            self._fill_sections()

    def _fill_sections(self) -> None:
        from assistant.reports.builder import section_titles

        self._sections_stale = False
        if self.current_kind() == KIND_FORM:
            self._fill_form_purposes()
            return
        unchecked = {self.sections.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.sections.count())
                     if self.sections.item(i).checkState() == Qt.CheckState.Unchecked}
        self.sections.clear()
        for key, title, required in section_titles(self.doc_lang(), self.current_kind()):
            item = QListWidgetItem(title, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, key)
            flags = Qt.ItemFlag.ItemIsEnabled
            if not required:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked if key in unchecked and not required
                               else Qt.CheckState.Checked)

    # -- numbered consent forms ----------------------------------------------------------
    def _fill_form_purposes(self) -> None:
        """The purposes a form can print: those with a wording in the document's language
        (the others are listed, not checkable, saying why)."""
        self.sections.clear()
        dossier = self.session.dossier
        if dossier is None:
            return
        lang = self.doc_lang()
        for p in dossier.consents.purposes(include_archived=False):
            notice = dossier.consents.current_notice(int(p.id or 0), language=lang)
            usable = notice is not None and notice.language == lang
            text = p.label if usable else self.tr("%1 (no wording in this language)").replace(
                "%1", p.label)
            item = QListWidgetItem(text, self.sections)
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            if usable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _suggest_numbers(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        first = dossier.consent_forms.next_free_number()
        self.numbers.setText(f"{first}-{first + 49}")

    def prepare_consent_forms(self) -> None:
        """Ready numbered consent forms (the Consents menu's entry)."""
        self.kind.setCurrentIndex(self.kind.findData(KIND_FORM))
        self._suggest_numbers()
        self._fill_sections()
        self.numbers.setFocus()
        self.numbers.selectAll()

    def chosen_sections(self) -> tuple[str, ...]:
        if self._sections_stale:
            self._fill_sections()
        return tuple(self.sections.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.sections.count())
                     if self.sections.item(i).checkState() == Qt.CheckState.Checked)

    def prepare_proof(self, subject_uid: str) -> None:
        """Ready the proof of consent of one person (the Consents page's shortcut)."""
        self.kind.setCurrentIndex(self.kind.findData(KIND_PROOF))
        self.person.setText(subject_uid)
        self.export_button.setFocus()

    def _person_tag(self) -> str:
        """The first characters of the chosen person's subject id, if the text designates
        exactly one person (for the suggested file name)."""
        dossier = self.session.dossier
        text = self.person.text().strip()
        if dossier is None or not text:
            return ""
        found = find_people(dossier, text)
        return found[0].uid[:8] if len(found) == 1 else ""

    def _suggested_name(self) -> str:
        dossier = self.session.dossier
        stem = dossier.path.stem if dossier else "dossier"
        kind = self.current_kind()
        if kind == KIND_PROOF:
            what = "-".join(x for x in (self.tr("consent-proof"), self._person_tag()) if x)
        elif kind == KIND_EXTRACT:
            what = self.tr("register-extract")
        elif kind == KIND_FORM:
            numbers = self.numbers.text().strip().replace(" ", "")
            what = "-".join(x for x in (self.tr("consent-forms"), numbers) if x)
        else:
            what = self.tr("compliance-dossier")
        day = self.date.date().toString('yyyy-MM-dd')
        folder = dossier.path.parent if dossier else None
        return fit_name(folder, f"{stem}-{what}", f"-{day}.pdf")  # Windows' names and lengths

    def _suggest_output(self) -> None:
        """A file name beside the dossier, kept up to date until the user picks another."""
        dossier = self.session.dossier
        if dossier is None or (self.output.text().strip() and not self._suggested):
            return
        self.output.setText(str(dossier.path.parent / self._suggested_name()))
        self._suggested = True

    def refresh(self) -> None:
        self._suggest_output()
        self.export_button.setEnabled(self.session.is_open and self.runner is None)
        self.website_button.setEnabled(self.session.is_open)

    def check_website(self) -> None:
        """Open the website check (it reads the site on a worker, with Cancel)."""
        from assistant.ui.dialogs.website_check_dialog import WebsiteCheckDialog

        if self.session.dossier is None:
            return
        dialog = WebsiteCheckDialog(self.session, self)
        self.website_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.website_dialog = None
            dialog.deleteLater()

    def choose_output(self) -> None:
        start = self.output.text().strip() or self._suggested_name()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), start,
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.set_output(chosen)

    def set_output(self, path: str) -> None:
        """The file to write, as the user chose it (no longer suggested by the page)."""
        self.output.setText(path)
        self._suggested = False

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        dossier = self.session.dossier
        if dossier is None or self.runner is not None:
            return
        text = self.output.text().strip()
        if not text:
            self.choose_output()
            text = self.output.text().strip()
            if not text:
                return
        subject_id = ""
        if self.current_kind() == KIND_PROOF:
            try:
                subject_id = resolve_person(dossier, self.person.text()).uid
            except ValidationError as exc:
                self.person.setFocus()
                show_error(self, self.tr("Export the PDF"), exc)
                return
        target = Path(text).expanduser()
        overwrite = False
        if target.exists():
            answer = QMessageBox.question(
                self, self.tr("Export the PDF"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(target)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        d = self.date.date()
        lang = self.doc_lang()
        if self.current_kind() == KIND_FORM:
            self._export_forms(target, lang, dt.date(d.year(), d.month(), d.day()),
                               overwrite=overwrite)
            return
        from assistant.reports.builder import ExportOptions

        options = ExportOptions(kind=self.current_kind(), lang=lang,
                                date=dt.date(d.year(), d.month(), d.day()),
                                sections=self.chosen_sections(), subject_id=subject_id)
        source = dossier.path

        def job():  # type: ignore[no-untyped-def]
            from assistant.reports.builder import export_pdf
            from assistant.store.dossier import open_dossier

            with open_dossier(source, read_only=True, check=False, lock=False) as worker:
                return (yield from export_pdf(worker, target, options, overwrite=overwrite))

        self._exporting = options.kind
        self._start(JobRunner(self, self.tr("Exporting the PDF…"), job), self._done)

    def _start(self, runner: JobRunner, done: Callable[[object], None]) -> None:
        """Run an export on a worker, the button off until it ends."""
        self.runner = runner
        runner.done.connect(done)
        runner.error.connect(self._failed)
        runner.cancelled.connect(self._cancelled)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        runner.start()

    def _export_forms(self, target: Path, lang: Lang, day: dt.date, *,
                      overwrite: bool = False) -> None:
        """Numbered paper forms: written, then noted in the dossier (on a worker, with its
        own connection: the forms printed are recorded with the wordings they carry)."""
        from assistant.domain.consent_wording import FormNumbersError, parse_numbers
        from assistant.reports.consent_forms import FormOptions

        dossier = self.session.dossier
        assert dossier is not None
        try:
            numbers = parse_numbers(self.numbers.text())
        except FormNumbersError as exc:
            from assistant.domain.findings import Finding, Severity

            self.numbers.setFocus()
            show_error(self, self.tr("Export the PDF"), ValidationError([Finding(
                exc.code, "numbers", Severity.ERROR, {"value": exc.text})]))
            return
        options = FormOptions(purposes=self.chosen_sections(), numbers=numbers, lang=lang,
                              date=day)
        source = dossier.path
        from assistant.ui.till_actions import recorded_by

        who = recorded_by()

        def job():  # type: ignore[no-untyped-def]
            from assistant.reports.consent_forms import export_consent_forms
            from assistant.store.dossier import open_dossier

            with open_dossier(source, check=False, lock=False) as worker:
                written = yield from export_consent_forms(worker, target, options,
                                                          printed_by=who, overwrite=overwrite)
            return written

        self._start(JobRunner(self, self.tr("Writing the forms…"), job), self._forms_done)

    def _forms_done(self, written: object) -> None:
        # the forms printed are in the dossier now
        self.session.changed.emit(Area.CONSENTS | Area.DOCUMENTS)
        path = getattr(written, "path", "")
        gaps = list(getattr(written, "gaps", ()))
        self._suggest_numbers()
        self._done(path)
        if gaps:
            self.status.setText(self.status.text() + "\n" + self.tr(
                "The forms' information lacks (printed as visible gaps): %1").replace(
                "%1", "; ".join(gaps)))

    def stop_jobs(self) -> None:
        """Cancel an export or a website check still running (the window is closing)."""
        if self.website_dialog is not None:
            self.website_dialog.stop_jobs()  # type: ignore[attr-defined]
        if self.runner is not None:
            self.runner.stop()
            self.runner = None

    def _finished(self) -> None:
        self.runner = None
        self.export_button.setEnabled(self.session.is_open)

    def _done(self, path: object) -> None:
        self._finished()
        if self._exporting == KIND_DOSSIER:
            self._tick_export_task()
        self.status.setText(self.tr("PDF saved: %1").replace("%1", str(path)))
        offer_to_open(self, self.tr("Export the PDF"), self.tr(
            "PDF saved:\n%1\n\nOpen it now?").replace("%1", str(path)), str(path))

    def _tick_export_task(self) -> None:
        """The compliance dossier is exported: step 6's task says so, dated today (an export
        done again moves the date; a task judged not applicable stays so)."""
        from assistant.domain.guide.model import TaskState, TaskStatus

        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        current = dossier.guide.task(EXPORT_TASK)
        if current is not None and current.status is TaskStatus.NOT_APPLICABLE:
            return
        saved = dossier.guide.pilot()
        state = TaskState(task_id=EXPORT_TASK, step=6, status=TaskStatus.DONE,
                          on=dt.date.today().isoformat(),
                          by=saved[0].name if saved else "")
        label = self.tr("compliance dossier exported")
        self.session.perform(self, self.tr("Export the PDF"), lambda: dossier.guide.settle_task(
            state, label=label), Area.GUIDE)

    def _failed(self, exc: object) -> None:
        self._finished()
        self.status.setText(self.tr("The PDF was not written."))
        if isinstance(exc, BaseException):
            show_error(self, self.tr("Export the PDF"), exc)

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Export cancelled; no file was written."))
