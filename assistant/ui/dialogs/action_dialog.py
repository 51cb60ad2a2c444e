"""The owner's own action: what, how urgent, due when, who is in charge, and its state."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.guide.model import (
    ActionState,
    CustomAction,
    Priority,
    check_custom_action,
)
from assistant.domain.text import NAME_MAX
from assistant.ui.dialogs.confirm_discard import ConfirmDiscard
from assistant.ui.guide_texts import priority_label
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import resize_within_screen, text_height
from assistant.ui.widgets.date_edit import OptionalDateEdit


class ActionDialog(ConfirmDiscard, QDialog):
    def __init__(self, action: CustomAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = action
        self.setWindowTitle(self.tr("New action") if action.id is None
                            else self.tr("Edit the action"))
        form = QFormLayout(self)
        self.title = QLineEdit(action.title, self)
        self.title.setMaxLength(NAME_MAX)
        self.title.setAccessibleName(self.tr("Action"))
        self.title.setPlaceholderText(self.tr("For example: put up the CCTV sign at the "
                                              "entrance"))
        self.detail = QPlainTextEdit(action.detail, self)
        self.detail.setTabChangesFocus(True)
        self.detail.setMaximumHeight(text_height(self.detail, 6.5))
        self.detail.setAccessibleName(self.tr("Detail"))
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        for p in Priority:
            self.priority.addItem(priority_label(p), p.value)
        self.priority.setCurrentIndex(self.priority.findData(action.priority.value))
        self.due = OptionalDateEdit(self)
        self.due.setAccessibleName(self.tr("Due on"))
        self.due.set_iso(action.due_on)
        self.owner = QLineEdit(action.owner, self)
        self.owner.setMaxLength(NAME_MAX)
        self.owner.setAccessibleName(self.tr("In charge"))
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("State"))
        for value, text in ((ActionState.OPEN, self.tr("To do")),
                            (ActionState.DONE, self.tr("Done")),
                            (ActionState.CANCELLED, self.tr("Cancelled"))):
            self.state.addItem(text, value.value)
        self.state.setCurrentIndex(self.state.findData(action.state.value))
        form.addRow(self.tr("&Action:"), self.title)
        form.addRow(self.tr("De&tail:"), self.detail)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("D&ue on:"), self.due)
        form.addRow(self.tr("&In charge:"), self.owner)
        form.addRow(self.tr("&State:"), self.state)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        resize_within_screen(self, 560, 340)
        self.remember_unchanged()

    def current_value(self) -> object:
        return self.action()

    def action(self) -> CustomAction:
        return replace(self._original, title=self.title.text(),
                       detail=self.detail.toPlainText(),
                       priority=Priority(self.priority.currentData()), due_on=self.due.iso(),
                       owner=self.owner.text(),
                       state=ActionState(self.state.currentData())).normalised()

    def _accept(self) -> None:
        blocking = [f for f in check_custom_action(self.action())
                    if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
