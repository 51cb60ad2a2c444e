from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.content.loader import template_by_id
from assistant.domain.processing import Processing
from assistant.domain.processor import Processor
from assistant.ui.dialogs.processing_editor import ProcessingEditor


@pytest.fixture
def editor(qtbot, english):  # type: ignore[no-untyped-def]
    p = template_by_id("en", "customer_management").to_processing()
    dialog = ProcessingEditor(p, [Processor(name="HébergeLibre", id=1)])
    qtbot.addWidget(dialog)
    return dialog


def messages_shown(editor: ProcessingEditor) -> list[str]:
    return [editor.findings.item(i).text() for i in range(editor.findings.count())]


def test_every_template_field_round_trips_through_the_editor(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from assistant.content.loader import load_templates

    for template in load_templates("en"):
        p = template.to_processing()
        dialog = ProcessingEditor(p, [])
        qtbot.addWidget(dialog)
        assert dialog.processing().normalised() == p.normalised(), template.id
        assert not dialog.is_modified()


def test_a_template_lacks_only_the_shop_s_own_answers(editor: ProcessingEditor,
                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    """A template cannot name the shop's processors, nor know whether its data leaves the
    EEA: the register asks for both, as the score and the action plan do (one truth). An
    empty transfers list is a question for the owner, never a "none"."""
    processor = ("Processor: a processor receives the data: name it, with its contract "
                 "(Art. 28 and 30(1)(d)).")
    shown = messages_shown(editor)
    assert len(shown) == 2 and processor in shown
    assert any("No transfer outside the EEA" in m for m in shown)
    assert not editor.processing().no_transfer_confirmed
    editor.no_transfer.setChecked(True)
    qtbot.waitUntil(lambda: messages_shown(editor) == [processor])
    assert editor.processing().no_transfer_confirmed and editor.is_modified()


def test_a_listed_transfer_unticks_no_transfer(editor: ProcessingEditor) -> None:
    editor.no_transfer.setChecked(True)
    editor.transfers.add_row({"recipient": "Mailer Inc.", "country": "États-Unis",
                              "safeguard": "eu_us_dpf", "documentation": ""})
    assert not editor.no_transfer.isChecked() and not editor.no_transfer.isEnabled()
    p = editor.processing()
    assert not p.no_transfer_confirmed and [t.recipient for t in p.transfers] == [
        "Mailer Inc."]


def test_findings_follow_the_edits(editor: ProcessingEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.legal_basis.set_code("")
    qtbot.waitUntil(lambda: any("legal basis" in m for m in messages_shown(editor)))
    editor.legal_basis_detail.setPlainText("")
    editor.legal_basis.set_code("legitimate_interests")
    qtbot.waitUntil(lambda: any("legitimate interest" in m for m in messages_shown(editor)))
    assert editor.detail_label.text() == "Interest &pursued:"


def test_a_500_character_name_cannot_be_saved(editor: ProcessingEditor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    editor.name.setText("é" * 500)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert warned and "500 characters, 200 at most" in warned[0]
    assert editor.name_count.text() == "500/200"


def test_a_draft_with_gaps_can_be_saved(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = ProcessingEditor(Processing(name=""), [])
    qtbot.addWidget(dialog)
    dialog.name.setText("Ateliers pour enfants — Zażółć")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.processing().name == "Ateliers pour enfants — Zażółć"


def test_choosing_a_sensitive_category_ticks_sensitive(editor: ProcessingEditor,
                                                       qtbot) -> None:  # type: ignore[no-untyped-def]
    row = editor.data_categories.add_row({})
    editor.data_categories.cell(row, "category").set_code("health")  # type: ignore[attr-defined]
    assert editor.data_categories.cell(row, "sensitive").isChecked()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any("Article 9(2)" in m for m in messages_shown(editor)))
    assert editor.art9_condition.isEnabled()


def test_free_text_entries_are_kept(editor: ProcessingEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.data_subjects.other.setText("Voisins du fournil")
    qtbot.keyClick(editor.data_subjects.other, Qt.Key.Key_Return)
    row = editor.recipients.add_row({})
    editor.recipients.cell(row, "type").setEditText("Mairie de Łódź")  # type: ignore[attr-defined]
    p = editor.processing()
    assert "Voisins du fournil" in p.data_subjects
    assert p.recipients[-1].type == "Mairie de Łódź"


def test_processors_are_ticked(editor: ProcessingEditor) -> None:
    editor.processors.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.processing().processor_ids == (1,)


def test_finding_navigates_to_its_tab(editor: ProcessingEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.security_measures.set_rows([])
    qtbot.waitUntil(lambda: any("security" in m.lower() for m in messages_shown(editor)))
    item = next(editor.findings.item(i) for i in range(editor.findings.count())
                if "security" in editor.findings.item(i).text().lower())
    editor.findings.setCurrentItem(item)
    qtbot.keyClick(editor.findings, Qt.Key.Key_Return)  # as a double click does
    assert editor.tabs is not None and editor.tabs.currentIndex() == 3


def test_opening_and_closing_without_change_is_not_a_change(qtbot, english,  # type: ignore[no-untyped-def]
                                                             demo_file) -> None:
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_file, read_only=True) as dossier:
        rows, processors = dossier.register.list(), dossier.processors.list()
    for p in rows:
        dialog = ProcessingEditor(p, processors)
        qtbot.addWidget(dialog)
        assert not dialog.is_modified(), p.name
    custom = Processing(name="x", data_subjects=("minors", "Voisins", "customers"))
    dialog = ProcessingEditor(custom, [])
    qtbot.addWidget(dialog)
    assert dialog.processing().data_subjects == custom.data_subjects


def test_the_editor_fits_a_small_screen(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Its Save and Cancel buttons must be in view on a netbook's 1024×600."""
    editor = ProcessingEditor(Processing(name=""), [])
    qtbot.addWidget(editor)
    available = editor.screen().availableGeometry()
    assert editor.width() <= available.width() and editor.height() <= available.height()
