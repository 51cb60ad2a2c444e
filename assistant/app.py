"""GUI bootstrap: the QApplication, translations, the crash handler, the main window and the
dossier to open (the one given on the command line, else the last one)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from assistant import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
SMOKE_TEST = "--smoke-test"
DESKTOP_ID = "io.github.rgpdassistant.RgpdAssistant"  # packaging/linux/<id>.desktop


def install_excepthook(log_file: Path) -> None:
    """Bugs go to the log and to one crash dialog with copyable details; never a silent exit.

    Once the event loop has ended (the window closed), a bug goes to the log and stderr
    only: a dialog then would open a loop of its own that nobody is there to end, and the
    program would never exit."""
    from PySide6.QtWidgets import QApplication

    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        # the dialog's module when a bug shows it: its dialog classes' Python types would
        # cost every start some milliseconds before the window's first paint
        from assistant.ui.dialogs.crash_dialog import CrashDialog, format_details

        details = format_details(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        if showing or QApplication.instance() is None or loop_ended():
            print(details, file=sys.stderr)
            return
        showing = True
        try:
            CrashDialog(details, str(log_file), QApplication.activeWindow()).exec()
        finally:
            showing = False

    sys.excepthook = hook


def set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from assistant.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "rgpd-assistant.svg")))


_loop_ended = False


def loop_ended() -> bool:
    """Whether the application's event loop has returned (the program is ending)."""
    return _loop_ended


def quicken_pyside_import_check() -> None:
    """PySide6 asks of every module imported after it whether its source names "PySide6"
    (such a module may switch on PySide's ``__feature__`` options), and reads the source
    to answer through ``inspect.getsource``: the line cache, the encoding's detection and a
    list of lines, for each module. For the hundred and more modules the window imports
    before its first paint that took 40 to 60 ms. The same question is answered here from
    the file's bytes; where there is no file to read (a frozen app, a compiled-only module)
    PySide's own answer stands. Nothing is changed if PySide's check is not where it was."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if not callable(slow) or getattr(slow, "quick", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(slow(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(slow(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]  # a mark: patched once
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None, *, lang: str | None = None) -> int:
    """The window. ``lang``: the language of this run (the command line's ``--lang``), over
    the one the settings keep; the settings are not changed."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    quicken_pyside_import_check()  # before the app's own modules are imported
    from assistant.content.catalog import normalise_lang
    from assistant.logsetup import setup_logging, start_rotation
    from assistant.ui.i18n import install_translations
    from assistant.ui.main_window import MainWindow
    from assistant.ui.quit_signals import close_on_logout, quit_on_signals
    from assistant.ui.screen_fit import fit_to_screen
    from assistant.ui.screen_fit import install as fit_windows_to_screen
    from assistant.ui.settings import Settings
    from assistant.ui.theme import apply_theme, chosen_theme, install_focus_ring
    from assistant.windowed import ensure_streams

    started = time.perf_counter()
    args = list(sys.argv[1:] if argv is None else argv)
    ensure_streams()  # pythonw and the frozen window app have no console to print to
    log_file = setup_logging(rotate=False)  # rotated once the window has painted
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.HighDpiScaleFactorRoundingPolicy
        .PassThrough)
    qt_args = [a for a in args if a.startswith("-") and a != SMOKE_TEST]
    running = QApplication.instance()  # a test's, or a second start in one process
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0],
                                                                          *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    settings = Settings()
    install_translations(normalise_lang(lang) if lang else settings.language())
    from assistant.store.leftovers import sweep_state

    sweep_state()  # half-written files of a killed run: backups, drafts, new dossiers
    install_excepthook(log_file)
    log.info("starting %s %s", APP_NAME, __version__)

    apply_theme(app, chosen_theme(settings))  # before the window: its widgets take it
    paths = [a for a in args if not a.startswith("-")]
    to_open = Path(paths[0]) if paths else settings.last_dossier  # given, else the last one
    if not paths and to_open is not None and not to_open.exists():
        to_open = None
    window = MainWindow(settings, opening=to_open is not None)
    window.show()
    fit_to_screen(window)
    # Once the window is on the screen: the focus ring, and every later window (the
    # dialogs) fitted to the screen as it shows; each watches every event of the program.
    window.after_first_paint(lambda: install_focus_ring(app))
    window.after_first_paint(lambda: fit_windows_to_screen(app))
    window.after_first_paint(start_rotation)
    # the icon is drawn from SVG (Qt's SVG library and its icon engine load for it): the
    # taskbar has the program's or the desktop file's icon meanwhile
    window.after_first_paint(lambda: set_window_icon(app))
    quit_on_signals(window)
    close_on_logout(window, app)
    opened = True
    if to_open is not None:
        shown = window.open_path(to_open)
        if paths:
            opened = shown  # the smoke test reports on the dossier it was given
        window.opening_ended()
    if not settings.first_run_done and not paths and SMOKE_TEST not in args \
            and not window.session.is_open:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.show_welcome)
    if SMOKE_TEST in args:
        # Packaging check: start, open, paint once, report the time and leave.
        from PySide6.QtCore import QTimer

        def report() -> None:
            window.grab()  # painted: what the user sees (the start bench times this)
            elapsed = (time.perf_counter() - started) * 1000
            print(f"smoke-test: window shown, dossier opened={opened}, {elapsed:.0f} ms, "
                  f"painted at {time.time():.3f}, cpu {time.process_time():.3f} s", flush=True)
            # what follows the first paint (the overview's assessment) runs now; then the
            # window as it settles, painted again
            QTimer.singleShot(0, settled)

        def settled() -> None:
            window.grab()
            print(f"smoke-test: settled at {time.time():.3f}", flush=True)
            window.close()  # as a user would: running jobs are stopped and waited for
            app.exit(0 if opened else 1)

        QTimer.singleShot(0, report)
    code = int(app.exec())
    global _loop_ended
    _loop_ended = True
    return code


if __name__ == "__main__":
    raise SystemExit(main())
