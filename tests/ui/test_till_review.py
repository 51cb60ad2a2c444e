"""A form number typed at the till is checked as "Record a paper form" checks it: the form
must have been printed from this dossier, a number entered twice is asked about, and the
choices are recorded with the wording printed on that form, not a newer one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.domain.organisation import Organisation
from assistant.domain.progress import drive
from assistant.reports.consent_forms import FormOptions, export_consent_forms
from assistant.store.dossier import create_dossier
from assistant.ui.dialogs.till_dialog import TillDialog, record_entry
from assistant.ui.main_window import MainWindow
from assistant.ui.widgets.choice_row import YES


@pytest.fixture
def shop(window: MainWindow, tmp_path: Path) -> MainWindow:
    path = tmp_path / "shop.rgpd"
    create_dossier(path, organisation=Organisation(
        legal_name="Fleurs de Lise", email="bonjour@fleurs.example")).close()
    assert window.open_path(path)
    return window


def test_a_form_number_at_the_till_records_the_printed_wording(  # type: ignore[no-untyped-def]
        shop: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english) -> None:
    dossier = shop.session.dossier
    assert dossier is not None
    drive(export_consent_forms(dossier, tmp_path / "forms.pdf", FormOptions(
        ("newsletter",), range(1, 11), "en", dt.date.today())))
    newsletter = dossier.consents.purpose_by_code("newsletter")
    assert newsletter is not None
    printed = dossier.consents.current_notice(int(newsletter.id or 0), language="en")
    assert printed is not None
    dossier.consents.add_notice(int(newsletter.id or 0), "en-2", "A newer wording.",
                                printed.effective_from, language="en")
    dialog = TillDialog(dossier, shop)
    row = next(r for r in dialog.rows if r.purpose.code == "newsletter")
    assert row.notice is not None and row.notice.version == "en-2"
    dialog.email.setText("lise@example.org")
    row.choice.set_answer(YES)
    dialog.form_number.setText("7")
    assert row.notice is not None and row.notice.version == printed.version
    assert row.choice.kind() is not None  # the answer given stays
    assert "printed on form no. 0007" in dialog.form_status.text()
    record_entry(dossier, dialog.entry())
    event = dossier.consents.event(dossier.consents.event_count())
    assert event is not None and event.notice_version == printed.version
    assert dossier.consents.form_entries(7)
    # the same number again: asked about; a number never printed: refused
    again = TillDialog(dossier, shop)
    again.email.setText("paul@example.org")
    again.form_number.setText("0007")
    assert "Already recorded" in again.form_status.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    again.accept()
    assert asked and again.result() != QDialog.DialogCode.Accepted
    again.form_number.setText("99")
    assert "never printed" in again.form_status.text()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    again.accept()
    assert warned and "0099 was never printed" in warned[0]
    assert again.result() != QDialog.DialogCode.Accepted
    # cleared: the newest wording again, and nothing to check
    again.form_number.setText("")
    row = next(r for r in again.rows if r.purpose.code == "newsletter")
    assert row.notice is not None and row.notice.version == "en-2"
    assert again.form_status.isHidden()
