"""What is typed in the processing editor survives the app closing without saving."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assistant.content.loader import template_by_id
from assistant.domain.processing import Processing
from assistant.domain.serial import processing_to_dict
from assistant.store.drafts import DraftSlot
from assistant.ui.dialogs.processing_editor import ProcessingEditor


def stored() -> Processing:
    return replace(template_by_id("en", "newsletter").to_processing(), id=7,
                   created_at="2026-01-02T10:00:00Z", updated_at="2026-03-04T10:00:00Z")


def typed_then_crashed(qtbot, slot: DraftSlot) -> None:  # type: ignore[no-untyped-def]
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    editor.name.setText("Newsletter — Ελληνικά, Żółć")
    qtbot.waitUntil(lambda: slot.path.exists(), timeout=5000)  # written after a pause
    # the process dies here: neither save nor cancel runs


def test_a_crash_keeps_what_was_typed_and_it_is_offered_back(
        qtbot, english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    slot = DraftSlot("dossier-uuid", "processing", 7, root=tmp_path)
    typed_then_crashed(qtbot, slot)
    asked: list[str] = []

    def answer(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert editor.offer_draft()
    assert "Ελληνικά, Żółć" in asked[0]
    assert editor.name.text() == "Newsletter — Ελληνικά, Żółć"
    assert editor.processing().id == 7 and editor.is_modified()
    editor.accept()  # saved: the draft has served
    assert not slot.path.exists()


def test_a_refused_draft_is_removed(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", 7, root=tmp_path)
    typed_then_crashed(qtbot, slot)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Discard)
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert not editor.offer_draft()
    assert editor.name.text() == stored().name and not slot.path.exists()


def test_no_question_without_a_real_change(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", 7, root=tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert not editor.offer_draft()  # no draft at all
    editor.name.setText("changed")
    editor.name.setText(stored().name)  # and back
    editor.keep_draft()
    assert not slot.path.exists()
    slot.path.parent.mkdir(parents=True, exist_ok=True)
    slot.path.write_text("{ not json", encoding="utf-8")  # a damaged draft is dropped
    assert not editor.offer_draft() and not slot.path.exists()


def test_cancel_removes_the_draft(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", None, root=tmp_path)
    assert slot.path.name == "processing-new.json"
    editor = ProcessingEditor(Processing(name=""), [], draft_slot=slot)
    qtbot.addWidget(editor)
    editor.name.setText("Click and collect")
    editor.keep_draft()
    draft = slot.load()
    assert draft is not None and draft.data["name"] == "Click and collect"
    assert draft.saved_at <= dt.datetime.now(dt.UTC)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Discard)
    editor.reject()  # "Discard changes?" -> Discard
    assert not slot.path.exists()


def test_the_register_page_uses_the_dossiers_own_slot(qtbot, window, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_path(demo_copy)
    dossier = window.session.dossier
    first = dossier.register.list()[0]
    slot = DraftSlot(dossier.uuid, "processing", first.id)
    slot.save({**processing_to_dict(first), "name": "Renamed before the crash"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    seen: list[str] = []

    def exec_(self: ProcessingEditor) -> int:
        seen.append(self.name.text())
        return 0  # cancelled

    monkeypatch.setattr(ProcessingEditor, "exec", exec_)
    assert window.pages["register"].open_editor(first) is None
    assert seen == ["Renamed before the crash"]
