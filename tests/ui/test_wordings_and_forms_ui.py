"""Purposes and wordings in the window: an older dossier is offered its wordings, a wording is
written as a new version and previewed; numbered forms from the Documents page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.domain.organisation import Organisation
from assistant.store.dossier import create_dossier
from assistant.ui.dialogs.wording_dialogs import WordingEditor, WordingsDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.documents_page import DocumentsPage
from tests.reports.conftest import pages_text

SHOP = Organisation(legal_name="Fleurs de Lise", email="bonjour@fleurs.example")


@pytest.fixture
def older(window: MainWindow, tmp_path: Path) -> MainWindow:
    """A dossier as an older version made it: purposes without wordings, no phone purpose."""
    path = tmp_path / "older.rgpd"
    with create_dossier(path) as d:
        d.organisation.save(SHOP, undoable=False)
        phone = d.consents.purpose_by_code("phone")
        assert phone is not None
        d.consents.delete_purpose(int(phone.id or 0))
    window.open_path(path)
    return window


def test_an_older_dossier_is_offered_the_wordings(older: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    older.show_page("consents")
    page = older.pages["consents"]
    assert not page.wording_offer_box.isHidden()  # type: ignore[attr-defined]
    assert "4" in page.wording_offer.text()  # type: ignore[attr-defined]
    dialog = WordingsDialog(older.session, older)
    qtbot.addWidget(dialog)
    assert dialog.offer_button.isVisibleTo(dialog) and dialog.phone_button.isVisibleTo(dialog)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (
        asked.append(self.detailedText()), QMessageBox.StandardButton.Yes)[1])
    dialog.write_missing()
    assert asked and "Fleurs de Lise" in asked[0]  # shown before being kept
    dossier = older.session.dossier
    assert dossier is not None
    langs = {(n.purpose_id, n.language) for n in dossier.consents.notices()}
    assert len(langs) == 8  # four purposes, French and English
    dialog.add_phone()
    assert dossier.consents.purpose_by_code("phone") is not None
    assert not dialog.phone_button.isVisibleTo(dialog)
    assert dialog.offer_button.isVisibleTo(dialog)  # the new purpose has no wording yet
    dialog.write_missing()
    assert not dialog.offer_button.isVisibleTo(dialog)
    page.refresh_now()  # type: ignore[attr-defined]
    assert page.wording_offer_box.isHidden()  # type: ignore[attr-defined]


def test_a_new_version_of_a_wording_previewed_as_the_customer_reads_it(
        window: MainWindow, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=SHOP).close()
    window.open_path(path)
    dossier = window.session.dossier
    assert dossier is not None
    sms = dossier.consents.purpose_by_code("sms")
    assert sms is not None
    editor = WordingEditor(window.session, sms, window, language="fr")
    qtbot.addWidget(editor)
    current = dossier.consents.current_notice(int(sms.id or 0), language="fr")
    assert current is not None
    assert editor.text.toPlainText() == current.text and editor.version.text() == "fr-2"
    editor.text.setPlainText(current.text + "\nAu plus deux SMS par mois.")
    html = editor.preview.toPlainText()
    assert "Fleurs de Lise" in html and "Au plus deux SMS par mois." in html
    assert "Oui" in html or "Yes" in html
    values = editor.values()
    monkeypatch.setattr(WordingEditor, "exec", lambda self: (
        self.language.setCurrentIndex(self.language.findData("fr")),
        self.text.setPlainText(values[1]), QDialog.DialogCode.Accepted)[-1])
    dialog = WordingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    rows = [dialog.purposes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.purposes.count())]
    dialog.purposes.setCurrentRow(rows.index(sms.id))
    dialog.write_new()
    newest = dossier.consents.current_notice(int(sms.id or 0), language="fr")
    assert newest is not None and newest.version == "fr-2"
    assert newest.text.endswith("Au plus deux SMS par mois.")
    assert dialog.wordings.rowCount() == 3


def test_numbered_forms_from_the_documents_page(window: MainWindow, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=SHOP).close()
    window.open_path(path)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    window.consent_menu.act_forms.trigger()
    page = window.pages["documents"]
    assert isinstance(page, DocumentsPage)
    assert page.current_kind() == "consent-form" and page.numbers.text() == "1-50"
    assert page.sections.count() == 5
    for i in range(2, page.sections.count()):
        page.sections.item(i).setCheckState(Qt.CheckState.Unchecked)
    page.numbers.setText("1-3")
    target = tmp_path / "forms.pdf"
    page.set_output(str(target))
    page.export()
    qtbot.waitUntil(lambda: page.runner is None, timeout=30000)
    assert len(pages_text(target.read_bytes())) == 3
    dossier = window.session.dossier
    assert dossier is not None
    batch = dossier.consent_forms.batch_for(2)
    assert batch is not None and len(batch.wordings) == 2
    assert page.numbers.text() == "4-53"  # the next free numbers
