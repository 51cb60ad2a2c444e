"""The accountant's desk: every dossier of a folder in one table (File › Open a folder of
dossiers…, Ctrl+Shift+O).

The folder is read on a worker (:func:`assistant.store.portfolio.scan_folder`): the file
names appear at once, then each row fills in as its dossier is read; the files are opened
read-only, without the instance lock, so the owners working in them are never blocked.
Double-click (or Enter) opens a dossier in the main window. Batch actions (export every
dossier as PDF, verify them all, the portfolio's summary PDF, a new client dossier from a
model) run on workers with progress and Cancel, and end with a report that names every file
that failed and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.progress import Progress
from assistant.store.batch import Outcome
from assistant.store.portfolio import DossierSummary, counts
from assistant.ui.actions import menu_action, offer_to_open
from assistant.ui.errors import describe, show_error
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner, RunningJobs
from assistant.ui.models.portfolio_model import (
    PATH_ROLE,
    PortfolioFilterModel,
    PortfolioModel,
)
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.session import Session
from assistant.ui.settings import Settings


class _Relay(QObject):
    """Carries what the scanning worker hands over to the GUI thread (queued signals).
    Each carries the number of the scan it belongs to, so a scan replaced by another one
    cannot fill the table with the old folder's rows."""

    listed = Signal(int, object)  # scan number, list[Path]
    summarised = Signal(int, object)  # scan number, DossierSummary


