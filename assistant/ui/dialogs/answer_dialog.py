""""Prepare the answer" to a rights request: choose the answer, say how the requester's
identity was checked (before any data is given out), fill in what the kind asks for, read the
letter as it will be sent with the article's checklist beside it, then write the files (PDF,
DOCX to edit, text; the copy or the portability files) and file the answer with the request.
"Copy as email text" puts the letter's body in the clipboard for the owner's mail program.

The work is :mod:`assistant.reports.answers.pack`'s; the files are rendered on a worker (a
long history makes a long copy), then written and filed on the GUI thread in one action.

Why one file of some 630 lines: the letter, its identity check, the options of each kind of
answer and the checklist are one form whose parts set each other on every change
(:meth:`AnswerDialog.refresh`); the letters themselves are built in ``reports.answers``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.content.answers import answer_words
from assistant.content.catalog import normalise_lang
from assistant.domain.findings import ValidationError
from assistant.domain.letter import EMAIL, plain_text
from assistant.domain.request_answer import (
    GIVES_DATA,
    AnswerKind,
    IdentityMethod,
    IdentityProof,
    default_kind,
    identity_settled,
    kinds_for,
)
from assistant.domain.rights_request import RightsRequest
from assistant.reports.answers.letters import IDENTITY_FIELDS, AnswerOptions, default_kept
from assistant.reports.answers.pack import AnswerPlan, plan_answer, render_files, write_answer
from assistant.store.dossier import Dossier
from assistant.ui.colours import set_tone
from assistant.ui.dialogs.form_parts import text_box, vocab_choice
from assistant.ui.i18n import current_lang
from assistant.ui.jobs import JobRunner
from assistant.ui.screen_fit import resize_within_screen, text_height
from assistant.ui.session import Session


class AnswerDialog(QDialog):
    def __init__(self, session: Session, request: RightsRequest, parent: QWidget | None = None,
                 *, folder: Path | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        assert session.dossier is not None
        self.session = session
        self.dossier: Dossier = session.dossier
        self.request = request
        self.rid = int(request.id or 0)
        self.today = today or dt.date.today()
        self.plan: AnswerPlan | None = None
        self.written: list[Path] = []
        self.runner: JobRunner | None = None
        self.words = answer_words(current_lang())
        # the preview follows every change, once the typing pauses
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self.setWindowTitle(self.tr("Prepare the answer to request %1")
                            .replace("%1", request.reference))
        self.setSizeGripEnabled(True)
        resize_within_screen(self, 1240, 720)

        # -- left: what to write -----------------------------------------------------------
        left = QWidget(self)
        form_box = QVBoxLayout(left)
        form_box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(left)
        labels = self._kind_labels()
        for kind in kinds_for(request.right):
            self.kind.addItem(labels[kind], kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(default_kind(request).value)))
        self.kind.setAccessibleName(self.tr("Answer"))
        form.addRow(self.tr("&Answer:"), self.kind)
        self.lang = QComboBox(left)
        self.lang.addItem(self.tr("French"), "fr")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(
            normalise_lang(self.dossier.language))))
        self.lang.setAccessibleName(self.tr("Language of the letter"))
        form.addRow(self.tr("&Language:"), self.lang)
        form_box.addLayout(form)

        self.identity_box = self._identity_group(left)
        form_box.addWidget(self.identity_box)
        self.options = QStackedWidget(left)
        self.options.addWidget(QWidget(left))  # nothing to choose
        self._build_options(left)
        form_box.addWidget(self.options)

        send = QGroupBox(self.tr("Sending"), left)
        send_form = QFormLayout(send)
        self.channel = vocab_choice("request_channels", send)
        self.channel.setCurrentIndex(max(0, self.channel.findData(request.received_via)))
        self.channel.setAccessibleName(self.tr("Sent by"))
        send_form.addRow(self.tr("Sent b&y:"), self.channel)
        self.sent_on = QDateEdit(send)
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd/MM/yyyy" if current_lang() == "fr" else "yyyy-MM-dd")
        self.sent_on.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.sent_on.setAccessibleName(self.tr("Sent on"))
        send_form.addRow(self.tr("Sent &on:"), self.sent_on)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder or Path.home()), send)
        self.folder.setAccessibleName(self.tr("Folder for the files"))
        browse = QPushButton(self.tr("&Browse…"), send)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        send_form.addRow(self.tr("Folder:"), row)
        form_box.addWidget(send)
        self.earlier = QLabel(left)
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        form_box.addWidget(self.earlier)
        form_box.addStretch(1)

        # -- right: the letter and its checklist --------------------------------------------
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.problems = QLabel(right)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.problems, "danger")
        right_box.addWidget(self.problems)
        self.preview = QTextBrowser(right)
        self.preview.setAccessibleName(self.tr("The letter"))
        right_box.addWidget(self.preview, 3)
        self.checklist_title = QLabel(right)
        self.checklist_title.setWordWrap(True)
        right_box.addWidget(self.checklist_title)
        self.checklist = QListWidget(right)
        self.checklist.setAccessibleName(self.tr("What the letter must say"))
        self.checklist.setMaximumHeight(text_height(self.checklist, 10.5))
        self.checklist.setWordWrap(True)
        right_box.addWidget(self.checklist, 1)
        self.gaps = QLabel(right)
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        right_box.addWidget(self.gaps)
        self.before_sending = QLabel(right)
        self.before_sending.setWordWrap(True)
        self.before_sending.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.before_sending, "warning")
        right_box.addWidget(self.before_sending)

        scroller = QScrollArea(self)  # on a small screen, the choices scroll; none is cut
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(left)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroller)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # the letter gets most of the room (it is what is checked), the choices what they need
        splitter.setSizes([max(500, self.width() * 2 // 5), self.width() * 3 // 5])

        self.buttons = QDialogButtonBox(self)
        self.copy_email = self.buttons.addButton(self.tr("Copy as &email text"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_email.setToolTip(self.tr("Put the letter's body in the clipboard, to "
                                           "paste into your mail program"))
        self.copy_email.clicked.connect(self.copy_as_email)
        self.write = self.buttons.addButton(self.tr("&Write and file"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.write.setToolTip(self.tr("Write the letter (PDF, DOCX, text) and its files into "
                                      "the folder, and file the answer with the request"))
        self.write.setDefault(True)
        self.write.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.write.clicked.connect(self.write_and_file)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("%1 — %2").replace("%1", request.reference)
                         .replace("%2", request.requester), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._timer.timeout.connect(self.refresh)
        session.closed.connect(self.reject)
        for signal in (self.kind.currentIndexChanged, self.lang.currentIndexChanged,
                       self.channel.currentIndexChanged, self.sent_on.dateChanged):
            signal.connect(self._later)
        self.refresh()

    # -- parts ------------------------------------------------------------------------------
    def _kind_labels(self) -> dict[AnswerKind, str]:
        return {
            AnswerKind.ACKNOWLEDGMENT: self.tr("Acknowledgment (with the deadline)"),
            AnswerKind.ACCESS: self.tr("Access: letter and copy of the data (Art. 15)"),
            AnswerKind.PORTABILITY: self.tr("Portability: letter, JSON and CSV (Art. 20)"),
            AnswerKind.RECTIFICATION: self.tr("Rectification: correct and confirm (Art. 16)"),
            AnswerKind.ERASURE: self.tr("Erasure: confirmation (Art. 17)"),
            AnswerKind.OBJECTION: self.tr("Objection: confirmation (Art. 21)"),
            AnswerKind.WITHDRAWAL: self.tr("Withdrawal of consent: confirmation (Art. 7(3))"),
            AnswerKind.EXTENSION: self.tr("Extension by two months (Art. 12(3))"),
            AnswerKind.REFUSAL: self.tr("Refusal, with the reasons (Art. 12(4))"),
        }

    def _identity_group(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        box.setToolTip(self.words.t("identity", "source"))
        layout = QVBoxLayout(box)
        self.identity_question = QLabel(box)  # a label, not the box's title: it wraps
        self.identity_question.setWordWrap(True)
        font = self.identity_question.font()
        font.setBold(True)
        self.identity_question.setFont(font)
        layout.addWidget(self.identity_question)
        rule = QLabel(self.words.t("identity", "rule"), box)
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.methods = QButtonGroup(box)
        self.method_buttons: dict[str, QRadioButton] = {}
        for choice in self.words.choices("identity_methods"):
            button = QRadioButton(choice.label, box)
            button.setToolTip(choice.help)
            self.methods.addButton(button)
            self.method_buttons[choice.code] = button
            layout.addWidget(button)
            button.toggled.connect(self._later)
        self.identity_warning = QLabel(self.words.choice("identity_methods",
                                                         "id_document").warning, box)
        self.identity_warning.setWordWrap(True)
        set_tone(self.identity_warning, "warning")
        layout.addWidget(self.identity_warning)
        self.identity_detail = QLineEdit(box)
        self.identity_detail.setPlaceholderText(self.tr("What was compared (e.g. the order "
                                                        "number and its date)"))
        self.identity_detail.setAccessibleName(self.tr("What was compared"))
        self.identity_detail.textChanged.connect(self._later)
        layout.addWidget(self.identity_detail)
        saved = self.dossier.request_answers.identity(self.rid)
        if saved is not None:
            self.method_buttons[saved.method.value].setChecked(True)
            self.identity_detail.setText(saved.detail)
        return box

    def _build_options(self, parent: QWidget) -> None:
        # access: the processing that concern the person
        self.processing = QListWidget(parent)
        self.processing.setAccessibleName(self.tr("Uses of data that concern the person"))
        # the identity question above keeps its words
        self.processing.setMaximumHeight(text_height(self.processing, 9.5))
        box = self._page(self.tr("Which uses of data concern this person?"), self.processing)
        self.page_access = self.options.addWidget(box)
        self.processing.itemChanged.connect(lambda _i: self._later())
        # erasure, objection, withdrawal: what was kept
        kept_widget = QWidget(parent)
        kept_layout = QVBoxLayout(kept_widget)
        kept_layout.setContentsMargins(0, 0, 0, 0)
        self.kept: dict[str, QCheckBox] = {}
        for choice in self.words.choices("kept"):
            check = QCheckBox(choice.label, kept_widget)
            check.setToolTip(f"{choice.source}")
            check.toggled.connect(self._later)
            kept_layout.addWidget(check)
            self.kept[choice.code] = check
        self.what_stopped = QLineEdit(kept_widget)
        self.what_stopped.setPlaceholderText(self.tr("Objection: the use that stopped "
                                                     "(default: marketing)"))
        self.what_stopped.textChanged.connect(self._later)
        kept_layout.addWidget(self.what_stopped)
        self.recipients_erasure = self._recipients_box(kept_widget)
        kept_layout.addWidget(self.recipients_erasure)
        self.page_kept = self.options.addWidget(self._page(self.tr("What is kept, and why"),
                                                           kept_widget))
        # refusal
        refusal = QWidget(parent)
        refusal_form = QFormLayout(refusal)
        self.reason = QComboBox(refusal)
        for choice in self.words.choices("refusal_reasons"):
            self.reason.addItem(choice.label, choice.code)
        self.reason.currentIndexChanged.connect(self._later)
        refusal_form.addRow(self.tr("&Reason:"), self.reason)
        self.detail = text_box(refusal, self.tr("The reason in words"))
        self.detail.textChanged.connect(self._later)
        refusal_form.addRow(self.tr("In &words:"), self.detail)
        self.page_refusal = self.options.addWidget(self._page(self.tr("Refusal"), refusal))
        # extension
        self.extension_reason = text_box(parent, self.tr("Why more time is needed"))
        self.extension_reason.setPlainText(self.request.extension_reason)
        self.extension_reason.textChanged.connect(self._later)
        self.page_extension = self.options.addWidget(self._page(
            self.tr("Why more time is needed"), self.extension_reason))
        # rectification
        fix = QWidget(parent)
        fix_form = QFormLayout(fix)
        self.fields: dict[str, QLineEdit] = {}
        link = self.dossier.request_links.get(self.rid)
        subject = self.dossier.consents.subject(link.subject_id) if link else None
        for name in IDENTITY_FIELDS:
            edit = QLineEdit(fix)
            if subject is not None and not subject.erased:
                edit.setText(getattr(subject.identity, name))
            else:
                edit.setEnabled(False)
            edit.textChanged.connect(self._later)
            self.fields[name] = edit
            fix_form.addRow(self.words.t("rectification", f"field_{name}"), edit)
        self.original = {name: e.text() for name, e in self.fields.items()}
        self.fix_note = text_box(fix, self.tr("What was checked, when nothing changed"))
        self.fix_note.textChanged.connect(self._later)
        fix_form.addRow(self.tr("Or what was checked:"), self.fix_note)
        self.recipients_fix = self._recipients_box(fix)
        fix_form.addRow(self.tr("Recipients:"), self.recipients_fix)
        self.page_fix = self.options.addWidget(self._page(
            self.tr("The corrected data (in the consent records)"), fix))
        self._fill_processing()

    def _recipients_box(self, parent: QWidget) -> QComboBox:
        """What the letter says of the recipients of the data (GDPR Art. 19)."""
        box = QComboBox(parent)
        box.setAccessibleName(self.tr("Recipients of the data"))
        box.addItem(self.tr("Recipients: not said yet (left to complete in the letter)"), "")
        box.addItem(self.tr("The recipients of the data were told"), "told")
        box.addItem(self.tr("The data was disclosed to nobody"), "none")
        box.setToolTip(self.tr("GDPR Art. 19: the people or firms the data was disclosed to "
                               "must be told of an erasure or a correction"))
        box.currentIndexChanged.connect(self._later)
        return box

    def _page(self, title: str, inner: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(inner)
        return box

    def _fill_processing(self) -> None:
        from assistant.reports.answers.facts import read_answer_facts

        facts = read_answer_facts(self.dossier, self.rid, current_lang(), self.today)
        self.processing.blockSignals(True)
        for p in facts.processing:
            item = QListWidgetItem(p.name, self.processing)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.processing.blockSignals(False)
        self._kept_for: AnswerKind | None = None

    # -- state ------------------------------------------------------------------------------
    def current_kind(self) -> AnswerKind:
        return AnswerKind(self.kind.currentData())

    def identity(self) -> IdentityProof | None:
        button = self.methods.checkedButton()
        if button is None:
            return None
        code = next(c for c, b in self.method_buttons.items() if b is button)
        return IdentityProof(self.rid, IdentityMethod(code), self.today.isoformat(),
                             self.identity_detail.text().strip())

    def options_now(self) -> AnswerOptions:
        kind = self.current_kind()
        sent = self.sent_on.date()
        changes = tuple((name, e.text().strip()) for name, e in self.fields.items()
                        if e.isEnabled() and e.text().strip() != self.original[name].strip())
        detail = ""
        if kind is AnswerKind.REFUSAL:
            detail = self.detail.toPlainText().strip()
        elif kind is AnswerKind.OBJECTION:
            detail = self.what_stopped.text().strip()
        elif kind is AnswerKind.RECTIFICATION:
            detail = self.fix_note.toPlainText().strip()
        kept = None
        if kind in (AnswerKind.ERASURE, AnswerKind.OBJECTION, AnswerKind.WITHDRAWAL):
            kept = tuple(code for code, check in self.kept.items() if check.isChecked())
        recipients = ""
        if kind is AnswerKind.ERASURE:
            recipients = str(self.recipients_erasure.currentData())
        elif kind is AnswerKind.RECTIFICATION:
            recipients = str(self.recipients_fix.currentData())
        return AnswerOptions(
            kind=kind, lang=self.lang.currentData(), day=self.today, recipients=recipients,
            sent_on=dt.date(sent.year(), sent.month(), sent.day()),
            channel=str(self.channel.currentData() or ""), kept=kept,
            refusal_reason=str(self.reason.currentData()), detail=detail,
            extension_reason=self.extension_reason.toPlainText().strip(), changes=changes)

    def processing_ids(self) -> tuple[int, ...]:
        return tuple(int(self.processing.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.processing.count())
                     if self.processing.item(i).checkState() == Qt.CheckState.Checked)

    def _later(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Show the page of the chosen kind and the letter as it stands."""
        if self.session.dossier is not self.dossier:  # the dossier was closed meanwhile
            self._timer.stop()
            return
        kind = self.current_kind()
        pages = {AnswerKind.ACCESS: self.page_access, AnswerKind.ERASURE: self.page_kept,
                 AnswerKind.OBJECTION: self.page_kept, AnswerKind.WITHDRAWAL: self.page_kept,
                 AnswerKind.REFUSAL: self.page_refusal,
                 AnswerKind.EXTENSION: self.page_extension,
                 AnswerKind.RECTIFICATION: self.page_fix}
        current = pages.get(kind, 0)
        for index in range(self.options.count()):  # only the page shown takes room
            policy = QSizePolicy.Policy.Preferred if index == current \
                else QSizePolicy.Policy.Ignored
            page = self.options.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.options.setCurrentIndex(current)
        self.options.setVisible(kind in pages)
        if kind in (AnswerKind.ERASURE, AnswerKind.OBJECTION, AnswerKind.WITHDRAWAL) \
                and self._kept_for is not kind:
            self._kept_for = kind
            from assistant.reports.answers.facts import read_answer_facts

            facts = read_answer_facts(self.dossier, self.rid, current_lang(), self.today)
            chosen = set(default_kept(kind, facts))
            for code, check in self.kept.items():
                check.blockSignals(True)
                check.setChecked(code in chosen)
                check.blockSignals(False)
            self.what_stopped.setVisible(kind is AnswerKind.OBJECTION)
            self.recipients_erasure.setVisible(kind is AnswerKind.ERASURE)
        settled = identity_settled(self.request, self.dossier.request_answers.identity(
            self.rid))
        self.identity_box.setVisible(kind in GIVES_DATA)
        self.identity_question.setText(self.words.t("identity", "question") + (
            " " + self.tr("(recorded: identity confirmed)") if settled else ""))
        self.identity_warning.setVisible(self.method_buttons["id_document"].isChecked())
        self.plan = None
        try:
            self.plan = plan_answer(
                self.dossier, self.rid, self.options_now(),
                identity=self.identity() if kind in GIVES_DATA else None,
                processing_ids=self.processing_ids() if kind is AnswerKind.ACCESS else None,
                supersede=True)  # asked when writing
        except ValidationError as exc:
            from assistant.content.messages import messages

            msg = messages(current_lang())
            self.problems.setText("\n".join("• " + msg.finding(f) for f in exc.findings))
        else:
            self.problems.setText("")
        self.problems.setVisible(bool(self.problems.text()))
        self.write.setEnabled(self.plan is not None and not self.dossier.read_only)
        self.copy_email.setEnabled(self.plan is not None)
        self._show_plan(kind)

    def _show_plan(self, kind: AnswerKind) -> None:
        words = answer_words(self.lang.currentData())
        checklist = answer_words(current_lang()).checklist(kind.value)
        self.checklist_title.setText(self.tr("What the letter must say (%1):")
                                     .replace("%1", checklist.source))
        self.checklist.clear()
        covered = self.plan.letter.covered() if self.plan is not None else set()
        for item in checklist.items:
            mark = "✓" if item.code in covered else "✗"
            entry = QListWidgetItem(f"{mark} {item.label} — {item.source}", self.checklist)
            entry.setToolTip(item.source)
        if self.plan is None:
            self.preview.setPlainText("")
            self.before_sending.setVisible(False)
            self.gaps.setText("")
            self.earlier.setText("")
            return
        self.preview.setPlainText(plain_text(self.plan.letter))
        gaps = () if self.plan.no_data else self.plan.gaps
        shown = "; ".join(gaps[:3]) + ("; …" if len(gaps) > 3 else "")
        if kind is AnswerKind.ACCESS:
            said = self.tr("%n gap(s) in the register, shown in the letter as [to "
                           "complete]: %1", "", len(gaps))
        else:
            said = self.tr("%n point(s) to complete, shown in the letter as [to complete]: "
                           "%1", "", len(gaps))
        self.gaps.setText(said.replace("%1", shown) if gaps else "")
        self.gaps.setToolTip("\n".join(gaps))
        self.gaps.setVisible(bool(gaps))
        todo = self.plan.before_sending
        self.before_sending.setText(self.tr("Before sending the letter: %1")
                                    .replace("%1", " ".join(todo)) if todo else "")
        self.before_sending.setVisible(bool(todo))
        if kind is AnswerKind.ACCESS:
            self.options.setVisible(not self.plan.no_data)
        lines = [self.tr("Answered before: v%1, sent on %2 (%3)")
                 .replace("%1", str(a.version)).replace("%2", words.day(a.sent_on))
                 .replace("%3", ", ".join(f.name for f in a.files))
                 for a in self.plan.earlier]
        if lines:
            lines.append(self.tr("This answer will be version %1.")
                         .replace("%1", str(self.plan.version)))
        replaced = self.plan.replaces
        if replaced is not None:
            words = answer_words(current_lang())
            lines.append(self.tr("It will replace the earlier answer: %1 v%2, sent on %3.")
                         .replace("%1", words.t("filed", replaced.kind.value))
                         .replace("%2", str(replaced.version))
                         .replace("%3", words.day(replaced.sent_on)))
        self.earlier.setText("\n".join(lines))
        self.earlier.setVisible(bool(lines))

    # -- actions ----------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the answer's "
                                                                "files"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def copy_as_email(self) -> None:
        if self.plan is None:
            return
        QGuiApplication.clipboard().setText(plain_text(self.plan.letter, EMAIL))
        self.copy_email.setText(self.tr("Copied: paste it into your email"))

    def write_and_file(self) -> None:
        self._timer.stop()
        self.refresh()
        plan = self.plan
        if plan is None or self.runner is not None:
            return
        if plan.replaces is not None:
            words = answer_words(current_lang())
            answer = QMessageBox.question(
                self, self.tr("Replace the earlier answer?"),
                self.tr("This request was answered with: %1 v%2, sent on %3.\n\nFile this "
                        "answer in its place, as the request's answer?")
                .replace("%1", words.t("filed", plan.replaces.kind.value))
                .replace("%2", str(plan.replaces.version))
                .replace("%3", words.day(plan.replaces.sent_on)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        folder = Path(self.folder.text().strip() or ".")
        existing = [name for _role, name in plan.names if (folder / name).exists()]
        overwrite = False
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Files already there"),
                self.tr("These files are already in the folder:\n%1\n\nReplace them?")
                .replace("%1", "\n".join(existing)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        identity = self.identity() if plan.options.kind in GIVES_DATA else None
        self.runner = JobRunner(self, self.tr("Writing the answer…"),
                                lambda: render_files(plan))
        self.runner.done.connect(lambda data: self._rendered(plan, folder, overwrite,
                                                            identity, data))
        self.runner.error.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.write.setEnabled(False)
        self.runner.start()

    def _rendered(self, plan: AnswerPlan, folder: Path, overwrite: bool,
                  identity: IdentityProof | None, data: object) -> None:
        from assistant.domain.progress import drive

        self.runner = None
        assert isinstance(data, dict)
        written = self.session.perform(self, self.tr("Write and file"), lambda: drive(
            write_answer(self.dossier, plan, folder, overwrite=overwrite, identity=identity,
                         data=data)))
        if written is None:
            self.refresh()
            return
        self.written = list(written.paths)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Answer filed"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("The answer is written and filed with request %1 (version %2). "
                            "Open the DOCX to edit it before sending, or send the PDF.")
                    .replace("%1", self.request.reference).replace("%2", str(plan.version)))
        box.setDetailedText("\n".join(f"{f.name}  SHA-256 {f.sha256}" for f in written.files))
        open_folder = box.addButton(self.tr("Open the folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.accept()

    def _failed(self, exc: object) -> None:
        from assistant.ui.errors import show_error

        self.runner = None
        if isinstance(exc, Exception):
            show_error(self, self.tr("Write and file"), exc)
        self.refresh()

    def _cancelled(self) -> None:
        self.runner = None
        self.refresh()

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner = None
        super().done(result)
