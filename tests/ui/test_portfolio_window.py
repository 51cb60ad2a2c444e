"""The folder view: it fills progressively on a worker, sorts, filters, searches, opens a
dossier on double-click, and runs the batch actions with a report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from assistant.domain.progress import drive
from assistant.store.portfolio import scan_folder
from assistant.ui.main_window import MainWindow
from assistant.ui.models.portfolio_model import (
    PATH_ROLE,
    PortfolioFilterModel,
    PortfolioModel,
)
from assistant.ui.portfolio_window import PortfolioWindow
from assistant.ui.settings import Settings
from tests.portfolio_helpers import BAD, CLIENTS, held_open, make_folder


@pytest.fixture(scope="module")
def folder(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_folder(demo_file, tmp_path_factory.mktemp("ui-clients"))


@pytest.fixture
def portfolio(qtbot, english) -> Iterator[PortfolioWindow]:  # type: ignore[no-untyped-def]
    window = PortfolioWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.stop_jobs()


def wait_read(qtbot, window: PortfolioWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.reading and window.model.rowCount() > 0,
                    timeout=20000)


def column_texts(window: PortfolioWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, english, folder: Path) -> None:  # type: ignore[no-untyped-def]
    summaries = drive(scan_folder(folder))
    model = PortfolioModel()
    model.set_paths([s.path for s in summaries])
    qtmodeltester.check(model)
    for s in summaries:
        model.put(s)
    qtmodeltester.check(model)
    proxy = PortfolioFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("lodz")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_the_table_fills_progressively(qtbot, portfolio: PortfolioWindow,  # type: ignore[no-untyped-def]
                                       folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    portfolio.relay.summarised.connect(
        lambda _n, _s: seen.append((portfolio.model.rowCount(), portfolio.model.read_count)))
    portfolio.set_folder(folder)
    wait_read(qtbot, portfolio)
    total = len(CLIENTS) + len(BAD)
    # every file was listed before the first one was read, then the rows filled one by one
    # (this slot runs after the window's own, which has just put the summary in)
    assert seen[0] == (total, 1)
    assert [r for _, r in seen] == list(range(1, total + 1))
    assert portfolio.model.read_count == total
    assert "8 dossiers" in portfolio.status.text()
    assert "5 cannot be read" in portfolio.status.text()
    assert not portfolio.progress.isVisible()
    assert Settings().value("portfolio/folder") == str(folder)


def test_statuses_in_words(qtbot, portfolio: PortfolioWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    portfolio.set_folder(folder)
    wait_read(qtbot, portfolio)
    statuses = dict(zip(column_texts(portfolio, PortfolioModel.COL_FILE),
                        column_texts(portfolio, PortfolioModel.COL_STATUS), strict=True))
    assert statuses["abime.rgpd"] == "Damaged"
    assert statuses["futur.rgpd"] == "Made by a newer version of the app"
    assert statuses["autre.rgpd"] == "Not a dossier of this app"
    assert statuses["texte.rgpd"] == statuses["vide.rgpd"] == "Not a dossier file"
    assert statuses["cafe.rgpd"] == "File readable"
    row = column_texts(portfolio, PortfolioModel.COL_FILE).index("futur.rgpd")
    tooltip = portfolio.proxy.index(row, PortfolioModel.COL_STATUS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "newer version of the app" in tooltip
    row = column_texts(portfolio, PortfolioModel.COL_FILE).index("cafe.rgpd")
    assert portfolio.proxy.index(row, PortfolioModel.COL_REQUESTS).data() == "1"
    assert portfolio.proxy.index(row, PortfolioModel.COL_VERIFY).data() == "Never verified"
    assert "high" in portfolio.proxy.index(row, PortfolioModel.COL_ACTIONS).data()


def test_sort_filter_and_search(qtbot, portfolio: PortfolioWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    portfolio.set_folder(folder)
    wait_read(qtbot, portfolio)
    portfolio.table.sortByColumn(PortfolioModel.COL_FILE, Qt.SortOrder.AscendingOrder)
    files = column_texts(portfolio, PortfolioModel.COL_FILE)
    assert files == sorted(files)
    portfolio.table.sortByColumn(PortfolioModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
    statuses = column_texts(portfolio, PortfolioModel.COL_STATUS)
    assert statuses[-len(CLIENTS):] == ["File readable"] * len(CLIENTS)  # the unreadable ones first
    portfolio.show_filter.setCurrentIndex(
        portfolio.show_filter.findData(PortfolioFilterModel.UNREADABLE))
    assert sorted(column_texts(portfolio, PortfolioModel.COL_FILE)) == sorted(BAD)
    portfolio.show_filter.setCurrentIndex(
        portfolio.show_filter.findData(PortfolioFilterModel.ALL))
    portfolio.search.setText("ΑΘΗΝΑ")  # case and accents ignored: Καφενείο Αθηνά
    assert column_texts(portfolio, PortfolioModel.COL_FILE) == ["cafe.rgpd"]
    portfolio.search.setText("999888779")
    assert column_texts(portfolio, PortfolioModel.COL_FILE) == ["boulangerie.rgpd"]
    portfolio.search.clear()
    assert portfolio.proxy.rowCount() == len(CLIENTS) + len(BAD)


def test_a_dossier_open_elsewhere_says_who(qtbot, portfolio: PortfolioWindow,  # type: ignore[no-untyped-def]
                                           demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "held.rgpd"
    path.write_bytes(demo_file.read_bytes())
    with held_open(path) as holder:
        portfolio.set_folder(tmp_path)
        wait_read(qtbot, portfolio)
        status = portfolio.proxy.index(0, PortfolioModel.COL_STATUS).data()
        assert status.startswith("Open by ") and "pid" not in status  # plain words
        tip = portfolio.proxy.index(0, PortfolioModel.COL_STATUS).data(
            Qt.ItemDataRole.ToolTipRole)
        assert f"pid {holder.pid}" in tip  # the detail, for whoever asks
        portfolio.show_filter.setCurrentIndex(
            portfolio.show_filter.findData(PortfolioFilterModel.OPEN_ELSEWHERE))
        assert portfolio.proxy.rowCount() == 1


def test_double_click_opens_the_dossier_in_the_main_window(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           folder: Path, tmp_path: Path,
                                                           demo_file: Path) -> None:
    clients = tmp_path / "clients"
    clients.mkdir()
    for name in CLIENTS:
        (clients / name).write_bytes((folder / name).read_bytes())
    Settings().set_value("portfolio/folder", str(clients))
    window.open_portfolio()  # the remembered folder opens at once
    portfolio = window._portfolio
    assert portfolio is not None and portfolio.folder == clients
    wait_read(qtbot, portfolio)
    portfolio.table.sortByColumn(PortfolioModel.COL_FILE, Qt.SortOrder.AscendingOrder)
    index = portfolio.proxy.index(0, PortfolioModel.COL_CLIENT)
    assert index.data(PATH_ROLE) == str(clients / "boulangerie.rgpd")
    centre = portfolio.table.visualRect(index).center()
    viewport = portfolio.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # a user's first click
    assert window.session.path is None  # one click only selects
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert window.session.path == clients / "boulangerie.rgpd"
    assert not window.session.dossier.read_only  # type: ignore[union-attr]
    # its row now says it is open here
    qtbot.waitUntil(lambda: portfolio.proxy.index(0, PortfolioModel.COL_STATUS).data()
                    == "Open in this window", timeout=10000)
    # Enter opens the selected one
    portfolio.table.setFocus()
    portfolio.table.setCurrentIndex(portfolio.proxy.index(1, 0))
    qtbot.keyClick(portfolio.table, Qt.Key.Key_Return)
    assert window.session.path == clients / "cafe.rgpd"


def test_a_locked_dossier_can_be_read(qtbot, window: MainWindow, demo_file: Path,  # type: ignore[no-untyped-def]
                                      tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "held.rgpd"
    path.write_bytes(demo_file.read_bytes())
    texts: list[str] = []

    def read_only(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if "read-only" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read_only)
    with held_open(path):
        assert window.open_path(path)
    assert "already open by" in texts[0]
    assert window.session.dossier is not None and window.session.dossier.read_only


def test_another_computers_lock_can_be_overridden(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  demo_file: Path, tmp_path: Path,
                                                  monkeypatch) -> None:
    path = tmp_path / "shared.rgpd"
    path.write_bytes(demo_file.read_bytes())
    Path(f"{path}.lock").write_text(
        '{"user": "anne", "host": "pc-compta-2", "pid": 4242, '
        '"since": "2025-03-10T08:00:00.000000Z"}', encoding="utf-8")
    texts: list[str] = []

    def anyway(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if "anyway" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", anyway)
    assert window.open_path(path)
    assert "anne@pc-compta-2" in texts[0]
    assert window.session.dossier is not None and not window.session.dossier.read_only


def test_verify_every_dossier_reports_and_fills_the_column(qtbot, portfolio: PortfolioWindow,  # type: ignore[no-untyped-def]
                                                           folder: Path, tmp_path: Path,
                                                           monkeypatch) -> None:
    clients = tmp_path / "v"
    clients.mkdir()
    for name in ("cafe.rgpd", "texte.rgpd"):
        (clients / name).write_bytes((folder / name).read_bytes())
    portfolio.set_folder(clients)
    wait_read(qtbot, portfolio)
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: reports.append(
        (box.text(), box.detailedText())) or 0)
    portfolio.act_verify.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    text, details = reports[0]
    assert "1 dossier sound" in text and "1 with problems or unreadable" in text
    assert "texte.rgpd" in details and "not an SQLite database" in details
    wait_read(qtbot, portfolio)
    files = column_texts(portfolio, PortfolioModel.COL_FILE)
    verify = column_texts(portfolio, PortfolioModel.COL_VERIFY)
    assert verify[files.index("cafe.rgpd")].startswith("Sound, ")


def test_export_every_dossier(qtbot, portfolio: PortfolioWindow, folder: Path,  # type: ignore[no-untyped-def]
                              tmp_path: Path, monkeypatch) -> None:
    from assistant.ui.dialogs.batch_export_dialog import BatchExportDialog

    clients = tmp_path / "e"
    clients.mkdir()
    for name in ("cafe.rgpd", "futur.rgpd"):
        (clients / name).write_bytes((folder / name).read_bytes())
    portfolio.set_folder(clients)
    wait_read(qtbot, portfolio)
    outdir = tmp_path / "pdf"
    monkeypatch.setattr(BatchExportDialog, "exec", lambda self: (
        self.outdir.setText(str(outdir)), QDialog.DialogCode.Accepted)[1])
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: reports.append(
        (box.text(), box.detailedText())) or 0)
    portfolio.act_export.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=30000)
    assert [p.name for p in outdir.iterdir()] == ["cafe.pdf"]
    text, details = reports[0]
    assert "1 PDF written" in text and "1 dossier could not be exported" in text
    assert "futur.rgpd" in details and "newer version" in details


def test_summary_pdf_and_new_client_from_a_model(qtbot, portfolio: PortfolioWindow,  # type: ignore[no-untyped-def]
                                                 folder: Path, tmp_path: Path,
                                                 monkeypatch) -> None:
    from assistant.ui.dialogs.model_dossier_dialog import ModelDossierDialog

    clients = tmp_path / "m"
    clients.mkdir()
    (clients / "cafe.rgpd").write_bytes((folder / "cafe.rgpd").read_bytes())
    portfolio.set_folder(clients)
    wait_read(qtbot, portfolio)
    answers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a[2])
                        or QMessageBox.StandardButton.No)
    summary = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(summary), ""))
    portfolio.act_summary.trigger()
    qtbot.waitUntil(lambda: bool(answers), timeout=20000)
    assert summary.exists() and "summary is written" in answers[0]

    def fill(dialog: ModelDossierDialog) -> QDialog.DialogCode:
        dialog.model.setText(str(clients / "cafe.rgpd"))
        dialog.form.legal_name.setText("Nouveau Client SARL")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ModelDossierDialog, "exec", fill)
    portfolio.act_new.trigger()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=20000)
    created = clients / "Nouveau-Client-SARL.rgpd"
    assert created.exists() and "dossier is created" in answers[1]
    qtbot.waitUntil(lambda: portfolio.model.rowCount() == 2 and not portfolio.reading,
                    timeout=10000)
    names = column_texts(portfolio, PortfolioModel.COL_CLIENT)
    assert "Nouveau Client SARL" in names


def test_cancel_stops_reading(qtbot, portfolio: PortfolioWindow, folder: Path,  # type: ignore[no-untyped-def]
                              monkeypatch) -> None:
    import threading

    from assistant.store import portfolio as store_portfolio

    # each file is read only once the cancel is clicked: on a fast or a loaded machine
    # alike, the reading cannot be over before the click
    clicked = threading.Event()
    summarise = store_portfolio.summarise

    def after_the_click(*args, **kwargs):  # type: ignore[no-untyped-def]
        clicked.wait(10)
        return summarise(*args, **kwargs)

    monkeypatch.setattr(store_portfolio, "summarise", after_the_click)

    def click(_n: int, _p: object) -> None:
        portfolio.cancel_button.click()
        clicked.set()

    portfolio.relay.listed.connect(click)
    portfolio.set_folder(folder)
    qtbot.waitUntil(lambda: not portfolio.reading, timeout=10000)
    unread = portfolio.model.rowCount() - portfolio.model.read_count
    assert unread >= 1
    assert f"reading stopped: {unread} not read" in portfolio.status.text()
    assert "Not read (reading stopped)" in column_texts(portfolio, PortfolioModel.COL_STATUS)


def test_help_page_exists(qtbot, portfolio: PortfolioWindow) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.dialogs.help_window import HelpWindow

    portfolio.show_help()
    (shown,) = [w for w in portfolio.findChildren(HelpWindow) if w.isVisible()]
    assert shown.current_file() == "portfolio.md"


def test_menu_entry_in_the_main_window(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    entry = next(a for a in window.file_menu.actions() if "folder of dossiers" in a.text())
    assert entry.shortcut().toString() == "Ctrl+Shift+O", texts


def test_verify_in_the_main_window_is_remembered(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 demo_copy: Path, monkeypatch) -> None:
    from assistant.store.portfolio import summarise

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert window.open_path(demo_copy)
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    record = summarise(demo_copy).last_verify
    assert record is not None and record.sound


def test_the_folder_view_follows_the_language(qtbot, window: MainWindow, folder: Path,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    clients = tmp_path / "l"
    clients.mkdir()
    (clients / "cafe.rgpd").write_bytes((folder / "cafe.rgpd").read_bytes())
    Settings().set_value("portfolio/folder", str(clients))
    window.open_portfolio()
    assert window._portfolio is not None
    wait_read(qtbot, window._portfolio)
    window.set_language("fr")
    try:
        portfolio = window._portfolio
        assert portfolio is not None and portfolio.isVisible()
        wait_read(qtbot, portfolio)
        assert portfolio.model.headerData(PortfolioModel.COL_STEPS, Qt.Orientation.Horizontal
                                          ) == "Six étapes"
        assert portfolio.status.text().startswith("1 dossier")
    finally:
        window.set_language("en")