class PortfolioWindow(QMainWindow):
    open_requested = Signal(str)  # the path of a dossier to open in the main window

    def __init__(self, settings: Settings, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.settings = settings
        self.session = session
        self.folder: Path | None = None
        self._scan: JobRunner | None = None
        self._scan_number = 0
        self._jobs = RunningJobs()
        self._session_path: Path | None = None
        self._help: Any = None
        self.setWindowTitle(self.tr("Folder of dossiers"))
        self.setMinimumSize(900, 480)

        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._relay = _Relay(self)
        self._relay.listed.connect(self._listed)
        self._relay.summarised.connect(self._summarised)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.folder_label = QLabel(self.tr("No folder chosen"), central)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Folder shown"))
        choose = QPushButton(self.tr("&Choose the folder…"), central)
        choose.clicked.connect(self.choose_folder)
        self.recursive = QCheckBox(self.tr("Include sub-&folders"), central)
        self.recursive.setChecked(str(settings.value("portfolio/recursive", "false"))
                                  == "true")
        self.recursive.toggled.connect(self._recursive_changed)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.recursive)
        top.addWidget(choose)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search = QLineEdit(central)
        self.search.setPlaceholderText(self.tr("Search a client, SIRET, city or file "
                                               "(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the dossiers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_filter = QComboBox(central)
        self.show_filter.setAccessibleName(self.tr("Which dossiers to show"))
        for text, value in (
                (self.tr("All dossiers"), PortfolioFilterModel.ALL),
                (self.tr("Needing attention"), PortfolioFilterModel.ATTENTION),
                (self.tr("Files that cannot be read"), PortfolioFilterModel.UNREADABLE),
                (self.tr("Open by someone"), PortfolioFilterModel.OPEN_ELSEWHERE),
                (self.tr("To verify"), PortfolioFilterModel.TO_VERIFY)):
            self.show_filter.addItem(text, value)
        self.show_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_show(str(self.show_filter.currentData())))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_filter)
        layout.addLayout(filters)

        self.table = QTableView(central)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Dossiers of the folder"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PortfolioModel.COL_CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {PortfolioModel.COL_CLIENT: 210, PortfolioModel.COL_FILE: 130,
                  PortfolioModel.COL_SIRET: 115, PortfolioModel.COL_STATUS: 170,
                  PortfolioModel.COL_CHANGED: 115, PortfolioModel.COL_STEPS: 90,
                  PortfolioModel.COL_ACTIONS: 200}
        metrics = header.fontMetrics()
        for col in range(PortfolioModel.COLUMN_COUNT - 1):  # the last one stretches
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            # never a cut title: room for the words and the sort arrow
            self.table.setColumnWidth(col, max(widths.get(col, 60),
                                               metrics.horizontalAdvance(title) + 32))
        self.table.doubleClicked.connect(self._open_index)
        # Enter on a row (and, where the platform activates items on a click, that click);
        # the main window ignores a request for the dossier it already has open
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Reading progress"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Dossiers read"))
        self.cancel_button = QPushButton(self.tr("Stop reading"), self)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._show_scanning(False)

        self._build_menus()
        geometry = settings.value("portfolio/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1360, 720)
        if session is not None:
            session.opened.connect(self._session_opened)
            session.closed.connect(self._session_closed)

    # -- menus ----------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        return menu_action(self, menu, text, slot, shortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        folder = bar.addMenu(self.tr("&Folder"))
        self._action(folder, self.tr("&Choose the folder…"), self.choose_folder,
                     QKeySequence.StandardKey.Open)
        self.act_refresh = self._action(folder, self.tr("&Read again"), self.refresh,
                                        QKeySequence.StandardKey.Refresh)
        self._action(folder, self.tr("&Search"), self._focus_search,
                     QKeySequence.StandardKey.Find)
        folder.addSeparator()
        self._action(folder, self.tr("C&lose this window"), self.close,
                     QKeySequence.StandardKey.Close)
        dossiers = self.dossiers_menu = bar.addMenu(self.tr("&Dossiers"))
        self.act_open = self._action(dossiers, self.tr("&Open in the main window"),
                                     self.open_selected)
        self.act_open.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.act_open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_open)
        dossiers.addSeparator()
        self.act_new = self._action(dossiers, self.tr("&New client dossier from a model…"),
                                    self.new_from_model, QKeySequence.StandardKey.New)
        self.act_export = self._action(dossiers, self.tr("&Export every dossier as PDF…"),
                                       self.export_all, "Ctrl+P")
        self.act_verify = self._action(dossiers, self.tr("&Verify every dossier"),
                                       self.verify_all, "Ctrl+Shift+V")
        self.act_summary = self._action(dossiers, self.tr("&Summary PDF of the folder…"),
                                        self.summary_pdf, "Ctrl+Shift+P")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Help for this window"), self.show_help,
                     QKeySequence.StandardKey.HelpContents)
        self._update_actions()

    def _update_actions(self) -> None:
        has_folder = self.folder is not None
        for action in (self.act_refresh, self.act_new, self.act_export, self.act_verify,
                       self.act_summary):
            action.setEnabled(has_folder)

    # -- choosing and reading the folder --------------------------------------------------
    def remembered_folder(self) -> Path | None:
        value = self.settings.value("portfolio/folder", "")
        return Path(str(value)) if value else None

    def choose_folder(self) -> None:
        start = str(self.folder or self.remembered_folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of dossiers"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.settings.set_value("portfolio/folder", str(folder))
        self.folder_label.setText(str(folder))
        self.setWindowTitle(self.tr("Folder of dossiers — %1").replace(
            "%1", folder.name or str(folder)))
        self._update_actions()
        self.refresh()

    def _recursive_changed(self, on: bool) -> None:
        self.settings.set_value("portfolio/recursive", "true" if on else "false")
        if self.folder is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the whole folder again (the list of files too)."""
        if self.folder is None:
            return
        folder, recursive, lang = self.folder, self.recursive.isChecked(), current_lang()
        number = self._next_scan()
        relay = self._relay

        def job() -> Generator[Progress, None, list[DossierSummary]]:
            from assistant.store.portfolio import scan_folder

            return (yield from scan_folder(
                folder, recursive=recursive, lang=lang,
                on_list=lambda paths: relay.listed.emit(number, paths),
                on_summary=lambda s: relay.summarised.emit(number, s)))

        self._start_scan(job, number)

    def refresh_paths(self, paths: list[Path]) -> None:
        """Read these files again (after an open, a close, a new dossier)."""
        if not paths:
            return
        lang = current_lang()
        relay = self._relay
        number = self._scan_number  # rows of the current scan: no new list

        def job() -> Generator[Progress, None, list[DossierSummary]]:
            from assistant.store.portfolio import scan

            return (yield from scan(paths, lang=lang,
                                    on_summary=lambda s: relay.summarised.emit(number, s)))

        runner = JobRunner(self, self.tr("Reading…"), job, show_dialog=False)
        self._run(runner)

    def _next_scan(self) -> int:
        if self._scan is not None:
            self._scan.cancel()
        self._scan_number += 1
        return self._scan_number

    def _start_scan(self, job: Callable[[], Generator[Progress, None, Any]], number: int
                    ) -> None:
        runner = JobRunner(self, self.tr("Reading the folder…"), job, show_dialog=False)
        self._scan = runner
        runner.progress.connect(lambda done, total, _stage: self._scan_progress(
            number, done, total))
        runner.done.connect(lambda _r: self._scan_ended(number))
        runner.cancelled.connect(lambda: self._scan_ended(number, cancelled=True))
        runner.error.connect(lambda exc: self._scan_failed(number, exc))
        self.status.setText(self.tr("Reading the folder…"))
        self.model.set_reading(True)
        self._show_scanning(True)
        self._run(runner)

    def _listed(self, number: int, paths: object) -> None:
        if number != self._scan_number:
            return
        assert isinstance(paths, list)
        self.model.set_paths(paths)
        self.progress.setRange(0, max(len(paths), 1))
        self.progress.setValue(0)

    def _summarised(self, number: int, summary: object) -> None:
        if number != self._scan_number:
            return
        assert isinstance(summary, DossierSummary)
        self.model.put(summary)

    def _scan_progress(self, number: int, done: int, total: int) -> None:
        if number != self._scan_number or not total:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("Reading %1 of %2…").replace("%1", str(done))
                            .replace("%2", str(total)))

    def _scan_ended(self, number: int, *, cancelled: bool = False) -> None:
        if number != self._scan_number:
            return
        self._scan = None
        self._show_scanning(False)
        self.model.set_reading(False)
        self.status.setText(self.summary_line(cancelled=cancelled))

    def _scan_failed(self, number: int, exc: object) -> None:
        if number != self._scan_number:
            return
        self._scan = None
        self._show_scanning(False)
        self.model.set_paths([])
        text = describe(exc) if isinstance(exc, BaseException) else str(exc)
        self.status.setText(text)

    def cancel_scan(self) -> None:
        if self._scan is not None:
            self._scan.cancel()

    def _show_scanning(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def summary_line(self, *, cancelled: bool = False) -> str:
        totals = counts(self.model.summaries())
        total = self.model.rowCount()
        if total == 0:
            return self.tr("Reading stopped.") if cancelled else self.tr(
                "No dossier (*.rgpd file) in this folder.")
        parts = [self.tr("%n dossier(s)", "", total)]
        if totals["attention"]:
            parts.append(self.tr("%n need(s) attention", "", totals["attention"]))
        if totals["unreadable"]:
            parts.append(self.tr("%n cannot be read", "", totals["unreadable"]))
        if totals["never_verified"]:
            parts.append(self.tr("%n never verified", "", totals["never_verified"]))
        if cancelled:
            unread = total - self.model.read_count
            parts.append(self.tr("reading stopped: %n not read", "", unread))
        return " · ".join(parts)

    # -- opening --------------------------------------------------------------------------
    def selected_path(self) -> Path | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return Path(str(index.data(PATH_ROLE)))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(str(index.data(PATH_ROLE)))

    def open_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.open_requested.emit(str(path))

    def _session_opened(self) -> None:
        assert self.session is not None
        if not self.isVisible():  # closed: no job may start any more
            self._session_path = self.session.path
            return
        previous, self._session_path = self._session_path, self.session.path
        self.refresh_paths([p for p in (previous, self._session_path)
                            if p is not None and p in self.model.paths()])

    def _session_closed(self) -> None:
        previous, self._session_path = self._session_path, None
        if self.isVisible() and previous is not None and previous in self.model.paths():
            self.refresh_paths([previous])

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- batch actions --------------------------------------------------------------------
    def _run(self, runner: JobRunner) -> None:
        self._jobs.start(runner)

    def _paths_for_batch(self) -> list[Path] | None:
        """Every file of the folder as listed (the batch does not depend on the filter)."""
        paths = self.model.paths()
        if not paths:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("There is no dossier in this folder."))
            return None
        return paths

    def export_all(self) -> None:
        from assistant.ui.dialogs.batch_export_dialog import BatchExportDialog

        paths = self._paths_for_batch()
        if paths is None or self.folder is None:
            return
        remembered = self.settings.value("portfolio/outdir", "")
        outdir = Path(str(remembered)) if remembered else self.folder / "PDF"
        dialog = BatchExportDialog(len(paths), outdir, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target, options = dialog.output_folder(), dialog.options()
        overwrite = dialog.overwrite.isChecked()
        self.settings.set_value("portfolio/outdir", str(target))

        def job() -> Generator[Progress, None, list[Outcome]]:
            from assistant.reports.batch import export_all
            from assistant.store.errors import from_os_error

            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise from_os_error(target, exc) from exc
            return (yield from export_all(paths, target, options, overwrite=overwrite))

        runner = JobRunner(self, self.tr("Exporting every dossier as PDF…"), job)
        runner.done.connect(lambda outcomes: self._export_report(outcomes, target))
        runner.error.connect(lambda exc: show_error(self, self.tr("Export every dossier"),
                                                    exc))
        runner.cancelled.connect(lambda: self.statusBar().showMessage(
            self.tr("Export cancelled; the PDFs already written are complete."), 8000))
        self._run(runner)

    def _report(self, title: str, text: str, outcomes: list[Outcome],
                extra: Callable[[QMessageBox], None] | None = None) -> QMessageBox:
        failed = [o for o in outcomes if not o.ok]
        box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                          title, text, QMessageBox.StandardButton.Ok, self)
        if failed:
            box.setDetailedText("\n\n".join(self._failure_text(o) for o in failed))
            box.setInformativeText(self.tr("Failed: %1").replace(
                "%1", ", ".join(o.path.name for o in failed[:10])
                + (" …" if len(failed) > 10 else "")))
        if extra is not None:
            extra(box)
        box.exec()
        return box

    def _failure_text(self, o: Outcome) -> str:
        from assistant.content.messages import messages

        if o.error is not None:
            return f"{o.path.name}: {describe(o.error)}"
        report = o.report
        assert report is not None
        msg = messages(current_lang())
        lines = [msg.get("verify", "unsound", {"path": o.path.name,
                                               "count": len(report.problems)})]
        lines += [f"  • {msg.get('verify', p.code, p.params)}" for p in report.problems]
        return "\n".join(lines)

    def _export_report(self, outcomes: object, target: Path) -> None:
        assert isinstance(outcomes, list)
        done = [o for o in outcomes if o.ok]
        written = sum(1 for o in done if o.note in ("written", "replaced"))
        unchanged = sum(1 for o in done if o.note == "unchanged")
        failed = len(outcomes) - len(done)
        text = self.tr("%n PDF(s) written", "", written)
        if unchanged:
            text += " · " + self.tr("%n unchanged (same contents)", "", unchanged)
        if failed:
            text += " · " + self.tr("%n dossier(s) could not be exported", "", failed)
        text += "\n" + str(target)

        def add_open(box: QMessageBox) -> None:
            button = box.addButton(self.tr("Open the &folder"),
                                   QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))

        self._report(self.tr("Export every dossier"), text, outcomes, add_open)

    def verify_all(self) -> None:
        paths = self._paths_for_batch()
        if paths is None:
            return

        def job() -> Generator[Progress, None, list[Outcome]]:
            from assistant.store.batch import verify_all

            return (yield from verify_all(paths))

        runner = JobRunner(self, self.tr("Verifying every dossier…"), job)
        runner.done.connect(self._verify_report)
        runner.error.connect(lambda exc: show_error(self, self.tr("Verify every dossier"),
                                                    exc))
        runner.cancelled.connect(self.refresh)
        self._run(runner)

    def _verify_report(self, outcomes: object) -> None:
        assert isinstance(outcomes, list)
        sound = sum(1 for o in outcomes if o.ok)
        text = self.tr("%n dossier(s) sound", "", sound)
        if len(outcomes) - sound:
            text += " · " + self.tr("%n with problems or unreadable", "",
                                    len(outcomes) - sound)
        self.refresh()  # the verification column
        self._report(self.tr("Verify every dossier"), text, outcomes)

    def summary_pdf(self) -> None:
        if self.folder is None:
            return
        folder = self.folder
        today = dt.date.today()
        name = self.tr("portfolio-summary") + f"-{today.isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Summary PDF of the folder"),
                                                str(folder / name),
                                                self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        asked_for = chosen
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        target = Path(chosen)
        from assistant.ui.replace_prompt import may_replace

        overwrite = may_replace(self, self.tr("Summary PDF of the folder"), target, asked_for)
        if overwrite is None:
            return
        from assistant.reports.portfolio_pdf import PortfolioOptions

        options = PortfolioOptions(lang=current_lang(), date=today,
                                   recursive=self.recursive.isChecked())

        def job() -> Generator[Progress, None, Path]:
            from assistant.reports.portfolio_pdf import export_portfolio

            return (yield from export_portfolio(folder, target, options,
                                                overwrite=overwrite))

        runner = JobRunner(self, self.tr("Writing the summary PDF…"), job)
        runner.done.connect(self._summary_done)
        runner.error.connect(lambda exc: show_error(self, self.tr("Summary PDF"), exc))
        self._run(runner)

    def _summary_done(self, path: object) -> None:
        offer_to_open(self, self.tr("Summary PDF"), self.tr(
            "The summary is written:\n%1\n\nOpen it now?").replace("%1", str(path)), str(path))

    def new_from_model(self) -> None:
        from assistant.ui.dialogs.model_dossier_dialog import ModelDossierDialog

        if self.folder is None:
            return
        remembered = self.settings.value("portfolio/model", "")
        dialog = ModelDossierDialog(self.folder, Path(str(remembered)) if remembered else None,
                                    self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        model, organisation = dialog.model_path(), dialog.organisation()
        target = dialog.dossier_path()
        if target.suffix != ".rgpd":
            target = target.with_suffix(".rgpd")
        self.settings.set_value("portfolio/model", str(model))

        def job() -> Generator[Progress, None, Path]:
            from assistant.store.model_copy import new_from_model

            return (yield from new_from_model(model, target, organisation))

        runner = JobRunner(self, self.tr("Creating the dossier…"), job)
        runner.done.connect(self._model_done)
        runner.error.connect(lambda exc: show_error(self, self.tr("New client dossier"), exc))
        self._run(runner)

    def _model_done(self, path: object) -> None:
        assert isinstance(path, Path)
        if self.folder is not None and path.parent.resolve() == self.folder.resolve():
            self.refresh()
        answer = QMessageBox.question(
            self, self.tr("New client dossier"),
            self.tr("The dossier is created:\n%1\n\nOpen it now?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.open_requested.emit(str(path))

    # -- help, closing --------------------------------------------------------------------
    def show_help(self) -> None:
        from assistant.ui.dialogs.help_window import HelpWindow, help_file

        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show_page(help_file("portfolio"))
        self._help.show()
        self._help.raise_()

    def stop_jobs(self) -> None:
        """Cancel running jobs and wait for their threads (a QThread must not outlive Qt)."""
        self._jobs.stop_all()
        self._scan = None
        self._show_scanning(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        self.settings.set_value("portfolio/geometry", self.saveGeometry())
        event.accept()
