"""Check my website: read the shop's site (home page and a few linked pages) on a worker, with
progress and Cancel; show each finding with its rule and source; add the actions to the plan,
the website processing to the register, and save the report as PDF or JSON.

The dossier is read on the GUI thread before the check starts (the organisation's names and
the register's website processing, for the comparison); the worker only reads the site. The
additions to the dossier are user actions (one undo step each) run through the session.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from assistant.content.catalog import Lang
from assistant.content.messages import messages
from assistant.content.website import finding_words, no_compliance_claim
from assistant.domain.guide.model import Priority
from assistant.domain.website.review import WebsiteFinding, WebsiteReview
from assistant.store.filenames import fit_name
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner
from assistant.ui.replace_prompt import may_replace
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.session import Session

_ICONS = {Priority.HIGH: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Priority.MEDIUM: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Priority.LOW: QStyle.StandardPixmap.SP_MessageBoxInformation}


class WebsiteCheckDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from assistant.website.crawl import DEFAULT_PAGES, MAX_PAGES

        self.session = session
        self.review: WebsiteReview | None = None
        self.runner: JobRunner | None = None
        self.setWindowTitle(self.tr("Check my website"))
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "The app reads your site's home page and a few pages it links to, as a visitor's "
            "browser would before accepting anything: the cookies it sets, the trackers it "
            "loads, the consent banner, the forms and the legal pages. Only your site's pages "
            "are read (robots.txt is respected); nothing about your customers leaves this "
            "computer."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        row = QHBoxLayout()
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("www.your-shop.fr"))
        self.address.setAccessibleName(self.tr("Address of the site"))
        self.pages = QSpinBox(self)
        self.pages.setRange(0, MAX_PAGES)
        self.pages.setValue(DEFAULT_PAGES)
        self.pages.setAccessibleName(self.tr("Linked pages to read"))
        self.pages.setToolTip(self.tr("Pages of the same site read besides the first one"))
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.start_check)
        row.addWidget(self.address, 1)
        row.addWidget(self.check_button)
        address_label = QLabel(self.tr("Site &address:"), self)
        address_label.setBuddy(self.address)
        form.addRow(address_label, row)
        form.addRow(self.tr("Linked &pages to read:"), self.pages)
        layout.addLayout(form)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.findings = QListWidget(splitter)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.currentRowChanged.connect(self._show_finding)
        self.detail = QPlainTextEdit(splitter)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("What the finding means and its source"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.limit = QLabel(no_compliance_claim(current_lang()), self)
        self.limit.setWordWrap(True)
        layout.addWidget(self.limit)

        buttons = QDialogButtonBox(self)
        self.add_actions_button = buttons.addButton(
            self.tr("A&dd the actions to the plan"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_actions_button.clicked.connect(self.add_actions)
        self.register_button = buttons.addButton(
            self.tr("Add to the &register"), QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.setToolTip(self.tr(
            "Add (or complete) the processing \"Website: audience measurement / cookies\", "
            "with the trackers as recipients and their transfers outside the EEA"))
        self.register_button.clicked.connect(self.add_to_register)
        self.save_button = buttons.addButton(self.tr("&Save the report…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_report)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

        dossier = session.dossier
        if dossier is not None:
            self.address.setText(dossier.organisation.get().website)
        self._update_buttons()
        resize_within_screen(self, 860, 640)

    # -- state ----------------------------------------------------------------------------
    def lang(self) -> Lang:
        return current_lang()

    def _writable(self) -> bool:
        dossier = self.session.dossier
        return dossier is not None and not dossier.read_only

    def _update_buttons(self) -> None:
        idle = self.runner is None
        read = self.review is not None and self.review.facts.reachable
        self.check_button.setEnabled(idle)
        self.add_actions_button.setEnabled(idle and read and self._writable()
                                           and bool(self.review and self.review.actions))
        self.register_button.setEnabled(idle and read and self._writable()
                                        and bool(self.review and self.review.trackers))
        self.save_button.setEnabled(idle and read)

    # -- the check ------------------------------------------------------------------------
    def start_check(self) -> None:
        from assistant.domain.findings import ValidationError
        from assistant.website.check import check_website, dossier_view
        from assistant.website.crawl import CrawlOptions, normalise_url

        dossier = self.session.dossier
        if dossier is None or self.runner is not None:
            return
        try:
            url = normalise_url(self.address.text())
        except ValidationError as exc:
            self.address.setFocus()
            show_error(self, self.tr("Check my website"), exc)
            return
        view = dossier_view(dossier, self.lang())
        options = CrawlOptions(pages=self.pages.value())

        def job():  # type: ignore[no-untyped-def]
            return (yield from check_website(url, options, view))

        self.runner = JobRunner(self, self.tr("Checking the website…"), job)
        self.runner.done.connect(self._checked)
        self.runner.error.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.status.setText(self.tr("Reading %1…").replace("%1", url))
        self._update_buttons()
        self.runner.start()

    def _finished(self) -> None:
        self.runner = None
        self._update_buttons()

    def _checked(self, review: object) -> None:
        assert isinstance(review, WebsiteReview)
        self.runner = None
        self.review = review
        self.findings.clear()
        self.detail.clear()
        facts = review.facts
        msg = messages(self.lang())
        if not facts.reachable:
            failure = facts.failures[0]
            reason = msg.get("fetch", failure.reason, {"detail": failure.detail})
            text = msg.get("website", "unreachable", {"url": failure.url, "reason": reason})
            self.status.setText(text)
            self._update_buttons()
            QMessageBox.warning(self, self.tr("Check my website"), text)
            return
        self.status.setText(self.tr(
            "Pages read: %1 of %2, on %3 (UTC). Actions to plan: %4. Notes: %5.")
            .replace("%1", str(len(facts.pages))).replace("%2", facts.home.final_url)  # type: ignore[union-attr]
            .replace("%3", facts.fetched_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%4", str(len(review.actions))).replace("%5", str(len(review.notes))))
        for finding in review.findings:
            self._add_item(finding)
        if self.findings.count():
            self.findings.setCurrentRow(0)
        self._update_buttons()

    def _add_item(self, finding: WebsiteFinding) -> None:
        words = finding_words(self.lang(), finding)
        if finding.priority is not None:
            priority = messages(self.lang()).get("website", f"priority_{finding.priority}")
            text = f"{priority.capitalize()} — {words.title}"
            icon = _ICONS[finding.priority]
        else:
            text = words.title
            icon = QStyle.StandardPixmap.SP_FileDialogInfoView
        item = QListWidgetItem(text, self.findings)
        item.setIcon(self.style().standardIcon(icon))
        item.setData(Qt.ItemDataRole.UserRole, finding.code)

    def _show_finding(self, row: int) -> None:
        if self.review is None or not 0 <= row < len(self.review.findings):
            self.detail.clear()
            return
        finding = self.review.findings[row]
        words = finding_words(self.lang(), finding)
        lines = [words.detail]
        if words.action:
            lines += ["", self.tr("Action: %1").replace("%1", words.action), words.fix]
        if words.pages:
            lines += ["", self.tr("Pages: %1").replace("%1", words.pages)]
        if words.source:
            lines += [self.tr("Source: %1").replace("%1", words.source)]
        self.detail.setPlainText("\n".join(lines))

    def _failed(self, exc: object) -> None:
        self._finished()
        self.status.setText(self.tr("The site was not checked."))
        if isinstance(exc, BaseException):
            show_error(self, self.tr("Check my website"), exc)

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Check cancelled; nothing was added to the dossier."))

    # -- into the dossier -----------------------------------------------------------------
    def add_actions(self) -> None:
        from assistant.website.plan import add_actions

        dossier, review = self.session.dossier, self.review
        if dossier is None or review is None:
            return
        result = self.session.perform(self, self.tr("Check my website"), lambda: add_actions(
            dossier, review, self.lang(), label=self.tr("website check")))
        if result is None:
            return
        text = self.tr("%n action(s) added to the action plan (step 3).", "",
                       len(result.added))
        if result.already:
            text += " " + self.tr("%n already open in the plan, not added twice.", "",
                                  len(result.already))
        self.status.setText(text)

    def add_to_register(self) -> None:
        from assistant.website.plan import add_to_register

        dossier, review = self.session.dossier, self.review
        if dossier is None or review is None:
            return
        result = self.session.perform(self, self.tr("Check my website"), lambda: add_to_register(
            dossier, review, self.lang(), label=self.tr("website processing")))
        if result is None:
            return
        processing, created = result
        text = self.tr("Added to the register: %1") if created else \
            self.tr("Completed in the register: %1")
        self.status.setText(text.replace("%1", processing.name))

    # -- the report -----------------------------------------------------------------------
    def _suggested_report(self) -> str:
        dossier = self.session.dossier
        folder = dossier.path.parent if dossier else Path.home()
        stem = dossier.path.stem if dossier else "site"
        day = (self.review.facts.fetched_at.date() if self.review else dt.date.today())
        what = self.tr("website-check")
        return str(folder / fit_name(folder, f"{stem}-{what}", f"-{day.isoformat()}.pdf"))

    def save_report(self) -> None:
        review = self.review
        if review is None or self.runner is not None:
            return
        pdf, json_ = self.tr("PDF documents (*.pdf)"), self.tr("JSON files (*.json)")
        chosen, kind = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                   self._suggested_report(), f"{pdf};;{json_}")
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".pdf", ".json"):
            target = target.with_suffix(".json" if kind == json_ else ".pdf")
        overwrite = may_replace(self, self.tr("Save the report"), target, asked_for=chosen)
        if overwrite is None:
            return
        dossier = self.session.dossier
        reading = [dossier.path] if dossier is not None else []
        lang = self.lang()
        organisation = dossier.organisation.get().display_name if dossier else ""

        def job():  # type: ignore[no-untyped-def]
            if target.suffix.lower() == ".json":
                from assistant.website.report_json import write_report_json

                return (yield from write_report_json(review, target, lang,
                                                     overwrite=overwrite, reading=reading))
            from assistant.reports.website_pdf import export_website_pdf

            return (yield from export_website_pdf(review, target, lang,
                                                  organisation=organisation,
                                                  overwrite=overwrite, reading=reading))

        self.runner = JobRunner(self, self.tr("Writing the report…"), job)
        self.runner.done.connect(self._saved)
        self.runner.error.connect(self._failed_report)
        self.runner.cancelled.connect(self._cancelled_report)
        self._update_buttons()
        self.runner.start()

    def _saved(self, path: object) -> None:
        from assistant.ui.actions import offer_to_open

        self._finished()
        self.status.setText(self.tr("Report written: %1").replace("%1", str(path)))
        offer_to_open(self, self.tr("Save the report"), self.tr(
            "The report is written:\n%1\n\nOpen it now?").replace("%1", str(path)), str(path))

    def _failed_report(self, exc: object) -> None:
        self._finished()
        self.status.setText(self.tr("The report was not written."))
        if isinstance(exc, BaseException):
            show_error(self, self.tr("Save the report"), exc)

    def _cancelled_report(self) -> None:
        self._finished()
        self.status.setText(self.tr("Report cancelled; no file was written."))

    # -- closing --------------------------------------------------------------------------
    def stop_jobs(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner = None

    def done(self, result: int) -> None:  # Close, Escape, the window's close button
        self.stop_jobs()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_jobs()
        super().closeEvent(event)
