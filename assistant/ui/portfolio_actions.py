"""What the folder view does with its dossiers: the batch actions (PDFs, verification, letters,
calendar), the summary, the CNIL spreadsheet both ways, a new client from a model, and the
firm's follow-up notes. Each long job runs on a worker with progress and Cancel and ends with
a report naming every file that failed and why.

A batch works on the selected rows when several are selected, otherwise on the rows shown
(:meth:`PortfolioWindow.batch_paths`). Mixed into :class:`PortfolioWindow`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from assistant.domain.progress import Progress
from assistant.store.batch import Outcome
from assistant.ui.actions import offer_to_open
from assistant.ui.errors import describe, show_error
from assistant.ui.i18n import current_lang, first_translation
from assistant.ui.jobs import JobRunner
from assistant.ui.replace_prompt import may_replace

if TYPE_CHECKING:
    from assistant.store.portfolio import DossierSummary
    from assistant.ui.portfolio_window import PortfolioWindow


class DeskActions:
    """The folder view's actions (methods of :class:`PortfolioWindow`). Their words are
    filed under this class's name; PySide6 looks there when the window's own name has none
    (it tries each class of the object in turn)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The window's words first, then this class's. PySide6's own ``tr`` also walks the
        classes, but it takes the first answer that differs from the source, and a count
        (``%n``) always differs once filled in: the plural forms filed here were never found."""
        return first_translation(("PortfolioWindow", "DeskActions"), text, disambiguation, n)


    def _win(self) -> PortfolioWindow:
        return self  # type: ignore[return-value]

    def _paths_for_batch(self) -> list[Path] | None:
        """The dossiers a batch works on; None (and a word why) when there are none."""
        w = self._win()
        paths = w.batch_paths()
        if not paths:
            QMessageBox.information(w, w.windowTitle(), self.tr(
                "No dossier is shown: choose the rows, or show all the dossiers."))
            return None
        return paths

    # -- reports ----------------------------------------------------------------------------
    def _report(self, title: str, text: str, outcomes: list[Outcome],
                extra: Callable[[QMessageBox], None] | None = None) -> QMessageBox:
        w = self._win()
        failed = [o for o in outcomes if not o.ok]
        box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                          title, text, QMessageBox.StandardButton.Ok, w)
        if failed:
            box.setDetailedText("\n\n".join(self._failure_text(o) for o in failed))
            box.setInformativeText(self.tr("Failed: %1").replace(
                "%1", ", ".join(o.path.name for o in failed[:10])
                + (" …" if len(failed) > 10 else "")))
        if extra is not None:
            extra(box)
        box.exec()
        return box

    def _failure_text(self, o: Outcome) -> str:
        from assistant.content.messages import messages

        if o.error is not None:
            return f"{o.path.name}: {describe(o.error)}"
        report = o.report
        assert report is not None
        msg = messages(current_lang())
        lines = [msg.get("verify", "unsound", {"path": o.path.name,
                                               "count": len(report.problems)})]
        lines += [f"  • {msg.get('verify', p.code, p.params)}" for p in report.problems]
        return "\n".join(lines)

    def _open_folder_button(self, box: QMessageBox, target: Path) -> None:
        button = box.addButton(self.tr("Open the &folder"),
                               QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(target))))

    # -- PDFs -------------------------------------------------------------------------------
    def export_all(self) -> None:
        from assistant.ui.dialogs.batch_export_dialog import BatchExportDialog

        w = self._win()
        paths = self._paths_for_batch()
        if paths is None or w.folder is None:
            return
        remembered = w.settings.value("portfolio/outdir", "")
        outdir = Path(str(remembered)) if remembered else w.folder / "PDF"
        dialog = BatchExportDialog(len(paths), outdir, w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        w.settings.set_value("portfolio/outdir", str(dialog.output_folder()))
        self._export(paths, dialog.output_folder(), dialog.options(),
                     overwrite=dialog.overwrite.isChecked(),
                     per_dossier_lang=dialog.per_dossier_lang(), dated=dialog.dated.isChecked())

    def _export(self, paths: list[Path], target: Path, options: Any, *, overwrite: bool,
                per_dossier_lang: bool, dated: bool) -> None:
        w = self._win()

        def job() -> Generator[Progress, None, list[Outcome]]:
            from assistant.reports.batch import export_all
            from assistant.store.errors import from_os_error

            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise from_os_error(target, exc) from exc
            return (yield from export_all(paths, target, options, overwrite=overwrite,
                                          per_dossier_lang=per_dossier_lang, dated=dated))

        runner = JobRunner(w, self.tr("Exporting the dossiers as PDF…"), job)
        runner.done.connect(lambda outcomes: self._export_report(
            outcomes, target, lambda again: self._export(
                again, target, options, overwrite=True, per_dossier_lang=per_dossier_lang,
                dated=dated)))
        runner.error.connect(lambda exc: show_error(w, self.tr("Export as PDF"), exc))
        runner.cancelled.connect(lambda: w.statusBar().showMessage(
            self.tr("Export cancelled; the PDFs already written are complete."), 8000))
        w._run(runner)

    def _export_report(self, outcomes: object, target: Path,
                       replace_them: Callable[[list[Path]], None]) -> None:
        assert isinstance(outcomes, list)
        done = [o for o in outcomes if o.ok]
        written = sum(1 for o in done if o.note in ("written", "replaced"))
        unchanged = sum(1 for o in done if o.note == "unchanged")
        differ = [o.path for o in done if o.note == "differs"]
        failed = len(outcomes) - len(done)
        text = self.tr("%n PDF(s) written", "", written)
        if unchanged:
            text += " · " + self.tr("%n unchanged (same contents)", "", unchanged)
        if differ:
            text += " · " + self.tr("%n left as they were: a PDF with other contents is already "
                                 "there", "", len(differ))
        if failed:
            text += " · " + self.tr("%n dossier(s) could not be exported", "", failed)
        text += "\n" + str(target)

        def buttons(box: QMessageBox) -> None:
            self._open_folder_button(box, target)
            if differ:
                again = box.addButton(self.tr("&Replace them"), QMessageBox.ButtonRole.ActionRole)
                again.clicked.connect(lambda: replace_them(differ))

        self._report(self.tr("Export as PDF"), text, outcomes, buttons)

    # -- verification -----------------------------------------------------------------------
    def verify_all(self) -> None:
        w = self._win()
        paths = self._paths_for_batch()
        if paths is None:
            return

        def job() -> Generator[Progress, None, list[Outcome]]:
            from assistant.store.batch import verify_all

            return (yield from verify_all(paths))

        runner = JobRunner(w, self.tr("Verifying the dossiers…"), job)
        runner.done.connect(self._verify_report)
        runner.error.connect(lambda exc: show_error(w, self.tr("Verify"), exc))
        runner.cancelled.connect(w.refresh)
        w._run(runner)

    def _verify_report(self, outcomes: object) -> None:
        w = self._win()
        assert isinstance(outcomes, list)
        sound = sum(1 for o in outcomes if o.ok)
        text = self.tr("%n dossier(s) sound", "", sound)
        if len(outcomes) - sound:
            text += " · " + self.tr("%n with problems or unreadable", "", len(outcomes) - sound)
        w.refresh()  # the verification column
        self._report(self.tr("Verify"), text, outcomes)

    # -- the summary ------------------------------------------------------------------------
    def summary_pdf(self) -> None:
        """The folder's work list as PDF, Excel (XLSX) or CSV: the format the file dialog's
        type (or the name's extension) says."""
        w = self._win()
        if w.folder is None:
            return
        folder = w.folder
        today = dt.date.today()
        name = self.tr("portfolio-summary") + f"-{today.isoformat()}.pdf"
        pdf, xlsx, csv = (self.tr("PDF documents (*.pdf)"), self.tr("Excel workbooks (*.xlsx)"),
                          self.tr("CSV files (*.csv)"))
        chosen, kind = QFileDialog.getSaveFileName(w, self.tr("Summary of the folder"),
                                                   str(folder / name), f"{pdf};;{xlsx};;{csv}")
        if not chosen:
            return
        suffix = Path(chosen).suffix.lower()
        fmt = {".xlsx": "xlsx", ".csv": "csv", ".pdf": "pdf"}.get(suffix) or (
            "xlsx" if kind == xlsx else "csv" if kind == csv else "pdf")
        target = Path(chosen) if suffix == f".{fmt}" else Path(f"{chosen}.{fmt}")
        overwrite = may_replace(w, self.tr("Summary of the folder"), target, chosen)
        if overwrite is None:
            return
        lang, recursive, firm = current_lang(), w.recursive.isChecked(), w.desk.firm

        def job() -> Generator[Progress, None, Path]:
            if fmt == "pdf":
                from assistant.reports.portfolio_pdf import PortfolioOptions, export_portfolio

                return (yield from export_portfolio(folder, target, PortfolioOptions(
                    lang=lang, date=today, recursive=recursive, firm=firm),
                    overwrite=overwrite))
            from assistant.exchange.portfolio_table import TableOptions, export_table

            return (yield from export_table(folder, target, fmt, TableOptions(
                lang=lang, date=today, recursive=recursive), desk=w.desk,
                overwrite=overwrite))

        runner = JobRunner(w, self.tr("Writing the summary…"), job)
        runner.done.connect(self._summary_done)
        runner.error.connect(lambda exc: show_error(w, self.tr("Summary of the folder"), exc))
        w._run(runner)

    def _summary_done(self, path: object) -> None:
        w = self._win()
        offer_to_open(w, self.tr("Summary of the folder"), self.tr(
            "The summary is written:\n%1\n\nOpen it now?").replace("%1", str(path)), str(path))

    # -- letters and calendar ---------------------------------------------------------------
    def letters(self) -> None:
        w = self._win()
        paths = self._paths_for_batch()
        if paths is None or w.folder is None:
            return
        remembered = w.settings.value("portfolio/letters", "")
        start = str(remembered) if remembered else str(w.folder / self.tr("Letters"))
        chosen = QFileDialog.getExistingDirectory(w, self.tr(
            "Folder for the letters (%n client(s))", "", len(paths)), start)
        if not chosen:
            return
        target = Path(chosen)
        w.settings.set_value("portfolio/letters", str(target))
        from assistant.reports.client_letter import LetterOptions, letter_names

        options = LetterOptions(date=dt.date.today(), firm=w.desk.firm)
        there = [p for p in paths for lang in ("fr", "en")
                 if (target / letter_names(p, lang, options.date)[0]).exists()]
        overwrite = False
        if there:
            answer = QMessageBox.question(
                w, self.tr("Letters to the clients"),
                self.tr("%n client(s) already have a letter of today in this folder. "
                        "Replace them?", "", len(there)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            overwrite = answer == QMessageBox.StandardButton.Yes

        def job() -> Generator[Progress, None, list[Outcome]]:
            from assistant.reports.client_letter import write_letters

            return (yield from write_letters(paths, target, options, overwrite=overwrite))

        runner = JobRunner(w, self.tr("Writing the letters…"), job)
        runner.done.connect(lambda outcomes: self._letters_report(outcomes, target))
        runner.error.connect(lambda exc: show_error(w, self.tr("Letters to the clients"), exc))
        w._run(runner)

    def _letters_report(self, outcomes: object, target: Path) -> None:
        assert isinstance(outcomes, list)
        done = sum(1 for o in outcomes if o.ok)
        text = self.tr("%n letter(s) written, each as PDF and as a Word document to edit",
                    "", done) + "\n" + str(target)
        self._report(self.tr("Letters to the clients"), text, outcomes,
                     lambda box: self._open_folder_button(box, target))

    def calendar(self) -> None:
        w = self._win()
        paths = self._paths_for_batch()
        if paths is None or w.folder is None:
            return
        name = self.tr("deadlines") + ".ics"
        chosen, _ = QFileDialog.getSaveFileName(w, self.tr("Deadlines to a calendar"),
                                                str(w.folder / name),
                                                self.tr("iCalendar files (*.ics)"))
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".ics") else f"{chosen}.ics")
        overwrite = may_replace(w, self.tr("Deadlines to a calendar"), target, chosen)
        if overwrite is None:
            return
        lang, title = current_lang(), w.folder.name

        def job() -> Generator[Progress, None, Any]:
            from assistant.exchange.calendar_ics import export_calendar

            return (yield from export_calendar(paths, target, lang, title=title,
                                               overwrite=overwrite))

        runner = JobRunner(w, self.tr("Writing the calendar…"), job)
        runner.done.connect(lambda summaries: self._calendar_done(summaries, target))
        runner.error.connect(lambda exc: show_error(w, self.tr("Deadlines to a calendar"), exc))
        w._run(runner)

    def _calendar_done(self, summaries: object, target: Path) -> None:
        w = self._win()
        assert isinstance(summaries, list)
        events = sum(len(s.deadlines) for s in summaries if s.readable)
        unread = [s.path.name for s in summaries if not s.readable]
        text = self.tr("%n deadline(s) written. Import the file in Outlook or Thunderbird; "
                    "importing a newer one updates the same events.", "", events)
        if unread:
            text += "\n" + self.tr("Not read: %1").replace("%1", ", ".join(unread))
        offer_to_open(w, self.tr("Deadlines to a calendar"), text + "\n\n" + str(target) + "\n\n"
                      + self.tr("Open it now?"), str(target))

    # -- the CNIL's register spreadsheet ----------------------------------------------------
    def export_register(self) -> None:
        w = self._win()
        paths = w.selected_paths()
        if len(paths) != 1:
            return
        source = paths[0]
        xlsx = self.tr("Excel workbooks (*.xlsx)")
        ods = self.tr("OpenDocument spreadsheets (*.ods)")
        chosen, kind = QFileDialog.getSaveFileName(
            w, self.tr("Register as the CNIL's spreadsheet"),
            str(source.with_name(source.stem + "-" + self.tr("register") + ".ods")),
            f"{ods};;{xlsx}")
        if not chosen:
            return
        suffix = Path(chosen).suffix.lower()
        fmt = "xlsx" if suffix == ".xlsx" or (suffix != ".ods" and kind == xlsx) else "ods"
        target = Path(chosen) if suffix == f".{fmt}" else Path(f"{chosen}.{fmt}")
        overwrite = may_replace(w, self.tr("Register as the CNIL's spreadsheet"), target,
                                chosen)
        if overwrite is None:
            return

        def job() -> Generator[Progress, None, Path]:
            from assistant.exchange.cnil_register.jobs import export_register
            from assistant.store.dossier import open_dossier

            with open_dossier(source, read_only=True, lock=False) as dossier:
                return (yield from export_register(dossier, target, fmt,
                                                   overwrite=overwrite))

        runner = JobRunner(w, self.tr("Filling the CNIL's register…"), job)
        runner.done.connect(lambda path: offer_to_open(
            w, self.tr("Register as the CNIL's spreadsheet"), self.tr(
                "The register is written in the CNIL's template:\n%1\n\nOpen it now?").replace(
                "%1", str(path)), str(path)))
        runner.error.connect(lambda exc: show_error(w, self.tr("Register as the CNIL's "
                                                            "spreadsheet"), exc))
        w._run(runner)

    def import_register(self) -> None:
        w = self._win()
        if w.folder is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            w, self.tr("A filled-in CNIL register"), str(w.folder),
            self.tr("Spreadsheets (*.ods *.xlsx)"))
        if not chosen:
            return
        source = Path(chosen)
        target = w.folder / f"{source.stem}.rgpd"
        if target.exists():
            QMessageBox.warning(w, self.tr("New dossier from a CNIL register"), self.tr(
                "%1 already exists: rename the spreadsheet, or move that dossier.").replace(
                "%1", str(target)))
            return
        lang = current_lang()

        def job() -> Generator[Progress, None, Path]:
            from assistant.exchange.cnil_register.jobs import import_register

            yield from import_register(source, target, language=lang)
            return target

        runner = JobRunner(w, self.tr("Reading the register…"), job)
        runner.done.connect(self._model_done)
        runner.error.connect(lambda exc: show_error(
            w, self.tr("New dossier from a CNIL register"), exc))
        w._run(runner)

    # -- a new client -----------------------------------------------------------------------
    def new_from_model(self) -> None:
        from assistant.ui.dialogs.model_dossier_dialog import ModelDossierDialog

        w = self._win()
        if w.folder is None:
            return
        remembered = w.settings.value("portfolio/model", "")
        dialog = ModelDossierDialog(w.folder, Path(str(remembered)) if remembered else None,
                                    w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        model, organisation = dialog.model_path(), dialog.organisation()
        target = dialog.dossier_path()
        if target.suffix != ".rgpd":
            target = target.with_suffix(".rgpd")
        w.settings.set_value("portfolio/model", str(model))

        def job() -> Generator[Progress, None, Path]:
            from assistant.store.model_copy import new_from_model

            return (yield from new_from_model(model, target, organisation))

        runner = JobRunner(w, self.tr("Creating the dossier…"), job)
        runner.done.connect(self._model_done)
        runner.error.connect(lambda exc: show_error(w, self.tr("New client dossier"), exc))
        w._run(runner)

    def _model_done(self, path: object) -> None:
        w = self._win()
        assert isinstance(path, Path)
        if w.folder is not None and path.parent.resolve() == w.folder.resolve():
            w.show_all()  # a new client has nothing due yet: shown all the same
            w.refresh()
        answer = QMessageBox.question(
            w, self.tr("New client dossier"),
            self.tr("The dossier is created:\n%1\n\nOpen it now?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            w.open_requested.emit(str(path))

    # -- the firm's notes -------------------------------------------------------------------
    def edit_follow_up(self) -> None:
        from assistant.ui.dialogs.follow_up_dialog import FollowUpDialog

        w = self._win()
        rows = w.selected_rows()
        if not rows:
            return
        names = [_display_name(w.model.summary_at(r), w.model.path_at(r)) for r in rows]
        dialog = FollowUpDialog(names, w.model.follow_up(rows[0]), w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.follow_up()
        w.model.set_follow_up(rows, lambda _old: chosen)

    def mark_reminded(self) -> None:
        w = self._win()
        rows = w.selected_rows()
        if rows:
            today = dt.date.today().isoformat()
            w.model.set_follow_up(rows, lambda f: replace(f, last_reminder=today))
            w.statusBar().showMessage(self.tr("%n client(s) marked as reminded today", "",
                                           len(rows)), 5000)


__all__ = ["DeskActions"]


def _display_name(summary: DossierSummary | None, path: Path) -> str:
    """The dossier's name as the list shows it; its file's name until it is read."""
    return summary.display_name if summary is not None else path.stem
