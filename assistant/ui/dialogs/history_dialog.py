"""The history of one record (a processing activity): who changed what, and when, oldest
first, as the change history keeps it; undo and redo are changes too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.history import (
    BASELINE,
    CHANGED,
    CREATED,
    DELETED,
    REDO,
    UNDO,
    UPGRADE,
    HistoryEntry,
)
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import format_moment
from assistant.ui.screen_fit import resize_within_screen


class HistoryDialog(QDialog):
    COL_WHEN, COL_WHO, COL_WHAT = range(3)

    def __init__(self, title: str, entries: Sequence[HistoryEntry],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", title))
        self.setSizeGripEnabled(True)
        resize_within_screen(self, 760, 480)
        intro = QLabel(self.tr("Every change the app recorded, oldest first. The values are "
                               "not kept here: the register shows the current ones."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("By"),
                                              self.tr("Change")])
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            for col, text in ((self.COL_WHEN, format_moment(entry.at)),
                              (self.COL_WHO, entry.actor or "—"),
                              (self.COL_WHAT, self.change_text(entry))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        # rows follow the wrapped text once the columns have their final widths (resizing
        # them here, before the dialog is laid out, leaves rows as tall as a narrow column)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        if entries:
            self.table.scrollToBottom()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def change_text(self, entry: HistoryEntry) -> str:
        if entry.action == CHANGED:
            msg = messages(current_lang())
            names = ", ".join(msg.field_label(f) for f in entry.fields)
            text = self.tr("Changed: %1").replace("%1", names) if names \
                else self.tr("Changed")
        else:
            text = {CREATED: self.tr("Created"), DELETED: self.tr("Deleted"),
                    BASELINE: self.tr("State when the history began"),
                    UPGRADE: self.tr("Changed by an upgrade of the file's format")}.get(
                        entry.action, entry.action)
        if entry.label == UNDO:
            text += " " + self.tr("(undo)")
        elif entry.label == REDO:
            text += " " + self.tr("(redo)")
        return text
