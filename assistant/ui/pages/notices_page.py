"""Information notices (GDPR Art. 12 to 14): the website notice, the counter poster, the CCTV
sign, the short notice for forms and the staff notice, drawn from the register.

Pick a kind and the language; the processing it covers are ticked (the kind's default, or
the owner's choice); the preview shows the notice as it will read, with what the register
lacks marked "[à compléter]" and listed with where to fill it in. Export writes HTML,
Markdown or PDF; "Copy HTML" puts the notice's ``<article>`` on the clipboard for a web
shop's page; "Record as the version in force" keeps the text word for word, with its SHA-256
and the day, so the dossier can show which version was in force when (undo takes it back).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.content.catalog import Lang
from assistant.content.notices import notice_words
from assistant.domain.findings import ValidationError
from assistant.domain.notices.document import NoticeKind, default_scope
from assistant.domain.notices.versions import NoticeStatus, PreparedNotice, date_text
from assistant.store.errors import DossierError
from assistant.store.filenames import fit_name
from assistant.ui.actions import offer_to_open
from assistant.ui.changes import Area
from assistant.ui.colours import set_box
from assistant.ui.errors import show_error
from assistant.ui.i18n import current_lang
from assistant.ui.pages.base import Page
from assistant.ui.replace_prompt import may_replace
from assistant.ui.session import Session

_FORMATS = ("html", "md", "pdf")


class NoticesPage(Page):
    key = "notices"
    # a notice is written from the register, the organisation, its processors and DPO
    areas = Area.NOTICES | Area.REGISTER | Area.ORGANISATION | Area.PROCESSORS | Area.GUIDE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title.setText(self.tr("Information notices"))
        self.prepared: PreparedNotice | None = None
        self._choice: dict[tuple[str, int | None], list[int]] = {}  # ticked, per kind
        self._filling = False
        intro = QLabel(self.tr(
            "Tell people what you do with their data (GDPR Art. 13 and 14), in the words of "
            "your register: nothing is invented. What the register lacks is marked \"to "
            "complete\" and listed below, with where to fill it in. These texts help you; "
            "they are not legal advice."), self)
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind, text in self.kind_names().items():
            self.kind.addItem(text, kind.value)
        self.kind.setAccessibleName(self.tr("Kind of notice"))
        form.addRow(self.tr("&Notice:"), self.kind)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        self.language.setAccessibleName(self.tr("Language of the notice"))
        form.addRow(self.tr("&Language:"), self.language)
        self.layout_.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        covered_label = QLabel(self.tr("Processing &covered:"), left)
        self.covered = QListWidget(left)
        self.covered.setAccessibleName(self.tr("Processing covered by the notice"))
        covered_label.setBuddy(self.covered)
        self.default_button = QPushButton(self.tr("&Default for this notice"), left)
        self.default_button.clicked.connect(self.use_default)
        self.state = QLabel(left)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("Version of the notice"))
        self.gaps = QLabel(left)
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps.setAccessibleName(self.tr("What the register lacks"))
        # the version and what is missing can be long: they scroll, the list keeps its room
        status = QWidget()
        status_layout = QVBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 4, 0)
        status_layout.addWidget(self.state)
        status_layout.addWidget(self.gaps)
        status_layout.addStretch(1)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(status)
        left_layout.addWidget(covered_label)
        left_layout.addWidget(self.covered, 1)
        left_layout.addWidget(self.default_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(scroll, 1)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.warnings = QLabel(right)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        set_box(self.warnings, "warning")  # framed in the warning tone of the theme in use
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.preview = QTextBrowser(right)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the notice"))
        right_layout.addWidget(self.warnings)
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Save the notice as HTML, Markdown or PDF"))
        self.export_button.clicked.connect(self.export)
        self.copy_button = QPushButton(self.tr("Copy HT&ML"), self)
        self.copy_button.setToolTip(self.tr("Copy the notice as HTML, to paste into your "
                                            "web shop's page"))
        self.copy_button.clicked.connect(self.copy_html)
        self.record_button = QPushButton(self.tr("&Record as the version in force"), self)
        self.record_button.setToolTip(self.tr(
            "Keep this text word for word in the dossier, with its SHA-256 and today's date, "
            "as the version you publish from today"))
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self._render)
        self.covered.itemChanged.connect(self._ticked)
        session.opened.connect(self._choice.clear)

    # -- words ---------------------------------------------------------------------------
    def kind_names(self) -> dict[NoticeKind, str]:
        return {
            NoticeKind.WEBSITE: self.tr("Website privacy notice"),
            NoticeKind.POSTER: self.tr("Counter poster (A4)"),
            NoticeKind.CCTV: self.tr("CCTV sign (A4)"),
            NoticeKind.FORM: self.tr("Short notice for a form"),
            NoticeKind.STAFF: self.tr("Staff information notice"),
        }

    # -- state ---------------------------------------------------------------------------
    def current_kind(self) -> NoticeKind:
        return NoticeKind(str(self.kind.currentData()))

    def doc_lang(self) -> Lang:
        return "en" if self.language.currentData() == "en" else "fr"

    def choose(self, kind: NoticeKind, lang: str | None = None) -> None:
        """Show one kind of notice (the Overview's and the plan's way in)."""
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if lang:
            self.language.setCurrentIndex(self.language.findData(lang))

    def ticked_ids(self) -> list[int]:
        return [int(self.covered.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.covered.count())
                if self.covered.item(i).checkState() == Qt.CheckState.Checked]

    def refresh(self) -> None:
        self._fill_covered()
        self._render()

    def _kind_changed(self) -> None:
        self._fill_covered()
        self._render()

    def _ticked(self) -> None:
        if self._filling:
            return
        self._choice[self._key()] = self.ticked_ids()
        self._render()

    def _key(self) -> tuple[str, int | None]:
        return self.current_kind().value, id(self.session.dossier)

    def use_default(self) -> None:
        self._choice.pop(self._key(), None)
        self._fill_covered()
        self._render()

    def _fill_covered(self) -> None:
        dossier = self.session.dossier
        self._filling = True
        try:
            self.covered.clear()
            if dossier is None:
                return
            register = dossier.register.list()
            default = {p.id for p in default_scope(self.current_kind(), register)}
            chosen = self._choice.get(self._key())
            ticked = set(chosen) if chosen is not None else default
            for p in register:
                if p.status.value == "archived" and p.id not in ticked:
                    continue
                text = f"{p.reference} — {p.name}" if p.reference else p.name
                item = QListWidgetItem(text, self.covered)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if p.id in ticked
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    # -- preview -------------------------------------------------------------------------
    def _render(self) -> None:
        from assistant.exchange.notice_files import prepare_notice
        from assistant.exchange.notice_text import html_fragment

        dossier = self.session.dossier
        self.prepared = None
        writable = dossier is not None and not dossier.read_only
        if dossier is None:
            self.preview.clear()
            self._show_state(None)
            return
        ids = self.ticked_ids()
        if not ids:
            self.preview.setPlainText(self.tr(
                "Tick the processing this notice covers."))
            self._show_state(None)
            self._enable(False, writable)
            return
        try:
            prepared = prepare_notice(dossier, self.current_kind(), self.doc_lang(), ids)
        except ValidationError as exc:  # a processing deleted meanwhile
            self.preview.setPlainText("; ".join(f.code for f in exc.findings))
            self._enable(False, writable)
            return
        self.prepared = prepared
        self.preview.setHtml(html_fragment(prepared.document, prepared.stamp,
                                           prepared.words))
        self._show_state(prepared)
        self._enable(True, writable)

    def _enable(self, ready: bool, writable: bool) -> None:
        self.export_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)
        newest = self._newest()
        already = self.prepared is not None and newest is not None and \
            newest.version.sha256 == self.prepared.sha256
        self.record_button.setEnabled(ready and writable and not already)

    def _newest(self) -> NoticeStatus | None:
        dossier = self.session.dossier
        if dossier is None:
            return None
        return next((s for s in dossier.info_notices.statuses()
                     if s.version.kind is self.current_kind()
                     and s.version.language == self.doc_lang()), None)

    def _show_state(self, prepared: PreparedNotice | None) -> None:
        words = notice_words(self.doc_lang())
        newest = self._newest()
        lines = []
        if newest is None:
            lines.append(self.tr("No version of this notice is recorded yet."))
        else:
            v = newest.version
            when = date_text(dt.date.fromisoformat(v.issued_on), words)
            lines.append(self.tr("Version %1 in force since %2.").replace("%1", str(v.number))
                         .replace("%2", when))
            if newest.stale:
                what = ", ".join(newest.changed_names) or self.tr(
                    "the shop's identity or contact")
                lines.append("<b>" + self.tr("Out of date: %1 changed since.").replace(
                    "%1", escape(what)) + "</b>")
            if prepared is not None and prepared.sha256 == v.sha256:
                lines.append(self.tr("The notice shown is that version, word for word."))
            elif prepared is not None:
                lines.append(self.tr("The notice shown differs from it: record it once "
                                     "it is published."))
        self.state.setText("<br>".join(lines))
        if prepared is None:
            self.gaps.clear()
            self.warnings.hide()
            return
        gaps = prepared.document.gaps
        if gaps:
            items = "".join(f"<li>{escape(g)}</li>" for g in gaps)
            self.gaps.setText("<b>" + self.tr("%n item(s) missing from the register:", "",
                                              len(gaps)) + f"</b><ul>{items}</ul>")
        else:
            self.gaps.setText(self.tr("Nothing is missing: every item of Art. 13 is given."))
        warnings = prepared.document.warnings
        self.warnings.setText("<br><br>".join(escape(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    # -- actions -------------------------------------------------------------------------
    def _suggested_name(self, fmt: str) -> str:
        dossier = self.session.dossier
        stem = dossier.path.stem if dossier else "notice"
        kind = self.current_kind().value
        folder = dossier.path.parent if dossier else None
        return fit_name(folder, stem, f"-{kind}-{self.doc_lang()}.{fmt}")

    def export(self) -> None:
        prepared = self.prepared
        dossier = self.session.dossier
        if prepared is None or dossier is None:
            return
        filters = {
            "html": self.tr("Web page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        first = "pdf" if self.current_kind() in (NoticeKind.POSTER, NoticeKind.CCTV) \
            else "html"
        order = [first, *(f for f in _FORMATS if f != first)]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the notice"),
            str(dossier.path.parent / self._suggested_name(first)),
            ";;".join(filters[f] for f in order))
        if not path:
            return
        fmt = next((f for f, text in filters.items() if text == chosen),
                   Path(path).suffix.lstrip(".").lower())
        if fmt not in _FORMATS:
            fmt = first
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(f".{fmt}")
        title = self.tr("Export the notice")
        overwrite = may_replace(self, title, target, asked_for=path)
        if overwrite is None:
            return
        try:
            self._write(prepared, fmt, target, overwrite)
        except (DossierError, ValidationError) as exc:
            show_error(self, title, exc)
            return
        offer_to_open(self, title, self.tr("The notice was written to %1. Open it?")
                      .replace("%1", str(target)), target)

    def _write(self, prepared: PreparedNotice, fmt: str, target: Path,
               overwrite: bool) -> None:
        from assistant.exchange.notice_files import write_text_notice

        dossier = self.session.dossier
        assert dossier is not None
        reading = [dossier.path]  # never onto the dossier (the shared output guard)
        if fmt == "pdf":
            from assistant.reports.notices import write_notice_pdf

            write_notice_pdf(prepared, target, overwrite=overwrite, reading=reading)
        else:
            write_text_notice(prepared, fmt, target, overwrite=overwrite, reading=reading)

    def status_message(self, text: str) -> None:
        self.state.setText(self.state.text() + "<br>" + escape(text))

    def copy_html(self) -> None:
        from assistant.exchange.notice_text import html_fragment

        prepared = self.prepared
        if prepared is None:
            return
        QGuiApplication.clipboard().setText(html_fragment(
            prepared.document, prepared.stamp, prepared.words))
        self.status_message(self.tr("The notice's HTML is on the clipboard."))

    def record(self) -> None:
        from assistant.exchange.notice_files import record_notice

        prepared = self.prepared
        dossier = self.session.dossier
        if prepared is None or dossier is None:
            return
        self.session.perform(self, self.tr("Record the notice"), lambda: record_notice(
            dossier, prepared, issued_on=dt.date.today(),
            label=self.tr("Record the notice")), Area.NOTICES)

