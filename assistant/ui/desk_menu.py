"""The open dossier's entries of the accountant's desk, in the main window's File menu: its
deadlines to a calendar, its register in the CNIL's spreadsheet, and processing read from a
filled-in CNIL spreadsheet added as drafts."""

from __future__ import annotations

from collections.abc import Generator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from assistant.domain.progress import Progress
from assistant.ui.actions import menu_action, offer_to_open
from assistant.ui.changes import Area
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang, translate
from assistant.ui.jobs import JobRunner
from assistant.ui.replace_prompt import may_replace

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow

def add_desk_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Add the entries to ``menu``; they are enabled while a dossier is open (the last one
    while it is open for writing)."""
    texts = (translate("DeskMenu", "Deadlines to a &calendar (.ics)…"),
             translate("DeskMenu", "Register as the CNIL's &spreadsheet…"),
             translate("DeskMenu", "Add processing from a CNIL &register (as drafts)…"))
    actions = [menu_action(window, menu, text, partial(f, window)) for text, f in
               zip(texts, (export_calendar, export_register, import_drafts), strict=True)]

    def update() -> None:
        dossier = window.session.dossier
        for action in actions[:2]:
            action.setEnabled(dossier is not None)
        actions[2].setEnabled(dossier is not None and not dossier.read_only)

    window.session.opened.connect(update)
    window.session.closed.connect(update)
    update()
    return actions


def export_calendar(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    dossier = window.session.dossier
    if dossier is None:
        return
    title = translate("DeskMenu", "Deadlines to a calendar")
    name = dossier.path.stem + "-" + translate("DeskMenu", "deadlines") + ".ics"
    chosen, _ = QFileDialog.getSaveFileName(window, title, str(dossier.path.with_name(name)),
                                            translate("DeskMenu", "iCalendar files (*.ics)"))
    if not chosen:
        return
    target = Path(chosen if chosen.lower().endswith(".ics") else f"{chosen}.ics")
    overwrite = may_replace(window, title, target, chosen)
    if overwrite is None:
        return
    source, lang = dossier.path, current_lang()

    def job() -> Generator[Progress, None, Any]:
        from assistant.exchange.calendar_ics import export_calendar as write

        return (yield from write([source], target, lang, title=source.stem,
                                 overwrite=overwrite))

    runner = JobRunner(window, translate("DeskMenu", "Writing the calendar…"), job)
    def written(summaries: list[Any]) -> None:
        # lupdate gives translate() no plural forms: the count stands after a colon
        count = sum(len(s.deadlines) for s in summaries)
        offer_to_open(window, title, translate(
            "DeskMenu", "Deadlines written: %1, in\n%2\n\nImport the file in Outlook or "
            "Thunderbird; importing a newer one updates the same events. Open it now?").replace(
            "%1", str(count)).replace("%2", str(target)), str(target))

    runner.done.connect(written)
    runner.error.connect(lambda exc: show_error(window, title, exc))
    window.run_job(runner)


def export_register(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    dossier = window.session.dossier
    if dossier is None:
        return
    ods = translate("DeskMenu", "OpenDocument spreadsheets (*.ods)")
    xlsx = translate("DeskMenu", "Excel workbooks (*.xlsx)")
    title = translate("DeskMenu", "Register as the CNIL's spreadsheet")
    name = dossier.path.stem + "-" + translate("DeskMenu", "register") + ".ods"
    chosen, kind = QFileDialog.getSaveFileName(window, title, str(dossier.path.with_name(name)),
                                               f"{ods};;{xlsx}")
    if not chosen:
        return
    suffix = Path(chosen).suffix.lower()
    fmt = "xlsx" if suffix == ".xlsx" or (suffix != ".ods" and kind == xlsx) else "ods"
    target = Path(chosen) if suffix == f".{fmt}" else Path(f"{chosen}.{fmt}")
    overwrite = may_replace(window, title, target, chosen)
    if overwrite is None:
        return
    source = dossier.path

    def job() -> Generator[Progress, None, Path]:
        from assistant.exchange.cnil_register.jobs import export_register as write
        from assistant.store.dossier import open_dossier

        with open_dossier(source, read_only=True, check=False, lock=False) as worker:
            return (yield from write(worker, target, fmt, overwrite=overwrite))

    runner = JobRunner(window, translate("DeskMenu", "Filling the CNIL's register…"), job)
    runner.done.connect(lambda path: offer_to_open(window, title, translate(
        "DeskMenu", "The register is written in the CNIL's template:\n%1\n\nOpen it now?"
    ).replace("%1", str(path)), str(path)))
    runner.error.connect(lambda exc: show_error(window, title, exc))
    window.run_job(runner)


def import_drafts(window: MainWindow) -> None:
    """Read a filled-in template on a worker, then add its processing to the open dossier
    as drafts, in one transaction, on this thread (the dossier's connection lives here)."""
    from PySide6.QtWidgets import QFileDialog

    dossier = window.session.dossier
    if dossier is None or dossier.read_only:
        return
    title = translate("DeskMenu", "Add processing from a CNIL register")
    chosen, _ = QFileDialog.getOpenFileName(
        window, translate("DeskMenu", "A filled-in CNIL register"), str(dossier.path.parent),
        translate("DeskMenu", "Spreadsheets (*.ods *.xlsx)"))
    if not chosen:
        return
    source = Path(chosen)

    def job() -> Generator[Progress, None, Any]:
        from assistant.exchange.cnil_register.jobs import read_register

        yield Progress(0, 1, "read")
        return read_register(source)

    def store(found: object) -> None:
        from PySide6.QtWidgets import QMessageBox

        from assistant.exchange.cnil_register.jobs import store_drafts

        current = window.session.dossier
        if current is None or current.path != dossier.path:
            return
        ids = window.session.perform(window, title, lambda: store_drafts(current, found),
                                     Area.REGISTER)
        if ids is None:
            return
        window.show_page("register")
        # lupdate gives translate() no plural forms: the count stands after a colon
        QMessageBox.information(window, title, translate(
            "DeskMenu", "Processing added as drafts: %1. Review each one in the register."
        ).replace("%1", str(len(ids))))

    runner = JobRunner(window, translate("DeskMenu", "Reading the register…"), job)
    runner.done.connect(store)
    runner.error.connect(lambda exc: show_error(window, title, exc))
    window.run_job(runner)


__all__ = ["add_desk_actions"]
