from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.content.loader import template_by_id
from assistant.domain.processing import Processing, ProcessingStatus
from assistant.ui.dialogs.template_dialog import TemplateDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.models.processing_table_model import ID_ROLE
from assistant.ui.pages.register_page import RegisterPage


@pytest.fixture
def page(window: MainWindow, demo_copy: Path) -> RegisterPage:
    window.open_path(demo_copy)
    window.show_page("register")
    register = window.pages["register"]
    assert isinstance(register, RegisterPage)
    return register


def visible_names(page: RegisterPage) -> list[str]:
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def test_lists_the_register(page: RegisterPage) -> None:
    assert page.proxy.rowCount() >= 8
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Processing activity"


def test_search_is_accent_and_case_insensitive(page: RegisterPage) -> None:
    dossier = page.session.dossier
    assert dossier is not None
    page.session.perform(page, "t", lambda: dossier.register.create(
        Processing(name="Fichier de Łukasz Ødegaard")))
    page.search.setText("lukasz odegaard")
    assert visible_names(page) == ["Fichier de Łukasz Ødegaard"]
    page.search.setText("LUKASZ")
    assert len(visible_names(page)) == 1
    page.search.clear()
    assert len(visible_names(page)) > 1


def test_status_filter(page: RegisterPage) -> None:
    index = page.filter.findData(ProcessingStatus.DRAFT.value)
    page.filter.setCurrentIndex(index)
    dossier = page.session.dossier
    assert dossier is not None
    drafts = [p for p in dossier.register.list() if p.status is ProcessingStatus.DRAFT]
    assert page.proxy.rowCount() == len(drafts)


def test_new_from_template_then_undo(page: RegisterPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    template = template_by_id("en", "cctv")
    monkeypatch.setattr(TemplateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(TemplateDialog, "chosen", lambda self: template)
    monkeypatch.setattr(page, "open_editor",
                        lambda p: replace(p, name="Caméras du fournil"))
    before = page.model.rowCount()
    page.act_template.trigger()
    assert page.model.rowCount() == before + 1
    assert page.selected_ids()
    created = page.session.dossier.register.get(page.selected_ids()[0])  # type: ignore[union-attr]
    assert created is not None and created.name == "Caméras du fournil"
    assert created.template_id == "cctv"
    page.session.undo(page)
    assert page.model.rowCount() == before


def test_edit_duplicate_archive_delete(page: RegisterPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dossier = page.session.dossier
    assert dossier is not None
    first = dossier.register.list()[0]
    page.select_ids([first.id])
    monkeypatch.setattr(page, "open_editor", lambda p: replace(p, name="Renamed Ελλάδα"))
    page.act_edit.trigger()
    assert dossier.register.get(first.id).name == "Renamed Ελλάδα"  # type: ignore[union-attr]

    page.select_ids([first.id])
    page.act_duplicate.trigger()
    assert any(p.name.startswith("Renamed Ελλάδα (") for p in dossier.register.list())

    page.select_ids([first.id])
    page.act_archive.trigger()
    assert dossier.register.get(first.id).status is ProcessingStatus.ARCHIVED  # type: ignore[union-attr]
    assert first.id not in [page.proxy.index(r, 0).data(ID_ROLE)
                            for r in range(page.proxy.rowCount())]

    page.filter.setCurrentIndex(page.filter.findData("all"))
    page.select_ids([first.id])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.act_delete.trigger()
    assert dossier.register.get(first.id) is None
    page.session.undo(page)
    assert dossier.register.get(first.id) is not None


def test_cancelled_editor_changes_nothing(page: RegisterPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dossier = page.session.dossier
    assert dossier is not None
    before = dossier.register.list()
    monkeypatch.setattr(page, "open_editor", lambda p: None)
    page.new_blank()
    page.select_ids([before[0].id])
    page.edit_selected()
    assert dossier.register.list() == before
    assert not dossier.undo.can_undo


def test_history_lists_who_changed_the_processing_and_undo(page: RegisterPage,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.dialogs.history_dialog import HistoryDialog

    dossier = page.session.dossier
    assert dossier is not None
    dossier.actor = "Zoé"
    first = dossier.register.list()[0]
    page.session.perform(page, "edit", lambda: dossier.register.update(
        replace(first, notes="vu avec le comptable")))
    page.session.undo(page)
    shown: list[list[str]] = []

    def capture(dialog: HistoryDialog) -> int:
        shown.extend([[dialog.table.item(r, c).text() for c in range(3)]
                      for r in range(dialog.table.rowCount())])
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", capture)
    page.select_ids([first.id or 0])
    assert page.act_history.isEnabled()
    page.act_history.trigger()
    assert shown[-2][1:] == ["Zoé", "Changed: Notes"]
    assert shown[-1][1:] == ["Zoé", "Changed: Notes (undo)"]
    assert shown[0][2] == "Created"  # the demo made it
