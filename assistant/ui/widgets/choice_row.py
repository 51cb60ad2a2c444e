"""One purpose's answer at the till: yes, no (refused) or not asked, by keyboard or mouse.

Three radio buttons in one group: Tab stops once in the row, on the checked answer (only it
takes Tab focus), and the next Tab leaves it; arrows move the answer within the row; the keys
Y or O (yes, oui), N (no, non) and Delete (not asked) answer directly. "Not asked" is where a
row starts: a purpose the customer was not asked about records nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from assistant.domain.consent import EventKind

NOT_ASKED, YES, NO = 0, 1, 2
_KEYS = {Qt.Key.Key_Y: YES, Qt.Key.Key_O: YES, Qt.Key.Key_N: NO,
         Qt.Key.Key_Delete: NOT_ASKED, Qt.Key.Key_Backspace: NOT_ASKED,
         Qt.Key.Key_Minus: NOT_ASKED}
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class ChoiceRow(QWidget):
    changed = Signal()

    def __init__(self, purpose_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for answer, text in ((NOT_ASKED, self.tr("Not asked")), (YES, self.tr("Yes")),
                             (NO, self.tr("No"))):
            button = QRadioButton(text, self)
            button.setAccessibleName(f"{purpose_label}: {text}")
            button.installEventFilter(self)
            self.group.addButton(button, answer)
            self.buttons[answer] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons[NOT_ASKED].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self._toggled(NOT_ASKED, True)

    def _toggled(self, _answer: int, on: bool) -> None:
        if not on:
            return
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked()
                                  else Qt.FocusPolicy.ClickFocus)
        self.changed.emit()

    def answer(self) -> int:
        return self.group.checkedId()

    def set_answer(self, answer: int) -> None:
        button = self.buttons[answer]
        if button.isEnabled() and not button.isHidden():
            # the focus follows the answer (Tab then leaves the row, not moves within it)
            focused = self.window().focusWidget() in self.buttons.values()
            button.setChecked(True)
            if focused:
                button.setFocus()

    def set_yes_allowed(self, allowed: bool) -> None:
        """A purpose with no wording cannot be consented to (nothing proves what was read)."""
        self.buttons[YES].setEnabled(allowed)
        if not allowed and self.answer() == YES:
            self.buttons[NOT_ASKED].setChecked(True)

    def kind(self) -> EventKind | None:
        """The event this answer records (None: not asked, nothing recorded)."""
        return {YES: EventKind.GRANTED, NO: EventKind.REFUSED}.get(self.answer())

    def _step(self, delta: int) -> None:
        """The previous or next answer that can be given (arrows)."""
        usable = [a for a, b in self.buttons.items() if b.isEnabled() and not b.isHidden()]
        at = usable.index(self.answer()) if self.answer() in usable else 0
        self.set_answer(usable[(at + delta) % len(usable)])

    def first_button(self) -> QRadioButton:
        """Where Tab enters the row: its checked answer."""
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QRadioButton) else self.buttons[NOT_ASKED]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier):
            key = Qt.Key(event.key())
            answer = _KEYS.get(key)
            if answer is not None:
                self.set_answer(answer)
                return True
            if key in _ARROWS:
                self._step(_ARROWS[key])
                return True
        return super().eventFilter(watched, event)
