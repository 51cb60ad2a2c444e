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
from tests.ui.boxes import answering


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
    monkeypatch.setattr(QMessageBox, "exec", answering("Restore them", asked))
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert editor.guard.offer_draft()
    assert "Ελληνικά, Żółć" in asked[0]
    assert editor.name.text() == "Newsletter — Ελληνικά, Żółć"
    assert editor.processing().id == 7 and editor.is_modified()
    editor.accept()  # saved: the draft has served
    assert not slot.path.exists()


def test_a_refused_draft_is_removed(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", 7, root=tmp_path)
    typed_then_crashed(qtbot, slot)
    monkeypatch.setattr(QMessageBox, "exec", answering("Discard"))
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert not editor.guard.offer_draft()
    assert editor.name.text() == stored().name and not slot.path.exists()


def test_no_question_without_a_real_change(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", 7, root=tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    editor = ProcessingEditor(stored(), [], draft_slot=slot)
    qtbot.addWidget(editor)
    assert not editor.guard.offer_draft()  # no draft at all
    editor.name.setText("changed")
    editor.name.setText(stored().name)  # and back
    editor.guard.keep_draft()
    assert not slot.path.exists()
    slot.path.parent.mkdir(parents=True, exist_ok=True)
    slot.path.write_text("{ not json", encoding="utf-8")  # a damaged draft is dropped
    assert not editor.guard.offer_draft() and not slot.path.exists()


def test_cancel_removes_the_draft(qtbot, english, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    slot = DraftSlot("dossier-uuid", "processing", None, root=tmp_path)
    assert slot.path.name == "processing-new.json"
    editor = ProcessingEditor(Processing(name=""), [], draft_slot=slot)
    qtbot.addWidget(editor)
    editor.name.setText("Click and collect")
    editor.guard.keep_draft()
    draft = slot.load()
    assert draft is not None and draft.data["name"] == "Click and collect"
    assert draft.saved_at <= dt.datetime.now(dt.UTC)
    monkeypatch.setattr(QMessageBox, "exec", answering("Discard"))
    editor.reject()  # "Discard changes?" -> Discard
    assert not slot.path.exists()


def test_the_register_page_uses_the_dossiers_own_slot(qtbot, window, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_path(demo_copy)
    dossier = window.session.dossier
    first = dossier.register.list()[0]
    slot = DraftSlot(dossier.uuid, "processing", first.id)
    slot.save({**processing_to_dict(first), "name": "Renamed before the crash"})
    monkeypatch.setattr(QMessageBox, "exec", answering("Restore them"))
    seen: list[str] = []

    def exec_(self: ProcessingEditor) -> int:
        seen.append(self.name.text())
        return 0  # cancelled

    monkeypatch.setattr(ProcessingEditor, "exec", exec_)
    assert window.pages["register"].open_editor(first) is None
    assert seen == ["Renamed before the crash"]


# -- the other editors: requests, breaches, processors -----------------------------------

def _request_editor(slot: DraftSlot | None):  # type: ignore[no-untyped-def]
    from assistant.domain.rights_request import Right, RightsRequest
    from assistant.ui.dialogs.request_editor import RequestEditor

    original = RightsRequest(Right.ACCESS, "2026-11-02", "Jeanne Martin", id=3,
                             reference="D-003")
    editor = RequestEditor(original, draft_slot=slot)
    return editor, lambda text: editor.requester.setText(text), \
        lambda: editor.requester.text()


def _breach_editor(slot: DraftSlot | None):  # type: ignore[no-untyped-def]
    from assistant.domain.breach import Breach
    from assistant.ui.dialogs.breach_editor import BreachEditor

    original = Breach("Lost USB key", "2026-11-28T09:00:00Z", id=4, reference="V-004")
    editor = BreachEditor(original, draft_slot=slot)
    return editor, lambda text: editor.what_happened.setPlainText(text), \
        lambda: editor.what_happened.toPlainText()


def _processor_editor(slot: DraftSlot | None):  # type: ignore[no-untyped-def]
    from assistant.domain.processor import Processor
    from assistant.ui.dialogs.processor_editor import ProcessorEditor

    original = Processor(name="HébergeLibre", id=5, contract_clauses=("subject_matter", "security"))
    editor = ProcessorEditor(original, [], (), draft_slot=slot)
    return editor, lambda text: editor.contract_reference.setText(text), \
        lambda: editor.contract_reference.text()


EDITORS = {"request": _request_editor, "breach": _breach_editor,
           "processor": _processor_editor}


@pytest.mark.parametrize("kind", sorted(EDITORS))
def test_other_editors_keep_and_offer_back_their_drafts(
        qtbot, english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:  # type: ignore[no-untyped-def]
    slot = DraftSlot("dossier-uuid", kind, 9, root=tmp_path)
    editor, type_, read = EDITORS[kind](slot)
    qtbot.addWidget(editor)
    type_("Typed just before the power cut — Ελληνικά")
    qtbot.waitUntil(lambda: slot.path.exists(), timeout=5000)
    monkeypatch.setattr(QMessageBox, "exec", answering("Restore them"))
    again, _type, read_again = EDITORS[kind](slot)
    qtbot.addWidget(again)
    assert again.guard.offer_draft()
    assert read_again() == "Typed just before the power cut — Ελληνικά"
    assert again.guard.is_modified()
    again.accept()
    assert not slot.path.exists()
    del read


@pytest.mark.parametrize("kind", sorted(EDITORS))
def test_escape_asks_before_losing_changes(qtbot, english, kind: str,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    editor, type_, _read = EDITORS[kind](None)
    qtbot.addWidget(editor)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answering("Keep editing", asked))
    editor.show()
    editor.reject()  # nothing changed: closes without a question
    assert asked == [] and not editor.isVisible()
    editor.show()
    type_("something")
    editor.reject()
    assert len(asked) == 1 and "unsaved changes" in asked[0] and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", answering("Discard"))
    editor.reject()
    assert not editor.isVisible()


def test_a_copy_of_the_dossier_is_not_offered_the_original_s_draft(tmp_path: Path) -> None:
    """A dossier copied with the file manager keeps its id: its drafts stay apart."""
    original, copy = tmp_path / "e1.rgpd", tmp_path / "e2.rgpd"
    original.write_bytes(b"")
    copy.write_bytes(b"")
    DraftSlot("same-uuid", "processing", None, root=tmp_path,
              dossier_path=original).save({"name": "typed in e1"})
    in_copy = DraftSlot("same-uuid", "processing", None, root=tmp_path, dossier_path=copy)
    assert in_copy.load() is None and in_copy.path.exists()  # left for e1
    in_original = DraftSlot("same-uuid", "processing", None, root=tmp_path,
                            dossier_path=original)
    draft = in_original.load()
    assert draft is not None and draft.data == {"name": "typed in e1"}
    original.rename(tmp_path / "moved.rgpd")  # e1 moved or renamed: its draft is offered again
    draft = in_copy.load()
    assert draft is not None and draft.data == {"name": "typed in e1"}
