"""The window's settings and help: language, theme, how many backups to keep, the help
window, the welcome screen, About and the log folder.

Functions of the window (``window`` is the :class:`~assistant.ui.main_window.MainWindow`):
its words stay in the window's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from assistant.ui.changes import Area
from assistant.ui.i18n import install_translations, translate
from assistant.ui.theme import apply_theme

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow

DEFAULT_KEEP = 10  # automatic backups kept for each dossier, unless the user says otherwise


def set_language(window: MainWindow, code: str) -> None:
    if not window.may_leave_work(
        translate("MainWindow", "Change the language")
    ):  # the pages are rebuilt
        chosen = window.settings.language_choice  # the menu shows it again
        for action in window._language_group.actions():
            action.setChecked(action.data() == chosen)
        return
    window.settings.language_choice = code
    install_translations(window.settings.language())
    page = window.current_page_key()
    window.rebuild()
    if window.session.is_open:
        window.session.changed.emit(Area.ALL)
    window.show_page(page or "overview")
    if window._portfolio is not None:  # accountant's desk: built again in the language
        shown = window._portfolio.isVisible()
        window._portfolio.close()
        window._portfolio.deleteLater()
        window._portfolio = None
        if shown:
            window.open_portfolio()


def about(window: MainWindow) -> None:
    from assistant.ui.dialogs.about_dialog import AboutDialog

    AboutDialog(window).exec()


def show_help(window: MainWindow) -> None:
    from assistant.ui.dialogs.help_window import HelpWindow, help_file

    if window._help is None:
        window._help = HelpWindow(window)
    page = window.current_page_key() if window.session.is_open else "start"
    window._help.show_page(help_file(page) if page != "start" else "start.md")
    window._help.show()
    window._help.raise_()
    window._help.activateWindow()


def show_welcome(window: MainWindow) -> None:
    """The first-start screen; its choice opens the demo, a new or an existing dossier."""
    from assistant.ui.dialogs.welcome_dialog import WelcomeDialog

    result = WelcomeDialog(window).exec()
    window.settings.first_run_done = True
    if result == WelcomeDialog.DEMO:
        window.open_demo()
    elif result == WelcomeDialog.NEW:
        window.new_dossier()
    elif result == WelcomeDialog.OPEN:
        window.open_dialog()
    elif result == WelcomeDialog.FOLDER:  # an accountant's folder of client dossiers
        window.open_portfolio()


def set_theme(window: MainWindow, theme: str) -> None:
    window.settings.set_value("ui/theme", theme)
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    window.paint_headings()


def backups_to_keep(window: MainWindow) -> int:
    try:
        return max(1, int(str(window.settings.value("backups/keep", DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


def set_backups_to_keep(window: MainWindow) -> None:
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getInt(
        window,
        translate("MainWindow", "Backups to keep"),
        translate("MainWindow", "How many automatic backups to keep for each dossier:"),
        backups_to_keep(window),
        1,
        365,
    )
    if ok:
        window.settings.set_value("backups/keep", value)


def open_log_folder(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from assistant.paths import log_dir

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
