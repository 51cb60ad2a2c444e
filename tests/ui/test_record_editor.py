"""What every record editor shares: the keys that save, a refusal that names the field and
goes to it, and a list of what is missing that follows the typing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.domain.breach import Breach
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor
from assistant.domain.rights_request import Right, RightsRequest
from assistant.ui.dialogs.breach_editor import BreachEditor
from assistant.ui.dialogs.processing_editor import ProcessingEditor
from assistant.ui.dialogs.processor_editor import ProcessorEditor
from assistant.ui.dialogs.request_editor import RequestEditor

EDITORS = {
    "processing": lambda: ProcessingEditor(Processing(name="Clients"), []),
    "processor": lambda: ProcessorEditor(Processor(name="Host"), [], ()),
    "request": lambda: RequestEditor(RightsRequest(Right.ACCESS, "2025-01-31", "Jeanne")),
    "breach": lambda: BreachEditor(Breach("Stolen laptop", "2025-03-29T22:30:00.000000Z")),
}
NAME_FIELD = {"processing": "name", "processor": "name", "request": "requester",
              "breach": "summary"}


@pytest.mark.parametrize("kind", sorted(EDITORS))
@pytest.mark.parametrize("keys", [QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")])
def test_ctrl_s_and_ctrl_enter_save(english, qtbot, monkeypatch, kind: str,  # type: ignore[no-untyped-def]
                                    keys: QKeySequence | QKeySequence.StandardKey) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    editor = EDITORS[kind]()
    qtbot.addWidget(editor)
    editor.show()
    QTest.qWaitForWindowActive(editor)
    QTest.keySequence(editor.focusWidget() or editor, keys)
    assert not warned
    assert editor.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("kind", sorted(EDITORS))
def test_a_refused_save_names_the_field_and_goes_to_it(english, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                        kind: str) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # closing asks about the edits
    editor = EDITORS[kind]()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    field = getattr(editor, NAME_FIELD[kind])
    field.setText("x" * 500)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert warned and "500 characters, 200 at most" in warned[0]
    assert editor.focusWidget() is field
