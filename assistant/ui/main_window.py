"""The main window: menus, the navigation sidebar and one page per area."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from assistant import APP_DISPLAY_NAME
from assistant.content.catalog import Lang
from assistant.domain.findings import ValidationError
from assistant.domain.progress import Progress
from assistant.paths import data_dir
from assistant.store.dossier import (
    LARGE_FILE,
    Dossier,
    create_dossier,
    open_dossier,
    open_worker_connection,
    quick_check,
)
from assistant.store.errors import (
    CorruptDossier,
    DossierError,
    DossierLocked,
    NotSqlite,
    PossiblyLocked,
    ReadOnlyLocation,
)
from assistant.ui.actions import menu_action
from assistant.ui.changes import Area
from assistant.ui.colours import brush
from assistant.ui.errors import describe, show_error
from assistant.ui.focus_order import follow_layout, layout_order
from assistant.ui.i18n import current_lang, install_translations, translate
from assistant.ui.jobs import JobRunner, RunningJobs
from assistant.ui.page_shelf import PageShelf, PageSpec
from assistant.ui.pages.base import Page
from assistant.ui.pages.start_page import StartPage
from assistant.ui.replace_prompt import may_replace
from assistant.ui.screen_fit import resize_within_screen, restore_geometry
from assistant.ui.session import Session
from assistant.ui.settings import Settings
from assistant.ui.theme import apply_theme, chosen_theme

if TYPE_CHECKING:
    from assistant.ui.dialogs.help_window import HelpWindow
    from assistant.ui.portfolio_window import PortfolioWindow

log = logging.getLogger(__name__)
class PathLabel(QLabel):
    """The open dossier's path in the status bar: shortened in its middle when room is
    short (the whole path in its tooltip), so that a message beside it keeps its room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMaximumWidth(420)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + 8
        return QSize(min(width, 420), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                              max(self.width() - 4, 40))
        super().setText(shown)


def file_filter() -> str:
    """Translated when asked (a constant would keep the language of the first import)."""
    return translate("MainWindow", "GDPR dossiers (*.rgpd)")


def _page(module: str, name: str, *args: object) -> Callable[[Session, QWidget], Page]:
    """A page's factory that imports its module when the page is first built (see
    :mod:`assistant.ui.page_shelf`: importing every page slowed the start)."""
    def build(session: Session, parent: QWidget) -> Page:
        import importlib

        cls = getattr(importlib.import_module(f"assistant.ui.pages.{module}"), name)
        return cls(session, *args, parent)  # type: ignore[no-any-return]

    return build


def page_specs() -> list[PageSpec]:
    """Every page of the sidebar, in order."""
    specs = [PageSpec("overview", translate("MainWindow", "Overview"),
                      _page("overview_page", "OverviewPage"))]

    # the six-step guide
    steps = [
        ("step1", translate("MainWindow", "1. Appoint a pilot")),
        ("step2", translate("MainWindow", "2. Map your processing")),
        ("step3", translate("MainWindow", "3. Prioritise the actions")),
        ("step4", translate("MainWindow", "4. Manage the risks")),
        ("step5", translate("MainWindow", "5. Organise internal processes")),
        ("step6", translate("MainWindow", "6. Document compliance")),
    ]
    for number, (key, title) in enumerate(steps, start=1):
        section = translate("MainWindow", "The six steps") if number == 1 else ""
        specs.append(PageSpec(key, title, _page("step_page", "StepPage", number),
                              section=section))

    specs += [
        PageSpec("register", translate("MainWindow", "Register"),
                 _page("register_page", "RegisterPage"),
                 section=translate("MainWindow", "Registers and records")),
        PageSpec("consents", translate("MainWindow", "Consents"),
                 _page("consents_page", "ConsentsPage")),
        # internal processes: requests, breaches, processors
        PageSpec("requests", translate("MainWindow", "Requests"),
                 _page("requests_page", "RequestsPage")),
        PageSpec("breaches", translate("MainWindow", "Breaches"),
                 _page("breaches_page", "BreachesPage")),
        PageSpec("processors", translate("MainWindow", "Processors"),
                 _page("processors_page", "ProcessorsPage")),
        # the PDF documentation
        PageSpec("documents", translate("MainWindow", "Documents"),
                 _page("documents_page", "DocumentsPage")),
        PageSpec("notices", translate("MainWindow", "Notices"),
                 _page("notices_page", "NoticesPage")),
    ]
    return specs


