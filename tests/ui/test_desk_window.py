"""The folder view as a work list: what is due this week first, the next deadline in words,
one line per row with the Client column in view, columns and sort remembered, the firm's
follow-up notes kept apart from the dossiers, a right-click menu, batch actions on the
selection or the filter, and the folder followed as its files change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from assistant.store.desk import Desk
from assistant.ui.colours import tone
from assistant.ui.models.portfolio_cells import LATE
from assistant.ui.models.portfolio_model import (
    PATH_ROLE,
    PortfolioFilterModel,
    PortfolioModel,
)
from assistant.ui.portfolio_window import PortfolioWindow
from assistant.ui.settings import Settings
from tests.conftest import file_digest
from tests.portfolio_helpers import held_open, make_worklist_folder


@pytest.fixture
def worklist(tmp_path: Path) -> Path:
    return make_worklist_folder(tmp_path / "clients", dt.datetime.now(dt.UTC))


@pytest.fixture
def desk(qtbot, english, worklist: Path) -> Iterator[PortfolioWindow]:  # type: ignore[no-untyped-def]
    window = PortfolioWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.set_folder(worklist)
    qtbot.waitUntil(lambda: not window.reading and window.model.read_count == 5,
                    timeout=20000)
    yield window
    window.stop_jobs()


def shown(window: PortfolioWindow, column: int = PortfolioModel.COL_FILE) -> list[str]:
    return [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]


def cell(window: PortfolioWindow, file: str, column: int, role: int = 0) -> object:
    row = shown(window).index(file)
    return window.proxy.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def test_this_week_is_the_default_view_most_urgent_first(desk: PortfolioWindow) -> None:
    assert desk.show_filter.currentData() == PortfolioFilterModel.WEEK
    assert shown(desk) == ["retard.rgpd", "breche.rgpd", "demain.rgpd", "trois-jours.rgpd"]
    assert "(tomorrow)" in str(cell(desk, "demain.rgpd", PortfolioModel.COL_NEXT))
    assert "(in 3 days)" in str(cell(desk, "trois-jours.rgpd", PortfolioModel.COL_NEXT))
    assert "11 h 5" in str(cell(desk, "breche.rgpd", PortfolioModel.COL_NEXT))  # hours left
    late = cell(desk, "retard.rgpd", PortfolioModel.COL_LATE, Qt.ItemDataRole.ForegroundRole)
    assert late.color() == tone(LATE)  # type: ignore[attr-defined]
    soon = cell(desk, "demain.rgpd", PortfolioModel.COL_LATE, Qt.ItemDataRole.ForegroundRole)
    assert soon is None  # red means late, and only late
    assert "4 shown" in desk.status.text() and "2 share a SIRET" in desk.status.text()
    assert str(cell(desk, "demain.rgpd", PortfolioModel.COL_SIRET)).endswith("⚠")
    assert "trois-jours.rgpd" in str(cell(desk, "demain.rgpd", PortfolioModel.COL_SIRET,
                                          Qt.ItemDataRole.ToolTipRole))
    assert not str(cell(desk, "retard.rgpd", PortfolioModel.COL_SIRET)).endswith("⚠")
    desk.show_all()
    assert "calme.rgpd" in shown(desk)
    assert cell(desk, "calme.rgpd", PortfolioModel.COL_STATUS) == "File readable"
    assert cell(desk, "calme.rgpd", PortfolioModel.COL_STEPS) == "0/6 steps"


def test_a_siret_typed_with_spaces_is_found(desk: PortfolioWindow) -> None:
    desk.show_all()
    desk.search.setText("732 829 320")
    assert sorted(shown(desk)) == ["demain.rgpd", "trois-jours.rgpd"]
    desk.search.setText("Contact Boucherie")
    assert shown(desk) == ["retard.rgpd"]


def test_the_table_fits_one_line_per_row_with_the_client_in_view(desk: PortfolioWindow
                                                                  ) -> None:
    table = desk.table
    assert not table.wordWrap() and not table.frozen.wordWrap()
    assert table.frozen.isVisible() and table.frozen.columnWidth(0) == table.columnWidth(0)
    assert all(table.frozen.isColumnHidden(c) for c in range(1, PortfolioModel.COLUMN_COUNT))
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.frozen.geometry().left() <= table.viewport().geometry().left()
    title = desk.model.headerData(PortfolioModel.COL_VERIFY, Qt.Orientation.Horizontal)
    assert table.columnWidth(PortfolioModel.COL_VERIFY) > \
        table.horizontalHeader().fontMetrics().horizontalAdvance(title)


def test_columns_and_sort_are_remembered(qtbot, desk: PortfolioWindow, worklist: Path,  # type: ignore[no-untyped-def]
                                         english) -> None:
    menu = desk.column_menu()
    note = next(a for a in menu.actions() if a.text() == "Note")
    assert not note.isChecked()
    note.setChecked(True)
    siret = next(a for a in menu.actions() if a.text() == "SIRET / SIREN")
    siret.setChecked(False)
    desk.table.sortByColumn(PortfolioModel.COL_CLIENT, Qt.SortOrder.DescendingOrder)
    desk.close()
    again = PortfolioWindow(Settings())
    qtbot.addWidget(again)
    assert not again.table.isColumnHidden(PortfolioModel.COL_NOTE)
    assert again.table.isColumnHidden(PortfolioModel.COL_SIRET)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        PortfolioModel.COL_CLIENT, Qt.SortOrder.DescendingOrder)
    again.reset_columns()
    assert not again.table.isColumnHidden(PortfolioModel.COL_SIRET)


def test_follow_up_notes_stay_out_of_the_dossiers(desk: PortfolioWindow, worklist: Path,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.dialogs.follow_up_dialog import FollowUpDialog

    before = file_digest(worklist / "demain.rgpd")
    desk.table.selectRow(shown(desk).index("demain.rgpd"))

    def fill(dialog: FollowUpDialog) -> QDialog.DialogCode:
        dialog.staff.setText("Marie")
        dialog.note.setPlainText("Rappeler jeudi")
        dialog.next_review.set_iso("2030-01-15")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", fill)
    desk.act_follow.trigger()
    assert cell(desk, "demain.rgpd", PortfolioModel.COL_STAFF) == "Marie"
    desk.act_reminded.trigger()
    notes = Desk()
    key = next(k for k in (desk.model.key_at(r) for r in range(desk.model.rowCount()))
               if notes.follow_up(k).staff)
    saved = notes.follow_up(key)
    assert (saved.note, saved.next_review) == ("Rappeler jeudi", "2030-01-15")
    assert saved.last_reminder == dt.date.today().isoformat()
    assert file_digest(worklist / "demain.rgpd") == before  # nothing written to the dossier
    desk.search.setText("marie")  # the staff member in charge is searched too
    assert shown(desk) == ["demain.rgpd"]


def test_batches_work_on_the_selection_else_on_the_rows_shown(desk: PortfolioWindow) -> None:
    assert [p.name for p in desk.batch_paths()] == shown(desk)
    desk.table.selectRow(0)
    assert len(desk.batch_paths()) == 4  # one row: still every row shown
    desk.table.selectionModel().select(
        desk.proxy.index(2, 0), desk.table.selectionModel().SelectionFlag.Select
        | desk.table.selectionModel().SelectionFlag.Rows)
    assert [p.name for p in desk.batch_paths()] == ["retard.rgpd", "demain.rgpd"]
    menu = desk.row_menu()
    texts = [a.text() for a in menu.actions()]
    assert any("2 selected" in t for t in texts) and any("Follow-up" in t for t in texts)


def test_the_row_menu_of_one_client(desk: PortfolioWindow) -> None:
    desk.table.selectRow(shown(desk).index("demain.rgpd"))
    texts = [a.text() for a in desk.row_menu().actions()]
    for words in ("Open in the main window", "Show in its", "email", "Follow-up",
                  "Letters to the clients", "calendar", "CNIL"):
        assert any(words in t for t in texts), words


def test_the_view_follows_the_folder_without_f5(qtbot, desk: PortfolioWindow,  # type: ignore[no-untyped-def]
                                                worklist: Path) -> None:
    desk.show_all()
    desk.lock_poll.setInterval(300)  # a holder that stops without closing: looked at again
    with held_open(worklist / "calme.rgpd"):
        qtbot.waitUntil(lambda: str(cell(desk, "calme.rgpd", PortfolioModel.COL_STATUS))
                        .startswith("Open by "), timeout=15000)
    qtbot.waitUntil(lambda: cell(desk, "calme.rgpd", PortfolioModel.COL_STATUS)
                    == "File readable", timeout=15000)
    (worklist / "nouveau.rgpd").write_bytes((worklist / "calme.rgpd").read_bytes())
    qtbot.waitUntil(lambda: "nouveau.rgpd" in shown(desk), timeout=15000)


def test_export_offers_to_replace_pdfs_that_differ(qtbot, desk: PortfolioWindow,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path, monkeypatch) -> None:
    from assistant.ui.dialogs.batch_export_dialog import BatchExportDialog

    outdir = tmp_path / "pdf"
    outdir.mkdir()
    (outdir / "retard.pdf").write_bytes(b"%PDF-1.4 an older export")
    monkeypatch.setattr(BatchExportDialog, "exec", lambda self: (
        self.outdir.setText(str(outdir)), QDialog.DialogCode.Accepted)[1])
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        boxes.append(box)
        replace = next((b for b in box.buttons() if "Replace" in b.text()), None)
        if replace is not None and len(boxes) == 1:
            replace.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    desk.act_export.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=60000)
    assert "1 left as it was" in boxes[0].text()
    assert (outdir / "retard.pdf").read_bytes().startswith(b"%PDF-1.")
    assert (outdir / "retard.pdf").stat().st_size > 1000  # replaced when asked


def test_the_welcome_screen_offers_a_folder(qtbot, english, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.dialogs.welcome_dialog import WelcomeDialog
    from assistant.ui.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.FOLDER)
    opened: list[bool] = []
    monkeypatch.setattr(MainWindow, "open_portfolio", lambda self: opened.append(True))
    window.show_welcome()
    assert opened == [True]
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert "folder of dossiers" in dialog.folder_button.text()
    assert PATH_ROLE
