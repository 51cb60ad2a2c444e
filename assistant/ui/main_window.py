"""The main window: menus, the navigation sidebar and one page per area."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from assistant import APP_DISPLAY_NAME, __version__
from assistant.content.catalog import Lang
from assistant.domain.findings import ValidationError
from assistant.paths import data_dir
from assistant.store.dossier import Dossier, create_dossier, open_dossier
from assistant.store.errors import (
    CorruptDossier,
    DossierError,
    ReadOnlyLocation,
)
from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog
from assistant.ui.errors import describe, show_error
from assistant.ui.i18n import current_lang, install_translations, translate
from assistant.ui.jobs import JobRunner
from assistant.ui.pages.base import Page
from assistant.ui.pages.consents_page import ConsentsPage
from assistant.ui.pages.overview_page import OverviewPage
from assistant.ui.pages.placeholder_page import PlaceholderPage
from assistant.ui.pages.register_page import RegisterPage
from assistant.ui.pages.start_page import StartPage
from assistant.ui.session import Session
from assistant.ui.settings import Settings

log = logging.getLogger(__name__)
FILE_FILTER = translate("MainWindow", "GDPR dossiers (*.rgpd)")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[[Session, QWidget], Page]
    section: str = ""  # a heading shown in the sidebar before this page


def page_specs() -> list[PageSpec]:
    """Every page of the sidebar, in order. Each area replaces its placeholder here, in its own
    block (issue numbers in brackets)."""
    def placeholder(key: str, title: str, plan: str,
                    link: tuple[str, str] | None = None) -> Callable[[Session, QWidget], Page]:
        return lambda session, parent: PlaceholderPage(session, key, title, plan, parent,
                                                       link=link)

    specs = [PageSpec("overview", translate("MainWindow", "Overview"),
                      lambda s, p: OverviewPage(s, p))]

    # six-step guide [4]
    steps = [
        ("step1", translate("MainWindow", "1. Appoint a pilot"),
         translate("MainWindow", "Record who steers data protection in the shop, and find out "
                      "whether a data protection officer (DPO) is mandatory for you "
                      "(GDPR Art. 37).")),
        ("step2", translate("MainWindow", "2. Map your processing"),
         translate("MainWindow", "List everything you do with personal data: that list is the "
                      "register of processing activities (GDPR Art. 30). The register "
                      "itself is already here.")),
        ("step3", translate("MainWindow", "3. Prioritise the actions"),
         translate("MainWindow", "An action plan drawn from the gaps in your register, ranked by "
                      "risk to people.")),
        ("step4", translate("MainWindow", "4. Manage the risks"),
         translate("MainWindow", "Screen each processing against the nine criteria that call for "
                      "an impact assessment (GDPR Art. 35).")),
        ("step5", translate("MainWindow", "5. Organise internal processes"),
         translate("MainWindow", "Procedures for rights requests (one month), data breaches (72 "
                      "hours), processors and consent records.")),
        ("step6", translate("MainWindow", "6. Document compliance"),
         translate("MainWindow", "Keep the documentation up to date and print it as a dossier.")),
    ]
    for key, title, plan in steps:
        link = (("register", translate("MainWindow", "Open the register"))
                if key == "step2" else None)
        section = translate("MainWindow", "The six steps") if key == "step1" else ""
        specs.append(PageSpec(key, title, placeholder(key, title, plan, link), section=section))

    specs.append(PageSpec("register", translate("MainWindow", "Register"),
                          lambda s, p: RegisterPage(s, p),
                          section=translate("MainWindow", "Registers and records")))

    # consent ledger [3]
    specs.append(PageSpec("consents", translate("MainWindow", "Consents"),
                          lambda s, p: ConsentsPage(s, p)))

    # internal processes [5]: requests
    specs.append(PageSpec("requests", translate("MainWindow", "Requests"), placeholder(
        "requests", translate("MainWindow", "Rights requests"),
        translate("MainWindow", "Log the requests people make about their data (access, "
                     "erasure…) and answer within one month (GDPR Art. 12(3))."))))

    # internal processes [5]: breaches
    specs.append(PageSpec("breaches", translate("MainWindow", "Breaches"), placeholder(
        "breaches", translate("MainWindow", "Data breaches"),
        translate("MainWindow", "Log every data breach and, where needed, notify the "
                     "authority within 72 hours (GDPR Art. 33)."))))

    # internal processes [5]: processors
    specs.append(PageSpec("processors", translate("MainWindow", "Processors"), placeholder(
        "processors", translate("MainWindow", "Processors"),
        translate("MainWindow", "The providers who handle data for you and the Article 28 "
                     "checklist of their contracts. For now, processors are added "
                     "from the processing editor."),
        ("register", translate("MainWindow", "Open the register")))))

    # PDF documentation [6]
    specs.append(PageSpec("documents", translate("MainWindow", "Documents"), placeholder(
        "documents", translate("MainWindow", "Documents"),
        translate("MainWindow", "Export the compliance dossier, the register extract and "
                     "consent proofs as PDF."))))

    return specs


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = Session(self)
        self.session.opened.connect(self._dossier_changed)
        self.session.closed.connect(self._dossier_changed)
        self.session.changed.connect(self._update_title)
        self.session.undo_changed.connect(self._update_undo)
        self._jobs: list[JobRunner] = []
        self.setMinimumSize(900, 600)
        self._build()
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        if state is not None:
            self.restoreState(state)
        self._dossier_changed()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.menuBar().clear()
        self._build_menus()
        self.pages: dict[str, Page] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setMaximumWidth(290)
        self.stack = QStackedWidget()
        self.sidebar.setStyleSheet("QListWidget { padding: 4px; } "
                                   "QListWidget::item { padding: 5px 6px; }")
        for spec in page_specs():
            page = spec.factory(self.session, self.stack)
            page.navigate.connect(self.show_page)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            if spec.section:
                heading = QListWidgetItem(spec.section.upper(), self.sidebar)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 0.85)
                heading.setFont(font)
            item = QListWidgetItem(spec.title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.title)
        consents = self.pages.get("consents")  # consent ledger [3]: import in the File menu
        if isinstance(consents, ConsentsPage):
            self.file_menu.insertAction(self.act_verify, consents.import_action)
        overview = self.pages["overview"]
        if isinstance(overview, OverviewPage):
            overview.open_processing.connect(self.edit_processing)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.start = StartPage()
        self.start.new_requested.connect(self.new_dossier)
        self.start.open_requested.connect(self.open_dialog)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_requested.connect(self.open_path)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.start)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)
        self.status_path = QLabel()
        self.statusBar().addPermanentWidget(self.status_path)
        self.show_page("overview")

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New dossier…"), self.new_dossier, QKeySequence.StandardKey.New)
        self._action(file, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file, self.tr("Open the &demo dossier"), self.open_demo)
        file.addSeparator()
        self.act_backup = self._action(file, self.tr("Save a &backup copy…"), self.backup_copy,
                                       "Ctrl+Shift+S")
        self.act_export_json = self._action(file, self.tr("&Export as JSON…"), self.export_json,
                                            "Ctrl+E")
        self._action(file, self.tr("&Import a JSON export…"), self.import_json, "Ctrl+I")
        self.act_verify = self._action(file, self.tr("&Verify the dossier"), self.verify,
                                       "Ctrl+Shift+V")
        file.addSeparator()
        self.act_close = self._action(file, self.tr("&Close the dossier"), self.close_dossier,
                                      QKeySequence.StandardKey.Close)
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(edit, self.tr("&Undo"), lambda: self.session.undo(self),
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(edit, self.tr("&Redo"), lambda: self.session.redo(self),
                                     QKeySequence.StandardKey.Redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        self.act_org = self._action(edit, self.tr("&Organisation…"), self.edit_organisation)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Next page"), lambda: self._step_page(1), "Ctrl+PgDown")
        self._action(view, self.tr("&Previous page"), lambda: self._step_page(-1), "Ctrl+PgUp")
        self._action(view, self.tr("Go to the &sidebar"), self.sidebar_focus, "F6")

        settings = bar.addMenu(self.tr("&Settings"))
        language = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, text in (("", self.tr("Follow the system")), ("fr", "Français"),
                           ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setChecked(self.settings.language_choice == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About…"), self.about)
        self._action(help_menu, self.tr("Open the &log folder"), self._open_log_folder)

    # -- state ----------------------------------------------------------------------------
    def _dossier_changed(self) -> None:
        is_open = self.session.is_open
        self.central.setCurrentIndex(1 if is_open else 0)
        writable = is_open and not self.session.dossier.read_only  # type: ignore[union-attr]
        for action in (self.act_backup, self.act_export_json, self.act_verify, self.act_close):
            action.setEnabled(is_open)
        self.act_org.setEnabled(writable)
        self.start.set_recent([p for p in self.settings.recent() if p.exists()])
        self._update_title()
        self._update_undo()

    def _update_title(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            self.setWindowTitle(APP_DISPLAY_NAME)
            self.status_path.setText("")
            return
        name = dossier.organisation.get().display_name or dossier.path.stem
        suffix = self.tr(" [read only]") if dossier.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_DISPLAY_NAME}")
        self.status_path.setText(str(dossier.path) + suffix)

    def _update_undo(self) -> None:
        dossier = self.session.dossier
        undo = dossier.undo if dossier else None
        self.act_undo.setEnabled(bool(undo and undo.can_undo))
        self.act_redo.setEnabled(bool(undo and undo.can_redo))
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo.undo_label)
                              if undo and undo.can_undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", undo.redo_label)
                              if undo and undo.can_redo else self.tr("&Redo"))

    def _sidebar_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.stack.setCurrentWidget(self.pages[item.data(Qt.ItemDataRole.UserRole)])

    def show_page(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                return

    def current_page_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _step_page(self, delta: int) -> None:
        row = self.sidebar.currentRow()
        for _ in range(self.sidebar.count()):
            row = (row + delta) % self.sidebar.count()
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole):
                self.sidebar.setCurrentRow(row)
                return

    def sidebar_focus(self) -> None:
        self.sidebar.setFocus()

    # -- dossiers -------------------------------------------------------------------------
    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        try:
            dossier = open_dossier(path)
        except ReadOnlyLocation as exc:
            if not self._ask(self.tr("Open read-only?"),
                             describe(exc) + "\n\n" + self.tr("Open it read-only?")):
                return False
            return self._open_read_only(path)
        except CorruptDossier as exc:
            if not self._ask(self.tr("Damaged dossier"),
                             describe(exc) + "\n\n" + self.tr("Open it read-only?")):
                return False
            return self._open_read_only(path, check=False)
        except DossierError as exc:
            show_error(self, self.tr("Cannot open the dossier"), exc)
            if isinstance(exc, DossierError) and exc.code == "not_found":
                self.settings.remove_recent(path)
                self.start.set_recent([p for p in self.settings.recent() if p.exists()])
            return False
        self._opened(dossier)
        return True

    def _open_read_only(self, path: Path, *, check: bool = True) -> bool:
        try:
            dossier = open_dossier(path, read_only=True, check=check)
        except DossierError as exc:
            show_error(self, self.tr("Cannot open the dossier"), exc)
            return False
        self._opened(dossier)
        return True

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _opened(self, dossier: Dossier) -> None:
        self.session.open(dossier)
        self.settings.add_recent(dossier.path)
        self.settings.last_dossier = dossier.path.resolve()
        self.show_page("overview")
        log.info("opened a dossier (schema %s, read_only=%s)", dossier.schema_version,
                 dossier.read_only)

    def open_dialog(self) -> None:
        start = str(self.session.path.parent if self.session.path else data_dir())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dossier"), start,
                                                self.tr("GDPR dossiers (*.rgpd);;All files (*)"))
        if chosen:
            self.open_path(chosen)

    def new_dossier(self) -> None:
        dialog = NewDossierDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = dialog.dossier_path()
        if path.suffix != ".rgpd":
            path = path.with_suffix(".rgpd")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            dossier = create_dossier(path, language=current_lang())
        except (DossierError, OSError) as exc:
            if isinstance(exc, OSError):
                from assistant.store.errors import from_os_error

                exc = from_os_error(path, exc)
            show_error(self, self.tr("Cannot create the dossier"), exc)
            return
        try:
            dossier.organisation.save(dialog.organisation(), undoable=False)
        except (DossierError, ValidationError) as exc:
            show_error(self, self.tr("Cannot create the dossier"), exc)
        self._opened(dossier)

    def open_demo(self) -> None:
        lang: Lang = current_lang()
        path = data_dir() / ("demo-au-pain-dore.rgpd" if lang == "fr"
                             else "demo-au-pain-dore-en.rgpd")
        if path.exists():
            self.open_path(path)
            return
        from assistant.demo import build_demo

        runner = JobRunner(self, self.tr("Creating the demo dossier…"),
                           lambda: build_demo(path, lang))
        runner.done.connect(lambda _r: self.open_path(path))
        runner.error.connect(lambda exc: show_error(self, self.tr("Demo dossier"), exc))
        self._run(runner)

    def close_dossier(self) -> None:
        self.session.close()

    def edit_organisation(self) -> None:
        consents = self.pages.get("consents")  # consent ledger [3]: import in the File menu
        if isinstance(consents, ConsentsPage):
            self.file_menu.insertAction(self.act_verify, consents.import_action)
        overview = self.pages["overview"]
        if isinstance(overview, OverviewPage):
            overview.edit_organisation()

    def edit_processing(self, processing_id: int) -> None:
        self.show_page("register")
        register = self.pages["register"]
        if isinstance(register, RegisterPage):
            register.refresh_now()
            register._select([processing_id])
            register.edit_selected()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.recent() if p.exists()]
        for n, path in enumerate(recent, start=1):
            text = f"&{n} {path.name}" if n < 10 else path.name
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start.set_recent([])

    # -- long jobs ------------------------------------------------------------------------
    def _run(self, runner: JobRunner) -> None:
        self._jobs.append(runner)

        def forget(*_args: object) -> None:
            if runner in self._jobs:
                self._jobs.remove(runner)

        runner.done.connect(forget)
        runner.error.connect(forget)
        runner.cancelled.connect(forget)
        runner.start()

    def backup_copy(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        suggested = dossier.path.with_name(dossier.path.stem + "-copie.rgpd"
                                           if current_lang() == "fr"
                                           else dossier.path.stem + "-copy.rgpd")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a backup copy"),
                                                str(suggested), FILE_FILTER)
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve() == dossier.path.resolve():
            QMessageBox.warning(self, self.tr("Save a backup copy"),
                                self.tr("Choose another file than the open dossier."))
            return
        source = dossier.path

        def job():  # type: ignore[no-untyped-def]
            from assistant.store.backup import backup_job

            return (yield from backup_job(source, target))

        runner = JobRunner(self, self.tr("Saving a backup copy…"), job)
        runner.done.connect(lambda path: self.statusBar().showMessage(
            self.tr("Backup copy saved: %1").replace("%1", str(path)), 8000))
        runner.error.connect(lambda exc: show_error(self, self.tr("Save a backup copy"), exc))
        self._run(runner)

    def export_json(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as JSON"), str(dossier.path.with_suffix(".json")),
            self.tr("JSON files (*.json)"))
        if not chosen:
            return
        source, target = dossier.path, Path(chosen)

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.json_dossier import export_json

            with open_dossier(source, read_only=True, check=False) as worker_dossier:
                yield from export_json(worker_dossier, target)
            return target

        runner = JobRunner(self, self.tr("Exporting…"), job)
        runner.done.connect(lambda path: self.statusBar().showMessage(
            self.tr("Exported: %1").replace("%1", str(path)), 8000))
        runner.error.connect(lambda exc: show_error(self, self.tr("Export as JSON"), exc))
        self._run(runner)

    def import_json(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a JSON export"),
                                                str(data_dir()), self.tr("JSON files (*.json)"))
        if not chosen:
            return
        source = Path(chosen)
        target_name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New dossier from the export"),
            str(data_dir() / (source.stem + ".rgpd")), FILE_FILTER)
        if not target_name:
            return
        target = Path(target_name)
        if target.suffix != ".rgpd":
            target = target.with_suffix(".rgpd")

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.json_dossier import import_json

            yield from import_json(source, target)
            return target

        runner = JobRunner(self, self.tr("Importing…"), job)
        runner.done.connect(lambda path: self.open_path(path))
        runner.error.connect(lambda exc: show_error(self, self.tr("Import a JSON export"), exc))
        self._run(runner)

    def verify(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        path = dossier.path

        def job():  # type: ignore[no-untyped-def]
            from assistant.store.verify import verify_dossier

            return (yield from verify_dossier(path))

        runner = JobRunner(self, self.tr("Verifying…"), job)
        runner.done.connect(self._show_verify_report)
        runner.error.connect(lambda exc: show_error(self, self.tr("Verify the dossier"), exc))
        self._run(runner)

    def _show_verify_report(self, report: object) -> None:
        from assistant.content.messages import messages
        from assistant.store.verify import VerifyReport

        assert isinstance(report, VerifyReport)
        msg = messages(current_lang())
        if report.sound:
            text = msg.get("verify", "sound", {"path": report.path,
                                               "version": report.schema_version})
            facts = [msg.get("verify", f"fact_{k}", {"value": v})
                     for k, v in report.facts.items()]
            QMessageBox.information(self, self.tr("Verify the dossier"),
                                    "\n".join([text, *facts]))
        else:
            lines = [msg.get("verify", "unsound", {"path": report.path,
                                                   "count": len(report.problems)})]
            lines += [f"• {msg.get('verify', p.code, p.params)}" for p in report.problems]
            QMessageBox.warning(self, self.tr("Verify the dossier"), "\n".join(lines))

    # -- settings, help -------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.settings.language_choice = code
        install_translations(self.settings.language())
        page = self.current_page_key()
        self._build()
        self._dossier_changed()
        if self.session.is_open:
            self.session.changed.emit()
        self.show_page(page or "overview")

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "<h3>%1 %2</h3><p>Helps small shops keep their GDPR register, consent records "
            "and documentation.</p><p>This app helps you organise your compliance; it is "
            "not legal advice.</p><p>Free software under the GNU GPL v3 or later. Built "
            "with Qt for Python (LGPL v3) and ReportLab (BSD).</p>")
            .replace("%1", APP_DISPLAY_NAME).replace("%2", __version__))

    def _open_log_folder(self) -> None:
        from assistant.paths import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def closeEvent(self, event: QCloseEvent) -> None:
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait(10000)
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.session.close()
        self.settings.sync()
        event.accept()
