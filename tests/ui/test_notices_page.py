"""The Notices page: preview of each kind in French and English, the processing covered,
the gaps and warnings, export, copy, and recording the version in force (with undo); the
Overview says when a published notice is out of date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assistant.domain.notices.document import NoticeKind
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.notices_page import NoticesPage
from assistant.ui.pages.overview_page import OverviewPage


@pytest.fixture
def page(window: MainWindow, demo_copy: Path) -> NoticesPage:
    window.open_path(demo_copy)
    window.show_page("notices")
    notices = window.pages["notices"]
    assert isinstance(notices, NoticesPage)
    return notices


def test_previews_each_kind_in_both_languages(page: NoticesPage) -> None:
    for kind in NoticeKind:
        for lang in ("fr", "en"):
            page.choose(kind, lang)
            assert page.prepared is not None, kind
            assert page.prepared.document.kind is kind and page.prepared.document.lang == lang
            assert "Au Pain Doré" in page.preview.toPlainText()
    page.choose(NoticeKind.CCTV, "fr")
    assert page.ticked_ids() and "Établissement placé sous vidéoprotection" in \
        page.preview.toPlainText()


def test_gaps_and_the_children_warning_are_shown(page: NoticesPage) -> None:
    page.choose(NoticeKind.WEBSITE, "en")
    assert "missing from the register" in page.gaps.text()
    assert "Ateliers pâtisserie pour enfants" in page.gaps.text()
    assert page.warnings.isVisibleTo(page) and "under 15" in page.warnings.text()
    assert "No version of this notice is recorded yet." in page.state.text()
    page.choose(NoticeKind.WEBSITE, "fr")  # the demo published it in French
    assert "Programme de fidélité" in page.state.text()


def test_unticking_changes_what_the_notice_covers(page: NoticesPage) -> None:
    page.choose(NoticeKind.WEBSITE, "fr")
    first = page.covered.item(0)
    name = first.text().split(" — ")[-1]
    assert name in page.preview.toPlainText()
    first.setCheckState(Qt.CheckState.Unchecked)
    assert first.data(Qt.ItemDataRole.UserRole) not in page.prepared.document.processing_ids
    page.use_default()
    assert page.covered.item(0).checkState() == Qt.CheckState.Checked


def test_record_the_version_in_force_and_undo(page: NoticesPage, window: MainWindow) -> None:
    page.choose(NoticeKind.POSTER, "fr")
    assert page.record_button.isEnabled()
    page.record_button.click()
    dossier = window.session.dossier
    assert dossier is not None
    poster = dossier.info_notices.latest(NoticeKind.POSTER, "fr")
    assert poster is not None and poster.sha256 == page.prepared.sha256
    assert not page.record_button.isEnabled()  # word for word the version in force
    assert "word for word" in page.state.text()
    window.session.undo(window)
    assert dossier.info_notices.latest(NoticeKind.POSTER, "fr") is None


def test_export_copy_and_open(page: NoticesPage, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url) or True))
    target = tmp_path / "sign.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "PDF document (*.pdf)")))
    page.choose(NoticeKind.CCTV, "fr")
    page.export_button.click()
    assert target.read_bytes().startswith(b"%PDF") and len(opened) == 1
    page.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith('<article class="rgpd-notice"')


def test_the_overview_says_which_notice_is_out_of_date(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       demo_copy: Path) -> None:
    window.open_path(demo_copy)
    window.show_page("overview")
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    qtbot.waitUntil(lambda: bool(overview.notices.text()), timeout=5000)  # after its paint
    text = overview.notices.text()
    assert "Website privacy notice (FR), version 1" in text
    assert "out of date" in text and "Programme de fidélité" in text
