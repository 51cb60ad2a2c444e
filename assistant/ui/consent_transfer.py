"""The Consents page's flows in and out of other files: importing (a CSV, another tool's
export, a Mailchimp .zip; the preview and mapping step, progress and cancel on a worker),
the suppression lists for the sending tools, and the blank import template (File › Save an
import template). Kept apart from the page, which shows and records consents."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from assistant.ui.changes import Area
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner

if TYPE_CHECKING:
    from assistant.ui.pages.consents_page import ConsentsPage

IMPORT_PATTERNS = "*.csv *.txt *.zip"


def _msg():  # type: ignore[no-untyped-def]
    from assistant.content.messages import messages

    return messages(current_lang())


class ConsentTransfer(QObject):
    """Import and export flows of the Consents page (``page`` shows the results)."""

    def __init__(self, page: ConsentsPage) -> None:
        super().__init__(page)
        self.page = page
        self.template_action = QAction(self.tr("Save an import &template…"), page)
        self.template_action.triggered.connect(self.save_template)
        self.template_action.setToolTip(self.tr("A blank consent list to fill in a "
                                                "spreadsheet and import"))

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.page.session

    def _window(self) -> QWidget:
        return self.page.window()

    # -- import ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        if not self.page.isVisible():  # from the File menu: show where it lands
            self.page.navigate.emit("consents")
        chosen, _ = QFileDialog.getOpenFileName(
            self.page, self.tr("Import consents"), str(dossier.path.parent),
            self.tr("Consent lists and exports (%1);;All files (*)").replace(
                "%1", IMPORT_PATTERNS))
        if chosen:
            self.page.import_file(Path(chosen))

    def import_file(self, source: Path, *, skip_invalid: bool = False) -> None:
        """Preview the file (on a worker: a .zip is opened and checked), then the dialog
        (the mapping step when the file is of no known layout), then the import."""
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return

        def preview_job():  # type: ignore[no-untyped-def]
            from assistant.domain.progress import Progress
            from assistant.exchange.consent_import import preview
            from assistant.exchange.consent_sources import source_parts

            yield Progress(0, 0, "scan")
            with source_parts(source) as parts:
                # a Mailchimp .zip: its subscribed members file shows the layout
                part = next((p for p in parts if "unsub" not in p.name.lower()
                             and "clean" not in p.name.lower()), parts[0])
                return preview(part.path, limit=500)

        runner = JobRunner(self.page, self.tr("Reading %1…").replace("%1", source.name),
                           preview_job)
        runner.done.connect(lambda found: self.confirm_import(source, found, skip_invalid))
        runner.error.connect(lambda exc: show_error(self.page, self.tr("Import consents"),
                                                    exc))
        self.page._run(runner)

    def confirm_import(self, source: Path, found: Any, skip_invalid: bool = False) -> None:
        from assistant.exchange import saved_mappings
        from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog

        dossier = self.session.dossier
        if dossier is None:
            return
        saved = saved_mappings.load(found.header.names) if not found.layouts else None
        dialog = ConsentImportDialog(source, found, self.page,
                                     purposes=dossier.consents.purposes(), saved=saved)
        dialog.skip.setChecked(skip_invalid)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        skip, report = dialog.options()
        overwrite = False
        if report is not None and report in self.page._reports_written:
            overwrite = True  # this page's own report of the refused import, written again
        elif report is not None:
            from assistant.ui.replace_prompt import may_replace

            replace = may_replace(self.page, self.tr("Refused rows"), report)
            if replace is None:
                return
            overwrite = replace
        options = dialog.import_options()
        if options["mapping"] is not None:
            # offered again for the next file with the same columns (the import does not
            # need it: if it cannot be kept, the next file is mapped again)
            with contextlib.suppress(OSError):
                saved_mappings.save(found.header.names, options["mapping"])  # type: ignore[arg-type]
        self.page.run_import(source, skip_invalid=skip, report=report,  # type: ignore[arg-type]
                             overwrite=overwrite, **options)

    def run_import(self, source: Path, *, skip_invalid: bool = False,
                   report: Path | None = None, layout: str = "auto", mapping: Any = None,
                   purposes: dict[str, str] | None = None,
                   overwrite: bool = False) -> JobRunner | None:
        dossier = self.session.dossier
        if dossier is None:
            return None
        path = dossier.path
        if report is not None:
            self.page._reports_written.add(report)
        recorded_by = self.page._recorded_by
        msg = _msg()
        # Cancel interrupts the statement the worker runs (sorting a million search keys
        # takes seconds): the job's connection, once it is open.
        connection: list[sqlite3.Connection] = []

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.consent_import import import_consents
            from assistant.store.dossier import open_dossier

            with open_dossier(path, check=False, lock=False) as worker:
                connection.append(worker.conn)
                try:
                    return (yield from import_consents(
                        worker, source, skip_invalid=skip_invalid, report=report,
                        recorded_by=recorded_by, layout=layout, mapping=mapping,
                        purposes=purposes, overwrite=overwrite,
                        reason_text=lambda p: msg.get("csv", p.code, p.params)))
                finally:
                    connection.clear()

        def interrupt() -> None:
            for conn in list(connection):
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile:
                    conn.interrupt()  # the job has ended

        runner = JobRunner(self.page, self.tr("Importing consents…"), job, interrupt=interrupt)
        runner.done.connect(self.imported)
        runner.error.connect(self.import_failed)
        runner.cancelled.connect(lambda: self._window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Import cancelled: nothing was imported."), 8000))
        self.page._run(runner)
        return runner

    def imported(self, result: Any) -> None:
        msg = _msg()
        r = result
        if r.already_imported_at:
            text = msg.get("csv", "already_imported", {"path": r.path.name,
                                                       "when": r.already_imported_at})
        else:
            text = msg.get("csv", "imported", {
                "path": r.path.name, "events": r.events_added, "people": r.subjects_added,
                "unchanged": r.unchanged, "empty": r.empty_rows})
        if r.layout and r.layout != "own":
            text = msg.get("import", "layout_recognised", {
                "layout": msg.get("layout_names", r.layout)}) + "\n" + text
        if r.rows_invalid:
            text += "\n" + msg.get("csv", "skipped", {"count": r.rows_invalid,
                                                      "report": r.report_path or "—"})
        self.session.changed.emit(Area.CONSENTS)
        QMessageBox.information(self.page, self.tr("Import consents"), text)

    def import_failed(self, exc: object) -> None:
        from assistant.exchange.consent_import import CsvRowsRefused, MappingRefused

        msg = _msg()
        if isinstance(exc, CsvRowsRefused):
            # the first rows in sight (line and reason), every one under Show Details
            row_text = self.tr("line %1: %2")  # "ligne %1 : %2", the French space kept
            lines = ["• " + row_text.replace("%1", str(p.line)).replace(
                "%2", msg.get("csv", p.code, p.params)) for p in exc.problems[:5]]
            more = exc.count - len(lines)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import consents"),
                              msg.exception(exc), QMessageBox.StandardButton.Close, self.page)
            box.setInformativeText("\n".join(lines) + (
                "\n" + self.tr("… and %n more", "", more) if more > 0 else "") + "\n\n"
                + self.tr("Fix these rows and import the file again, or import the valid "
                          "rows now and get the others in a file."))
            box.setDetailedText("\n".join(
                f"{exc.path}:{p.part + ':' if p.part else ''}{p.line}: "
                f"{msg.get('csv', p.code, p.params)}" for p in exc.problems))
            valid_only = box.addButton(self.tr("Import the &valid rows…"),
                                       QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is valid_only:
                # the same file again, "leave out invalid rows" ticked, its report proposed
                self.page.import_file(exc.path, skip_invalid=True)
            return
        if isinstance(exc, MappingRefused):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import consents"),
                              msg.exception(exc), QMessageBox.StandardButton.Close, self.page)
            box.setInformativeText("\n".join(
                f"• {p.where}: {msg.get('mapping', p.code, p.params)}" for p in exc.problems))
            box.exec()
            return
        if isinstance(exc, BaseException):
            show_error(self.page, self.tr("Import consents"), exc)

    # -- suppression lists ----------------------------------------------------------------
    def export_suppression(self, tool: str, purpose: str | None = None) -> None:
        """The withdrawals and refusals for a purpose, in the layout ``tool`` imports."""
        from assistant.exchange.suppression_export import is_phone_purpose, is_sms_purpose

        dossier = self.session.dossier
        if dossier is None:
            return
        msg = _msg()
        tool_name = msg.get("layout_names", tool).split(" (")[0]
        # the tools send emails and SMS: a refused phone call is not theirs to know
        purposes = [p for p in dossier.consents.purposes() if not p.archived
                    and not is_phone_purpose(p.code, p.label)]
        if purpose is None:
            labels = [f"{p.label} ({p.code})" for p in purposes]
            default = next((n for n, p in enumerate(purposes) if p.code == "newsletter"), 0)
            chosen, ok = QInputDialog.getItem(
                self.page, self.tr("Withdrawals for %1").replace("%1", tool_name),
                self.tr("The people who withdrew or refused which purpose?"), labels,
                default, False)
            if not ok:
                return
            purpose = purposes[labels.index(chosen)].code
        by_sms = any(is_sms_purpose(p.code, p.label) for p in purposes if p.code == purpose)
        stem = self.tr("withdrawals")  # outside the f-string, where lupdate sees it
        title = self.tr("Withdrawals for %1").replace("%1", tool_name)
        target = self.page._save_name(title, f"{stem}-{tool}-{purpose}.csv",
                                      self.tr("CSV files (*.csv)"))
        if target is None:
            return
        path, read_only = dossier.path, dossier.read_only

        def job():  # type: ignore[no-untyped-def]
            from assistant.exchange.suppression_export import export_suppression
            from assistant.store.dossier import open_dossier

            with open_dossier(path, read_only=read_only, check=False, lock=False) as worker:
                # the file dialog asked before replacing a file
                return (yield from export_suppression(worker, target, tool, purpose,
                                                      overwrite=True))

        def done(report: Any) -> None:
            text = msg.get("suppression", "written", {
                "path": target.name, "count": report.written,
                "tool": msg.get("layout_names", tool), "purpose": purpose})
            if report.left_out:
                text += "\n" + msg.get("suppression", "left_out_sms" if by_sms
                                       else "left_out_email", {"count": report.left_out})
            self.session.changed.emit(Area.DOCUMENTS | Area.CONSENTS)  # the Overview's reminder
            QMessageBox.information(self.page, title, text + "\n\n"
                                    + msg.get("suppression", f"how_{tool}"))

        runner = JobRunner(self.page, self.tr("Exporting…"), job)
        runner.done.connect(done)
        runner.error.connect(lambda exc: show_error(self.page, title, exc))
        self.page._run(runner)

    # -- the blank template ---------------------------------------------------------------
    def save_template(self) -> Path | None:
        """A blank list in the app's own layout, with one example row to replace."""
        from assistant.exchange.consent_template import write_template

        start = self.session.dossier.path.parent if self.session.dossier else Path.home()
        name = self.tr("consents-template") + ".csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Save an import template"), str(start / name),
            self.tr("CSV files (*.csv)"))
        if not chosen:
            return None
        try:
            write_template(Path(chosen), current_lang(), overwrite=True)  # the dialog asked
        except Exception as exc:
            show_error(self.page, self.tr("Save an import template"), exc)
            return None
        self._window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Template saved: %1. Fill it in a spreadsheet, keep the first line, "
                    "and import it (Ctrl+Shift+I).").replace("%1", chosen), 15000)
        return Path(chosen)


def shortcut_everywhere(action: QAction) -> None:
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
