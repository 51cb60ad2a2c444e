from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from assistant.domain.consent import EventKind
from assistant.ui.dialogs.consent_dialogs import EraseDialog, RecordDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.models.subject_table_model import WINDOW, SubjectTableModel
from assistant.ui.pages.consents_page import ConsentsPage
from tests.consent_helpers import csv_rows


@pytest.fixture
def page(window: MainWindow, demo_copy: Path) -> ConsentsPage:
    window.open_path(demo_copy)
    window.show_page("consents")
    consents = window.pages["consents"]
    assert isinstance(consents, ConsentsPage)
    return consents


def names(page: ConsentsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_lists_people_and_purposes(page: ConsentsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() > 300
    assert page.purposes.rowCount() == 5
    # the owner reads words; the chain head is kept for an inspector, in the details
    assert "choices recorded" in page.chain.text() and "head" not in page.chain.text()
    assert "Chain head" in page.proof.text()
    qtmodeltester.check(page.model)
    assert page.import_action in page.window().file_menu.actions()  # type: ignore[attr-defined]


def test_search_as_you_type_is_accent_insensitive(page: ConsentsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("lukasz")
    qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
    assert any("Łukasz" in n for n in names(page))
    page.search.setText("nguyen")
    page.apply_search()
    assert names(page) and all("Nguyễn" in n for n in names(page))
    page.search.setText("zzzz-nobody")
    page.apply_search()
    assert page.model.rowCount() == 0 and "0" in page.count.text()
    page.search.clear()
    page.apply_search()
    assert page.model.rowCount() > 300


def test_review_filters(page: ConsentsPage) -> None:
    page.filter.setCurrentIndex(page.filter.findData(ConsentsPage.TO_RENEW))
    assert 0 < page.model.rowCount() < 50
    page.filter.setCurrentIndex(page.filter.findData(ConsentsPage.ALL))
    assert page.model.rowCount() > 300


def test_record_a_consent_then_erase(page: ConsentsPage, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    dossier = page.session.dossier
    assert dossier is not None
    page.search.setText("Kowalski")
    page.apply_search()
    sid = page.selected_id()
    assert sid is not None
    before = len(dossier.consents.history(sid))
    monkeypatch.setattr(RecordDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.act_grant.trigger()
    assert len(dossier.consents.history(sid)) == before + 1
    assert "Consented" in page.details.toPlainText()
    monkeypatch.setattr(RecordDialog, "exec", lambda self: (
        self.withdrawn.setChecked(True), QDialog.DialogCode.Accepted)[1])
    page.act_withdraw.trigger()
    history = dossier.consents.history(sid)
    assert history[-1].kind is EventKind.WITHDRAWN
    monkeypatch.setattr(EraseDialog, "exec", lambda self: (
        self.reason.setText("demande du 12/03"), QDialog.DialogCode.Accepted)[1])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page.select(sid)
    page.act_erase.trigger()
    subject = dossier.consents.subject(sid)
    assert subject is not None and subject.erased
    # where else the data went, and what still holds it
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "erased from the dossier" in told[0] and "delete them by hand" in told[0]
    assert page.model.row_of(sid) is None  # an erased person is no longer found by name
    page.search.clear()
    page.apply_search()
    page.select(sid)
    page.table.scrollToBottom()
    last = page.model.rowCount() - 1  # the erased sort last
    page.table.selectRow(next(r for r in range(last, last - 5, -1)
                              if page.model.subject_id(r) == sid))
    assert page.selected_id() == sid and "(erased person)" in page.details.toPlainText()
    assert not page.act_grant.isEnabled() and not page.act_erase.isEnabled()


def test_erasing_needs_a_reason_and_enter_alone_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseDialog("Ann Example", recorded_by="Léa")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None and box.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    assert not dialog.erase.isEnabled() and not dialog.erase.isDefault()
    dialog.reason.setText("   ")
    assert not dialog.erase.isEnabled()
    dialog.reason.setText("demande du 12/03")
    assert dialog.erase.isEnabled()
    assert dialog.values() == ("demande du 12/03", "Léa")


def test_a_refused_person_keeps_the_dialog_and_what_was_typed(page: ConsentsPage,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    from assistant.ui import session as session_module
    from assistant.ui.dialogs.till_dialog import TillDialog
    from assistant.ui.widgets.choice_row import YES

    dialogs: list[TillDialog] = []

    def exec_(self: TillDialog) -> QDialog.DialogCode:
        dialogs.append(self)
        if len(dialogs) == 1:
            self.first.setText("Zoé")  # no email, no phone: refused
            self.rows[0].choice.set_answer(YES)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    errors: list[object] = []
    monkeypatch.setattr(TillDialog, "exec", exec_)
    monkeypatch.setattr(session_module, "show_error", lambda parent, _t, exc: errors.append(
        (parent, exc)))
    page.act_person.trigger()
    assert len(dialogs) == 2 and dialogs[0] is dialogs[1]  # shown again, the same dialog
    assert dialogs[1].first.text() == "Zoé"
    assert len(errors) == 1 and errors[0][0] is dialogs[0]  # the error is shown over it


def test_a_back_dated_choice_gets_the_wording_in_effect_then(page: ConsentsPage,  # type: ignore[no-untyped-def]
                                                              qtbot) -> None:
    from PySide6.QtCore import QDateTime

    dossier = page.session.dossier
    assert dossier is not None
    purposes = dossier.consents.purposes()
    newsletter = next(p for p in purposes if p.code == "newsletter")
    notices = [n for n in dossier.consents.notices() if n.purpose_id == newsletter.id]
    assert len(notices) >= 2 and notices[0].effective_from < notices[-1].effective_from
    dialog = RecordDialog(purposes, dossier.consents.notices(), "Ann", purpose_id=newsletter.id)
    qtbot.addWidget(dialog)
    assert dialog.notice.currentData() == notices[-1].id  # today: the newest
    day = QDateTime.fromString(notices[-1].effective_from + "T12:00:00", "yyyy-MM-ddThh:mm:ss")
    dialog.when.setDateTime(day.addDays(-1))
    assert dialog.notice.currentData() == notices[-2].id
    dialog.when.setDateTime(QDateTime.fromString("1999-01-01T12:00:00", "yyyy-MM-ddThh:mm:ss"))
    assert dialog.notice.currentData() is None  # none in effect then: refused if kept


def test_import_runs_on_a_worker_and_refusals_are_listed(page: ConsentsPage, qtbot,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, monkeypatch) -> None:
    dossier = page.session.dossier
    assert dossier is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    good = tmp_path / "good.csv"
    good.write_text(csv_rows(30))
    count = dossier.consents.chain_head().count
    runner = page.run_import(good)
    assert runner is not None
    with qtbot.waitSignal(runner.done, timeout=20000):
        pass
    assert dossier.consents.chain_head().count == count + 30
    assert shown and "Events added: 30" in shown[-1]
    bad = tmp_path / "bad.csv"
    bad.write_text("email,purpose,status,date\nx@example.org,cakes,yes,2025-01-01\n")
    details: list[str] = []
    again: list[tuple[Path, bool]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: details.extend(
        [self.detailedText(), self.informativeText(),
         " ".join(b.text() for b in self.buttons())]))
    monkeypatch.setattr(page, "import_file", lambda path, skip_invalid=False: again.append(
        (path, skip_invalid)))
    runner = page.run_import(bad)
    assert runner is not None
    with qtbot.waitSignal(runner.error, timeout=20000):
        pass
    assert details and "bad.csv:2: unknown purpose" in details[0]
    assert details[1].startswith("• line 2: unknown purpose")  # in sight, not only in details
    assert "Import the &valid rows…" in details[2]
    assert dossier.consents.chain_head().count == count + 30
    assert again == []  # closed: nothing more

    def choose_valid_rows(box: QMessageBox) -> None:
        next(b for b in box.buttons() if "valid rows" in b.text()).click()

    monkeypatch.setattr(QMessageBox, "exec", choose_valid_rows)
    runner = page.run_import(bad)
    assert runner is not None
    with qtbot.waitSignal(runner.error, timeout=20000):
        pass
    assert again == [(bad, True)]  # the same file, "leave out invalid rows" ticked


def test_the_model_fetches_windows_not_everything(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.progress import drive
    from assistant.exchange.consent_import import import_consents
    from assistant.store.dossier import create_dossier

    source = tmp_path / "many.csv"
    source.write_text(csv_rows(3000))
    with create_dossier(tmp_path / "many.rgpd") as d:
        drive(import_consents(d, source))
        model = SubjectTableModel()
        model.set_repository(d.consents)
        assert model.rowCount() == 3000
        assert model.index(2999, 1).data() is not None
        assert model.index(0, 1).data() is not None
        assert model.index(1500, 1).data() is not None
        assert model.fetches == 3  # three windows of WINDOW rows, not 3000 rows
        assert WINDOW < 3000


def test_month_by_month_figures_of_a_purpose(page: ConsentsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.informativeText()))
    page.purposes.selectRow(0)
    page.act_timeline.trigger()
    assert shown and shown[0].count("\n") >= 6


@pytest.mark.parametrize("ending", ["\n", ""])
def test_the_import_preview_counts_rows_and_shows_every_column(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               ending: str) -> None:
    from assistant.exchange.consent_import import preview
    from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog

    source = tmp_path / "clients.csv"
    source.write_text("courriel;finalite;statut;date;canal\n"
                      "a@example.org;sms;oui;2025-01-01;magasin\n"
                      "b@example.org;sms;oui;2025-01-01;magasin\n"
                      f"c@example.org;sms;accordée;2025-01-01;magasin{ending}", "cp1252")
    dialog = ConsentImportDialog(source, preview(source))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QLabel

    about = dialog.findChildren(QLabel)[0].text()
    assert about == "3 lines after the header · Windows-1252 · values separated by a semicolon"
    shown = [dialog.mapping.item(r, c).text() for r in range(dialog.mapping.rowCount())
             for c in range(dialog.mapping.columnCount())]
    assert {"Email", "courriel", "Purpose", "finalite", "Status", "statut", "Date", "date",
            "Wording version", "(not given)", "Customer reference", "missing"} <= set(shown)
    assert dialog.mapping.verticalScrollBar().maximum() == 0  # nothing hidden below
    assert dialog.report.text().endswith("clients-refused.csv")


def test_the_file_menu_import_works_from_any_page(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (asked.append("file"), ("", ""))[1])
    window.open_path(demo_copy)
    window.show_page("overview")
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    assert page.import_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert page.import_action.isEnabled()  # before the page was ever shown
    page.import_action.trigger()
    assert asked == ["file"] and window.stack.currentWidget() is page


def test_the_file_menu_import_before_the_consents_page_was_built(  # type: ignore[no-untyped-def]
        window: MainWindow, demo_copy: Path, monkeypatch, qtbot) -> None:
    """The page is built when first needed: Ctrl+Shift+I from another page builds it and
    asks for the file; its own action then takes the menu entry's place."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (asked.append("file"), ("", ""))[1])
    window.open_path(demo_copy)
    window.show_page("overview")
    assert not window.pages.is_built("consents")
    entry = next(a for a in window.file_menu.actions() if "Import consents" in a.text())
    assert entry.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["file"]
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    entries = [a for a in window.file_menu.actions() if "Import consents" in a.text()]
    assert entries == [page.import_action]
    asked.clear()
    qtbot.keyClick(window, Qt.Key.Key_I,  # one owner of the shortcut: not ambiguous
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["file"]


def test_enter_on_a_person_records_a_consent_and_tab_leaves_the_table(page: ConsentsPage,  # type: ignore[no-untyped-def]
                                                                      qtbot,
                                                                      monkeypatch) -> None:
    from PySide6.QtCore import Qt

    opened: list[str] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda self: (
        opened.append(self.windowTitle()), QDialog.DialogCode.Rejected)[1])
    page.search.setText("Kowalski")
    page.apply_search()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["Record a choice"]
    assert not page.table.tabKeyNavigation() and not page.purposes.tabKeyNavigation()
    from PySide6.QtWidgets import QToolButton

    buttons = [page.toolbar.widgetForAction(a) for a in (page.act_person, page.act_grant)]
    assert all(isinstance(b, QToolButton) and b.focusPolicy() & Qt.FocusPolicy.TabFocus
               for b in buttons)  # the toolbar is reached with Tab


def test_the_export_menu_writes_each_file(page: ConsentsPage, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch, qtbot) -> None:
    import csv
    import json

    from PySide6.QtWidgets import QFileDialog

    window = page.window()
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen[-1]), ""))

    def export(action, name: str) -> Path:  # type: ignore[no-untyped-def]
        chosen.append(tmp_path / name)
        action.trigger()
        qtbot.waitUntil(lambda: chosen[-1].exists() and name in window.statusBar()
                        .currentMessage(), timeout=20000)
        return chosen[-1]

    ledger = export(page.act_export_ledger, "ledger.csv")
    assert "chain head" in window.statusBar().currentMessage()
    statuses = export(page.act_export_status, "statuses.csv")
    events = list(csv.reader(ledger.read_text(encoding="utf-8-sig").splitlines()))
    people = list(csv.reader(statuses.read_text(encoding="utf-8-sig").splitlines()))
    assert len(events) > len(people) > 300  # every event, then one line a choice
    records = json.loads(export(page.act_export_dpv, "records.jsonld").read_text("utf-8"))
    assert "@context" in records

    page.search.setText("Kowalski")
    page.apply_search()
    assert page.selected_id() is not None and page.act_export_proof.isEnabled()
    proof = export(page.act_export_proof, "proof.json")
    assert "Kowalski" in proof.read_text("utf-8")
