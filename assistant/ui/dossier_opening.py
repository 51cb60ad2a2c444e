"""Opening a dossier in the window: the file dialogs, a new or the demo dossier, the recent
files, and what opening may meet on the way (a lock, damage, a read-only place, a large file
checked on a worker first, the accountant's desk asking for a client's dossier).

Functions of the window (``window`` is the :class:`~assistant.ui.main_window.MainWindow`):
its words stay in the window's translation context."""

from __future__ import annotations

import logging
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.content.catalog import Lang
from assistant.domain.findings import ValidationError
from assistant.domain.progress import Progress
from assistant.paths import data_dir
from assistant.store.dossier import LARGE_FILE, Dossier, create_dossier, open_dossier
from assistant.store.errors import (
    CorruptDossier,
    DossierError,
    DossierLocked,
    NotSqlite,
    PossiblyLocked,
    ReadOnlyLocation,
)
from assistant.ui.errors import describe, show_error
from assistant.ui.file_warnings import warn_about_exposure, warn_about_location
from assistant.ui.i18n import current_lang, translate
from assistant.ui.jobs import JobRunner

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def open_path(window: MainWindow, path: Path | str) -> bool:
    path = Path(path)
    if window.session.is_open and not window.may_leave_work(
        translate("MainWindow", "Open a dossier")
    ):
        return False
    try:
        dossier = open_dossier(path, defer_check_above=LARGE_FILE)
    except DossierError as exc:
        window.opening_ended()  # what follows is said over the start page
        return refused(window, path, exc)
    opened(window, dossier)
    return True


def refused(window: MainWindow, path: Path, exc: DossierError) -> bool:
    """What opening ``path`` met, said (and what the user may do about it: read it, open
    its backup…); whether a dossier was opened after all."""
    if isinstance(exc, ReadOnlyLocation):
        if not ask(
            window,
            translate("MainWindow", "Open read-only?"),
            describe(exc) + "\n\n" + translate("MainWindow", "Open it read-only?"),
        ):
            return False
        return open_read_only(window, path)
    if isinstance(exc, (DossierLocked, PossiblyLocked)):  # accountant's desk
        return open_locked(window, path, exc)
    if isinstance(exc, (CorruptDossier, NotSqlite)):  # damaged: its newest backup is offered
        from assistant.ui.backup_actions import offer_damaged

        return offer_damaged(window, path, exc)
    show_error(window, translate("MainWindow", "Cannot open the dossier"), exc)
    if exc.code == "not_found":
        window.settings.remove_recent(path)
        window.refresh_recent()
    return False


def check_in_background(window: MainWindow, dossier: Dossier) -> None:
    """A large dossier is checked on a worker before anything reads it: the window stays
    responsive and says so, then shows the dossier, or, damaged, makes the usual offer."""
    window.opening_ended()  # the start page shows meanwhile
    drop_pending_check(window)
    window._pending_check = dossier
    path = dossier.path
    window.statusBar().showMessage(
        translate(
            "MainWindow", "Checking %1 before opening it (a large file takes a few seconds)…"
        ).replace("%1", path.name)
    )

    def job() -> Generator[Progress, None, list[str]]:
        from assistant.store.unopened import problems_found

        yield Progress(0, 1, "check")
        return problems_found(path)

    def finished(problems: object) -> None:
        if window._pending_check is not dossier:
            return  # another dossier was opened meanwhile: this one is closed
        window._pending_check = None
        window.statusBar().clearMessage()
        found = [str(p) for p in problems] if isinstance(problems, list) else []
        if found:
            dossier.close()
            from assistant.ui.backup_actions import offer_damaged

            offer_damaged(window, path, CorruptDossier(path, detail="; ".join(found[:3])))
            return
        dossier.checked()
        opened(window, dossier)

    def failed(exc: BaseException) -> None:
        if window._pending_check is dossier:
            drop_pending_check(window)
            show_error(window, translate("MainWindow", "Cannot open the dossier"), exc)

    runner = JobRunner(
        window, translate("MainWindow", "Checking the dossier"), job, show_dialog=False
    )
    runner.done.connect(finished)
    runner.error.connect(failed)
    window.run_job(runner)


def drop_pending_check(window: MainWindow) -> None:
    if window._pending_check is not None:
        window._pending_check.close()
        window._pending_check = None


