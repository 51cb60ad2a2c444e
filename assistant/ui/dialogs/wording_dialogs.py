"""Purposes and their wordings: the texts customers read before saying yes or no.

:class:`WordingEditor` writes a new version of a purpose's wording (drafted from the dossier,
or the current text to change), previewed as the customer will read it. :class:`WordingsDialog`
lists the purposes with their wordings, offers the drafted wordings for purposes that have
none (a dossier made before they were drafted), and the phone canvassing purpose to a dossier
that lacks it. Writes go through the session (an error is shown, the dossier stays as it was).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.domain.consent import NoticeVersion, Purpose
from assistant.domain.consent_wording import (
    GAP_CONTACT,
    GAP_CONTROLLER,
    GAP_RETENTION,
    GAP_RETENTION_TEMPLATE,
    next_version,
    short_hash,
)
from assistant.store.consent_wordings import (
    add_default_purpose,
    add_drafted_wordings,
    draft_wording,
    missing_default_purposes,
    purposes_without_wording,
)
from assistant.ui.colours import brush
from assistant.ui.i18n import current_lang, translate
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.session import Session

LANGUAGES = (("fr", "Français"), ("en", "English"))


def _h(text: object) -> str:
    return html.escape(str(text), quote=False)


def gap_text(code: str) -> str:
    return {
        GAP_CONTROLLER: translate("Wordings", "The organisation has no name yet: the text says "
                                  "“the shop” (Edit › Organisation)."),
        GAP_RETENTION: translate("Wordings", "No retention period is known for this purpose: "
                                 "the text says nothing about it (set one in the register)."),
        GAP_RETENTION_TEMPLATE: translate(
            "Wordings", "The purpose belongs to no processing of the register: the retention "
            "stated is the usual one for this kind of purpose."),
        GAP_CONTACT: translate("Wordings", "The organisation has no email, phone or address: "
                               "people are told to ask in the shop (Edit › Organisation)."),
    }.get(code, code)


def preview_html(shop: str, purpose: str, text: str) -> str:
    """The wording as the customer will read it: the shop, the purpose, the text word for
    word, and the two answers (neither chosen)."""
    yes, no = translate("Wordings", "Yes"), translate("Wordings", "No")
    lines = "".join(f"<p style='margin:0 0 6px 0'>{_h(line)}</p>" for line in text.split("\n"))
    button = ("<td style='border:2px solid #555; padding:6px 26px; font-size:large'>"
              "<b>{}</b></td><td width='16'></td>")
    return (f"<p style='color:#555'>{_h(shop)}</p><h3>{_h(purpose)}</h3>{lines}"
            f"<table cellspacing='0'><tr>{button.format(_h(yes))}{button.format(_h(no))}"
            "</tr></table>")


class WordingEditor(QDialog):
    """A new version of a purpose's wording, kept word for word once saved."""

    def __init__(self, session: Session, purpose: Purpose, parent: QWidget | None = None,
                 *, language: str = "") -> None:
        super().__init__(parent)
        dossier = session.dossier
        assert dossier is not None
        self._dossier = dossier
        self._purpose = purpose
        self._shop = dossier.organisation.get().display_name
        self.setWindowTitle(self.tr("Wording for “%1”").replace("%1", purpose.label))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language
                                                                    or current_lang())))
        self.version = QLineEdit(self)
        self.effective = QDateEdit(QDate.currentDate(), self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        for widget, text in ((self.language, self.tr("&Language")),
                             (self.version, self.tr("&Version")),
                             (self.effective, self.tr("In effect &from"))):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel(self.tr("&Text people read:"), left)
        self.text = QPlainTextEdit(left)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Text people read"))
        text_label.setBuddy(self.text)
        redraft = QPushButton(self.tr("&Draft it again from the dossier"), left)
        redraft.clicked.connect(self.draft)
        left_layout.addWidget(text_label)
        left_layout.addWidget(self.text, 1)
        left_layout.addWidget(redraft, 0, Qt.AlignmentFlag.AlignLeft)
        self.gaps = QLabel(left)
        self.gaps.setWordWrap(True)
        left_layout.addWidget(self.gaps)
        self.preview = QTextBrowser(split)
        self.preview.setAccessibleName(self.tr("Preview, as the customer reads it"))
        split.addWidget(left)
        split.addWidget(self.preview)
        layout.addWidget(split, 1)
        hint = QLabel(self.tr("Once saved, a wording is kept word for word with its SHA-256 "
                              "and never changed: a new text is a new version. Forms already "
                              "printed keep the version printed on them."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.text.textChanged.connect(self._update_preview)
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        resize_within_screen(self, 900, 560)

    def lang(self) -> str:
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        pid = int(self._purpose.id or 0)
        versions = [n.version for n in self._dossier.consents.notices(pid)]
        self.version.setText(next_version(self.lang(), versions))
        current = [n for n in self._dossier.consents.notices(pid) if n.language == self.lang()]
        if current:  # change the text in force rather than start again
            self.text.setPlainText(current[-1].text)
            self.gaps.setText("")
        else:
            self.draft()

    def draft(self) -> None:
        draft = draft_wording(self._dossier, self._purpose, self.lang())
        self.text.setPlainText(draft.text)
        self.gaps.setText("\n".join("• " + gap_text(g) for g in draft.gaps))

    def _update_preview(self) -> None:
        self.preview.setHtml(preview_html(self._shop, self._purpose.label,
                                          self.text.toPlainText()))

    def values(self) -> tuple[str, str, str, str]:
        """(version, text, effective from, language)"""
        return (self.version.text(), self.text.toPlainText(),
                self.effective.date().toString(Qt.DateFormat.ISODate), self.lang())


def write_wording(session: Session, purpose: Purpose, parent: QWidget | None, *,
                  language: str = "") -> NoticeVersion | None:
    """Open the editor for ``purpose`` and keep what it gives (None if cancelled)."""
    dossier = session.dossier
    if dossier is None or dossier.read_only:
        return None
    dialog = WordingEditor(session, purpose, parent, language=language)

    def save() -> NoticeVersion:
        version, text, day, lang = dialog.values()
        return dossier.consents.add_notice(int(purpose.id or 0), version, text, day,
                                           language=lang)

    done, notice = session.perform_from(dialog, translate("Wordings", "New wording"), save)
    return notice if done else None


class WordingsDialog(QDialog):
    """Consents › Purposes and wordings."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Purposes and wordings"))
        layout = QVBoxLayout(self)
        self.offer = QLabel(self)
        self.offer.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("&Write them from the dossier…"), self)
        self.offer_button.clicked.connect(self.write_missing)
        self.phone_button = QPushButton(self.tr("Add the &phone canvassing purpose"), self)
        self.phone_button.clicked.connect(self.add_phone)
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.offer, 1)
        offer_row.addWidget(self.offer_button)
        offer_row.addWidget(self.phone_button)
        layout.addLayout(offer_row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.purposes = QListWidget(split)
        self.purposes.setAccessibleName(self.tr("Purposes"))
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.about = QLabel(right)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.about)
        self.wordings = QTableWidget(0, 4, right)
        self.wordings.setAccessibleName(self.tr("Wordings of the purpose"))
        self.wordings.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Language"),
                                                 self.tr("In effect from"),
                                                 self.tr("SHA-256")])
        self.wordings.verticalHeader().setVisible(False)
        self.wordings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.wordings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.wordings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.wordings.setTabKeyNavigation(False)
        self.wordings.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.wordings.horizontalHeader().setStretchLastSection(True)
        self.wordings.setMaximumHeight(130)
        right_layout.addWidget(self.wordings)
        self.preview = QTextBrowser(right)
        self.preview.setAccessibleName(self.tr("Preview, as the customer reads it"))
        right_layout.addWidget(self.preview, 1)
        split.addWidget(self.purposes)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 620])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.new_wording = QPushButton(self.tr("New &wording…"), self)
        self.new_wording.clicked.connect(self.write_new)
        self.new_purpose = QPushButton(self.tr("New &purpose…"), self)
        self.new_purpose.clicked.connect(self.add_purpose)
        self.edit_purpose = QPushButton(self.tr("&Edit the purpose…"), self)
        self.edit_purpose.clicked.connect(self.change_purpose)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for b in (self.new_wording, self.new_purpose, self.edit_purpose):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.purposes.currentRowChanged.connect(lambda _r: self._show_purpose())
        self.wordings.itemSelectionChanged.connect(self._show_wording)
        self.purposes.itemActivated.connect(lambda _i: self.write_new())
        self.refresh()
        resize_within_screen(self, 960, 620)

    # -- reading ----------------------------------------------------------------------------
    def _dossier(self):  # type: ignore[no-untyped-def]
        return self.session.dossier

    def refresh(self, select: int | None = None) -> None:
        dossier = self._dossier()
        current = select if select is not None else self.selected_purpose_id()
        self.purposes.clear()
        if dossier is None:
            return
        writable = not dossier.read_only
        worded = {n.purpose_id for n in dossier.consents.notices()}
        for p in dossier.consents.purposes():
            if p.archived:
                continue
            text = p.label if p.id in worded else self.tr("%1 — no wording").replace(
                "%1", p.label)
            item = QListWidgetItem(text, self.purposes)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id not in worded:
                item.setForeground(brush("warning"))
        rows = [self.purposes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.purposes.count())]
        self.purposes.setCurrentRow(rows.index(current) if current in rows else 0)
        missing = purposes_without_wording(dossier)
        lacking = missing_default_purposes(dossier)
        if missing:
            self.offer.setText(self.tr(
                "%n purpose(s) have no wording yet: a consent to them would prove nothing. The "
                "app can write them from the dossier, in French and English.", "",
                len(missing)))
        elif lacking:
            self.offer.setText(self.tr(
                "Since 11 August 2026, canvassing consumers by phone needs their prior consent "
                "(Consumer Code L223-1): add the purpose to record it."))
        else:
            self.offer.setText(self.tr("Every purpose has its wording."))
        self.offer_button.setVisible(bool(missing) and writable)
        self.phone_button.setVisible(bool(lacking) and writable)
        for b in (self.new_wording, self.new_purpose, self.edit_purpose):
            b.setEnabled(writable)
        self._show_purpose()

    def selected_purpose_id(self) -> int | None:
        item = self.purposes.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selected_purpose(self) -> Purpose | None:
        dossier, pid = self._dossier(), self.selected_purpose_id()
        return dossier.consents.purpose(pid) if dossier is not None and pid else None

    def _show_purpose(self) -> None:
        dossier, purpose = self._dossier(), self._selected_purpose()
        self.wordings.setRowCount(0)
        self.preview.clear()
        if dossier is None or purpose is None:
            self.about.setText("")
            return
        processing = dossier.register.get(purpose.processing_id) \
            if purpose.processing_id else None
        linked = processing.name if processing else self.tr("not linked to a processing")
        self.about.setText(self.tr("%1 (code %2) · %3").replace("%1", purpose.label)
                           .replace("%2", purpose.code).replace("%3", linked))
        notices = dossier.consents.notices(int(purpose.id or 0))
        self.wordings.setRowCount(len(notices))
        for row, n in enumerate(notices):
            for col, value in enumerate((n.version, n.language, n.effective_from,
                                         short_hash(n.sha256))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, n.id)
                if col == 3:
                    item.setToolTip(n.sha256)
                self.wordings.setItem(row, col, item)
        if notices:
            self.wordings.selectRow(len(notices) - 1)
        else:
            self.preview.setHtml("<p>" + _h(self.tr(
                "No wording yet: without the text people read, a consent proves nothing. "
                "Write one with New wording (drafted from the dossier).")) + "</p>")

    def _show_wording(self) -> None:
        dossier, purpose = self._dossier(), self._selected_purpose()
        items = self.wordings.selectedItems()
        if dossier is None or purpose is None or not items:
            return
        notice = dossier.consents.notice(int(items[0].data(Qt.ItemDataRole.UserRole)))
        if notice is not None:
            shop = dossier.organisation.get().display_name
            self.preview.setHtml(preview_html(shop, purpose.label, notice.text))

    # -- writing ----------------------------------------------------------------------------
    def write_new(self) -> None:
        purpose = self._selected_purpose()
        if purpose is None:
            return
        if write_wording(self.session, purpose, self) is not None:
            self.refresh(select=int(purpose.id or 0))

    def write_missing(self) -> None:
        """The offer: the drafted wordings (French and English) of every purpose that has
        none, shown first, kept on Yes."""
        dossier = self._dossier()
        if dossier is None:
            return
        missing = purposes_without_wording(dossier)
        if not missing:
            return
        lang = current_lang()
        shop = dossier.organisation.get().display_name
        parts = []
        gaps: set[str] = set()
        for p in missing:
            draft = draft_wording(dossier, p, lang)
            gaps.update(draft.gaps)
            parts.append(preview_html(shop, p.label, draft.text))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Write the missing wordings"),
                          self.tr("Keep these wordings, in French and English, in effect "
                                  "from today? You can write a new version of any of them "
                                  "later."), QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText("\n".join("• " + gap_text(g) for g in sorted(gaps)))
        box.setDetailedText("\n\n".join(f"{p.label}\n{draft_wording(dossier, p, lang).text}"
                                        for p in missing))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.session.perform(self, self.tr("Write the missing wordings"),
                             lambda: add_drafted_wordings(dossier, missing))
        self.refresh()

    def add_phone(self) -> None:
        dossier = self._dossier()
        if dossier is None:
            return
        added = self.session.perform(self, self.tr("Add the phone canvassing purpose"),
                                     lambda: add_default_purpose(
                                         dossier, "phone",
                                         label=self.tr("new purpose")))
        if added is not None:
            self.refresh(select=int(added.id or 0))

    def add_purpose(self) -> None:
        from assistant.ui.dialogs.consent_dialogs import PurposeDialog

        dossier = self._dossier()
        if dossier is None:
            return
        choices = [(int(p.id or 0), p.name) for p in dossier.register.list()]
        dialog = PurposeDialog(Purpose(None, "", ""), choices, self)
        done, saved = self.session.perform_from(
            dialog, self.tr("New purpose"),
            lambda: dossier.consents.save_purpose(dialog.purpose(),
                                                  label=self.tr("new purpose")))
        if done and saved is not None:
            self.refresh(select=int(saved.id or 0))

    def change_purpose(self) -> None:
        from assistant.ui.dialogs.consent_dialogs import PurposeDialog

        dossier, purpose = self._dossier(), self._selected_purpose()
        if dossier is None or purpose is None:
            return
        choices = [(int(p.id or 0), p.name) for p in dossier.register.list()]
        dialog = PurposeDialog(purpose, choices, self)
        self.session.perform_from(dialog, self.tr("Consent purpose"),
                                  lambda: dossier.consents.save_purpose(
                                      dialog.purpose(), label=self.tr("edit of a purpose")))
        self.refresh()