class MainWindow(QMainWindow):
    verified = Signal()  # a verification ended (the Consents page says when it last was)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = Session(self)
        self.session.changed.connect(self._update_title)
        self.session.changed.connect(self._update_consent_file_actions)
        self.session.undo_changed.connect(self._update_undo)
        self._jobs = RunningJobs()
        self._help: HelpWindow | None = None
        self._portfolio: PortfolioWindow | None = None  # the accountant's desk
        self._pending_check: Dossier | None = None  # a large dossier being checked
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(3600 * 1000)  # check hourly whether a day has passed
        self._backup_timer.timeout.connect(self._daily_backup)
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
        self.menuBar().clear()
        self._build_menus()
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setMaximumWidth(290)
        self.stack = QStackedWidget()
        self.sidebar.setStyleSheet("QListWidget { padding: 4px; } "
                                   "QListWidget::item { padding: 5px 6px; }")
        specs = page_specs()
        # each page is built when first shown or asked for (a faster start)
        self.pages = PageShelf(specs, self.session, self.stack, self._page_built)
        for spec in specs:
            if spec.section:
                heading = QListWidgetItem(spec.section.upper(), self.sidebar)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(Qt.ItemDataRole.UserRole + 1, "heading")
                # not the disabled grey (1.9:1): a muted tone that still reads (4.5:1)
                heading.setForeground(brush("muted"))
                font = heading.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 0.85)
                heading.setFont(font)
            item = QListWidgetItem(spec.title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.title)
        self._consent_file_actions()
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
        self.start = StartPage()
        self.start.new_requested.connect(self.new_dossier)
        self.start.open_requested.connect(self.open_dialog)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_requested.connect(self.open_path)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.start)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)
        if getattr(self, "status_path", None) is not None:  # built again (language): one
            self.statusBar().removeWidget(self.status_path)
            self.status_path.deleteLater()
        self.status_path = PathLabel()
        self.statusBar().addPermanentWidget(self.status_path)
        self.show_page("overview")
        follow_layout(self)  # Tab in screen order: sidebar, then the page top to bottom

    def _page_built(self, key: str, page: Page) -> None:
        """A page was just built (first shown or asked for): the window's ties to it."""
        page.navigate.connect(self.show_page)
        if getattr(self, "_watching", False):  # built after the window: join it
            self._watch_dossier()
            follow_layout(self)  # Tab in screen order through the new page too
        # a page's class came with its module: look in the modules loaded, load no other
        guide = sys.modules.get("assistant.ui.pages.guide_page")
        consents = sys.modules.get("assistant.ui.pages.consents_page")
        if guide is not None and isinstance(page, guide.GuidePage):
            # the guide's pages send the user to a processing
            page.open_processing.connect(self.edit_processing)
            page.create_from_template.connect(self.create_from_template)
            page.open_record.connect(self.open_record)  # or a request, breach, processor
        if consents is not None and isinstance(page, consents.ConsentsPage):
            # the page's own actions take the place of the File menu's stand-ins
            for stand_in, action in ((self.act_import_consents, page.import_action),
                                     (self.act_consent_template,
                                      page.transfer.template_action)):
                self.file_menu.insertAction(stand_in, action)
                self.file_menu.removeAction(stand_in)
                stand_in.setShortcut(QKeySequence())  # one owner of Ctrl+Shift+I
            # a File menu entry: its shortcut works from every page, not only the Consents one
            page.import_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.verified.connect(page._show_chain)

    def _watch_dossier(self) -> None:
        """After the pages: they mark themselves stale first, then the window shows the
        current one, which reads the dossier once (not once stale, once shown). A page
        built later connects later: the window's handler is connected again after it."""
        for signal in (self.session.opened, self.session.closed):
            if self._watching:
                signal.disconnect(self._dossier_changed)
            signal.connect(self._dossier_changed)
        self._watching = True

    def _consent_file_actions(self) -> None:
        """The File menu's consent entries before the Consents page is built: they build it
        and run its own action (which then takes their place, see :meth:`_page_built`)."""
        def run(name: str) -> None:
            from assistant.ui.pages.consents_page import ConsentsPage

            page = self.pages["consents"]
            assert isinstance(page, ConsentsPage)
            action = page.import_action if name == "import" else page.transfer.template_action
            action.trigger()

        # the Consents page's own words (translated in its context)
        self.act_import_consents = QAction(
            translate("ConsentsPage", "&Import consents (CSV, exports)…"), self)
        self.act_import_consents.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.act_import_consents.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_import_consents.triggered.connect(lambda: run("import"))
        self.act_consent_template = QAction(
            translate("ConsentTransfer", "Save an import &template…"), self)
        self.act_consent_template.triggered.connect(lambda: run("template"))
        self.file_menu.insertAction(self.act_verify, self.act_import_consents)
        self.file_menu.insertAction(self.act_verify, self.act_consent_template)
        self.addAction(self.act_import_consents)  # its shortcut, with the menu closed too
        self._update_consent_file_actions()

    def _update_consent_file_actions(self) -> None:
        dossier = self.session.dossier
        if not self.pages.is_built("consents"):
            self.act_import_consents.setEnabled(dossier is not None and not dossier.read_only)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        return menu_action(self, menu, text, slot, shortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New dossier…"), self.new_dossier, QKeySequence.StandardKey.New)
        self._action(file, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file, self.tr("Open the &demo dossier"), self.open_demo)
        # accountant's desk: every dossier of a folder in one table
        self._action(file, self.tr("Open a &folder of dossiers…"), self.open_portfolio,
                     "Ctrl+Shift+O")
        file.addSeparator()
        self.act_backup = self._action(file, self.tr("Save a &backup copy…"), self.backup_copy,
                                       "Ctrl+Shift+S")
        self.act_export_json = self._action(file, self.tr("&Export as JSON…"), self.export_json,
                                            "Ctrl+E")
        self._action(file, self.tr("&Import a JSON export…"), self.import_json, "Ctrl+I")
        self.act_export_pdf = self._action(file, self.tr("Export as &PDF…"), self.export_pdf,
                                           "Ctrl+P")
        from assistant.ui.desk_menu import add_desk_actions  # the accountant's desk

        self.desk_actions = add_desk_actions(self, file)
        self.act_verify = self._action(file, self.tr("&Verify the dossier"), self.verify,
                                       "Ctrl+Shift+V")
        self.act_verify_head = self._action(file, self.tr("Verify against a printed &head…"),
                                            self.verify_against_head)
        self.act_restore = self._action(file, self.tr("Restore a bac&kup…"),
                                        self._restore_backup)
        file.addSeparator()
        self.act_close = self._action(file, self.tr("&Close the dossier"), self.close_dossier,
                                      QKeySequence.StandardKey.Close)
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(edit, self.tr("&Undo"), self.undo,
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(edit, self.tr("&Redo"), self.redo,
                                     QKeySequence.StandardKey.Redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        self.act_org = self._action(edit, self.tr("&Organisation…"), self.edit_organisation)
        # then the shown page's own commands, with their shortcuts (they work wherever the
        # focus is while the page shows)
        self.page_section = edit.addSection(self.tr("This page"))
        self.page_menu = edit
        self._page_entries: list[QAction] = []
        edit.aboutToShow.connect(self._fill_page_menu)

        # consent at the till: the Consents menu (purposes and wordings, till, paper forms,
        # the customer's screen), built again with the menus (language change)
        from assistant.ui.consent_menu import ConsentMenu

        if getattr(self, "consent_menu", None) is not None:
            self.consent_menu.close_screen()
            self.consent_menu.deleteLater()
        self.consent_menu = ConsentMenu(self, self.session)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Next page"), lambda: self._step_page(1), "Ctrl+PgDown")
        self._action(view, self.tr("&Previous page"), lambda: self._step_page(-1), "Ctrl+PgUp")
        self._action(view, self.tr("Go to the &sidebar"), self.sidebar_focus, "F6")
        # the overview and the six steps by number, from wherever the keyboard is
        view.addSeparator()
        self.go_actions = [self._action(view, spec.title.replace("&", "&&"),
                                        lambda key=spec.key: self.show_page(key),
                                        f"Ctrl+{number}")
                           for number, spec in enumerate(
                               s for s in page_specs()
                               if s.key == "overview" or s.key.startswith("step"))]

        settings = bar.addMenu(self.tr("&Settings"))
        appearance = settings.addMenu(self.tr("&Appearance"))
        themes = QActionGroup(self)
        for code, text in (("system", self.tr("System colours")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            action = QAction(text, self, checkable=True)
            action.setChecked(self.theme() == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_theme(code))
            themes.addAction(action)
            appearance.addAction(action)
        self._action(settings, self.tr("&Backups to keep…"), self.set_backups_to_keep)
        language = settings.addMenu(self.tr("&Language"))
        group = self._language_group = QActionGroup(self)
        for code, text in (("", self.tr("Follow the system")), ("fr", "Français"),
                           ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setData(code)
            action.setChecked(self.settings.language_choice == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Help for this page"), self.show_help,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Welcome screen"), self.show_welcome)
        self._action(help_menu, self.tr("&About…"), self.about)
        self._action(help_menu, self.tr("Open the &log folder"), self._open_log_folder)

    # -- state ----------------------------------------------------------------------------
    def _dossier_changed(self) -> None:
        is_open = self.session.is_open
        self.central.setCurrentIndex(1 if is_open else 0)
        writable = is_open and not self.session.dossier.read_only  # type: ignore[union-attr]
        for action in (self.act_backup, self.act_export_json, self.act_export_pdf,
                       self.act_verify, self.act_verify_head, self.act_close,
                       *self.go_actions):
            action.setEnabled(is_open)
        # a damaged or lost dossier is restored with no dossier open
        self.act_restore.setEnabled(True)
        self.act_org.setEnabled(writable)
        self._update_consent_file_actions()
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

    def undo(self) -> None:
        self.save_pending_work()  # what was just typed is the last thing to undo
        self.session.undo(self)

    def redo(self) -> None:
        self.save_pending_work()
        self.session.redo(self)

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
            self._fill_page_menu()

    def _fill_page_menu(self) -> None:
        menu = getattr(self, "page_menu", None)
        page = self.stack.currentWidget() if hasattr(self, "stack") else None
        if menu is None:
            return
        for entry in self._page_entries:
            menu.removeAction(entry)
        actions = page.menu_actions() if isinstance(page, Page) and self.session.is_open \
            else []
        menu.addActions(actions)
        self._page_entries = list(actions)
        self.page_section.setVisible(bool(actions))

    def _enter_page(self) -> None:
        """Enter (or a double click) in the sidebar: the keyboard goes into the page."""
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
    def may_leave_work(self, title: str) -> bool:
        """Before the pages lose what they hold (another dossier, closing, another
        language): forms that save as you go save now; what the dossier refuses (an email
        half typed) is dropped or kept for fixing, as the user says. False if they keep
        editing."""
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

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        if self.session.is_open and not self.may_leave_work(self.tr("Open a dossier")):
            return False
        try:
            dossier = open_dossier(path, defer_check_above=LARGE_FILE)
        except ReadOnlyLocation as exc:
            if not self._ask(self.tr("Open read-only?"),
                             describe(exc) + "\n\n" + self.tr("Open it read-only?")):
                return False
            return self._open_read_only(path)
        except (DossierLocked, PossiblyLocked) as exc:  # accountant's desk
            return self._open_locked(path, exc)
        except (CorruptDossier, NotSqlite) as exc:  # damaged: its newest backup is offered
            return self._offer_damaged(path, exc)
        except DossierError as exc:
            show_error(self, self.tr("Cannot open the dossier"), exc)
            if isinstance(exc, DossierError) and exc.code == "not_found":
                self.settings.remove_recent(path)
                self.start.set_recent([p for p in self.settings.recent() if p.exists()])
            return False
        self._opened(dossier)
        return True

    def _offer_damaged(self, path: Path, exc: DossierError) -> bool:
        from assistant.ui.backup_actions import offer_damaged

        return offer_damaged(self, path, exc)

    def _check_in_background(self, dossier: Dossier) -> None:
        """A large dossier is checked on a worker before anything reads it: the window stays
        responsive and says so, then shows the dossier, or, damaged, makes the usual offer."""
        self._drop_pending_check()
        self._pending_check = dossier
        path = dossier.path
        self.statusBar().showMessage(
            self.tr("Checking %1 before opening it (a large file takes a few seconds)…")
            .replace("%1", path.name))

        def job() -> Generator[Progress, None, list[str]]:
            conn = open_worker_connection(path)
            try:
                yield Progress(0, 1, "check")
                return quick_check(conn)
            except sqlite3.DatabaseError as exc:  # too damaged even to list its problems
                return [str(exc)]
            finally:
                conn.close()

        def finished(problems: object) -> None:
            if self._pending_check is not dossier:
                return  # another dossier was opened meanwhile: this one is closed
            self._pending_check = None
            self.statusBar().clearMessage()
            found = [str(p) for p in problems] if isinstance(problems, list) else []
            if found:
                dossier.close()
                self._offer_damaged(path, CorruptDossier(path, detail="; ".join(found[:3])))
                return
            dossier.checked()
            self._opened(dossier)

        def failed(exc: object) -> None:
            if self._pending_check is dossier:
                self._drop_pending_check()
                show_error(self, self.tr("Cannot open the dossier"), exc)

        runner = JobRunner(self, self.tr("Checking the dossier"), job, show_dialog=False)
        runner.done.connect(finished)
        runner.error.connect(failed)
        self._run(runner)

    def _drop_pending_check(self) -> None:
        if self._pending_check is not None:
            self._pending_check.close()
            self._pending_check = None

    def _open_locked(self, path: Path, exc: DossierError) -> bool:
        """Someone holds the dossier: say who and since when, offer to read it (and, when
        the lock is another computer's that cannot be confirmed, to open it anyway)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Dossier in use"), describe(exc),
                          QMessageBox.StandardButton.Cancel, self)
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = None
        if isinstance(exc, PossiblyLocked):
            anyway = box.addButton(self.tr("Open it &anyway"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is read_only:
            return self._open_read_only(path)
        if anyway is not None and box.clickedButton() is anyway:
            try:
                dossier = open_dossier(path, force=True)
            except DossierError as again:
                show_error(self, self.tr("Cannot open the dossier"), again)
                return False
            self._opened(dossier)
            return True
        return False

    def open_portfolio(self) -> None:
        """File › Open a folder of dossiers (the accountant's desk)."""
        if self._portfolio is None:
            from assistant.ui.portfolio_window import PortfolioWindow

            self._portfolio = PortfolioWindow(self.settings, self.session, self)
            self._portfolio.open_requested.connect(self._open_from_portfolio)
        window = self._portfolio
        window.show()
        window.raise_()
        window.activateWindow()
        if window.folder is None:
            remembered = window.remembered_folder()
            if remembered is not None and remembered.is_dir():
                window.set_folder(remembered)
            else:
                window.choose_folder()

    def _open_from_portfolio(self, path: str) -> None:
        if self.session.path is not None and self.session.path.resolve() == Path(path).resolve():
            self.raise_()
            self.activateWindow()
            return
        if self.open_path(path):
            self.raise_()
            self.activateWindow()

    def default_folder(self) -> Path:
        """Where a file dialog starts: the open dossier's folder, else the app's."""
        return self.session.path.parent if self.session.path else data_dir()

    def ask_yes_no(self, title: str, text: str) -> bool:
        return self._ask(title, text)

    def open_read_only(self, path: Path, *, check: bool = True) -> bool:
        return self._open_read_only(path, check=check)

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
        if dossier.check_pending:  # a large file: checked first, on a worker
            self._check_in_background(dossier)
            return
        self._drop_pending_check()
        self.session.open(dossier)
        self.settings.add_recent(dossier.path)
        self.settings.last_dossier = dossier.path.resolve()
        self.show_page("overview")
        self._say_file_notes()  # first: a copy's or a location's warning says more
        if not dossier.read_only:
            from assistant.store.copies import tell_copy_apart

            original = tell_copy_apart(dossier)  # before its backups: they go by its id
            if original is not None:
                self.statusBar().showMessage(self.tr(
                    "This file is a copy of %1: it now has an identity of its own, and its "
                    "backups and drafts are kept apart.").replace("%1", str(original)), 15000)
            self._warn_about_location(dossier.path)
            self.warn_about_exposure(dossier.path)
            self._daily_backup()
        log.info("opened a dossier (schema %s, read_only=%s)", dossier.schema_version,
                 dossier.read_only)

    def _say_file_notes(self) -> None:
        """What opening noticed about the file: others could read it (made owner-only)."""
        from assistant.store.file_notes import take

        for item in take():
            if item.code == "made_owner_only":
                text = self.tr("%1 could be read by other accounts of this computer: it is "
                               "now readable by you only.")
            else:
                text = self.tr("%1 can be read by other accounts of this computer, and it "
                               "holds personal data: open it for editing to make it yours "
                               "only.")
            self.statusBar().showMessage(text.replace("%1", item.path.name), 15000)

    def _warn_about_location(self, path: Path) -> None:
        """A dossier on a network share or in a synced folder can be corrupted: say so."""
        from assistant.store.location import location_risk

        risk = location_risk(path)
        accepted = self.settings.value("location/accepted", []) or []
        if isinstance(accepted, str):
            accepted = [accepted]
        key = str(path.resolve())
        if risk is None or key in accepted:
            return
        if risk.detail == "a cloud storage provider":  # no name known: say it in words
            from dataclasses import replace

            risk = replace(risk, detail=self.tr("a cloud storage provider"))
        if risk.kind == "cloud":
            text = self.tr(
                "This dossier is in a folder synchronised by %1. Sync software can copy the "
                "file while the app writes it, or merge two people's copies, and damage the "
                "dossier or lose changes.").replace("%1", risk.detail)
        else:
            text = self.tr(
                "This dossier is on a network location (%1). File locks are not reliable "
                "there: if two people open it at once, or the connection drops while the app "
                "writes, the dossier can be damaged.").replace("%1", risk.detail)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Risky location"),
                          text + "\n\n" + self.tr(
                              "Safer: keep the dossier on this computer's disk and put backup "
                              "copies (File › Save a backup copy) in the shared folder."),
                          QMessageBox.StandardButton.Ok, self)
        box.setCheckBox(QCheckBox(self.tr("Do not warn me again for this dossier"), box))
        box.exec()
        if box.checkBox().isChecked():
            self.settings.set_value("location/accepted", [*accepted, key])
        self.statusBar().showMessage(self.tr("Risky location: %1").replace("%1", risk.detail))

    def warn_about_exposure(self, path: Path) -> None:
        """On Windows, a dossier outside the user's own folders can be read by the other
        accounts of the computer (mode bits protect nothing there): say so, once per file
        if the user asks."""
        from assistant.store.exposure import exposure

        kind = exposure(path)
        accepted = self.settings.value("exposure/accepted", []) or []
        if isinstance(accepted, str):
            accepted = [accepted]
        key = str(path.resolve())
        if kind is None or key in accepted:
            return
        where = {
            "public": self.tr("This dossier is in a public folder (Public Documents or "
                              "Public Desktop): every account of this computer can read it."),
            "shared_data": self.tr("This dossier is in ProgramData, which every account of "
                                   "this computer can read."),
            "drive_root": self.tr("This dossier is at the root of a drive: by Windows' "
                                  "defaults every account of this computer can read it."),
            "outside_profile": self.tr("This dossier is outside your user folder: by "
                                       "Windows' defaults other accounts of this computer "
                                       "can read it."),
        }[kind]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Who can read this dossier"),
                          where + "\n\n" + self.tr(
                              "It holds personal data. Keep it in your own folders "
                              "(Documents, or the app's folder), unless access to this "
                              "folder is restricted.") + "\n\n" + str(path),
                          QMessageBox.StandardButton.Ok, self)
        box.setCheckBox(QCheckBox(self.tr("Do not warn me again for this dossier"), box))
        box.exec()
        if box.checkBox().isChecked():
            self.settings.set_value("exposure/accepted", [*accepted, key])

    def open_dialog(self) -> None:
        start = str(self.session.path.parent if self.session.path else data_dir())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dossier"), start,
                                                self.tr("GDPR dossiers (*.rgpd);;All files (*)"))
        if chosen:
            self.open_path(chosen)

    def new_dossier(self) -> None:
        from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog

        dialog = NewDossierDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = dialog.dossier_path()
        if path.suffix != ".rgpd":
            path = path.with_suffix(".rgpd")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # the organisation is saved as the dossier is made: its wordings name the shop
            dossier = create_dossier(path, language=current_lang(),
                                     organisation=dialog.organisation())
        except (DossierError, OSError, ValidationError) as exc:
            if isinstance(exc, OSError):
                from assistant.store.errors import from_os_error

                exc = from_os_error(path, exc)
            show_error(self, self.tr("Cannot create the dossier"), exc)
            return
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
        if self.may_leave_work(self.tr("Close the dossier")):
            self.session.close()

    def edit_organisation(self) -> None:
        from assistant.ui.pages.overview_page import OverviewPage

        overview = self.pages["overview"]
        if isinstance(overview, OverviewPage):
            overview.edit_organisation()

    def edit_processing(self, processing_id: int) -> None:
        from assistant.ui.pages.register_page import RegisterPage

        self.show_page("register")
        register = self.pages["register"]
        if isinstance(register, RegisterPage):
            register.refresh_now()
            register._select([processing_id])
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
        self._jobs.start(runner)

    def backup_copy(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        suggested = dossier.path.with_name(dossier.path.stem + "-copie.rgpd"
                                           if current_lang() == "fr"
                                           else dossier.path.stem + "-copy.rgpd")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a backup copy"),
                                                str(suggested), file_filter())
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve() == dossier.path.resolve():
            QMessageBox.warning(self, self.tr("Save a backup copy"),
                                self.tr("Choose another file than the open dossier."))
            return
        overwrite = may_replace(self, self.tr("Save a backup copy"), target, chosen)
        if overwrite is None:
            return
        source = dossier.path

        def job():  # type: ignore[no-untyped-def]
            from assistant.store.backup import backup_job

            return (yield from backup_job(source, target, overwrite=overwrite))

        runner = JobRunner(self, self.tr("Saving a backup copy…"), job)
        runner.done.connect(lambda path: self.statusBar().showMessage(
            self.tr("Backup copy saved: %1").replace("%1", str(path)), 8000))
        runner.done.connect(lambda path: self.warn_about_exposure(Path(path)))
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
        overwrite = may_replace(self, self.tr("Export as JSON"), target, chosen)
        if overwrite is None:
            return

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.json_dossier import export_json

            with open_dossier(source, read_only=True, check=False) as worker_dossier:
                yield from export_json(worker_dossier, target, overwrite=overwrite)
            return target

        runner = JobRunner(self, self.tr("Exporting…"), job)
        runner.done.connect(lambda path: self.statusBar().showMessage(
            self.tr("Exported: %1").replace("%1", str(path)), 8000))
        runner.error.connect(lambda exc: show_error(self, self.tr("Export as JSON"), exc))
        self._run(runner)

    def export_pdf(self) -> None:
        """Ctrl+P: the Documents page, its Export button ready (Enter exports)."""
        from assistant.ui.pages.documents_page import DocumentsPage

        self.show_page("documents")
        page = self.pages["documents"]
        if isinstance(page, DocumentsPage):
            page.export_button.setFocus()

    def import_json(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a JSON export"),
                                                str(data_dir()), self.tr("JSON files (*.json)"))
        if not chosen:
            return
        source = Path(chosen)
        target_name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New dossier from the export"),
            str(data_dir() / (source.stem + ".rgpd")), file_filter())
        if not target_name:
            return
        target = Path(target_name)
        if target.suffix != ".rgpd":
            target = target.with_suffix(".rgpd")
        overwrite = may_replace(self, self.tr("Import a JSON export"), target, target_name)
        if overwrite is None:
            return

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.json_dossier import import_json

            yield from import_json(source, target, overwrite=overwrite)
            return target

        runner = JobRunner(self, self.tr("Importing…"), job)
        runner.done.connect(lambda path: self.open_path(path))
        runner.error.connect(lambda exc: show_error(self, self.tr("Import a JSON export"), exc))
        self._run(runner)

    def verify(self, head: str = "") -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        path = dossier.path

        def job():  # type: ignore[no-untyped-def]
            from assistant.store.verify_log import verify_and_record

            # the folder view shows the result
            return (yield from verify_and_record(path, head=head))

        runner = JobRunner(self, self.tr("Verifying…"), job)
        runner.done.connect(self._show_verify_report)
        runner.error.connect(lambda exc: show_error(self, self.tr("Verify the dossier"), exc))
        self._run(runner)

    def verify_against_head(self) -> None:
        """verify --head: is a chain head printed earlier still in the ledger?"""
        from assistant.ui.dialogs.head_prompt import ask_head

        if self.session.dossier is None:
            return
        head = ask_head(self)
        if head is not None:
            self.verify(head)

    def _show_verify_report(self, report: object) -> None:
        from assistant.content.messages import messages
        from assistant.store.verify import VerifyReport

        assert isinstance(report, VerifyReport)
        self.verified.emit()
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
        if not self.may_leave_work(self.tr("Change the language")):  # the pages are rebuilt
            chosen = self.settings.language_choice  # the menu shows it again
            for action in self._language_group.actions():
                action.setChecked(action.data() == chosen)
            return
        self.settings.language_choice = code
        install_translations(self.settings.language())
        page = self.current_page_key()
        self._build()
        self._dossier_changed()
        if self.session.is_open:
            self.session.changed.emit(Area.ALL)
        self.show_page(page or "overview")
        if self._portfolio is not None:  # accountant's desk: built again in the language
            shown = self._portfolio.isVisible()
            self._portfolio.close()
            self._portfolio.deleteLater()
            self._portfolio = None
            if shown:
                self.open_portfolio()

    def about(self) -> None:
        from assistant.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_help(self) -> None:
        from assistant.ui.dialogs.help_window import HelpWindow, help_file

        if self._help is None:
            self._help = HelpWindow(self)
        page = self.current_page_key() if self.session.is_open else "start"
        self._help.show_page(help_file(page) if page != "start" else "start.md")
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_welcome(self) -> None:
        """The first-start screen; its choice opens the demo, a new or an existing dossier."""
        from assistant.ui.dialogs.welcome_dialog import WelcomeDialog

        result = WelcomeDialog(self).exec()
        self.settings.first_run_done = True
        if result == WelcomeDialog.DEMO:
            self.open_demo()
        elif result == WelcomeDialog.NEW:
            self.new_dossier()
        elif result == WelcomeDialog.OPEN:
            self.open_dialog()
        elif result == WelcomeDialog.FOLDER:  # an accountant's folder of client dossiers
            self.open_portfolio()

    def theme(self) -> str:
        return chosen_theme(self.settings)

    def set_theme(self, theme: str) -> None:
        self.settings.set_value("ui/theme", theme)
        apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
        self.paint_headings()

    def paint_headings(self) -> None:
        """The sidebar's headings in the muted tone of the palette in use."""
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole + 1) == "heading":
                item.setForeground(brush("muted"))

    def _restore_backup(self) -> None:
        from assistant.ui.backup_actions import restore_backup

        restore_backup(self)

    def backups_to_keep(self) -> int:
        from assistant.ui.backup_actions import DEFAULT_KEEP

        try:
            return max(1, int(str(self.settings.value("backups/keep", DEFAULT_KEEP))))
        except ValueError:
            return DEFAULT_KEEP

    def set_backups_to_keep(self) -> None:
        value, ok = QInputDialog.getInt(
            self, self.tr("Backups to keep"),
            self.tr("How many automatic backups to keep for each dossier:"),
            self.backups_to_keep(), 1, 365)
        if ok:
            self.settings.set_value("backups/keep", value)

    def _daily_backup(self) -> None:
        """Once a day while a dossier is open: a backup on a worker, kept with the last N."""
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        path, uuid, keep = dossier.path, dossier.uuid, self.backups_to_keep()

        def job():  # type: ignore[no-untyped-def]
            from assistant.store.backup import daily_backup_job

            return (yield from daily_backup_job(path, uuid, keep))

        runner = JobRunner(self, self.tr("Daily backup…"), job, show_dialog=False)
        runner.done.connect(lambda made: made and self.statusBar().showMessage(
            self.tr("Daily backup made at %1 (File › Restore a backup lists them).")
            .replace("%1", QTime.currentTime().toString("HH:mm")), 8000))
        runner.error.connect(lambda exc: self.statusBar().showMessage(
            self.tr("The daily backup failed: %1").replace("%1", describe(exc)), 15000))
        self._run(runner)

    def _open_log_folder(self) -> None:
        from assistant.paths import log_dir

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def stop_jobs(self) -> None:
        """Cancel running jobs and wait for their threads (a QThread must not outlive Qt)."""
        self._jobs.stop_all()
        self._drop_pending_check()
        for page in self.pages.values():  # pages running their own jobs (import, export)
            stop = getattr(page, "stop_jobs", None)
            if stop is not None:
                stop()
        if self._portfolio is not None:  # accountant's desk
            self._portfolio.stop_jobs()
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