def open_locked(window: MainWindow, path: Path, exc: DossierError) -> bool:
    """Someone holds the dossier: say who and since when, offer to read it (and, when
    the lock is another computer's that cannot be confirmed, to open it anyway)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("MainWindow", "Dossier in use"),
        describe(exc),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    read_only = box.addButton(
        translate("MainWindow", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    anyway = None
    if isinstance(exc, PossiblyLocked):
        anyway = box.addButton(
            translate("MainWindow", "Open it &anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.exec()
    if box.clickedButton() is read_only:
        return open_read_only(window, path)
    if anyway is not None and box.clickedButton() is anyway:
        try:
            dossier = open_dossier(path, force=True)
        except DossierError as again:
            show_error(window, translate("MainWindow", "Cannot open the dossier"), again)
            return False
        opened(window, dossier)
        return True
    return False


def open_portfolio(window: MainWindow) -> None:
    """File › Open a folder of dossiers (the accountant's desk)."""
    if window._portfolio is None:
        from assistant.ui.portfolio_window import PortfolioWindow

        window._portfolio = PortfolioWindow(window.settings, window.session, window)
        window._portfolio.open_requested.connect(lambda path: open_from_portfolio(window, path))
    desk = window._portfolio
    desk.show()
    desk.raise_()
    desk.activateWindow()
    if desk.folder is None:
        remembered = desk.remembered_folder()
        if remembered is not None and remembered.is_dir():
            desk.set_folder(remembered)
        else:
            desk.choose_folder()


def open_from_portfolio(window: MainWindow, path: str) -> None:
    if window.session.path is not None and window.session.path.resolve() == Path(path).resolve():
        window.raise_()
        window.activateWindow()
        return
    if window.open_path(path):
        window.raise_()
        window.activateWindow()


def open_read_only(window: MainWindow, path: Path, *, check: bool = True) -> bool:
    try:
        dossier = open_dossier(path, read_only=True, check=check)
    except DossierError as exc:
        show_error(window, translate("MainWindow", "Cannot open the dossier"), exc)
        return False
    opened(window, dossier)
    return True


def ask(window: MainWindow, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        window,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def opened(window: MainWindow, dossier: Dossier) -> None:
    if dossier.check_pending:  # a large file: checked first, on a worker
        check_in_background(window, dossier)
        return
    drop_pending_check(window)
    window.session.open(dossier)
    # remembered once the window shows it: Qt writes its settings file (and waits for the
    # disk) at the next turn of the event loop, which would come before the first paint
    window.after_first_paint(lambda: remember(window, dossier.path))
    window.show_page("overview")
    say_file_notes(window)  # first: a copy's or a location's warning says more
    if not dossier.read_only:
        from assistant.store.copies import tell_copy_apart

        original = tell_copy_apart(dossier)  # before its backups: they go by its id
        if original is not None:
            window.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "This file is a copy of %1: it now has an identity of its own, and its "
                    "backups and drafts are kept apart.",
                ).replace("%1", str(original)),
                15000,
            )
        window.after_first_paint(lambda: after_sight(window, dossier))
    log.info(
        "opened a dossier (schema %s, read_only=%s)", dossier.schema_version, dossier.read_only
    )


def remember(window: MainWindow, path: Path) -> None:
    """The dossier in the recent list, and the one to open at the next start."""
    window.settings.add_recent(path)
    window.settings.last_dossier = path.resolve()


def after_sight(window: MainWindow, dossier: Dossier) -> None:
    """Once the window shows the dossier: the warnings about where its file is, and the
    day's backup (a worker that would otherwise share the interpreter with the first paint)."""
    if window.session.dossier is not dossier:
        return  # closed or replaced meanwhile
    warn_about_location(window, dossier.path)
    warn_about_exposure(window, dossier.path)
    window.daily_backup()


def say_file_notes(window: MainWindow) -> None:
    """What opening noticed about the file: others could read it (made owner-only)."""
    from assistant.store.file_notes import take

    for item in take():
        if item.code == "made_owner_only":
            text = translate(
                "MainWindow",
                "%1 could be read by other accounts of this computer: it is "
                "now readable by you only.",
            )
        else:
            text = translate(
                "MainWindow",
                "%1 can be read by other accounts of this computer, and it "
                "holds personal data: open it for editing to make it yours "
                "only.",
            )
        window.statusBar().showMessage(text.replace("%1", item.path.name), 15000)


def open_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    start = str(window.session.path.parent if window.session.path else data_dir())
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Open a dossier"),
        start,
        translate("MainWindow", "GDPR dossiers (*.rgpd);;All files (*)"),
    )
    if chosen:
        window.open_path(chosen)


def new_dossier(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog

    from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog

    dialog = NewDossierDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = dialog.dossier_path()
    if path.suffix != ".rgpd":
        path = path.with_suffix(".rgpd")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # the organisation is saved as the dossier is made: its wordings name the shop
        dossier = create_dossier(path, language=current_lang(), organisation=dialog.organisation())
    except (DossierError, OSError, ValidationError) as exc:
        if isinstance(exc, OSError):
            from assistant.store.errors import from_os_error

            exc = from_os_error(path, exc)
        show_error(window, translate("MainWindow", "Cannot create the dossier"), exc)
        return
    opened(window, dossier)


def open_demo(window: MainWindow) -> None:
    lang: Lang = current_lang()
    path = data_dir() / ("demo-au-pain-dore.rgpd" if lang == "fr" else "demo-au-pain-dore-en.rgpd")
    if path.exists():
        window.open_path(path)
        return
    from assistant.demo import build_demo

    runner = JobRunner(
        window,
        translate("MainWindow", "Creating the demo dossier…"),
        lambda: build_demo(path, lang),
    )
    runner.done.connect(lambda _r: window.open_path(path))
    runner.error.connect(
        lambda exc: show_error(window, translate("MainWindow", "Demo dossier"), exc)
    )
    window.run_job(runner)


def fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    recent = [p for p in window.settings.recent() if p.exists()]
    for n, path in enumerate(recent, start=1):
        text = f"&{n} {path.name}" if n < 10 else path.name
        action = window.recent_menu.addAction(text)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: window.open_path(p))
    if not recent:
        window.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)
    else:
        window.recent_menu.addSeparator()
        window.recent_menu.addAction(
            translate("MainWindow", "Clear the list"), lambda: clear_recent(window)
        )


def clear_recent(window: MainWindow) -> None:
    window.settings.clear_recent()
    window.start.set_recent([])
