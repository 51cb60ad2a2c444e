"""Check my website, from the window: read a local fixture site on a worker, see the findings
with their sources, add the actions and the register processing, save the report, cancel."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assistant.store.dossier import create_dossier
from assistant.ui.dialogs import website_check_dialog
from assistant.ui.dialogs.website_check_dialog import WebsiteCheckDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.documents_page import DocumentsPage
from tests.website.conftest import PROXY_VARIABLES
from tests.website.server import serving, site_routes, unused_port


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.website.crawl as crawl

    monkeypatch.setattr(crawl, "DEFAULT_DELAY", 0.0)
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:  # type: ignore[type-arg]
    out: dict[str, list] = {"warnings": [], "errors": [], "questions": []}  # type: ignore[type-arg]
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a: out["warnings"].append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a: out["questions"].append(text)
        or QMessageBox.StandardButton.No))
    monkeypatch.setattr(website_check_dialog, "show_error",
                        lambda parent, title, exc: out["errors"].append(exc))
    return out


@pytest.fixture
def dialog(qtbot, window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    window.open_path(path)
    d = WebsiteCheckDialog(window.session, window)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.stop_jobs()


def run_check(qtbot, d: WebsiteCheckDialog, url: str) -> None:  # type: ignore[no-untyped-def]
    d.address.setText(url)
    qtbot.mouseClick(d.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.runner is None, timeout=20000)


def test_the_documents_page_opens_the_check(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.rgpd"
    create_dossier(path).close()
    window.open_path(path)
    window.show_page("documents")
    page = window.pages["documents"]
    assert isinstance(page, DocumentsPage) and page.website_button.isEnabled()
    opened = []
    monkeypatch.setattr(WebsiteCheckDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(page.website_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and page.website_dialog is None


def test_check_add_actions_register_and_save(qtbot, dialog: WebsiteCheckDialog, seen,  # type: ignore[no-untyped-def]
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with serving(site_routes("analytics")) as site:
        run_check(qtbot, dialog, site.url())
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert "High — Google Analytics loads before consent" in texts
    dialog.findings.setCurrentRow(texts.index("High — Google Analytics loads before consent"))
    assert "Source: French Data Protection Act" in dialog.detail.toPlainText()
    assert "Pages: /, /produits" in dialog.detail.toPlainText()
    assert dialog.add_actions_button.isEnabled() and dialog.register_button.isEnabled()

    qtbot.mouseClick(dialog.add_actions_button, Qt.MouseButton.LeftButton)
    dossier = dialog.session.dossier
    assert dossier is not None
    titles = [a.title for a in dossier.guide.actions()]
    assert "Website: load Google Analytics only after the visitor agrees" in titles
    assert "added to the action plan" in dialog.status.text()
    qtbot.mouseClick(dialog.add_actions_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in dossier.guide.actions()] == titles  # not twice
    assert "not added twice" in dialog.status.text()

    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dossier.register.list()] == [
        "Website: audience measurement / cookies"]
    dossier.undo.undo()  # one Ctrl+Z takes the processing back
    assert dossier.register.list() == []

    target = tmp_path / "report.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "JSON files (*.json)")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=20000)
    assert target.exists() and "report.json" in dialog.status.text()
    assert seen["questions"] and seen["errors"] == []


def test_an_unreachable_site_is_said_and_nothing_can_be_added(qtbot, dialog, seen) -> None:  # type: ignore[no-untyped-def]
    run_check(qtbot, dialog, f"http://127.0.0.1:{unused_port()}/")
    assert seen["warnings"] and "refuses the connection" in seen["warnings"][0]
    assert "could not be read" in dialog.status.text()
    assert not dialog.add_actions_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_bad_address_is_refused_without_reading_anything(qtbot, dialog, seen) -> None:  # type: ignore[no-untyped-def]
    run_check(qtbot, dialog, "ftp://shop.example/")
    assert [f.code for f in seen["errors"][0].findings] == ["website_url_scheme"]
    assert dialog.findings.count() == 0


def test_cancel_stops_the_check(qtbot, dialog, seen) -> None:  # type: ignore[no-untyped-def]
    def slow(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for _ in range(300):
            handler.wfile.write(b"<p>" + b"x" * 60000 + b"</p>")
            handler.wfile.flush()
            time.sleep(0.02)

    with serving({"/": slow}) as site:
        dialog.address.setText(site.url())
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        assert dialog.runner is not None
        dialog.runner.cancel()
        qtbot.waitUntil(lambda: dialog.runner is None, timeout=10000)
    assert "cancelled" in dialog.status.text() and dialog.review is None
