"""The accountant's desk: every dossier of a folder in one table, as a work list (File › Open
a folder of dossiers…, Ctrl+Shift+O).

The folder is read on a worker (:func:`assistant.store.portfolio.scan_folder`): the file
names appear at once, then each row fills in as its dossier is read; the files are opened
read-only, without the instance lock, so the owners working in them are never blocked, and
nothing is ever written to them. The view opens on what needs doing this week; the Client
column stays in view while the others scroll; rows stay on one line, with the whole text in a
tooltip. The folder is read again by itself when its files change. Sort order and columns are
remembered.

Double-click (or Enter) opens a dossier in the main window; a right-click offers what can be
done with the rows chosen. Batch actions (:mod:`assistant.ui.portfolio_actions`) work on the
selected rows when several are selected, otherwise on the rows shown.

Why one file of some 670 lines: the batch actions and the table's words
(:mod:`assistant.ui.models.portfolio_cells`) are out already; what stays is the window
itself, its menus, columns, the reading of the folder and the rows chosen, which all act on
the one table, its model and its filter, and are read best beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.progress import Progress
from assistant.store.desk import Desk
from assistant.store.portfolio import DossierSummary, counts
from assistant.ui.actions import menu_action
from assistant.ui.errors import describe
from assistant.ui.folder_watch import FolderWatch
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner, RunningJobs
from assistant.ui.models.portfolio_model import (
    PATH_ROLE,
    SUMMARY_ROLE,
    PortfolioFilterModel,
    PortfolioModel,
)
from assistant.ui.portfolio_actions import DeskActions
from assistant.ui.screen_fit import resize_within_screen, restore_geometry, text_width
from assistant.ui.session import Session
from assistant.ui.settings import Settings
from assistant.ui.widgets.frozen_table import FrozenColumnTable

HEADER_KEY = "portfolio/header"
LOCK_POLL_MS = 20_000
# each column's first width, in average characters of the table's font (a client's name, a
# deadline and what it is for): wider with a larger font, as its words are
WIDTHS = {PortfolioModel.COL_CLIENT: 37, PortfolioModel.COL_FILE: 22,
          PortfolioModel.COL_SIRET: 20, PortfolioModel.COL_STATUS: 25,
          PortfolioModel.COL_NEXT: 47, PortfolioModel.COL_LATE: 40,
          PortfolioModel.COL_CONTACT: 33, PortfolioModel.COL_CHANGED: 22,
          PortfolioModel.COL_STEPS: 13, PortfolioModel.COL_ACTIONS: 28,
          PortfolioModel.COL_VERIFY: 25, PortfolioModel.COL_STAFF: 18,
          PortfolioModel.COL_REVIEW: 17, PortfolioModel.COL_REMINDER: 17,
          PortfolioModel.COL_NOTE: 37}


class ReadingRelay(QObject):
    """Carries what the scanning worker hands over to the GUI thread (queued signals), and
    tells whoever follows a reading (the window's ``relay``) when the files are listed and
    each one is read. Each carries the number of the scan it belongs to, so a scan replaced
    by another one cannot fill the table with the old folder's rows."""

    listed = Signal(int, object)  # scan number, list[Path]
    summarised = Signal(int, object)  # scan number, DossierSummary


class PortfolioWindow(DeskActions, QMainWindow):
    open_requested = Signal(str)  # the path of a dossier to open in the main window

    def __init__(self, settings: Settings, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.settings = settings
        self.session = session
        self.folder: Path | None = None
        self.desk = Desk()
        self._scan: JobRunner | None = None
        self._scan_number = 0
        self._jobs = RunningJobs()
        self._session_path: Path | None = None
        self._help: Any = None
        self.setWindowTitle(self.tr("Folder of dossiers"))
        self.setMinimumSize(900, 480)

        self.model = PortfolioModel(self, desk=self.desk)
        self.proxy = PortfolioFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.relay = ReadingRelay(self)
        self.relay.listed.connect(self._listed)
        self.relay.summarised.connect(self._summarised)
        self.watch = FolderWatch(self)
        self.watch.changed.connect(self.refresh_paths)
        self.watch.relist.connect(self.refresh)
        # A program that stops without closing leaves its lock file as it was: no file event
        # says the dossier is free again, so the rows shown as open elsewhere are looked at
        # again now and then.
        self.lock_poll = QTimer(self)
        self.lock_poll.setInterval(LOCK_POLL_MS)
        self.lock_poll.timeout.connect(self._poll_locks)

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
        self.search.setPlaceholderText(self.tr("Search a client, SIREN or SIRET, city, contact "
                                               "or file (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the dossiers"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_filter = QComboBox(central)
        self.show_filter.setAccessibleName(self.tr("Which dossiers to show"))
        for text, value in (
                (self.tr("To do this week"), PortfolioFilterModel.WEEK),
                (self.tr("All dossiers"), PortfolioFilterModel.ALL),
                (self.tr("Files that cannot be read"), PortfolioFilterModel.UNREADABLE),
                (self.tr("Open by someone"), PortfolioFilterModel.OPEN_ELSEWHERE),
                (self.tr("To verify"), PortfolioFilterModel.TO_VERIFY)):
            self.show_filter.addItem(text, value)
        self.show_filter.setToolTip(self.tr(
            "To do this week: anything late, anything due within 7 days (a request, a breach's "
            "72 hours, a dated action, consents to renew), and files that cannot be read or "
            "failed their verification"))
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.proxy.set_show(PortfolioFilterModel.WEEK)
        show_label = QLabel(self.tr("Sho&w:"), central)  # a combo is read by its label
        show_label.setBuddy(self.show_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(show_label)
        filters.addWidget(self.show_filter)
        layout.addLayout(filters)

        self.table = FrozenColumnTable(central)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Dossiers of the folder"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.frozen.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._setup_columns()
        header.sortIndicatorChanged.connect(lambda *_: self._save_header())
        header.sectionResized.connect(lambda *_: self._save_header())
        self.table.doubleClicked.connect(self._open_index)
        # Enter on a row (and, where the platform activates items on a click, that click);
        # the main window ignores a request for the dossier it already has open
        self.table.activated.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.frozen.customContextMenuRequested.connect(
            lambda pos: self._row_menu(self.table.frozen.viewport().mapTo(
                self.table.viewport(), pos)))
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Reading progress"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(text_width(self.progress, 36))
        self.progress.setAccessibleName(self.tr("Dossiers read"))
        self.cancel_button = QPushButton(self.tr("Stop reading"), self)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._show_scanning(False)

        self._build_menus()
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions())
        if not restore_geometry(self, settings.value("portfolio/geometry")):
            resize_within_screen(self, 1360, 720)
        if session is not None:
            session.opened.connect(self._session_opened)
            session.closed.connect(self._session_closed)

    # -- columns: widths, chooser, remembered ---------------------------------------------
    def _setup_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for col in range(PortfolioModel.COLUMN_COUNT):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            # never a cut title: room for the words and the sort arrow
            self.table.setColumnWidth(col, max(text_width(self.table, WIDTHS.get(col, 12)),
                                               metrics.horizontalAdvance(title) + 34))
        for col in PortfolioModel.HIDDEN_AT_FIRST:
            self.table.setColumnHidden(col, True)
        saved = self.settings.value(HEADER_KEY)
        if isinstance(saved, QByteArray) and header.restoreState(saved):
            self.table.setColumnHidden(PortfolioModel.COL_CLIENT, False)
            header.setSectionsMovable(False)
        else:
            header.setSortIndicator(PortfolioModel.COL_NEXT, Qt.SortOrder.AscendingOrder)
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.frozen.setColumnWidth(0, self.table.columnWidth(0))

    def _save_header(self) -> None:
        self.settings.set_value(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Which columns to show (the Client column always is)."""
        menu = QMenu(self.tr("Columns"), self)
        for col in range(1, PortfolioModel.COLUMN_COUNT):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.set_column_shown(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Show the usual columns"), self.reset_columns)
        return menu

    def set_column_shown(self, col: int, shown: bool) -> None:
        if col == PortfolioModel.COL_CLIENT:
            return
        self.table.setColumnHidden(col, not shown)
        self._save_header()

    def reset_columns(self) -> None:
        for col in range(1, PortfolioModel.COLUMN_COUNT):
            self.table.setColumnHidden(col, col in PortfolioModel.HIDDEN_AT_FIRST)
        self._save_header()

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
        self._action(folder, self.tr("Your &firm's name…"), self.set_firm)
        self.columns_menu = folder.addMenu(self.tr("Co&lumns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        folder.addSeparator()
        self._action(folder, self.tr("C&lose this window"), self.close,
                     QKeySequence.StandardKey.Close)
        dossiers = bar.addMenu(self.tr("&Dossiers"))
        self.act_open = self._action(dossiers, self.tr("&Open in the main window"),
                                     self.open_selected)
        self.act_open.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.act_open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_open)
        self.act_follow = self._action(dossiers, self.tr("&Follow-up…"), self.edit_follow_up,
                                       "Ctrl+E")
        self.act_reminded = self._action(dossiers, self.tr("&Reminded today"),
                                         self.mark_reminded)
        dossiers.addSeparator()
        self.act_new = self._action(dossiers, self.tr("&New client dossier from a model…"),
                                    self.new_from_model, QKeySequence.StandardKey.New)
        self.act_import_register = self._action(
            dossiers, self.tr("New dossier from a CNIL &register spreadsheet…"),
            self.import_register)
        dossiers.addSeparator()
        self.act_export = self._action(dossiers, self.tr("&Export as PDF…"), self.export_all,
                                       "Ctrl+P")
        self.act_verify = self._action(dossiers, self.tr("&Verify"), self.verify_all,
                                       "Ctrl+Shift+V")
        self.act_letters = self._action(dossiers, self.tr("&Letters to the clients…"),
                                        self.letters, "Ctrl+L")
        self.act_calendar = self._action(dossiers, self.tr("Deadlines to a &calendar…"),
                                         self.calendar, "Ctrl+K")
        self.act_register = self._action(dossiers,
                                         self.tr("Register as the CNIL's &spreadsheet…"),
                                         self.export_register)
        dossiers.addSeparator()
        self.act_summary = self._action(dossiers, self.tr("&Summary of the folder (PDF, "
                                                          "Excel, CSV)…"),
                                        self.summary_pdf, "Ctrl+Shift+P")
        dossiers.aboutToShow.connect(self._update_actions)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Help for this window"), self.show_help,
                     QKeySequence.StandardKey.HelpContents)
        self._update_actions()

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.column_menu().actions():
            self.columns_menu.addAction(action)

    def _update_actions(self) -> None:
        has_folder = self.folder is not None
        for action in (self.act_refresh, self.act_new, self.act_export, self.act_verify,
                       self.act_summary, self.act_letters, self.act_calendar,
                       self.act_import_register):
            action.setEnabled(has_folder)
        chosen = len(self.selected_paths())
        self.act_register.setEnabled(chosen == 1)
        self.act_follow.setEnabled(chosen >= 1)
        self.act_reminded.setEnabled(chosen >= 1)
        scope = self.tr(" (%n selected)", "", chosen) if chosen > 1 else ""
        self.act_export.setText(self.tr("&Export as PDF…") + scope)
        self.act_verify.setText(self.tr("&Verify") + scope)
        self.act_letters.setText(self.tr("&Letters to the clients…") + scope)
        self.act_calendar.setText(self.tr("Deadlines to a &calendar…") + scope)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row(),
                                                                              QModelIndex()):
            self.table.selectRow(index.row())
        self.row_menu().exec(self.table.viewport().mapToGlobal(pos))

    def row_menu(self) -> QMenu:
        """What can be done with the chosen rows (right-click)."""
        self._update_actions()
        menu = QMenu(self)
        paths = self.selected_paths()
        if len(paths) == 1:
            menu.addAction(self.act_open)
            menu.addAction(self.tr("Show in its &folder"), self.show_in_folder)
            summary = self.selected_summaries()
            if summary and summary[0].contact_email:
                menu.addAction(self.tr("Copy the contact's &email"), self.copy_email)
            menu.addSeparator()
        menu.addAction(self.act_follow)
        menu.addAction(self.act_reminded)
        menu.addSeparator()
        for action in (self.act_export, self.act_letters, self.act_calendar, self.act_verify):
            menu.addAction(action)
        if len(paths) == 1:
            menu.addAction(self.act_register)
        return menu

    # -- choosing and reading the folder --------------------------------------------------
    def remembered_folder(self) -> Path | None:
        value = self.settings.value("portfolio/folder", "")
        return Path(str(value)) if value else None

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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

    def show_all(self) -> None:
        self.show_filter.setCurrentIndex(self.show_filter.findData(PortfolioFilterModel.ALL))

    def _filter_changed(self, _index: int) -> None:
        self.proxy.set_show(str(self.show_filter.currentData()))
        if self._scan is None:
            self.status.setText(self.summary_line())

    def refresh(self) -> None:
        """Read the whole folder again (the list of files too)."""
        if self.folder is None:
            return
        folder, recursive, lang = self.folder, self.recursive.isChecked(), current_lang()
        number = self._next_scan()
        relay = self.relay

        def job() -> Generator[Progress, None, list[DossierSummary]]:
            from assistant.store.portfolio import scan_folder

            return (yield from scan_folder(
                folder, recursive=recursive, lang=lang,
                on_list=lambda paths: relay.listed.emit(number, paths),
                on_summary=lambda s: relay.summarised.emit(number, s)))

        self._start_scan(job, number)

    def refresh_paths(self, paths: list[Path]) -> None:
        """Read these files again (after an open, a close, a change on disk)."""
        if not paths or not self.isVisible():
            return
        lang = current_lang()
        relay = self.relay
        number = self._scan_number  # rows of the current scan: no new list

        def job() -> Generator[Progress, None, list[DossierSummary]]:
            from assistant.store.portfolio import scan

            return (yield from scan(paths, lang=lang,
                                    on_summary=lambda s: relay.summarised.emit(number, s)))

        runner = JobRunner(self, self.tr("Reading…"), job, show_dialog=False)
        runner.done.connect(lambda _r: self._say_summary())
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

    def _poll_locks(self) -> None:
        held = [s.path for s in self.model.summaries() if s.holder and not s.holder_is_me]
        if held and self._scan is None:
            self.refresh_paths(held)

    def _listed(self, number: int, paths: object) -> None:
        if number != self._scan_number:
            return
        assert isinstance(paths, list)
        self.model.set_paths(paths)
        self.progress.setRange(0, max(len(paths), 1))
        self.progress.setValue(0)
        folders = {p.parent for p in paths} | ({self.folder} if self.folder else set())
        self.watch.watch(sorted(folders), paths)
        self.lock_poll.start()

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

    @property
    def reading(self) -> bool:
        """Whether the folder is being read (the table is still filling)."""
        return self._scan is not None

    def cancel_scan(self) -> None:
        if self._scan is not None:
            self._scan.cancel()

    def _show_scanning(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)

    def _say_summary(self) -> None:
        """The summary line, once no folder is being read any more (a later reading says its
        own when it ends)."""
        if self._scan is None:
            self.status.setText(self.summary_line())

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
        if totals["shared_siret"]:
            parts.append(self.tr("%n share a SIRET", "", totals["shared_siret"]))
        if cancelled:
            unread = total - self.model.read_count
            parts.append(self.tr("reading stopped: %n not read", "", unread))
        shown = self.proxy.rowCount()
        if shown != total and self.proxy.show != PortfolioFilterModel.ALL:
            parts.append(self.tr("%n shown", "", shown))
        return " · ".join(parts)

    # -- the rows chosen ------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source rows of the selected rows, in the view's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in rows]

    def selected_paths(self) -> list[Path]:
        return [self.model.path_at(r) for r in self.selected_rows()]

    def selected_summaries(self) -> list[DossierSummary]:
        out = []
        for r in self.selected_rows():
            s = self.model.summary_at(r)
            if s is not None:
                out.append(s)
        return out

    def shown_paths(self) -> list[Path]:
        """The rows the filter and the search show, in the view's order."""
        return [Path(str(self.proxy.index(r, 0).data(PATH_ROLE)))
                for r in range(self.proxy.rowCount())]

    def batch_paths(self) -> list[Path]:
        """What a batch action works on: the selected rows when several are selected,
        otherwise every row shown."""
        chosen = self.selected_paths()
        return chosen if len(chosen) > 1 else self.shown_paths()

    def selected_path(self) -> Path | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return Path(str(index.data(PATH_ROLE)))

    # -- opening --------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(str(index.data(PATH_ROLE)))

    def open_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.open_requested.emit(str(path))

    def show_in_folder(self) -> None:
        paths = self.selected_paths()
        if paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))

    def copy_email(self) -> None:
        chosen = self.selected_summaries()
        if chosen and chosen[0].contact_email:
            QGuiApplication.clipboard().setText(chosen[0].contact_email)
            self.statusBar().showMessage(self.tr("Email copied: %1").replace(
                "%1", chosen[0].contact_email), 4000)

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

    # -- the firm's settings --------------------------------------------------------------
    def set_firm(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Your firm's name"),
            self.tr("Printed on the summary and signing the letters to clients:"),
            QLineEdit.EchoMode.Normal, self.desk.firm)
        if ok:
            self.desk.set_firm(name)
            self.desk.save()

    # -- help, closing --------------------------------------------------------------------
    def _run(self, runner: JobRunner) -> None:
        self._jobs.start(runner)

    def show_help(self) -> None:
        from assistant.ui.dialogs.help_window import HelpWindow, help_file

        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show_page(help_file("portfolio"))
        self._help.show()
        self._help.raise_()

    def stop_jobs(self) -> None:
        """Cancel running jobs and wait for their threads (a QThread must not outlive Qt)."""
        self.watch.stop()
        self.lock_poll.stop()
        self._jobs.stop_all()
        self._scan = None
        self._show_scanning(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        self.settings.set_value("portfolio/geometry", self.saveGeometry())
        self._save_header()
        event.accept()


__all__ = ["SUMMARY_ROLE", "PortfolioWindow"]
