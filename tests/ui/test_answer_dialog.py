""""Prepare the answer" from the Requests page: the identity asked first for data given out,
the letter previewed with its article's checklist, "Copy as email text", and the answer
written and filed with the request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.domain.request_answer import AnswerKind
from assistant.domain.rights_request import Right
from assistant.ui.dialogs.answer_dialog import AnswerDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.requests_page import RequestsPage


@pytest.fixture
def page(window: MainWindow, demo_copy: Path) -> RequestsPage:
    assert window.open_path(demo_copy)
    window.show_page("requests")
    page = window.pages["requests"]
    assert isinstance(page, RequestsPage)
    return page


def open_dialog(page: RequestsPage, right: Right, qtbot,  # type: ignore[no-untyped-def]
                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AnswerDialog:
    dossier = page.session.dossier
    request = next(r for r in dossier.requests.list() if r.right is right
                   and r.identity_check.value != "not_needed")
    page.open_selected(int(request.id or 0))
    assert page.answer.act_answer.isEnabled()
    seen: list[AnswerDialog] = []
    monkeypatch.setattr(AnswerDialog, "exec", lambda self: seen.append(self) or 0)
    page.answer.act_answer.trigger()
    dialog = seen[0]
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    return dialog


def test_access_needs_the_identity_then_writes_and_files(page, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    dialog = open_dialog(page, Right.ACCESS, qtbot, monkeypatch, tmp_path)
    assert dialog.current_kind() is AnswerKind.ACCESS
    assert dialog.identity_box.isVisibleTo(dialog)
    assert "identity" in dialog.problems.text().lower()
    assert not dialog.write.isEnabled()
    dialog.method_buttons["customer_reference"].setChecked(True)
    dialog.refresh()
    assert dialog.write.isEnabled(), dialog.problems.text()
    text = dialog.preview.toPlainText()
    assert "Subject: Your request for access" in text or "Objet" in text
    marks = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert marks and all(m.startswith("✓") for m in marks)

    dialog.copy_as_email()
    copied = QApplication.clipboard().text()
    assert copied and copied.splitlines()[0] in text and "18 rue des Capucins" not in copied

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog.write.click()
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=20000)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.endswith("-letter.pdf") for n in names)
    assert any(n.endswith("-letter.docx") for n in names)
    dossier = page.session.dossier
    filed = dossier.request_answers.answers(dialog.rid)
    assert [a.kind for a in filed] == [AnswerKind.ACCESS]
    assert dossier.requests.get(dialog.rid).answered_on
    page.refresh()
    page.open_selected(dialog.rid)
    assert "Answer filed" in page.details.toPlainText()


def test_wrong_kind_is_not_offered_and_refusal_needs_a_reason(page, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    dialog = open_dialog(page, Right.ERASURE, qtbot, monkeypatch, tmp_path)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["erasure", "acknowledgment", "extension", "refusal"]
    dialog.kind.setCurrentIndex(kinds.index("refusal"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("unfounded"))
    dialog.refresh()
    assert not dialog.write.isEnabled() and dialog.problems.text()
    dialog.detail.setPlainText("the same request was sent 40 times this week")
    dialog.refresh()
    assert dialog.write.isEnabled()
    assert "40 times" in dialog.preview.toPlainText()


def test_a_recorded_identity_check_is_offered_again(page, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    from assistant.domain.request_answer import IdentityMethod, IdentityProof

    dossier = page.session.dossier
    request = next(r for r in dossier.requests.list() if r.right is Right.PORTABILITY)
    dossier.request_answers.record_identity(IdentityProof(
        int(request.id or 0), IdentityMethod.KNOWN_ANSWER, "2026-01-05", "last purchase"))
    dialog = open_dialog(page, Right.PORTABILITY, qtbot, monkeypatch, tmp_path)
    assert dialog.method_buttons["known_answer"].isChecked()
    assert dialog.identity_detail.text() == "last purchase"
    assert dialog.write.isEnabled(), dialog.problems.text()
    page.refresh()
    page.open_selected(int(request.id or 0))
    assert "Identity checked on" in page.details.toPlainText()


def test_replacing_an_earlier_answer_is_asked(page, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    dialog = open_dialog(page, Right.ACCESS, qtbot, monkeypatch, tmp_path)
    dialog.kind.setCurrentIndex(dialog.kind.findData("refusal"))
    dialog.refresh()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog.write.click()
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=20000)
    dossier = page.session.dossier
    assert [a.kind for a in dossier.request_answers.answers(dialog.rid)] == [
        AnswerKind.REFUSAL]
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    dialog.method_buttons["customer_reference"].setChecked(True)
    dialog.refresh()
    assert "replace the earlier answer" in dialog.earlier.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.No)
    dialog.write.click()
    assert asked and "Refusal letter v1" in asked[0]
    assert len(dossier.request_answers.answers(dialog.rid)) == 1  # nothing filed on "No"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.write.click()
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=20000)
    assert [a.kind for a in dossier.request_answers.answers(dialog.rid)] == [
        AnswerKind.REFUSAL, AnswerKind.ACCESS]


def test_an_erasure_says_what_to_do_before_sending_and_asks_of_the_recipients(  # type: ignore[no-untyped-def]
        page, qtbot, monkeypatch, tmp_path: Path) -> None:
    from assistant.store.suppression_repo import record_import_from

    dossier = page.session.dossier
    request = next(r for r in dossier.requests.list() if r.right is Right.ERASURE)
    rid = int(request.id or 0)
    person = dossier.consents.subject(1)
    record_import_from(dossier, "mailchimp", "2000-01-01T00:00:00.000000Z")
    dossier.request_links.link(rid, person.id)
    dossier.request_links.erase(rid, recorded_by="Camille")
    dialog = open_dialog(page, Right.ERASURE, qtbot, monkeypatch, tmp_path)
    assert dialog.current_kind() is AnswerKind.ERASURE
    assert dialog.write.isEnabled(), dialog.problems.text()
    assert dialog.before_sending.isVisibleTo(dialog)
    assert "Mailchimp" in dialog.before_sending.text()
    assert "Mailchimp" not in dialog.gaps.text()
    assert "[" in dialog.preview.toPlainText()  # the recipients, to complete
    assert dialog.recipients_erasure.isVisibleTo(dialog)
    dialog.recipients_erasure.setCurrentIndex(dialog.recipients_erasure.findData("told"))
    dialog.refresh()
    assert not dialog.gaps.isVisibleTo(dialog)
    assert "art. 19" in dialog.preview.toPlainText().replace("Art.", "art.")
