"""The window's menu bar (File, Edit, Consents, View, Settings, Help), built again when the
language changes, and the File menu's consent entries that stand in for the Consents page's
own until that page is built.

The bar's titles are there from the window's first paint (:func:`build_menu_titles`); their
entries (some forty actions and their shortcuts, the Consents menu, the accountant's desk)
come right after it (:func:`fill_menus`, some 15 ms the first paint does not wait for), or
at once when a menu opens, a key is pressed or a caller asks for one of them before (see
:meth:`~assistant.ui.main_window.MainWindow.ensure_menus`).

Functions of the window (``window`` is the :class:`~assistant.ui.main_window.MainWindow`):
its words stay in the window's translation context."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from assistant.ui.actions import menu_action
from assistant.ui.dossier_opening import fill_recent
from assistant.ui.i18n import translate
from assistant.ui.sidebar_pages import page_specs

if TYPE_CHECKING:
    # the menus' entries are made after the first paint: so are these Python types
    from PySide6.QtGui import QAction, QKeySequence

    from assistant.ui.main_window import MainWindow


def add_action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | None = None,
) -> QAction:
    return menu_action(window, menu, text, slot, shortcut)


def restore_backup(window: MainWindow) -> None:
    from assistant.ui.backup_actions import restore_backup as restore

    restore(window)


def consent_file_actions(window: MainWindow) -> None:
    """The File menu's consent entries before the Consents page is built: they build it
    and run its own action (which then takes their place, see :meth:`_page_built`)."""

    def run(name: str) -> None:
        from assistant.ui.pages.consents_page import ConsentsPage

        page = window.pages["consents"]
        assert isinstance(page, ConsentsPage)
        action = page.import_action if name == "import" else page.transfer.template_action
        action.trigger()

    from PySide6.QtGui import QAction, QKeySequence

    # the Consents page's own words (translated in its context)
    window.act_import_consents = QAction(
        translate("ConsentsPage", "&Import consents (CSV, exports)…"), window
    )
    window.act_import_consents.setShortcut(QKeySequence("Ctrl+Shift+I"))
    window.act_import_consents.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.act_import_consents.triggered.connect(lambda: run("import"))
    window.act_consent_template = QAction(
        translate("ConsentTransfer", "Save an import &template…"), window
    )
    window.act_consent_template.triggered.connect(lambda: run("template"))
    window.file_menu.insertAction(window.act_verify, window.act_import_consents)
    window.file_menu.insertAction(window.act_verify, window.act_consent_template)
    window.addAction(window.act_import_consents)  # its shortcut, with the menu closed too
    update_consent_file_actions(window)


def update_consent_file_actions(window: MainWindow) -> None:
    dossier = window.session.dossier
    if not window.pages.is_built("consents"):
        window.act_import_consents.setEnabled(dossier is not None and not dossier.read_only)


# what fill_menus gives the window
FILLED = frozenset({
    "file_menu", "recent_menu", "page_menu", "page_section", "consent_menu", "act_backup",
    "act_export_json", "act_export_pdf", "act_verify", "act_verify_head", "act_restore",
    "act_close", "act_undo", "act_redo", "act_org", "act_import_consents",
    "act_consent_template", "go_actions", "_language_group", "_page_entries"})


def build_menu_titles(window: MainWindow) -> dict[str, QMenu]:
    """The bar's menus, by key, with their titles and no entries yet: opening one fills
    them all first."""
    bar = QMainWindow.menuBar(window)  # the bar as it is (the window's own fills it)
    titles = {}
    for key, text in (("file", translate("MainWindow", "&File")),
                      ("edit", translate("MainWindow", "&Edit")),
                      ("consents", translate("ConsentMenu", "C&onsents")),
                      ("view", translate("MainWindow", "&View")),
                      ("settings", translate("MainWindow", "&Settings")),
                      ("help", translate("MainWindow", "&Help"))):
        menu = titles[key] = bar.addMenu(text)
        menu.aboutToShow.connect(window.ensure_menus)
    return titles


def fill_menus(window: MainWindow, titles: dict[str, QMenu]) -> None:
    """Every entry of the bar's menus (``titles``, from :func:`build_menu_titles`), in their
    order; the window's attributes for them (:data:`FILLED`)."""
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence

    from assistant.ui import file_jobs, window_settings

    bar = window.menuBar()
    file = window.file_menu = titles["file"]
    add_action(
        window,
        file,
        translate("MainWindow", "&New dossier…"),
        window.new_dossier,
        QKeySequence.StandardKey.New,
    )
    add_action(
        window,
        file,
        translate("MainWindow", "&Open…"),
        window.open_dialog,
        QKeySequence.StandardKey.Open,
    )
    window.recent_menu = file.addMenu(translate("MainWindow", "Open &recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    add_action(window, file, translate("MainWindow", "Open the &demo dossier"), window.open_demo)
    # accountant's desk: every dossier of a folder in one table
    add_action(
        window,
        file,
        translate("MainWindow", "Open a &folder of dossiers…"),
        window.open_portfolio,
        "Ctrl+Shift+O",
    )
    file.addSeparator()
    window.act_backup = add_action(
        window,
        file,
        translate("MainWindow", "Save a &backup copy…"),
        window.backup_copy,
        "Ctrl+Shift+S",
    )
    window.act_export_json = add_action(
        window, file, translate("MainWindow", "&Export as JSON…"), window.export_json, "Ctrl+E"
    )
    add_action(
        window,
        file,
        translate("MainWindow", "&Import a JSON export…"),
        window.import_json,
        "Ctrl+I",
    )
    window.act_export_pdf = add_action(
        window,
        file,
        translate("MainWindow", "Export as &PDF…"),
        lambda: file_jobs.export_pdf(window),
        "Ctrl+P",
    )
    from assistant.ui.desk_menu import add_desk_actions  # the accountant's desk

    add_desk_actions(window, file)
    window.act_verify = add_action(
        window, file, translate("MainWindow", "&Verify the dossier"), window.verify, "Ctrl+Shift+V"
    )
    window.act_verify_head = add_action(
        window,
        file,
        translate("MainWindow", "Verify against a printed &head…"),
        lambda: file_jobs.verify_against_head(window),
    )
    window.act_restore = add_action(
        window, file, translate("MainWindow", "Restore a bac&kup…"), lambda: restore_backup(window)
    )
    file.addSeparator()
    window.act_close = add_action(
        window,
        file,
        translate("MainWindow", "&Close the dossier"),
        window.close_dossier,
        QKeySequence.StandardKey.Close,
    )
    add_action(
        window, file, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )

    edit = titles["edit"]
    window.act_undo = add_action(
        window, edit, translate("MainWindow", "&Undo"), window.undo, QKeySequence.StandardKey.Undo
    )
    window.act_redo = add_action(
        window, edit, translate("MainWindow", "&Redo"), window.redo, QKeySequence.StandardKey.Redo
    )
    window.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addSeparator()
    window.act_org = add_action(
        window, edit, translate("MainWindow", "&Organisation…"), window.edit_organisation
    )
    # then the shown page's own commands, with their shortcuts (they work wherever the
    # focus is while the page shows)
    window.page_section = edit.addSection(translate("MainWindow", "This page"))
    window.page_menu = edit
    window._page_entries = []
    edit.aboutToShow.connect(window.fill_page_menu)

    # consent at the till: the Consents menu (purposes and wordings, till, paper forms,
    # the customer's screen), built again with the menus (language change)
    from assistant.ui.consent_menu import ConsentMenu

    old = window.__dict__.get("consent_menu")  # the language's last menus, if any
    if old is not None:
        old.close_screen()
        old.deleteLater()
    window.consent_menu = ConsentMenu(window, window.session)
    # it adds its menu at the end of the bar: its entries go to the title in its place
    own, holder = window.consent_menu.menu, titles["consents"]
    holder.addActions(own.actions())
    bar.removeAction(own.menuAction())
    window.consent_menu.menu = holder

    view = titles["view"]
    add_action(
        window,
        view,
        translate("MainWindow", "&Next page"),
        lambda: window.step_page(1),
        "Ctrl+PgDown",
    )
    add_action(
        window,
        view,
        translate("MainWindow", "&Previous page"),
        lambda: window.step_page(-1),
        "Ctrl+PgUp",
    )
    add_action(
        window, view, translate("MainWindow", "Go to the &sidebar"), window.sidebar_focus, "F6"
    )
    # the overview and the six steps by number, from wherever the keyboard is
    view.addSeparator()
    window.go_actions = [
        add_action(
            window,
            view,
            spec.title.replace("&", "&&"),
            partial(window.show_page, spec.key),
            f"Ctrl+{number}",
        )
        for number, spec in enumerate(
            s for s in page_specs() if s.key == "overview" or s.key.startswith("step")
        )
    ]

    settings = titles["settings"]
    appearance = settings.addMenu(translate("MainWindow", "&Appearance"))
    themes = QActionGroup(window)
    for code, text in (
        ("system", translate("MainWindow", "System colours")),
        ("light", translate("MainWindow", "Light")),
        ("dark", translate("MainWindow", "Dark")),
    ):
        action = QAction(text, window, checkable=True)
        action.setChecked(window.theme() == code)
        action.triggered.connect(lambda _c=False, code=code: window.set_theme(code))
        themes.addAction(action)
        appearance.addAction(action)
    add_action(
        window,
        settings,
        translate("MainWindow", "&Backups to keep…"),
        lambda: window_settings.set_backups_to_keep(window),
    )
    language = settings.addMenu(translate("MainWindow", "&Language"))
    group = window._language_group = QActionGroup(window)
    for code, text in (
        ("", translate("MainWindow", "Follow the system")),
        ("fr", "Français"),
        ("en", "English"),
    ):
        action = QAction(text, window, checkable=True)
        action.setData(code)
        action.setChecked(window.settings.language_choice == code)
        action.triggered.connect(lambda _c=False, code=code: window.set_language(code))
        group.addAction(action)
        language.addAction(action)

    help_menu = titles["help"]
    add_action(
        window,
        help_menu,
        translate("MainWindow", "&Help for this page"),
        window.show_help,
        QKeySequence.StandardKey.HelpContents,
    )
    add_action(window, help_menu, translate("MainWindow", "&Welcome screen"), window.show_welcome)
    add_action(window, help_menu, translate("MainWindow", "&About…"), window.about)
    add_action(
        window,
        help_menu,
        translate("MainWindow", "Open the &log folder"),
        lambda: window_settings.open_log_folder(window),
    )
    consent_file_actions(window)
