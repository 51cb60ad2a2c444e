"""The main window: the shell that holds the sidebar, the pages, the menus and the status
bar, and keeps them in step with the open dossier.

What the window does lives beside it, as functions of the window, one module per kind of
work: opening dossiers (:mod:`~assistant.ui.dossier_opening`, with the warnings about where a
file is in :mod:`~assistant.ui.file_warnings`), the File menu's long jobs
(:mod:`~assistant.ui.file_jobs`), the settings and help (:mod:`~assistant.ui.window_settings`),
the menu bar (:mod:`~assistant.ui.window_menus`) and the list of pages
(:mod:`~assistant.ui.sidebar_pages`). The window's methods of the same names are its public
face: menus, pages, other windows and tests call those (a little over 600 lines: that face is
a line or two a method, and reads best beside the shell it hands on from)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from assistant import APP_DISPLAY_NAME
from assistant.ui import dossier_opening as opening
from assistant.ui import window_menus as menus
from assistant.ui.colours import tone
from assistant.ui.jobs import JobRunner, RunningJobs
from assistant.ui.page_shelf import PageShelf
from assistant.ui.pages.base import Page
from assistant.ui.pages.start_page import StartPage
from assistant.ui.path_label import PathLabel
from assistant.ui.screen_fit import resize_within_screen, restore_geometry
from assistant.ui.session import Session
from assistant.ui.settings import Settings
from assistant.ui.sidebar_pages import page_specs
from assistant.ui.theme import chosen_theme
from assistant.ui.window_first_paint import AfterFirstPaint

if TYPE_CHECKING:
    # the menus' entries are made after the first paint, and their Python types with them
    from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QPaintEvent

    from assistant.store.dossier import Dossier
    from assistant.ui.consent_menu import ConsentMenu
    from assistant.ui.dialogs.help_window import HelpWindow
    from assistant.ui.portfolio_window import PortfolioWindow

__all__ = ["MainWindow", "page_specs"]


def _sidebar_item(sidebar: QListWidget, text: str) -> QListWidgetItem:
    """An entry at the end of the sidebar. Made empty, then given its text: the
    constructor's overloads (one takes an icon) would make the Python type of QIcon and its
    enumerations before the first paint."""
    item = QListWidgetItem()
    item.setText(text)
    sidebar.addItem(item)
    return item


class MainWindow(QMainWindow):
    verified = Signal()  # a verification ended (the Consents page says when it last was)

    # built with the menus' entries (window_menus: right after the first paint, or when one
    # of them is asked for before), again when the language changes
    file_menu: QMenu
    recent_menu: QMenu
    page_menu: QMenu
    page_section: QAction
    consent_menu: ConsentMenu
    status_path: PathLabel
    act_backup: QAction
    act_export_json: QAction
    act_export_pdf: QAction
    act_verify: QAction
    act_verify_head: QAction
    act_restore: QAction
    act_close: QAction
    act_undo: QAction
    act_redo: QAction
    act_org: QAction
    act_import_consents: QAction
    act_consent_template: QAction
    go_actions: list[QAction]
    _language_group: QActionGroup
    _page_entries: list[QAction]

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 opening: bool = False) -> None:
        """``opening``: a dossier is opened right after (the program's start): the start
        page is built when it is to be shown (the opening fails) or right after the first
        paint, not before it."""
        super().__init__(parent)
        self.settings = settings
        self._opening = opening
        self.session = Session(self)
        self._menus_built = False
        self.session.changed.connect(self._update_title)
        self.session.changed.connect(self._update_consent_file_actions)
        self.session.undo_changed.connect(self._update_undo)
        self._jobs = RunningJobs()
        self._help: HelpWindow | None = None
        self._portfolio: PortfolioWindow | None = None  # the accountant's desk
        self._pending_check: Dossier | None = None  # a large dossier being checked
        self._after_paint = AfterFirstPaint(self)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(3600 * 1000)  # check hourly whether a day has passed
        self._backup_timer.timeout.connect(self.daily_backup)
        self._backup_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._last_words)
        self.setMinimumSize(640, 420)  # a netbook (1024×600) shows it whole
        self._build()
        self._watching = False
        self._watch_dossier()
        geometry, state = settings.window_state()
        if not restore_geometry(self, geometry):
            resize_within_screen(self, 1280, 820)
        if state is not None:
            self.restoreState(state)
        self._dossier_changed()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self._menus_built = False
        QMainWindow.menuBar(self).clear()
        self._menu_titles = menus.build_menu_titles(self)  # their entries: ensure_menus
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setMaximumWidth(self.sidebar.fontMetrics().averageCharWidth() * 49)
        self.stack = QStackedWidget()
        self.sidebar.setStyleSheet("QListWidget { padding: 4px; } "
                                   "QListWidget::item { padding: 5px 6px; }")
        specs = page_specs()
        # each page is built when first shown or asked for (a faster start)
        self.pages = PageShelf(specs, self.session, self.stack, self._page_built)
        for spec in specs:
            if spec.section:
                heading = _sidebar_item(self.sidebar, spec.section.upper())
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(Qt.ItemDataRole.UserRole + 1, "heading")
                # not the disabled grey (1.9:1): a muted tone that still reads (4.5:1); a
                # colour, not a QBrush: its constructor's overloads make the Python types of
                # QGradient and QImage (6 ms before the first paint)
                heading.setForeground(tone("muted"))
                font = heading.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 0.85)
                heading.setFont(font)
            item = _sidebar_item(self.sidebar, spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.title)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.sidebar.itemActivated.connect(lambda _i: self._enter_page())
        # wide enough for its longest entry ("5. Organiser les processus internes"): in a small
        # window the page gives way, not the names of the pages
        self.sidebar.setMinimumWidth(min(290, self.sidebar.sizeHintForColumn(0) + 24))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._start: StartPage | None = None
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)
        if getattr(self, "status_path", None) is not None:  # built again (language): one
            self.statusBar().removeWidget(self.status_path)
            self.status_path.deleteLater()
        self.status_path = PathLabel()
        self.statusBar().addPermanentWidget(self.status_path)
        self.show_page("overview")
        # Tab in screen order (sidebar, then the page top to bottom), set once the window is
        # on the screen (a key pressed before finds it done: window_first_paint); the walk
        # and the Python types of the widgets it asks after cost the first paint some 15 ms
        self.after_first_paint(self.follow_layout)
        self.after_first_paint(self.ensure_menus)
        # there from the first paint on, whatever is shown: the window's least size is the
        # same whether a dossier is open or not
        self.after_first_paint(lambda: self.start)

    @property
    def start(self) -> StartPage:
        """What the window shows with no dossier open (built when first needed: a start
        that opens a dossier shows it only if the opening fails)."""
        if self._start is None:
            page = self._start = StartPage()
            page.new_requested.connect(self.new_dossier)
            page.open_requested.connect(self.open_dialog)
            page.demo_requested.connect(self.open_demo)
            page.recent_requested.connect(self.open_path)
            self.central.insertWidget(0, page)
            self.refresh_recent()
        return self._start

    def refresh_recent(self) -> None:
        """The start page's list of recent dossiers, those still there (once it is built)."""
        if self._start is not None:
            self._start.set_recent([p for p in self.settings.recent() if p.exists()])

    def ensure_menus(self) -> None:
        """The menus' entries and their shortcuts, if they are not there yet: right after
        the first paint, or before it when a menu opens, a key is pressed or one of them is
        asked for (see ``__getattr__``)."""
        if self._menus_built:
            return
        self._menus_built = True
        menus.fill_menus(self, self._menu_titles)
        self._sync_menus()
        self.fill_page_menu()

    def menuBar(self) -> QMenuBar:
        """The menu bar, its menus' entries there (a caller that reads them gets them)."""
        if self.__dict__.get("_menus_built") is False and "_menu_titles" in self.__dict__:
            self.ensure_menus()
        return super().menuBar()

    if not TYPE_CHECKING:  # the type checker knows these attributes from the class's notes
        def __getattr__(self, name: str) -> object:
            # an entry of the menus asked for before they were filled (a caller right after
            # the window was built): filled now, as a key or a click would have them
            if name in menus.FILLED and self.__dict__.get("_menus_built") is False:
                self.ensure_menus()
                return object.__getattribute__(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def rebuild(self) -> None:
        """Everything built again (another language), the dossier shown as it was."""
        self._build()
        self._dossier_changed()

    def _page_built(self, key: str, page: Page) -> None:
        """A page was just built (first shown or asked for): the window's ties to it."""
        page.navigate.connect(self.show_page)
        if getattr(self, "_watching", False):  # built after the window: join it
            self._watch_dossier()
            self.after_first_paint(self.follow_layout)  # Tab through the new page too
        # a page's class came with its module: look in the modules loaded, load no other
        guide = sys.modules.get("assistant.ui.pages.guide_page")
        consents = sys.modules.get("assistant.ui.pages.consents_page")
        if guide is not None and isinstance(page, guide.GuidePage):
            # the guide's pages send the user to a processing
            page.open_processing.connect(self.edit_processing)
            page.create_from_template.connect(self.create_from_template)
            page.open_record.connect(self.open_record)  # or a request, breach, processor
        if consents is not None and isinstance(page, consents.ConsentsPage):
            from PySide6.QtGui import QKeySequence

            # the page's own actions take the place of the File menu's stand-ins
            for stand_in, action in ((self.act_import_consents, page.import_action),
                                     (self.act_consent_template,
                                      page.transfer.template_action)):
                self.file_menu.insertAction(stand_in, action)
                self.file_menu.removeAction(stand_in)
                stand_in.setShortcut(QKeySequence())  # one owner of Ctrl+Shift+I
            # a File menu entry: its shortcut works from every page, not only the Consents one
            page.import_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.verified.connect(page.show_chain)

    def _watch_dossier(self) -> None:
        """After the pages: they mark themselves stale first, then the window shows the
        current one, which reads the dossier once (not once stale, once shown). A page
        built later connects later: the window's handler is connected again after it."""
        for signal in (self.session.opened, self.session.closed):
            if self._watching:
                signal.disconnect(self._dossier_changed)
            signal.connect(self._dossier_changed)
        self._watching = True

    def follow_layout(self) -> None:
        """Tab through the window in screen order (the sidebar, then the page)."""
        from assistant.ui.focus_order import follow_layout

        follow_layout(self)

    def after_first_paint(self, then: Callable[[], object]) -> None:
        """Call ``then`` right after the window's first paint (at once if it has painted):
        what the first sight of the window does not need waits until it is on the screen."""
        self._after_paint.add(then)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._after_paint.painting()

    # -- state ----------------------------------------------------------------------------
    def _dossier_changed(self) -> None:
        if self.session.is_open:
            self.central.setCurrentWidget(self.splitter)
        elif not self._opening:
            self.central.setCurrentWidget(self.start)
        self._sync_menus()
        self.refresh_recent()
        self._update_title()

    def _sync_menus(self) -> None:
        """The menus' entries enabled as the dossier allows (once the entries are there)."""
        if not self._menus_built:
            return
        is_open = self.session.is_open
        writable = is_open and not self.session.dossier.read_only  # type: ignore[union-attr]
        for action in (self.act_backup, self.act_export_json, self.act_export_pdf,
                       self.act_verify, self.act_verify_head, self.act_close,
                       *self.go_actions):
            action.setEnabled(is_open)
        # a damaged or lost dossier is restored with no dossier open
        self.act_restore.setEnabled(True)
        self.act_org.setEnabled(writable)
        menus.update_consent_file_actions(self)
        self._update_undo()

    def _update_consent_file_actions(self) -> None:
        if self._menus_built:
            menus.update_consent_file_actions(self)

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

    def undo(self) -> None:
        self.save_pending_work()  # what was just typed is the last thing to undo
        self.session.undo(self)

    def redo(self) -> None:
        self.save_pending_work()
        self.session.redo(self)

    def _update_undo(self) -> None:
        if not self._menus_built:
            return
        dossier = self.session.dossier
        undo = dossier.undo if dossier else None
        self.act_undo.setEnabled(bool(undo and undo.can_undo))
        self.act_redo.setEnabled(bool(undo and undo.can_redo))
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo.undo_label)
                              if undo and undo.can_undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", undo.redo_label)
                              if undo and undo.can_redo else self.tr("&Redo"))

    # -- pages ----------------------------------------------------------------------------
    def _sidebar_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.stack.setCurrentWidget(self.pages[item.data(Qt.ItemDataRole.UserRole)])
            self.fill_page_menu()

    def fill_page_menu(self) -> None:
        """The Edit menu's part for the page shown: its own commands."""
        if not self._menus_built:
            return  # filled with the menus
        menu = self.page_menu
        page = self.stack.currentWidget() if hasattr(self, "stack") else None
        for entry in self._page_entries:
            menu.removeAction(entry)
        actions = page.menu_actions() if isinstance(page, Page) and self.session.is_open \
            else []
        menu.addActions(actions)
        self._page_entries = list(actions)
        self.page_section.setVisible(bool(actions))

    def _enter_page(self) -> None:
        """Enter (or a double click) in the sidebar: the keyboard goes into the page."""
        from assistant.ui.focus_order import layout_order

        page = self.stack.currentWidget()
        if page is None:
            return
        for widget in layout_order(page):
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def show_page(self, key: str) -> None:
        """Show the page ``key``; ``key#next`` also brings the keyboard to where the page's
        next task is done (the overview's "Do it now" for a step's task)."""
        key, _, then = key.partition("#")
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                break
        if then == "next":
            from assistant.ui.pages.step_page import StepPage

            page = self.pages.get(key)
            if isinstance(page, StepPage):
                QTimer.singleShot(0, page.bring_next_task)  # once the page has laid itself out

    def open_record(self, key: str, record_id: int) -> None:
        """Show a register's page with one of its records selected."""
        self.show_page(key)
        page = self.pages.get(key)
        open_selected = getattr(page, "open_selected", None)
        if callable(open_selected):
            open_selected(record_id)

    def current_page_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def step_page(self, delta: int) -> None:
        row = self.sidebar.currentRow()
        for _ in range(self.sidebar.count()):
            row = (row + delta) % self.sidebar.count()
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole):
                self.sidebar.setCurrentRow(row)
                return

    def sidebar_focus(self) -> None:
        self.sidebar.setFocus()

    def edit_organisation(self) -> None:
        from assistant.ui.pages.overview_page import OverviewPage

        overview = self.pages["overview"]
        if isinstance(overview, OverviewPage):
            overview.edit_organisation()

    def edit_processing(self, processing_id: int) -> None:
        """The register, with one processing selected and its editor open."""
        from assistant.ui.pages.register_page import RegisterPage

        self.open_record("register", processing_id)
        register = self.pages["register"]
        if isinstance(register, RegisterPage):
            register.edit_selected()

    def create_from_template(self, template_id: str) -> None:
        """A processing started from a template (step 2's suggestions for the sector): the
        editor opens over the register, and once it closes the user is back on the step,
        beside the next suggestion."""
        from assistant.ui.pages.register_page import RegisterPage

        came_from = self.current_page_key()
        self.show_page("register")
        register = self.pages["register"]
        if isinstance(register, RegisterPage):
            register.create_from_template(template_id)
        if came_from.startswith("step") and self.session.is_open:
            self.show_page(came_from)

    def paint_headings(self) -> None:
        """The sidebar's headings in the muted tone of the palette in use."""
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) == "heading":
                item.setForeground(tone("muted"))

    # -- leaving work ---------------------------------------------------------------------
    def may_leave_work(self, title: str) -> bool:
        """Before the pages lose what they hold (another dossier, closing, another
        language): forms that save as you go save now; what the dossier refuses (an email
        half typed) is dropped or kept for fixing, as the user says. False if they keep
        editing."""
        from PySide6.QtWidgets import QMessageBox

        for page in self.pages.values():
            page.save_work()
        refused = [(page, what) for page in self.pages.values()
                   if (what := page.unsaved_work())]
        if not refused:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr(
            "These changes cannot be saved as they are:\n%1").replace(
                "%1", "\n".join(f"• {what}" for _, what in refused)),
            QMessageBox.StandardButton.NoButton, self)
        drop = box.addButton(self.tr("&Discard the changes"),
                             QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is drop:
            for page, _ in refused:
                page.drop_work()
            return True
        return False

    def save_pending_work(self) -> None:
        """Forms that save as you go: write what waits (before an undo, an export)."""
        for page in self.pages.values():
            page.save_work()

    # -- dossiers (dossier_opening) -------------------------------------------------------
    def opening_ended(self) -> None:
        """The start's opening is over (the dossier shown, or not): the window shows what
        it shows with no dossier when none is open. Before a dialog the opening shows (a
        lock, damage…) too: the start page is behind it, as when nothing was to open."""
        if self._opening:
            self._opening = False
            self._dossier_changed()

    def open_path(self, path: Path | str) -> bool:
        return opening.open_path(self, path)

    def open_read_only(self, path: Path, *, check: bool = True) -> bool:
        return opening.open_read_only(self, path, check=check)

    def open_dialog(self) -> None:
        opening.open_dialog(self)

    def new_dossier(self) -> None:
        opening.new_dossier(self)

    def open_demo(self) -> None:
        opening.open_demo(self)

    def open_portfolio(self) -> None:
        """File › Open a folder of dossiers (the accountant's desk)."""
        opening.open_portfolio(self)

    def close_dossier(self) -> None:
        if self.may_leave_work(self.tr("Close the dossier")):
            self.session.close()

    def default_folder(self) -> Path:
        """Where a file dialog starts: the open dossier's folder, else the app's."""
        from assistant.paths import data_dir

        return self.session.path.parent if self.session.path else data_dir()

    def ask_yes_no(self, title: str, text: str) -> bool:
        return opening.ask(self, title, text)

    # -- long jobs (file_jobs) -------------------------------------------------------------
    def run_job(self, runner: JobRunner) -> None:
        """Start a job the window waits for when it closes (and a cancel reaches)."""
        self._jobs.start(runner)

    def backup_copy(self) -> None:
        from assistant.ui import file_jobs

        file_jobs.backup_copy(self)

    def export_json(self) -> None:
        from assistant.ui import file_jobs

        file_jobs.export_json(self)

    def import_json(self) -> None:
        from assistant.ui import file_jobs

        file_jobs.import_json(self)

    def daily_backup(self) -> None:
        """Once a day while a dossier is open: a backup on a worker, kept with the last N."""
        from assistant.ui import file_jobs

        file_jobs.daily_backup(self)

    def verify(self, head: str = "") -> None:
        from assistant.ui import file_jobs

        file_jobs.verify(self, head)

    # -- settings, help (window_settings) --------------------------------------------------
    def set_language(self, code: str) -> None:
        from assistant.ui import window_settings

        window_settings.set_language(self, code)

    def theme(self) -> str:
        return chosen_theme(self.settings)

    def set_theme(self, theme: str) -> None:
        from assistant.ui import window_settings

        window_settings.set_theme(self, theme)

    def about(self) -> None:
        from assistant.ui import window_settings

        window_settings.about(self)

    def show_help(self) -> None:
        from assistant.ui import window_settings

        window_settings.show_help(self)

    def show_welcome(self) -> None:
        """The first-start screen; its choice opens the demo, a new or an existing dossier."""
        from assistant.ui import window_settings

        window_settings.show_welcome(self)

    # -- closing ---------------------------------------------------------------------------
    def stop_jobs(self) -> None:
        """Cancel running jobs and wait for their threads (a QThread must not outlive Qt)."""
        self._jobs.stop_all()
        opening.drop_pending_check(self)
        for page in self.pages.values():  # pages running their own jobs (import, export)
            stop = getattr(page, "stop_jobs", None)
            if stop is not None:
                stop()
        if self._portfolio is not None:  # accountant's desk
            self._portfolio.stop_jobs()
        if self._menus_built:
            self.consent_menu.close_screen()  # consent at the till: the customer's screen

    def _last_words(self) -> None:
        """The application quits (on Windows also the moment before a logout ends the
        process, after ``WM_ENDSESSION``): jobs stopped and the dossier closed even if the
        window was not."""
        self.stop_jobs()
        self.session.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # asked only of a person: a logout or a kill (quit_signals) cannot wait for an answer
        if not self.property("unattended") and not self.may_leave_work(self.tr("Quit")):
            event.ignore()
            return
        self.stop_jobs()
        if self._portfolio is not None:  # accountant's desk: it remembers its geometry
            self._portfolio.close()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.session.close()
        self.settings.sync()
        event.accept()
