"""The one flow every register page runs (processing activities, processors, requests,
breaches): a delete asks first and says Ctrl+Z undoes it, an edit keeps the record selected,
and an empty register says what to do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assistant.ui.main_window import MainWindow
from assistant.ui.pages.processors_page import Served
from assistant.ui.pages.record_flow import RecordListPage

PAGES = ("register", "processors", "requests", "breaches")


def notes_changed(key: str):  # type: ignore[no-untyped-def]
    """What the user changes in the editor: the notes, on every kind of record."""
    if key == "processors":
        return lambda s: Served(replace(s.processor, notes="vu"), s.processing_ids)
    return lambda r: replace(r, notes="vu")


def opened(window: MainWindow, path: Path, key: str) -> RecordListPage:  # type: ignore[type-arg]
    assert window.open_path(path)
    window.show_page(key)
    page = window.pages[key]
    assert isinstance(page, RecordListPage)
    return page


def repository(page: RecordListPage, key: str):  # type: ignore[no-untyped-def,type-arg]
    dossier = page.session.dossier
    assert dossier is not None
    return {"register": dossier.register, "processors": dossier.processors,
            "requests": dossier.requests, "breaches": dossier.breaches}[key]


@pytest.mark.parametrize("key", PAGES)
def test_delete_asks_first_and_no_keeps_the_record(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch, key: str) -> None:
    page = opened(window, demo_copy, key)
    asked: list[str] = []

    def answer_no(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    before = repository(page, key).list()
    page.table.selectRow(page.proxy.rowCount() - 1)  # one nothing else refers to
    page.act_delete.trigger()
    assert asked and "Ctrl+Z" in asked[0]
    assert repository(page, key).list() == before
    assert not page.session.dossier.undo.can_undo  # type: ignore[union-attr]


@pytest.mark.parametrize("key", PAGES)
def test_an_edit_keeps_the_record_selected_and_undoes(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch, key: str) -> None:
    page = opened(window, demo_copy, key)
    page.table.selectRow(0)
    chosen = page.selected_ids()
    assert len(chosen) == 1 and page.act_edit.isEnabled()
    monkeypatch.setattr(page, "open_editor", notes_changed(key))
    page.act_edit.trigger()
    assert repository(page, key).get(chosen[0]).notes == "vu"
    assert page.selected_ids() == chosen
    page.session.undo(page)
    assert repository(page, key).get(chosen[0]).notes != "vu"
    assert page.selected_ids() == chosen


@pytest.mark.parametrize("key", PAGES)
def test_an_editor_saved_unchanged_writes_nothing(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch, key: str) -> None:
    page = opened(window, demo_copy, key)
    page.table.selectRow(0)
    monkeypatch.setattr(page, "open_editor", lambda value: value)
    page.act_edit.trigger()
    assert not page.session.dossier.undo.can_undo  # type: ignore[union-attr]


def test_an_empty_register_says_what_to_do(window: MainWindow, tmp_path: Path) -> None:
    from assistant.store.dossier import create_dossier

    create_dossier(tmp_path / "empty.rgpd").close()
    assert window.open_path(tmp_path / "empty.rgpd")
    for key, words in (("register", "from a template (Ctrl+T)"),
                       ("processors", "add one (Ctrl+Shift+N)"),
                       ("requests", "log a new one (Ctrl+Shift+N)"),
                       ("breaches", "log a new one (Ctrl+Shift+N)")):
        window.show_page(key)
        page = window.pages[key]
        assert isinstance(page, RecordListPage)
        assert page.proxy.rowCount() == 0
        assert words in page.details.toPlainText()
        assert page.act_new.isEnabled()
        assert not page.act_edit.isEnabled() and not page.act_delete.isEnabled()
