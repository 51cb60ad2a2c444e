"""The Documents page: choose, export on a worker, cancel, open the result."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from assistant.ui.main_window import MainWindow
from assistant.ui.pages import documents_page
from assistant.ui.pages.documents_page import DocumentsPage
from tests.reports.conftest import flat, pages_text


def cover_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data), maxpages=1)


@pytest.fixture
def page(window: MainWindow, demo_copy: Path) -> DocumentsPage:
    window.open_path(demo_copy)
    window.show_page("documents")
    docs = window.pages["documents"]
    assert isinstance(docs, DocumentsPage)
    return docs


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:  # type: ignore[type-arg]
    seen: dict[str, list] = {"questions": [], "opened": [], "errors": []}  # type: ignore[type-arg]
    reply = {"value": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        seen["questions"].append(text)
        return reply["value"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: seen["opened"].append(url) or True))
    monkeypatch.setattr(documents_page, "show_error",
                        lambda parent, title, exc: seen["errors"].append(exc))
    seen["reply"] = [reply]
    return seen


def run_export(qtbot, page: DocumentsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner is None, timeout=30000)


def test_suggests_a_file_beside_the_dossier(page: DocumentsPage, demo_copy: Path) -> None:
    path = Path(page.output.text())
    assert path.parent == demo_copy.parent and path.suffix == ".pdf"
    assert page.sections.count() >= 5
    page.kind.setCurrentIndex(1)
    assert "register-extract" in page.output.text() or "extrait" in page.output.text()


def test_exports_the_dossier_and_offers_to_open_it(qtbot, page: DocumentsPage, answers,
                                                   tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    page.set_output(str(target))
    answers["reply"][0]["value"] = QMessageBox.StandardButton.Yes
    page.language.setCurrentIndex(page.language.findData("fr"))  # UI in English
    run_export(qtbot, page)
    assert target.exists() and not answers["errors"]
    # in French, on its cover (reading the cover alone: the whole dossier takes seconds)
    assert "Dossier de conformité RGPD" in flat(cover_text(target.read_bytes()))
    assert answers["opened"] == [QUrl.fromLocalFile(str(target))]
    assert str(target) in page.status.text() and "PDF saved" in page.status.text()
    # step 6's task "Print or export the compliance file" is done, dated today, undoable
    dossier = page.session.dossier
    assert dossier is not None
    task = dossier.guide.task("dossier_exported")
    assert task is not None and task.status.value == "done" and task.on
    assert "exported" in dossier.undo.undo_label


def test_no_pdf_reader_says_so_and_offers_the_folder(qtbot, page: DocumentsPage, answers,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",  # no program opens a PDF; a folder, yes
                        staticmethod(lambda url: opened.append(url.toLocalFile())
                                     or not url.toLocalFile().endswith(".pdf")))

    def box(self: QMessageBox) -> int:
        told.append(self.text())
        folder = next(b for b in self.buttons() if "folder" in b.text())
        self.clickedButton = lambda: folder  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box)
    target = tmp_path / "out.pdf"
    page.set_output(str(target))
    answers["reply"][0]["value"] = QMessageBox.StandardButton.Yes
    run_export(qtbot, page)
    assert target.exists()
    assert len(told) == 1 and "No program to open this file" in told[0] and str(target) in told[0]
    assert opened == [str(target), str(tmp_path)]


def test_unchecked_sections_are_left_out(qtbot, page: DocumentsPage, answers,
                                         tmp_path: Path) -> None:
    target = tmp_path / "some.pdf"
    page.set_output(str(target))
    for i in range(page.sections.count()):
        item = page.sections.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("register", "gaps"):
            item.setCheckState(Qt.CheckState.Unchecked)
    cover = page.sections.item(0)
    assert not cover.flags() & Qt.ItemFlag.ItemIsUserCheckable  # required
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.chosen_sections()[0] == "cover"
    assert "register" not in page.chosen_sections()  # kept across a language change
    run_export(qtbot, page)
    pages = pages_text(target.read_bytes())
    assert any("Processors" in p for p in pages[2:])
    assert not any("Points to complete" in p or "Register of processing" in p for p in pages[1:]), \
        pages
    assert answers["opened"] == []


def test_an_error_is_shown_and_nothing_written(qtbot, page: DocumentsPage, answers,
                                               tmp_path: Path) -> None:
    page.set_output(str(tmp_path / "missing" / "x.pdf"))
    run_export(qtbot, page)
    assert len(answers["errors"]) == 1 and not (tmp_path / "missing").exists()
    assert page.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot, page: DocumentsPage, answers, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from assistant.reports import builder

    gate = threading.Event()
    real = builder.render_pdf

    def slow(snapshot, options):  # type: ignore[no-untyped-def]
        gate.wait(10)  # hold the worker until Cancel was pressed
        return (yield from real(snapshot, options))

    monkeypatch.setattr(builder, "render_pdf", slow)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.pdf"
    page.set_output(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.runner is not None and not page.export_button.isEnabled()
    page.runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: page.runner is None, timeout=30000)
    assert "cancelled" in page.status.text()
    assert list(out.iterdir()) == []


def test_replacing_an_existing_file_asks_first(qtbot, page: DocumentsPage, answers,
                                               tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old")
    page.set_output(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # answer: No
    assert page.runner is None and target.read_bytes() == b"old"
    assert answers["questions"] and "already exists" in answers["questions"][0]


def test_ctrl_p_goes_to_the_documents_page(window: MainWindow, demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.show_page("overview")
    assert window.act_export_pdf.shortcut().toString() == "Ctrl+P"
    window.act_export_pdf.trigger()
    assert window.current_page_key() == "documents"


def test_proof_of_consent_for_a_person_found_by_email(qtbot, page: DocumentsPage, answers,
                                                      tmp_path: Path) -> None:
    dossier = page.session.dossier
    assert dossier is not None
    person = next(s for s in (dossier.consents.subject(i) for i in range(1, 40))
                  if s is not None and s.identity.email)
    assert page.person.isHidden()  # only the proof needs a person
    page.kind.setCurrentIndex(page.kind.findData("consent-proof"))
    assert not page.person.isHidden()
    assert [page.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(page.sections.count())] == ["cover", "proof", "proof-check",
                                                       "sources"]
    page.person.setText(person.identity.email)
    assert person.uid[:8] in page.output.text()  # the suggested name names the person
    target = tmp_path / "proof.pdf"
    page.set_output(str(target))
    run_export(qtbot, page)
    assert not answers["errors"]
    text = flat(" ".join(pages_text(target.read_bytes())))
    assert "Proof of consent" in text and person.uid in text


def test_an_unknown_person_is_refused_before_any_work(qtbot, page: DocumentsPage, answers,
                                                      tmp_path: Path) -> None:
    page.kind.setCurrentIndex(page.kind.findData("consent-proof"))
    page.person.setText("nobody@nowhere.example")
    target = tmp_path / "x.pdf"
    page.set_output(str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.runner is None and len(answers["errors"]) == 1
    assert "nobody@nowhere.example" in str(answers["errors"][0].findings[0].params)
    assert not target.exists() and page.person.hasFocus()


def test_the_consents_page_opens_the_proof_ready(window: MainWindow, demo_copy: Path) -> None:
    from assistant.ui.pages.consents_page import ConsentsPage

    window.open_path(demo_copy)
    window.show_page("consents")
    consents = window.pages["consents"]
    assert isinstance(consents, ConsentsPage)
    consents.table.selectRow(0)
    sid = consents.selected_id()
    assert sid is not None and consents.act_export_proof_pdf.isEnabled()
    consents.act_export_proof_pdf.trigger()
    docs = window.pages["documents"]
    assert isinstance(docs, DocumentsPage) and window.current_page_key() == "documents"
    assert docs.current_kind() == "consent-proof"
    dossier = window.session.dossier
    assert dossier is not None
    subject = dossier.consents.subject(sid)
    assert subject is not None and docs.person.text() == subject.uid
