"""The File menu's long jobs, each on a worker with progress and cancel: a backup copy,
the JSON export and import, verifying the dossier (against a printed head too), and the daily
backup while a dossier is open.

Functions of the window (``window`` is the :class:`~assistant.ui.main_window.MainWindow`):
its words stay in the window's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime

from assistant.paths import data_dir
from assistant.store.dossier import open_dossier
from assistant.ui.errors import describe, show_error
from assistant.ui.file_warnings import warn_about_exposure
from assistant.ui.i18n import current_lang, translate
from assistant.ui.jobs import JobRunner
from assistant.ui.replace_prompt import may_replace
from assistant.ui.widgets.status_notice import show_when_free
from assistant.ui.window_settings import backups_to_keep

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow


def file_filter() -> str:
    """Translated when asked (a constant would keep the language of the first import)."""
    return translate("MainWindow", "GDPR dossiers (*.rgpd)")


def backup_copy(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    dossier = window.session.dossier
    if dossier is None:
        return
    suggested = dossier.path.with_name(
        dossier.path.stem + "-copie.rgpd"
        if current_lang() == "fr"
        else dossier.path.stem + "-copy.rgpd"
    )
    chosen, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Save a backup copy"), str(suggested), file_filter()
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.resolve() == dossier.path.resolve():
        QMessageBox.warning(
            window,
            translate("MainWindow", "Save a backup copy"),
            translate("MainWindow", "Choose another file than the open dossier."),
        )
        return
    overwrite = may_replace(window, translate("MainWindow", "Save a backup copy"), target, chosen)
    if overwrite is None:
        return
    source = dossier.path

    def job():  # type: ignore[no-untyped-def]
        from assistant.store.backup import backup_job

        return (yield from backup_job(source, target, overwrite=overwrite))

    runner = JobRunner(window, translate("MainWindow", "Saving a backup copy…"), job)
    runner.done.connect(
        lambda path: window.statusBar().showMessage(
            translate("MainWindow", "Backup copy saved: %1").replace("%1", str(path)), 8000
        )
    )
    runner.done.connect(lambda path: warn_about_exposure(window, Path(path)))
    runner.error.connect(
        lambda exc: show_error(window, translate("MainWindow", "Save a backup copy"), exc)
    )
    window.run_job(runner)


def export_json(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    dossier = window.session.dossier
    if dossier is None:
        return
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Export as JSON"),
        str(dossier.path.with_suffix(".json")),
        translate("MainWindow", "JSON files (*.json)"),
    )
    if not chosen:
        return
    source, target = dossier.path, Path(chosen)
    overwrite = may_replace(window, translate("MainWindow", "Export as JSON"), target, chosen)
    if overwrite is None:
        return

    def job():  # type: ignore[no-untyped-def]
        from assistant.exchange.json_dossier import export_json

        with open_dossier(source, read_only=True, check=False) as worker_dossier:
            yield from export_json(worker_dossier, target, overwrite=overwrite)
        return target

    runner = JobRunner(window, translate("MainWindow", "Exporting…"), job)
    runner.done.connect(
        lambda path: window.statusBar().showMessage(
            translate("MainWindow", "Exported: %1").replace("%1", str(path)), 8000
        )
    )
    runner.error.connect(
        lambda exc: show_error(window, translate("MainWindow", "Export as JSON"), exc)
    )
    window.run_job(runner)


def export_pdf(window: MainWindow) -> None:
    """Ctrl+P: the Documents page, its Export button ready (Enter exports)."""
    from assistant.ui.pages.documents_page import DocumentsPage

    window.show_page("documents")
    page = window.pages["documents"]
    if isinstance(page, DocumentsPage):
        page.export_button.setFocus()


def import_json(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Import a JSON export"),
        str(data_dir()),
        translate("MainWindow", "JSON files (*.json)"),
    )
    if not chosen:
        return
    source = Path(chosen)
    target_name, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "New dossier from the export"),
        str(data_dir() / (source.stem + ".rgpd")),
        file_filter(),
    )
    if not target_name:
        return
    target = Path(target_name)
    if target.suffix != ".rgpd":
        target = target.with_suffix(".rgpd")
    overwrite = may_replace(
        window, translate("MainWindow", "Import a JSON export"), target, target_name
    )
    if overwrite is None:
        return

    def job():  # type: ignore[no-untyped-def]
        from assistant.exchange.json_dossier import import_json

        yield from import_json(source, target, overwrite=overwrite)
        return target

    runner = JobRunner(window, translate("MainWindow", "Importing…"), job)
    runner.done.connect(lambda path: window.open_path(path))
    runner.error.connect(
        lambda exc: show_error(window, translate("MainWindow", "Import a JSON export"), exc)
    )
    window.run_job(runner)


def verify(window: MainWindow, head: str = "") -> None:
    dossier = window.session.dossier
    if dossier is None:
        return
    path = dossier.path

    def job():  # type: ignore[no-untyped-def]
        from assistant.store.verify_log import verify_and_record

        # the folder view shows the result
        return (yield from verify_and_record(path, head=head))

    runner = JobRunner(window, translate("MainWindow", "Verifying…"), job)
    runner.done.connect(lambda report: show_verify_report(window, report))
    runner.error.connect(
        lambda exc: show_error(window, translate("MainWindow", "Verify the dossier"), exc)
    )
    window.run_job(runner)


def verify_against_head(window: MainWindow) -> None:
    """verify --head: is a chain head printed earlier still in the ledger?"""
    from assistant.ui.dialogs.head_prompt import ask_head

    if window.session.dossier is None:
        return
    head = ask_head(window)
    if head is not None:
        window.verify(head)


def show_verify_report(window: MainWindow, report: object) -> None:
    from PySide6.QtWidgets import QMessageBox

    from assistant.content.messages import messages
    from assistant.store.verify import VerifyReport

    assert isinstance(report, VerifyReport)
    window.verified.emit()
    msg = messages(current_lang())
    if report.sound:
        text = msg.get("verify", "sound", {"path": report.path, "version": report.schema_version})
        facts = [msg.get("verify", f"fact_{k}", {"value": v}) for k, v in report.facts.items()]
        QMessageBox.information(
            window, translate("MainWindow", "Verify the dossier"), "\n".join([text, *facts])
        )
    else:
        lines = [msg.get("verify", "unsound", {"path": report.path, "count": len(report.problems)})]
        lines += [f"• {msg.get('verify', p.code, p.params)}" for p in report.problems]
        QMessageBox.warning(window, translate("MainWindow", "Verify the dossier"), "\n".join(lines))


def daily_backup(window: MainWindow) -> None:
    """Once a day while a dossier is open: a backup on a worker, kept with the last N."""
    dossier = window.session.dossier
    if dossier is None or dossier.read_only:
        return
    path, uuid, keep = dossier.path, dossier.uuid, backups_to_keep(window)

    def job():  # type: ignore[no-untyped-def]
        from assistant.store.backup import daily_backup_job

        return (yield from daily_backup_job(path, uuid, keep))

    runner = JobRunner(window, translate("MainWindow", "Daily backup…"), job, show_dialog=False)
    def made(done: object) -> None:
        if done:  # the bar may hold what the user is reading: the notice waits its turn
            show_when_free(
                window.statusBar(),
                translate(
                    "MainWindow", "Daily backup made at %1 (File › Restore a backup lists them)."
                ).replace("%1", QTime.currentTime().toString("HH:mm")),
                8000,
            )

    runner.done.connect(made)
    runner.error.connect(
        lambda exc: window.statusBar().showMessage(
            translate("MainWindow", "The daily backup failed: %1").replace("%1", describe(exc)),
            15000,
        )
    )
    window.run_job(runner)
