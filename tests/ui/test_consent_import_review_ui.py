"""The mapping step with a column named as an opt-out: its "oui" is offered as a withdrawal,
never as a consent, and a mapping that would reverse the choices cannot be imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.exchange.consent_import import preview
from assistant.store.dossier import create_dossier
from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog
from tests.ui.mapping_helpers import meaning, role


@pytest.fixture
def purposes(tmp_path: Path):  # type: ignore[no-untyped-def]
    with create_dossier(tmp_path / "p.rgpd") as d:
        return d.consents.purposes()


def test_an_opt_out_named_column_offers_withdrawals(qtbot, english, purposes,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Courriel;Désabonné\nRoux;a@example.org;Oui\n"
                      "Vidal;b@example.org;Non\n", encoding="utf-8")
    dialog = ConsentImportDialog(source, preview(source, limit=500), purposes=purposes)
    qtbot.addWidget(dialog)
    role(dialog, 2).setCurrentIndex(role(dialog, 2).findData("choice"))
    dialog.step.columns.setCurrentCell(2, 0)
    assert dialog.step.opt_out.isChecked()
    assert meaning(dialog, "Oui").currentData() == "withdrawn"
    assert meaning(dialog, "Non").currentData() == "ignored"
    rows = [[dialog.preview.item(r, c).text() for c in (1, 3)]
            for r in range(dialog.preview.rowCount())]
    assert rows == [["a@example.org Roux", "consent withdrawn"]]
    # the owner unticks the box and says "Non" means consent: refused, and said why
    dialog.step.opt_out.setChecked(False)
    meaning(dialog, "Non").setCurrentIndex(meaning(dialog, "Non").findData("granted"))
    assert not dialog.import_button.isEnabled()
    assert 'the column "Désabonné" is an opt-out' in dialog.problems.text()


def test_a_stop_sms_column_is_a_choice_not_the_phone(qtbot, english, purposes,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    source = tmp_path / "caisse.csv"
    source.write_text("Nom;Courriel;Téléphone;STOP SMS\nRoux;a@example.org;0612345678;Oui\n",
                      encoding="utf-8")
    dialog = ConsentImportDialog(source, preview(source, limit=500), purposes=purposes)
    qtbot.addWidget(dialog)
    assert role(dialog, 2).currentData() == "phone"
    assert role(dialog, 3).currentData() == "choice"
    dialog.step.columns.setCurrentCell(3, 0)
    assert dialog.step.purpose_combo.currentData() == "sms" and dialog.step.opt_out.isChecked()
    assert meaning(dialog, "Oui").currentData() == "withdrawn"


def test_the_mapping_is_never_saved_over_the_file_being_imported(  # type: ignore[no-untyped-def]
        qtbot, english, purposes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    import assistant.ui.errors as errors

    source = tmp_path / "liste.csv"
    source.write_text("Nom;Courriel;Newsletter\nRoux;a@example.org;Oui\n", encoding="utf-8")
    before = source.read_bytes()
    dialog = ConsentImportDialog(source, preview(source, limit=500), purposes=purposes)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(source), ""))
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda _p, _t, exc: shown.append(str(exc)))
    assert dialog.save_mapping() is None
    assert shown and source.read_bytes() == before
