"""Settle a checklist task: done (when, by whom) or not applicable (why, when, by whom)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Severity
from assistant.domain.guide.checklist import TaskDef
from assistant.domain.guide.model import TaskState, TaskStatus, check_task_state
from assistant.domain.text import NAME_MAX
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import text_height, text_width
from assistant.ui.widgets.date_edit import OptionalDateEdit


class TaskDialog(QDialog):
    def __init__(self, task: TaskDef, status: TaskStatus, *, by: str = "",
                 current: TaskState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self._status = status
        self.setWindowTitle(self.tr("Task done") if status is TaskStatus.DONE
                            else self.tr("Task not applicable"))
        form = QFormLayout(self)
        heading = QLabel(task.title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        # the reason exists only where it is asked for: a field built and not laid out
        # floats over the dialog and takes the keyboard
        self.reason: QPlainTextEdit | None = None
        if status is TaskStatus.NOT_APPLICABLE:
            self.reason = QPlainTextEdit(self)
            self.reason.setTabChangesFocus(True)
            self.reason.setAccessibleName(self.tr("Reason"))
            self.reason.setPlaceholderText(self.tr("Why this task does not apply to the shop"))
            self.reason.setMaximumHeight(text_height(self.reason, 6.5))
            form.addRow(self.tr("&Why:"), self.reason)
        self.on = OptionalDateEdit(self)
        self.on.setAccessibleName(self.tr("Date"))
        self.by = QLineEdit(self)
        self.by.setMaxLength(NAME_MAX)
        self.by.setAccessibleName(self.tr("By"))
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&By:"), self.by)
        if current is not None and current.status is status:
            if self.reason is not None:
                self.reason.setPlainText(current.reason)
            self.on.set_iso(current.on)
            self.by.setText(current.by)
        else:
            self.on.set_today()
            self.by.setText(by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(text_width(self, 87),
                    text_height(self, 18.5 if status is TaskStatus.NOT_APPLICABLE else 11.5))
        (self.reason or self.on).setFocus()

    def state(self) -> TaskState:
        return TaskState(task_id=self._task.id, step=self._task.step, status=self._status,
                         reason=self.reason.toPlainText() if self.reason else "",
                         on=self.on.iso(),
                         by=self.by.text()).normalised()

    def _accept(self) -> None:
        blocking = [f for f in check_task_state(self.state()) if f.severity is Severity.ERROR]
        if blocking:
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                messages(current_lang()).finding_with_field(blocking[0]))
            return
        self.accept()
