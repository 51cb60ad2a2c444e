"""The customer's own screen: full screen on a second screen or a tablet at the counter, turned
to the customer, who reads each purpose's wording and answers it themselves.

What it shows: the shop's name, then each chosen purpose with its full wording and two large
buttons, "yes" and "no", neither chosen in advance; the customer's email or phone, typed by
them; an optional signature; then a confirmation page of their own choices. It never shows
another customer's data: after each customer, or a minute without a touch, it returns to a
blank form. Only the owner leaves it, with the exit code chosen when it was opened (kept in
memory only).

Its words come from content (``[screen]`` of messages-till.toml), in French or English as the
customer chooses on the screen itself; each answer is recorded with the wording shown in that
language. The events' channel is "in the shop" with the detail "customer_screen"; a drawn
signature is kept as a PNG whose SHA-256 is inside the hashed events.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.content.catalog import Lang, normalise_lang
from assistant.content.messages import messages
from assistant.domain.consent import EventKind, Identity, NoticeVersion, Purpose
from assistant.domain.consent_wording import CUSTOMER_SCREEN
from assistant.domain.findings import ValidationError
from assistant.store.consent_people import record_for
from assistant.store.consent_repo import Choice
from assistant.store.consent_wordings import purpose_label_in
from assistant.ui.changes import Area
from assistant.ui.colours import fill, set_tone
from assistant.ui.i18n import current_lang
from assistant.ui.session import Session
from assistant.ui.widgets.signature_pad import SignaturePad

IDLE_MS = 60_000  # a minute without a touch: back to a blank form
THANKS_MS = 8_000  # how long the confirmation stays
MIN_CODE = 4


@dataclass(frozen=True)
class ScreenSetup:
    purpose_ids: tuple[int, ...]
    signature: bool
    exit_code: str
    language: Lang
    screen: QScreen | None = None


class ScreenSetupDialog(QDialog):
    """What the owner chooses before turning the screen to customers."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dossier = session.dossier
        assert dossier is not None
        self.setWindowTitle(self.tr("Customer's screen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The customer reads each text and answers it on this screen, in full screen. Put "
            "it on a second screen or a tablet turned to the counter. It shows no other "
            "customer's data and returns to a blank form after each customer or a minute "
            "without a touch."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.purposes = QListWidget(self)
        self.purposes.setAccessibleName(self.tr("Purposes shown"))
        worded = {n.purpose_id for n in dossier.consents.notices()}
        for p in dossier.consents.purposes(include_archived=False):
            item = QListWidgetItem(p.label if p.id in worded else self.tr(
                "%1 (no wording: write it first)").replace("%1", p.label), self.purposes)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.id in worded:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.purposes.setMaximumHeight(150)
        form.addRow(self.tr("&Purposes:"), self.purposes)
        self.signature = QCheckBox(self.tr("Offer to sign (optional for the customer)"), self)
        self.signature.setChecked(True)
        form.addRow("", self.signature)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        form.addRow(self.tr("&Language to start with:"), self.language)
        self.screen_choice = QComboBox(self)
        screens = QGuiApplication.screens()
        for n, screen in enumerate(screens, start=1):
            size = screen.geometry()
            self.screen_choice.addItem(f"{n}. {screen.name()} ({size.width()}×{size.height()})",
                                       n - 1)
        self.screen_choice.setCurrentIndex(1 if len(screens) > 1 else 0)
        form.addRow(self.tr("&Screen:"), self.screen_choice)
        self.code = QLineEdit(self)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(12)
        self.code.setAccessibleName(self.tr("Exit code"))
        form.addRow(self.tr("E&xit code:"), self.code)
        hint = QLabel(self.tr("Only this code lets anyone leave the customer's screen (Escape "
                              "asks for it). It is kept in memory only, until the screen is "
                              "closed."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open the screen"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def chosen(self) -> list[int]:
        return [int(self.purposes.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.purposes.count())
                if self.purposes.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.chosen():
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Choose at least one purpose that has a wording."))
            return
        if len(self.code.text().strip()) < MIN_CODE:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Choose an exit code of at least 4 characters: without it, a customer could "
                "leave the screen and reach the ledger."))
            self.code.setFocus()
            return
        super().accept()

    def setup(self) -> ScreenSetup:
        screens = QGuiApplication.screens()
        index = int(self.screen_choice.currentData() or 0)
        return ScreenSetup(tuple(self.chosen()), self.signature.isChecked(),
                           self.code.text().strip(),
                           normalise_lang(str(self.language.currentData())),
                           screens[index] if index < len(screens) else None)


class OwnerExitDialog(QDialog):
    """The exit code, typed or tapped on a keypad (a tablet has no keyboard)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self.setWindowTitle(self.tr("Leave the customer's screen"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Staff only: the exit code."), self)
        layout.addWidget(label)
        self.entry = QLineEdit(self)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAccessibleName(self.tr("Exit code"))
        layout.addWidget(self.entry)
        pad = QGridLayout()
        for n, key in enumerate("123456789"):
            pad.addWidget(self._key(key), n // 3, n % 3)
        pad.addWidget(self._key("0"), 3, 1)
        back = QPushButton("⌫", self)
        back.setAccessibleName(self.tr("Delete a character"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.entry.backspace)
        pad.addWidget(back, 3, 2)
        layout.addLayout(pad)
        self.wrong = QLabel(self)
        layout.addWidget(self.wrong)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _key(self, key: str) -> QPushButton:
        button = QPushButton(key, self)
        button.setMinimumSize(56, 48)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.entry.insert(key))
        return button

    def accept(self) -> None:
        if self.entry.text() != self._code:
            self.entry.clear()
            self.wrong.setText(self.tr("Wrong code."))
            return
        super().accept()


class _Card(QFrame):
    """One purpose: its label, its wording word for word, and "yes" / "no"."""

    answered = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        big = self.text.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.text.setFont(big)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        for n, button in enumerate((self.yes, self.no)):
            button.setCheckable(True)
            button.setMinimumSize(180, 64)
            bold = button.font()
            bold.setPointSizeF(bold.pointSizeF() * 1.5)
            bold.setBold(True)
            button.setFont(bold)
            self.group.addButton(button, n)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # the answer given must be plain to see, from a step back: filled, with a tick
        for button, name in ((self.yes, "success"), (self.no, "danger")):
            colour = fill(name)
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour.name()}; color: white; "
                f"border: 2px solid {colour.darker(150).name()}; }}")
        self.group.idClicked.connect(lambda _id: self.answered.emit())
        self.purpose: Purpose | None = None
        self.notice: NoticeVersion | None = None

    def show_purpose(self, purpose: Purpose, label: str, notice: NoticeVersion,
                     yes: str, no: str) -> None:
        self.purpose, self.notice = purpose, notice
        self.title.setText(label)
        self.text.setText(notice.text)
        self.yes.setText(yes)
        self.no.setText(no)
        self.yes.setAccessibleName(f"{label}: {yes}")
        self.no.setAccessibleName(f"{label}: {no}")

    def clear(self) -> None:
        # an exclusive group keeps one button checked: open it to uncheck both
        self.group.setExclusive(False)
        self.yes.setChecked(False)
        self.no.setChecked(False)
        self.group.setExclusive(True)

    def kind(self) -> EventKind | None:
        if self.yes.isChecked():
            return EventKind.GRANTED
        if self.no.isChecked():
            return EventKind.REFUSED
        return None


class CustomerScreen(QWidget):
    """The full-screen window (see the module docstring)."""

    recorded = Signal()

    def __init__(self, session: Session, setup: ScreenSetup, *, recorded_by: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setup_ = setup
        self.recorded_by = recorded_by
        self.lang: Lang = setup.language
        self._unlocked = False
        self.setWindowTitle(self.tr("Customer's screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self._build_form()
        self._build_thanks()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.reset)
        self.back = QTimer(self)
        self.back.setSingleShot(True)
        self.back.setInterval(THANKS_MS)
        self.back.timeout.connect(self.reset)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()

    # -- building -------------------------------------------------------------------------
    def _build_form(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.shop = QLabel(page)
        self.shop.setTextFormat(Qt.TextFormat.PlainText)
        font = self.shop.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.shop.setFont(font)
        self.language = QPushButton(page)
        self.language.setMinimumHeight(44)
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.clicked.connect(self.switch_language)
        top.addWidget(self.shop, 1)
        top.addWidget(self.language)
        layout.addLayout(top)
        self.heading = QLabel(page)
        heading = self.heading.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        self.heading.setFont(heading)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        self.cards: list[_Card] = []
        for _ in self.setup_.purpose_ids:
            card = _Card(body)
            card.answered.connect(self._changed)
            self.cards.append(card)
            self.body.addWidget(card)
        self.body.addStretch(1)
        scroll.setWidget(body)
        # a finger drags the texts up and down (the signature, below, is not in the way)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(scroll, 1)
        # always in sight: how to find the person again, the signature, and Send
        bottom = QGridLayout()
        self.contact_label = QLabel(page)
        bold = self.contact_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.contact_label.setFont(bold)
        self.contact_label.setWordWrap(True)
        self.email = QLineEdit(page)
        self.phone = QLineEdit(page)
        for field in (self.email, self.phone):
            f = field.font()
            f.setPointSizeF(f.pointSizeF() * 1.3)
            field.setFont(f)
            field.setMinimumHeight(42)
            field.textChanged.connect(lambda _t: self._changed())
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        contact = QVBoxLayout()
        contact.addWidget(self.contact_label)
        contact.addWidget(self.email)
        contact.addWidget(self.phone)
        contact.addStretch(1)
        self.signature_label = QLabel(page)
        self.signature_label.setFont(bold)
        self.pad = SignaturePad(page)
        self.pad.setFixedHeight(120)
        self.clear_pad = QPushButton(page)
        self.clear_pad.setMinimumHeight(40)
        self.clear_pad.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._changed)
        sign = QVBoxLayout()
        sign.addWidget(self.signature_label)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.pad, 1)
        sign_row.addWidget(self.clear_pad, 0, Qt.AlignmentFlag.AlignBottom)
        sign.addLayout(sign_row)
        for widget in (self.signature_label, self.pad, self.clear_pad):
            widget.setVisible(self.setup_.signature)
        self.problem = QLabel(page)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold;")
        set_tone(self.problem, "danger")
        self.send = QPushButton(page)
        self.send.setMinimumSize(240, 64)
        send_font = self.send.font()
        send_font.setPointSizeF(send_font.pointSizeF() * 1.5)
        send_font.setBold(True)
        self.send.setFont(send_font)
        self.send.clicked.connect(self.submit)
        action = QVBoxLayout()
        action.addWidget(self.problem, 1)
        action.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addLayout(contact, 0, 0)
        bottom.addLayout(sign, 0, 1)
        bottom.addLayout(action, 0, 2)
        bottom.setColumnStretch(0, 3)
        bottom.setColumnStretch(1, 4 if self.setup_.signature else 0)
        bottom.setColumnStretch(2, 2)
        layout.addLayout(bottom)
        self.stack.addWidget(page)
        self.form_page = page

    def _build_thanks(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.thanks = QLabel(page)
        font = self.thanks.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.thanks.setFont(font)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel(page)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.summary.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.summary.setFont(big)
        self.after = QLabel(page)
        self.after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.after.setWordWrap(True)
        self.done = QPushButton(page)
        self.done.setMinimumSize(200, 56)
        self.done.clicked.connect(self.reset)
        for widget in (self.thanks, self.summary, self.after):
            layout.addWidget(widget)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.stack.addWidget(page)
        self.thanks_page = page

    # -- words ----------------------------------------------------------------------------
    def w(self, key: str, **params: object) -> str:
        return messages(self.lang).get("screen", key, params)

    def _notice(self, purpose_id: int) -> NoticeVersion | None:
        dossier = self.session.dossier
        if dossier is None:
            return None
        return dossier.consents.current_notice(purpose_id, language=self.lang)

    def _apply_language(self) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        self.shop.setText(dossier.organisation.get().display_name)
        self.language.setText(self.w("language"))
        self.heading.setText(self.w("title"))
        self.intro.setText(self.w("intro"))
        for card, pid in zip(self.cards, self.setup_.purpose_ids, strict=True):
            purpose = dossier.consents.purpose(pid)
            notice = self._notice(pid)
            card.setVisible(purpose is not None and notice is not None)
            if purpose is not None and notice is not None:
                card.show_purpose(purpose, purpose_label_in(purpose, notice.language),
                                  notice, self.w("yes"), self.w("no"))
        self.contact_label.setText(self.w("contact"))
        self.email.setPlaceholderText(self.w("email"))
        self.phone.setPlaceholderText(self.w("phone"))
        self.email.setAccessibleName(self.w("email"))
        self.phone.setAccessibleName(self.w("phone"))
        self.signature_label.setText(self.w("signature"))
        self.clear_pad.setText(self.w("clear"))
        self.send.setText(self.w("send"))
        self.done.setText(self.w("done"))

    def switch_language(self) -> None:
        self.lang = "en" if self.lang == "fr" else "fr"
        for card in self.cards:  # an answer was given to a text in the other language
            card.clear()
        self._apply_language()

    # -- the form -------------------------------------------------------------------------
    def reset(self) -> None:
        """A blank form: nothing of the previous customer stays on screen."""
        self.back.stop()
        for card in self.cards:
            card.clear()
        self.email.clear()
        self.phone.clear()
        self.pad.clear()
        self.problem.clear()
        self.summary.clear()
        self.lang = self.setup_.language
        self._apply_language()
        self.stack.setCurrentWidget(self.form_page)
        self.idle.start()

    def _changed(self) -> None:
        self.problem.clear()
        self.idle.start()

    def is_blank(self) -> bool:
        return (not any(c.kind() for c in self.cards) and not self.email.text()
                and not self.phone.text() and self.pad.is_empty())

    def submit(self) -> bool:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            self.problem.setText(self.w("not_recorded"))
            return False
        visible = [c for c in self.cards if not c.isHidden()]
        choices = [Choice(int(c.purpose.id or 0), kind, c.notice.id if c.notice else None)
                   for c in visible if c.purpose is not None and (kind := c.kind())]
        if not choices:
            self.problem.setText(self.w("need_answer"))
            return False
        email, phone = self.email.text().strip(), self.phone.text().strip()
        if not email and not phone:
            self.problem.setText(self.w("need_contact"))
            return False
        try:
            record_for(dossier, Identity(email, "", "", "", phone), choices,
                       channel="in_store", channel_detail=CUSTOMER_SCREEN,
                       recorded_by=self.recorded_by, require_notice=True,
                       signature_png=self.pad.png() if self.setup_.signature else None)
        except ValidationError as exc:
            # never say why in detail: the reason could be about another customer's record
            fields = {f.field for f in exc.findings}
            self.problem.setText(self.w("bad_email") if fields <= {"email"} and email
                                 else self.w("bad_phone") if fields <= {"phone"} and phone
                                 else self.w("not_recorded"))
            return False
        self.session.changed.emit(Area.CONSENTS)
        self.recorded.emit()
        lines = []
        for c in visible:
            kind = c.kind()
            if c.purpose is None or kind is None:
                continue
            key = "summary_yes" if kind is EventKind.GRANTED else "summary_no"
            lines.append(self.w(key, purpose=c.title.text()))
        self.thanks.setText(self.w("thanks"))
        self.summary.setText("\n".join(lines))
        self.after.setText(self.w("change_mind") + "\n" + self.w("back_soon"))
        # the form is emptied now: what stays on screen is only this customer's summary
        for card in self.cards:
            card.clear()
        self.email.clear()
        self.phone.clear()
        self.pad.clear()
        self.stack.setCurrentWidget(self.thanks_page)
        self.back.start()
        return True

    # -- staying in front of the customer ---------------------------------------------------
    def open(self) -> None:
        screen = self.setup_.screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            # the whole screen even where no window manager honours "full screen"
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                            QEvent.Type.TouchBegin, QEvent.Type.TabletPress) and \
                self.isVisible():
            self.idle.start()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_owner()
            return
        super().keyPressEvent(event)

    def ask_owner(self) -> bool:
        """Leave only with the exit code (and the owner's confirmation by typing it)."""
        dialog = OwnerExitDialog(self.setup_.exit_code, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._unlocked = True
            self.close()
            return True
        return False

    def force_close(self) -> None:
        """Closed by the owner from the main window (the dossier closes, the app quits)."""
        self._unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            QTimer.singleShot(0, self.ask_owner)
            return
        self.idle.stop()
        self.back.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        event.accept()

