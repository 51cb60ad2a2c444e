"""What every editor of one record (a processing activity, a processor, a rights request, a
breach) is built on: Save and Cancel, Ctrl+S and Ctrl+Enter to save, a live list of what is
missing that follows the typing after a short pause, a double click on a finding that goes to
its field, a save refused with the reason while something cannot be stored, and the guard
that keeps a draft against a crash and asks before throwing typed work away
(:mod:`.editor_guard`).

An editor subclasses :class:`RecordEditor`, builds its form, then calls :meth:`guard_with`
with its original record and how to read and fill the form, :meth:`watch` with the signals of
its fields, and :meth:`refresh_findings` once. It defines :meth:`current_findings` and
:meth:`fill`, and may set ``field_tabs`` to send a finding's field to its tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.findings import Finding, Severity
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.editor_guard import EditorGuard, Normalisable
from assistant.ui.i18n import current_lang
from assistant.ui.screen_fit import reveal
from assistant.ui.widgets.finding_item import add_finding

T = TypeVar("T", bound=Normalisable)

REFRESH_MS = 150  # a pause in typing before the list of what is missing follows
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save)


class RecordEditor(QDialog, Generic[T]):
    field_tabs: ClassVar[dict[str, int]] = {}  # a finding's field → the tab that holds it
    other_tab: ClassVar[int | None] = None  # the tab of a field not in field_tabs, if any

    guard: EditorGuard[T]
    tabs: QTabWidget | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._loading = False
        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("What is missing"))
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._go_to_finding)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh_findings)

    # -- building -------------------------------------------------------------------------
    def findings_box(self, title: str, max_height: int | None = None) -> QGroupBox:
        """The list of what is missing in a titled box, for the subclass to lay out."""
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(self.findings)
        if max_height is not None:
            self.findings.setMaximumHeight(max_height)
        return box

    def guard_with(self, original: T, *, current: Callable[[], T], label: Callable[[T], str],
                   to_dict: Callable[[T], dict[str, Any]],
                   from_dict: Callable[[dict[str, Any]], T],
                   slot: DraftSlot | None) -> None:
        """Fill the form with ``original`` and keep a draft of the edits in ``slot``."""
        self.show_record(original)
        self._current = current
        self.guard = EditorGuard(self, original, current=current, show=self.show_record,
                                 label=label, to_dict=to_dict, from_dict=from_dict, slot=slot)
        self.refresh_timer.timeout.connect(self.guard.changed)

    def watch(self, *signals: SignalInstance) -> None:
        """Each of these signals is an edit: the findings follow, a draft is kept."""
        for signal in signals:
            signal.connect(self.changed)

    # -- to define ------------------------------------------------------------------------
    def fill(self, record: T) -> None:
        """Show ``record`` in the form's fields."""
        raise NotImplementedError

    def current_findings(self) -> list[Finding]:
        raise NotImplementedError

    def nothing_missing(self) -> str:
        """What the list of findings says when it is empty."""
        return self.tr("Nothing missing.")

    # -- live -----------------------------------------------------------------------------
    def show_record(self, record: T) -> None:
        """Fill the form as if just opened (the original, or a draft offered back)."""
        self._loading = True
        try:
            self.fill(record)
        finally:
            self._loading = False
        self.refresh_findings()

    def changed(self, *_args: object) -> None:
        if not self._loading:
            self.refresh_timer.start()

    def is_modified(self) -> bool:
        return self.guard.is_modified()

    def refresh_findings(self) -> None:
        """Show what is missing or wrong in the form as it is now."""
        msg = messages(current_lang())
        self.findings.clear()
        for f in self.current_findings():
            add_finding(self.findings, f, msg.finding_with_field(f))
        if not self.findings.count():
            QListWidgetItem(self.nothing_missing(), self.findings)

    def go_to_field(self, field: str) -> None:
        """Show the tab and the widget of a finding's field (``data_categories[2].note``
        goes to the data categories)."""
        head = field.split("[")[0].split(".")[0]
        tab = self.field_tabs.get(head, self.other_tab)
        if self.tabs is not None and tab is not None:
            self.tabs.setCurrentIndex(tab)
        widget = getattr(self, head, None) if head else None
        if isinstance(widget, QWidget):
            reveal(widget)
            widget.setFocus()

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        self.go_to_field(str(item.data(Qt.ItemDataRole.UserRole) or ""))

    # -- closing --------------------------------------------------------------------------
    def run(self) -> T | None:
        """Offer back a draft a crash left, show the editor, and return the record as saved
        (None when the user cancelled)."""
        self.guard.offer_draft()
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self._current()

    def save(self) -> None:
        """Save (the button, Ctrl+S, Ctrl+Enter): refused with the reason, and the field
        shown, while something cannot be stored; what is only missing never blocks."""
        self.refresh_timer.stop()
        self.refresh_findings()
        blocking = [f for f in self.current_findings() if f.severity is Severity.ERROR]
        if blocking:
            self.go_to_field(blocking[0].field)
            msg = messages(current_lang())
            QMessageBox.warning(self, self.tr("Cannot save yet"),
                                "\n".join(msg.finding_with_field(f) for f in blocking))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before losing typed work."""
        if self.guard.may_discard():
            super().reject()
