"""Escape, Cancel or the close button on a dialog with typed changes asks first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.domain.guide.model import CustomAction
from assistant.domain.organisation import Organisation
from assistant.ui.dialogs.action_dialog import ActionDialog
from assistant.ui.dialogs.organisation_dialog import OrganisationDialog
from tests.ui.boxes import answering


def dialogs() -> list[tuple[QDialog, object]]:
    organisation = OrganisationDialog(Organisation(legal_name="Au Pain Doré"))
    action = ActionDialog(CustomAction("Afficher le panneau vidéo"))
    return [(organisation, lambda: organisation.form.legal_name.setText("Au Pain Doré SARL")),
            (action, lambda: action.title.setText("Afficher le panneau"))]


@pytest.mark.parametrize("index", [0, 1], ids=["organisation", "action"])
def test_changes_are_not_dropped_without_asking(qtbot, english, monkeypatch,  # type: ignore[no-untyped-def]
                                               index: int) -> None:
    dialog, change = dialogs()[index]
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answering("Keep editing", asked))
    dialog.show()
    dialog.reject()  # nothing typed: closes at once
    assert not asked and dialog.result() == QDialog.DialogCode.Rejected
    dialog.show()
    change()  # type: ignore[operator]
    dialog.reject()
    assert asked == ["Your changes are not saved. Discard them?"] and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", answering("Discard the changes"))
    dialog.reject()
    assert not dialog.isVisible()
