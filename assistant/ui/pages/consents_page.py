"""The Consents page: per-purpose figures, the people of the ledger (a million rows scroll
without being loaded), search as you type, each person's status and history, recording a
consent or withdrawal, erasing a person, importing a CSV (preview, progress, cancel) and the
exports. Long work runs on a worker (:class:`~assistant.ui.jobs.JobRunner`).

The rooms around it have modules of their own: the imports
(:mod:`~assistant.ui.consent_transfer`), the exports (:mod:`~assistant.ui.consent_exports`),
the Purposes menu (:mod:`~assistant.ui.pages.consent_purposes`) and the selected person's
details (:mod:`~assistant.ui.pages.consent_person`). What stays is the page itself, some 590
lines: its widgets, the figures and the chain's state, search and selection, and
recording or erasing a person's choices, which all read and set the same widgets."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QWidget,
)

from assistant.content.catalog import read_toml
from assistant.domain.consent import EventKind
from assistant.ui import consent_exports
from assistant.ui.changes import Area
from assistant.ui.colours import brush, set_tone
from assistant.ui.dialogs.consent_dialogs import (
    EraseDialog,
    PersonDialog,
    RecordDialog,
)
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner, RunningJobs
from assistant.ui.models.processing_table_model import format_timestamp
from assistant.ui.models.subject_table_model import SEARCH_LIMIT, SubjectTableModel
from assistant.ui.pages import consent_purposes
from assistant.ui.pages.base import Page, find_action, toolbar_action
from assistant.ui.pages.consent_person import person_html
from assistant.ui.screen_fit import text_height, text_width
from assistant.ui.session import Session
from assistant.ui.widgets.fit_table import Disclosure

SEARCH_DELAY_MS = 150


def _h(text: object) -> str:
    return escape(str(text), quote=False)


class ConsentsPage(Page):
    key = "consents"
    areas = Area.CONSENTS | Area.REGISTER  # the purposes name their processing

    ALL, TO_RENEW, PAST_RETENTION = "all", "to_renew", "past_retention"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title.setText(self.tr("Consents"))
        self.setAcceptDrops(True)
        self._recorded_by = ""
        self._jobs = RunningJobs()
        # report files of refused rows this page wrote: written again without asking
        self._reports_written: set[Path] = set()
        fact = read_toml(current_lang(), "consents")["facts"]["proof"]
        intro = QLabel(f"{_h(fact['text'])} <i>({_h(fact['source'])})</i>", self)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_person = self._action(self.tr("&New customer…"), "Ctrl+Shift+N",
                                       self.new_customer)
        self.act_grant = self._action(self.tr("Record &consent…"), "Ctrl+K",
                                      lambda: self.record(EventKind.GRANTED))
        self.act_withdraw = self._action(self.tr("Record &withdrawal…"), "Ctrl+Shift+K",
                                         lambda: self.record(EventKind.WITHDRAWN))
        self.act_edit = self._action(self.tr("&Correct identity…"), "F2", self.edit_person)
        self.act_erase = self._action(self.tr("E&rase person…"), "Shift+Del", self.erase_person)
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("&Import consents (CSV, exports)…"),
                                          "Ctrl+Shift+I", self.import_dialog)
        # also in the File menu: kept up to date while the page is hidden (pages refresh only
        # when shown)
        for signal in (session.opened, session.closed, session.changed):
            signal.connect(self._update_import_action)
        self._update_import_action()  # the page may be built with a dossier already open
        export_menu = QMenu(self)
        self.act_export_ledger = export_menu.addAction(
            self.tr("The &ledger (CSV)…"), partial(consent_exports.export_csv, self, False))
        self.act_export_status = export_menu.addAction(
            self.tr("Current &statuses (CSV)…"), partial(consent_exports.export_csv, self, True))
        self.act_export_dpv = export_menu.addAction(
            self.tr("Consent records (W3C &DPV JSON)…"),
            partial(consent_exports.export_dpv, self))
        self.act_export_proof = export_menu.addAction(
            self.tr("&Proof for the selected person (JSON)…"),
            partial(consent_exports.export_proof, self))
        self.act_export_proof_pdf = export_menu.addAction(
            self.tr("Proof for the selected person (PD&F)…"),
            partial(consent_exports.export_proof_pdf, self))
        from assistant.ui.consent_transfer import ConsentTransfer

        self.transfer = ConsentTransfer(self)
        export_menu.addSeparator()  # withdrawals sent back to the tools that send messages
        self.act_suppression = {
            tool: export_menu.addAction(text, partial(self.transfer.export_suppression, tool))
            for tool, text in (("mailchimp", self.tr("Withdrawals for &Mailchimp (CSV)…")),
                               ("brevo", self.tr("Withdrawals for &Brevo (CSV)…")),
                               ("shopify", self.tr("Withdrawals for &Shopify (CSV)…")))}
        export_menu.addSeparator()
        export_menu.addAction(self.transfer.template_action)
        self.act_export_menu = self._menu_action(self.tr("E&xport"), export_menu)
        purpose_menu = QMenu(self)
        self.act_wordings = purpose_menu.addAction(self.tr("Purposes and &wordings…"),
                                                   self.open_wordings)
        purpose_menu.addSeparator()
        self.act_purpose = purpose_menu.addAction(self.tr("New &purpose…"),
                                                  partial(consent_purposes.new_purpose, self))
        purpose_menu.addAction(self.tr("&Edit the selected purpose…"),
                               partial(consent_purposes.edit_purpose, self))
        self.act_notice = purpose_menu.addAction(self.tr("New &wording for the selected "
                                                         "purpose…"),
                                                 partial(consent_purposes.new_notice, self))
        self.act_timeline = purpose_menu.addAction(self.tr("&Month by month for the selected "
                                                           "purpose…"),
                                                   partial(consent_purposes.show_timeline, self))
        self.act_purposes_menu = self._menu_action(self.tr("&Purposes"), purpose_menu,
                          accessible=self.tr("Purposes and wordings"))
        self.layout_.addWidget(self.toolbar)

        # consent at the till: purposes with no wording yet are offered theirs
        self.wording_offer = QLabel(self)
        self.wording_offer.setWordWrap(True)
        offer_button = QPushButton(self.tr("Write the &wordings…"), self)
        offer_button.clicked.connect(self.open_wordings)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.wording_offer, 1)
        offer_row.addWidget(offer_button)
        self.wording_offer_box = QWidget(self)
        self.wording_offer_box.setLayout(offer_row)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.wording_offer_box)

        self.purposes = QTableWidget(0, 7, self)
        self.purposes.setTabKeyNavigation(False)  # Tab leaves the list
        self.purposes.setAccessibleName(self.tr("Consent purposes"))
        self.purposes.setHorizontalHeaderLabels([
            self.tr("Purpose"), self.tr("Processing activity"), self.tr("Consented"),
            self.tr("Withdrawn"), self.tr("To renew"), self.tr("Wordings"),
            self.tr("Last choice")])
        self.purposes.verticalHeader().setVisible(False)
        self.purposes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.purposes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.purposes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.purposes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.purposes.setMaximumHeight(text_height(self.purposes, 12))
        self.purposes.doubleClicked.connect(lambda _i: consent_purposes.edit_purpose(self))
        self.layout_.addWidget(self.purposes)

        # the owner's words (is the register intact?); the proof for an inspector or an
        # accountant (the event count and the chain head) in its details, File › Verify
        # and the PDF
        self.chain = QLabel(self)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify &now"), self)
        self.verify_button.setToolTip(self.tr("File › Verify the dossier"))
        self.verify_button.clicked.connect(self._verify)
        self.proof = QLabel(self)
        self.proof.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.proof.setWordWrap(True)
        self.proof_details = Disclosure(self.tr("Proof for an inspector"), self.proof, self)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain, 1)
        chain_row.addWidget(self.verify_button)
        self.layout_.addLayout(chain_row)
        self.layout_.addWidget(self.proof_details)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, email, phone or customer "
                                               "reference (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        find_action(self, self.search)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("Everyone"), self.ALL)
        self.filter.addItem(self.tr("Consents to renew"), self.TO_RENEW)
        self.filter.addItem(self.tr("Past the retention period"), self.PAST_RETENTION)
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.count = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.buddy_label(self.tr("Sho&w:"), self.filter))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)

        self.model = SubjectTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # fixed row heights: the view never asks a million rows for their size
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        people_header = self.table.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        people_header.setStretchLastSection(False)
        for col, chars in enumerate((30, 37, 14, 20, 13, 13)):
            self.table.setColumnWidth(col, text_width(self.table, chars))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter or a double click: record a consent for the person (activated is both)
        self.table.activated.connect(lambda _i: self.record(EventKind.GRANTED))

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Selected person"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.layout_.addWidget(splitter, 1)
        self._selection_changed()

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        return toolbar_action(self, self.toolbar, text, shortcut, slot)

    def menu_actions(self) -> list[QAction]:
        return [*super().menu_actions(), self.act_export_menu, self.act_purposes_menu]

    def _menu_action(self, text: str, menu: QMenu, *, accessible: str = "") -> QAction:
        """A toolbar entry that opens a menu. An action, not a widget: a toolbar too narrow
        for it lists it in its overflow menu (»), where widgets are not listed at all."""
        action = QAction(text, self)
        action.setMenu(menu)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setAccessibleName(accessible or text.replace("&", ""))
        return action

    def _update_import_action(self) -> None:
        dossier = self.session.dossier
        self.import_action.setEnabled(dossier is not None and not dossier.read_only)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        dossier = self.session.dossier
        selected = self.selected_id()
        self.model.set_repository(dossier.consents if dossier else None)
        self._fill_purposes()
        self.show_chain()
        if self.search.text().strip() or self.filter.currentData() != self.ALL:
            self.apply_search()
        else:
            self._update_count()
        if selected is not None:
            self.select(selected)
        self._selection_changed()

    def _fill_purposes(self) -> None:
        dossier = self.session.dossier
        summary = dossier.consents.purpose_summary() if dossier else []
        names = {p.id: p.name for p in dossier.register.list()} if dossier else {}
        self.purposes.setRowCount(len(summary))
        for row, s in enumerate(summary):
            linked = names.get(s.processing_id, "") if s.processing_id else \
                self.tr("not linked to a processing")
            values = [s.label, linked, s.granted, s.withdrawn, s.to_renew, s.notices,
                      format_timestamp(s.last_event)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, s.purpose_id)
                if col >= 2 and col <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if (col == 1 and not s.processing_id) or (col == 4 and s.to_renew) or (
                        col == 5 and not s.notices):
                    item.setForeground(brush("warning"))
                    if col == 5:
                        item.setToolTip(self.tr("No wording recorded: add the text people "
                                                "see, to prove what they agreed to."))
                self.purposes.setItem(row, col, item)

    def show_chain(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            self.chain.setText("")
            self.proof.setText("")
            self.wording_offer_box.hide()
            return
        from assistant.store.verify_log import last_verify

        head = dossier.consents.chain_head()
        count = self.tr("%n choice(s) recorded", "", head.count)
        checked = last_verify(dossier.uuid, dossier.path)
        if checked is None:
            state = self.tr("Not verified yet.")
            set_tone(self.chain, None)
        elif not checked.sound:
            state = self.tr("The last verification, on %1, found a problem: File › Verify "
                            "the dossier says which.").replace("%1", format_timestamp(
                                checked.at))
            set_tone(self.chain, "danger")
        else:
            state = self.tr("Register intact, verified on %1.").replace(
                "%1", format_timestamp(checked.at))
            if checked.changed_since(dossier.path):
                state += " " + self.tr("Changed since (new choices are checked at the next "
                                       "verification).")
            set_tone(self.chain, None)
        text = f"{count}. {state}"
        unworded = sum(dossier.consents.unworded_consents().values())
        if unworded:
            text += "\n" + self.tr(
                "⚠ %n consent(s) were recorded without the wording shown (imported from a "
                "source that had none, or typed in before a wording was required): they prove "
                "less than the others; the action plan lists them.", "", unworded)
        self.chain.setText(text)
        self._show_wording_offer()
        self.proof.setText(self.tr(
            "Events in the ledger: %1. Chain head: %2. Print it or keep it apart: File › "
            "Verify against a printed head later shows that no event recorded before it was "
            "removed or changed.")
            .replace("%1", f"{head.count:,}".replace(",", "\u202f")).replace("%2", head.hash))

    def _verify(self) -> None:
        window = self.window()
        verify = getattr(window, "verify", None)
        if callable(verify):
            verify()

    def _show_wording_offer(self) -> None:
        """Purposes with no wording (a dossier made before wordings were drafted): offered
        theirs, from the dossier."""
        from assistant.store.consent_wordings import purposes_without_wording

        dossier = self.session.dossier
        missing = purposes_without_wording(dossier) if dossier is not None else []
        self.wording_offer_box.setVisible(bool(missing) and dossier is not None
                                          and not dossier.read_only)
        if missing:
            self.wording_offer.setText(self.tr(
                "%n purpose(s) have no wording: a consent to them could not be recorded. The "
                "app can write them from the dossier (Consents › Purposes and wordings).", "",
                len(missing)))

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.searching and n >= SEARCH_LIMIT:
            self.count.setText(self.tr("first %1 matches: type more").replace(
                "%1", str(SEARCH_LIMIT)))
        else:
            self.count.setText(self.tr("%n person(s)", "", n))

    def apply_search(self) -> None:
        self._search_timer.stop()
        dossier = self.session.dossier
        if dossier is None:
            return
        mode = self.filter.currentData()
        text = self.search.text().strip()
        if mode == self.TO_RENEW:
            ids = list(dict.fromkeys(s for s, _p, _w in dossier.consents.consents_to_renew(
                limit=SEARCH_LIMIT)))
        elif mode == self.PAST_RETENTION:
            ids = [s for s, _w in dossier.consents.past_retention(limit=SEARCH_LIMIT)]
        else:
            ids = None
        if text:
            found = dossier.consents.search(text, limit=SEARCH_LIMIT)
            matching = set(found)
            ids = found if ids is None else [i for i in ids if i in matching]
        if ids is None:
            self.model.show_all()
        else:
            self.model.show_ids(ids)
        self._update_count()
        if text and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.subject_id(rows[0].row()) if rows else None

    def select(self, subject_id: int) -> None:
        row = self.model.row_of(subject_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        sid = self.selected_id()
        subject = dossier.consents.subject(sid) if dossier and sid else None
        live = subject is not None and not subject.erased
        for action in (self.act_grant, self.act_withdraw, self.act_edit, self.act_erase):
            action.setEnabled(writable and live)
        self.act_export_proof.setEnabled(subject is not None)
        self.act_export_proof_pdf.setEnabled(subject is not None)
        for action in (self.act_person, self.import_action, self.act_purpose, self.act_notice):
            action.setEnabled(writable)
        if subject is None:
            self.details.setHtml("<p>" + _h(self.tr(
                "Select a person to see their consents and history, or search by name, email, "
                "phone or customer reference (Ctrl+F). Record a consent with Ctrl+K.")) + "</p>")
            return
        assert dossier is not None
        self.details.setHtml(person_html(subject, dossier.consents.statuses(subject.id),
                                         dossier.consents.history(subject.id)))

    # -- people and choices ---------------------------------------------------------------
    def new_customer(self) -> None:
        """The till dialog: a customer and their choices for every purpose, in one go."""
        from assistant.ui.till_actions import record_at_till

        subject_id = record_at_till(self, self.session)
        if subject_id is not None:
            self.show_person(subject_id)

    def show_person(self, subject_id: int) -> None:
        """Select a person just recorded (found by their email, phone or reference)."""
        dossier = self.session.dossier
        subject = dossier.consents.subject(subject_id) if dossier else None
        if subject is None:
            return
        ident = subject.identity
        self.search.setText(ident.email or ident.customer_ref or ident.phone)
        self.apply_search()
        self.select(subject_id)

    def open_wordings(self) -> None:
        from assistant.ui.till_actions import open_wordings

        open_wordings(self, self.session)

    def edit_person(self) -> None:
        dossier = self.session.dossier
        sid = self.selected_id()
        subject = dossier.consents.subject(sid) if dossier and sid else None
        if subject is None or subject.erased or dossier is None:
            return
        dialog = PersonDialog(self, subject.identity)
        self.session.perform_from(dialog, self.tr("Correct identity"),
                                  lambda: dossier.consents.update_identity(subject.id,
                                                                           dialog.identity()))

    def record(self, kind: EventKind) -> None:
        dossier = self.session.dossier
        sid = self.selected_id()
        subject = dossier.consents.subject(sid) if dossier and sid else None
        if subject is None or subject.erased or dossier is None or dossier.read_only:
            return
        ident = subject.identity
        from assistant.ui.dialogs.wording_dialogs import write_wording

        dialog = RecordDialog(dossier.consents.purposes(), dossier.consents.notices(),
                              ident.display_name or ident.email or ident.customer_ref, self,
                              kind=kind, recorded_by=self._recorded_by,
                              purpose_id=self.selected_purpose(),
                              write_wording=lambda p: write_wording(self.session, p, self))

        def record() -> object:
            values = dialog.values()
            self._recorded_by = str(values["recorded_by"])
            # a consent is recorded with the wording that was shown, or not at all
            return dossier.consents.record(subject.id, **values,  # type: ignore[arg-type]
                                           require_notice=True)

        done, _ = self.session.perform_from(dialog, self.tr("Record a choice"), record)
        if done:
            self.select(subject.id)

    def erase_person(self) -> None:
        dossier = self.session.dossier
        sid = self.selected_id()
        subject = dossier.consents.subject(sid) if dossier and sid else None
        if subject is None or subject.erased or dossier is None:
            return
        name = subject.identity.display_name or subject.identity.email or \
            subject.identity.customer_ref
        dialog = EraseDialog(name, self, recorded_by=self._recorded_by)

        def erase() -> object:
            reason, recorded_by = dialog.values()
            self._recorded_by = recorded_by
            return dossier.consents.erase_subject(subject.id, reason=reason,
                                                  recorded_by=recorded_by)

        done, _ = self.session.perform_from(dialog, self.tr("Erase a person"), erase)
        reach = dossier.consents.last_reach
        if done and reach is not None:  # once the page shows the person erased
            from assistant.ui.erasure_reach import tell_erasure_reach

            QTimer.singleShot(0, lambda: tell_erasure_reach(self, self.tr("Erase a person"),
                                                            reach))

    # -- purposes and wordings (their menu: consent_purposes) ------------------------------
    def selected_purpose(self) -> int | None:
        """The id of the purpose selected in the table of purposes."""
        items = self.purposes.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    # -- import and exports ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith((".csv", ".txt",
                                                                       ".zip")):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            self.import_file(Path(urls[0].toLocalFile()))

    # The flows in and out of files live in ui/consent_transfer.py; the page keeps these
    # entry points (the File menu, drag and drop, tests).
    def import_dialog(self) -> None:
        self.transfer.import_dialog()

    def import_file(self, source: Path, *, skip_invalid: bool = False) -> None:
        self.transfer.import_file(source, skip_invalid=skip_invalid)

    def run_import(self, source: Path, *, skip_invalid: bool = False,
                   report: Path | None = None, layout: str = "auto", mapping: object = None,
                   purposes: dict[str, str] | None = None,
                   overwrite: bool = False) -> JobRunner | None:
        return self.transfer.run_import(source, skip_invalid=skip_invalid, report=report,
                                        layout=layout, mapping=mapping, purposes=purposes,
                                        overwrite=overwrite)

    def run_job(self, runner: JobRunner) -> None:
        """Start ``runner``; it is cancelled if the window closes first (:meth:`stop_jobs`)."""
        self._jobs.start(runner)

    _run = run_job  # the name the import flows (consent_transfer) know it by

    def stop_jobs(self) -> None:
        """Cancel an import or export still running (the window is closing)."""
        self._jobs.stop_all()

    def _save_name(self, title: str, suggested: str, pattern: str) -> Path | None:
        """See :func:`assistant.ui.consent_exports.save_name` (the import flows ask it)."""
        return consent_exports.save_name(self, title, suggested, pattern)
