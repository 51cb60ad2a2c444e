"""The firm's notes about one client (or several at once): who handles it, when it was last
reminded, when to review it next, and a note. Kept in the app's data folder on this
computer, never in the client's dossier."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.store.desk import FollowUp
from assistant.ui.screen_fit import resize_within_screen
from assistant.ui.widgets.date_edit import OptionalDateEdit


class FollowUpDialog(QDialog):
    def __init__(self, clients: list[str], current: FollowUp,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up"))
        if len(clients) == 1:
            intro = self.tr("Your firm's notes about %1.").replace("%1", clients[0])
        else:
            intro = self.tr("Your firm's notes about %n client(s): what you fill in here "
                            "replaces their notes.", "", len(clients))
        label = QLabel(intro + " " + self.tr("They are kept on this computer, never in the "
                                             "client's dossier."), self)
        label.setWordWrap(True)
        form = QFormLayout()
        self.staff = QLineEdit(current.staff, self)
        self.staff.setAccessibleName(self.tr("Handled by"))
        form.addRow(self.tr("&Handled by:"), self.staff)
        self.last_reminder = OptionalDateEdit(self)
        self.last_reminder.set_iso(current.last_reminder)
        self.last_reminder.setAccessibleName(self.tr("Last reminder"))
        today = QPushButton(self.tr("&Today"), self)
        today.clicked.connect(self.last_reminder.set_today)
        row = QHBoxLayout()
        row.addWidget(self.last_reminder, 1)
        row.addWidget(today)
        form.addRow(self.tr("Last &reminder:"), row)
        self.next_review = OptionalDateEdit(self)
        self.next_review.set_iso(current.next_review)
        self.next_review.setAccessibleName(self.tr("Next review"))
        form.addRow(self.tr("Next re&view:"), self.next_review)
        self.note = QPlainTextEdit(current.note, self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        resize_within_screen(self, 480, 360)

    def follow_up(self) -> FollowUp:
        return FollowUp(note=self.note.toPlainText(), staff=self.staff.text(),
                        last_reminder=self.last_reminder.iso(),
                        next_review=self.next_review.iso()).normalised()
