"""The pages of rights requests, breaches and processors: lists, filters, status words and
colours, live clocks that tick without reading the dossier, editors, undo, refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from assistant.domain.breach import Breach, BreachRisk
from assistant.domain.clock import utc_now
from assistant.domain.deadlines import local_date
from assistant.domain.processing import Processing
from assistant.domain.processor import ART28_CLAUSES, Processor
from assistant.domain.rights_request import Outcome, Right, RightsRequest
from assistant.store.dossier import open_dossier
from assistant.ui.dialogs.breach_editor import BreachEditor
from assistant.ui.dialogs.processor_editor import ProcessorEditor
from assistant.ui.dialogs.request_editor import RequestEditor
from assistant.ui.main_window import MainWindow
from assistant.ui.models.breach_table_model import BreachTableModel
from assistant.ui.models.clock_text import COLOURS, format_duration
from assistant.ui.models.processor_table_model import ProcessorTableModel
from assistant.ui.models.record_table_model import RecordFilterModel
from assistant.ui.models.request_table_model import RequestTableModel
from assistant.ui.pages.breaches_page import BreachesPage
from assistant.ui.pages.processors_page import ProcessorsPage, Served
from assistant.ui.pages.requests_page import RequestsPage


def page_of(window: MainWindow, demo_copy: Path, key: str):  # type: ignore[no-untyped-def]
    assert window.open_path(demo_copy)
    window.show_page(key)
    return window.pages[key]


@pytest.fixture
def requests_page(window: MainWindow, demo_copy: Path) -> RequestsPage:
    page = page_of(window, demo_copy, "requests")
    assert isinstance(page, RequestsPage)
    return page


@pytest.fixture
def breaches_page(window: MainWindow, demo_copy: Path) -> BreachesPage:
    page = page_of(window, demo_copy, "breaches")
    assert isinstance(page, BreachesPage)
    return page


@pytest.fixture
def processors_page(window: MainWindow, demo_copy: Path) -> ProcessorsPage:
    page = page_of(window, demo_copy, "processors")
    assert isinstance(page, ProcessorsPage)
    return page


class NoDatabase:
    """Stands for the dossier's connection where nothing may read it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the clock read the dossier ({name})")


def column(page, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def save(editor) -> None:  # type: ignore[no-untyped-def]
    """Click the editor's Save button, as the user does."""
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def row_with(page, col: int, text: str) -> int:  # type: ignore[no-untyped-def]
    for r in range(page.proxy.rowCount()):
        if text in page.proxy.index(r, col).data():
            return r
    raise AssertionError(f"{text!r} not in {column(page, col)}")


# -- models --------------------------------------------------------------------------------
def test_the_models_pass_the_model_tester(qtmodeltester, english, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    with open_dossier(demo_file, read_only=True) as d:
        requests, breaches = d.requests.list(), d.breaches.list()
        processors, links = d.processors.list(), d.processors.links()
    for model, rows in ((RequestTableModel(), requests), (BreachTableModel(), breaches)):
        model.set_rows(rows)  # type: ignore[attr-defined]
        qtmodeltester.check(model)
        proxy = RecordFilterModel()
        proxy.setSourceModel(model)
        proxy.set_tag("overdue" if isinstance(model, RequestTableModel) else "notified")
        qtmodeltester.check(proxy)
        assert proxy.rowCount() == 1
    model = ProcessorTableModel()
    model.set_processors(processors, {k: tuple(map(str, v)) for k, v in links.items()})
    qtmodeltester.check(model)


# -- requests ------------------------------------------------------------------------------
def test_requests_show_their_clock_in_words_and_colour(requests_page: RequestsPage) -> None:
    page = requests_page
    assert page.proxy.rowCount() == 4
    status = column(page, RequestTableModel.COL_STATUS)
    assert any(s.startswith("Overdue by") for s in status)
    assert any(s.startswith("Answered on") for s in status)
    assert any("left" in s for s in status)
    overdue = row_with(page, RequestTableModel.COL_STATUS, "Overdue by")
    index = page.proxy.index(overdue, RequestTableModel.COL_STATUS)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == COLOURS["overdue"]  # type: ignore[index]
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    # Sorted by urgency: the overdue request comes first.
    assert overdue == 0
    assert "1 overdue" in page.summary.text()
    extended = row_with(page, RequestTableModel.COL_DUE, "(extended)")
    assert "left" in page.proxy.index(extended, RequestTableModel.COL_STATUS).data()


def test_request_filters_and_search(requests_page: RequestsPage) -> None:
    page = requests_page
    for tag, count in (("overdue", 1), ("due_soon", 1), ("answered", 1), ("extended", 1),
                       ("open", 3), ("all", 4)):
        page.filter.setCurrentIndex(page.filter.findData(tag))
        assert page.proxy.rowCount() == count, tag
    page.search.setText("WOJCIK")  # Agnieszka Wójcik, without the accent
    assert column(page, RequestTableModel.COL_REQUESTER) == ["Agnieszka Wójcik"]
    page.search.setText("C-1042")  # the reference in the consent records
    assert column(page, RequestTableModel.COL_REQUESTER) == ["Karim Benali"]


def test_the_clock_ticks_from_memory_not_from_the_dossier(requests_page: RequestsPage,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    assert page.timer.isActive() and page.timer.interval() == 1000

    soon = row_with(page, RequestTableModel.COL_REQUESTER, "Karim Benali")
    assert "left" in page.proxy.index(soon, RequestTableModel.COL_STATUS).data()
    page.table.selectRow(soon)
    page.now = lambda: utc_now() + timedelta(days=40)
    with monkeypatch.context() as m:
        m.setattr(dossier, "conn", NoDatabase())
        page.tick()
    row = row_with(page, RequestTableModel.COL_REQUESTER, "Karim Benali")
    assert page.proxy.index(row, RequestTableModel.COL_STATUS).data().startswith("Overdue")
    assert "overdue" in page.clock_label.text()
    assert "2 overdue" in page.summary.text()


def test_new_request_then_undo(requests_page: RequestsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    monkeypatch.setattr(page, "open_editor", lambda r: replace(
        r, requester="Ελένη Παπαδοπούλου", right=Right.ERASURE))
    page.act_new.trigger()
    created = dossier.requests.get(page.selected_ids()[0])
    assert created is not None and created.requester == "Ελένη Παπαδοπούλου"
    assert created.received_on == local_date(utc_now()).isoformat()
    assert page.proxy.rowCount() == 5
    page.session.undo(page)
    assert page.proxy.rowCount() == 4 and dossier.requests.count() == 4


def test_edit_and_delete_a_request(requests_page: RequestsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    target = next(r for r in dossier.requests.list() if r.requester == "Karim Benali")
    page.select_ids([target.id or 0])
    today = local_date(utc_now()).isoformat()
    monkeypatch.setattr(page, "open_editor", lambda r: replace(
        r, answered_on=today, answer_outcome=Outcome.FULFILLED, answer_evidence="mail"))
    page.act_edit.trigger()
    assert dossier.requests.get(target.id or 0).answer_outcome is Outcome.FULFILLED  # type: ignore[union-attr]
    row = row_with(page, RequestTableModel.COL_REQUESTER, "Karim Benali")
    assert page.proxy.index(row, RequestTableModel.COL_STATUS).data().startswith("Answered")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_ids([target.id or 0])
    page.act_delete.trigger()
    assert dossier.requests.get(target.id or 0) is None
    page.session.undo(page)
    assert dossier.requests.get(target.id or 0) is not None


def test_request_editor_gives_back_what_it_was_given(english, qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    with open_dossier(demo_file, read_only=True) as d:
        requests = d.requests.list()
    for r in requests:
        editor = RequestEditor(r)
        qtbot.addWidget(editor)
        assert editor.request() == r


def test_request_editor_refuses_an_answer_before_receipt(english, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = RequestEditor(RightsRequest(Right.ACCESS, "2025-01-31", "Jeanne",
                                         answered_on="2025-01-20"))
    qtbot.addWidget(editor)
    save(editor)
    assert shown and "before the request arrived" in shown[0] and "Answered on" in shown[0]
    assert editor.result() != editor.DialogCode.Accepted
    editor.answered_on.enabled_box.setChecked(False)
    editor.requester.setText("x" * 500)
    save(editor)
    assert "too long: 500 characters, 200 at most" in shown[-1]


def test_request_editor_refuses_a_late_extension_and_shows_the_deadline(
        english, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    now = datetime(2025, 3, 10, 12, tzinfo=UTC)
    editor = RequestEditor(RightsRequest(Right.ACCESS, "2025-01-31", "Jeanne",
                                         extended=True, extension_reason="Archives",
                                         extension_told_on="2025-03-01"), now=lambda: now)
    qtbot.addWidget(editor)
    assert "overdue by 10 days" in editor.deadline.text()
    assert "too late to extend" in editor.deadline.text()
    save(editor)
    assert shown and "after the first month ended on 2025-02-28" in shown[0]
    editor.extension_told_on.editor.setDate(QDate(2025, 2, 28))  # typed in the field
    qtbot.waitUntil(lambda: "Extended" in editor.deadline.text())
    assert "left" in editor.deadline.text()
    save(editor)
    assert len(shown) == 1 and editor.result() == editor.DialogCode.Accepted


# -- breaches ------------------------------------------------------------------------------
def test_breaches_list_with_a_running_clock(breaches_page: BreachesPage) -> None:
    page = breaches_page
    assert page.proxy.rowCount() == 3
    status = column(page, BreachTableModel.COL_STATUS)
    assert "CNIL notified in time" in status
    assert "No notification (risk unlikely)" in status
    running = row_with(page, BreachTableModel.COL_STATUS, "left to notify")
    assert running == 0  # the running clock sorts first
    page.filter.setCurrentIndex(page.filter.findData("not_notified"))
    assert column(page, BreachTableModel.COL_SUMMARY) == [
        "Confirmation de commande envoyée au mauvais client"]


def test_the_72_hour_clock_counts_down_every_second(breaches_page: BreachesPage,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = breaches_page
    dossier = page.session.dossier
    assert dossier is not None
    base = utc_now()
    page.now = lambda: base
    page.tick()
    page.table.selectRow(0)
    first = page.clock_label.text()
    with monkeypatch.context() as m:
        m.setattr(dossier, "conn", NoDatabase())
        page.now = lambda: base + timedelta(seconds=1)
        page.tick()
        second = page.clock_label.text()
        assert first != second and "left" in second and " s left" in second
        page.now = lambda: base + timedelta(hours=80)
        page.tick()
    assert "overdue by" in page.proxy.index(0, BreachTableModel.COL_STATUS).data()
    assert "overdue" in page.summary.text()


def test_new_breach_with_undo(breaches_page: BreachesPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = breaches_page
    dossier = page.session.dossier
    assert dossier is not None
    monkeypatch.setattr(page, "open_editor", lambda b: replace(
        b, summary="Ransomware", risk_level=BreachRisk.HIGH))
    page.act_new.trigger()
    assert dossier.breaches.count() == 4
    created = dossier.breaches.get(page.selected_ids()[0])
    assert created is not None and created.reference == "V-004"
    assert "tell the people" in page.proxy.index(
        row_with(page, BreachTableModel.COL_SUMMARY, "Ransomware"),
        BreachTableModel.COL_STATUS).data()
    page.session.undo(page)
    assert dossier.breaches.count() == 3


def test_breach_editor_live_clock_and_refusals(english, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    now = datetime(2025, 3, 30, 10, tzinfo=UTC)
    clock = {"now": now}
    b = Breach("Stolen laptop", "2025-03-29T22:30:00.000000Z")
    editor = BreachEditor(b, now=lambda: clock["now"])
    qtbot.addWidget(editor)
    assert editor.breach() == b
    assert "60 h 30 min 00 s left" in editor.clock.text()
    assert editor.ticker.isActive()
    clock["now"] = now + timedelta(seconds=5)
    editor.ticker.timeout.emit()  # a second passes
    assert "60 h 29 min 55 s left" in editor.clock.text()
    editor.authority_notified_at.set_value("2025-03-29T20:00:00.000000Z")
    save(editor)
    assert shown and "cannot be earlier than the moment you became aware" in shown[0]
    editor.authority_notified_at.enabled_box.setChecked(False)
    editor.summary.setText("s" * 500)
    save(editor)
    assert "too long" in shown[-1]
    editor.summary.setText("Stolen laptop")
    save(editor)
    assert editor.result() == editor.DialogCode.Accepted


def test_breach_editor_gives_back_the_demo_breaches(english, qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    with open_dossier(demo_file, read_only=True) as d:
        breaches = d.breaches.list()
    for b in breaches:
        editor = BreachEditor(b)
        qtbot.addWidget(editor)
        assert editor.breach() == b


# -- processors ----------------------------------------------------------------------------
def test_processors_show_what_they_serve_and_their_checklist(
        processors_page: ProcessorsPage) -> None:
    page = processors_page
    assert page.proxy.rowCount() == 6
    row = row_with(page, ProcessorTableModel.COL_NAME, "StatsWeb")
    assert page.proxy.index(row, ProcessorTableModel.COL_CHECKLIST).data() == "4/9: 5 missing"
    assert page.proxy.index(row, ProcessorTableModel.COL_SERVES).data() \
        == "1 processing activity"
    page.filter.setCurrentIndex(page.filter.findData("gaps"))
    assert column(page, ProcessorTableModel.COL_NAME) == ["StatsWeb Inc."]
    page.table.selectRow(0)
    html = page.details.toPlainText()
    assert "missing" in html and "Mesure d'audience du site internet" in html
    assert "Privacy Shield" in html


def test_deleting_a_processor_in_use_says_why(processors_page: ProcessorsPage,
                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = processors_page
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dossier = page.session.dossier
    assert dossier is not None
    page.table.selectRow(0)
    page.act_delete.trigger()
    assert shown and "Cannot delete: other parts of the dossier refer to it" in shown[0]
    assert len(dossier.processors.list()) == 6


def test_edit_a_processor_checklist_and_links_with_undo(processors_page: ProcessorsPage,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = processors_page
    dossier = page.session.dossier
    assert dossier is not None
    stats = next(p for p in dossier.processors.list() if p.name == "StatsWeb Inc.")
    cctv = next(p for p in dossier.register.list() if p.template_id == "cctv")
    page.select_ids([stats.id or 0])
    monkeypatch.setattr(page, "open_editor", lambda served: Served(
        replace(served.processor, contract_clauses=ART28_CLAUSES, contract_date="2024-05-01",
                transfer_safeguard="eu_us_dpf"), (*served.processing_ids, cctv.id or 0)))
    page.act_edit.trigger()
    assert dossier.processors.get(stats.id or 0).contract_clauses == ART28_CLAUSES  # type: ignore[union-attr]
    assert stats.id in dossier.register.get(cctv.id or 0).processor_ids  # type: ignore[union-attr]
    assert "every contract covers" in page.summary.text()
    page.session.undo(page)
    assert dossier.processors.get(stats.id or 0) == stats
    assert stats.id not in dossier.register.get(cctv.id or 0).processor_ids  # type: ignore[union-attr]


def test_processor_editor_round_trip_and_links(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    p = Processor("Host", id=3, service="Hosting", country="Ireland",
                  contract_reference="DPA", contract_date="2024-02-29",
                  contract_clauses=("instructions", "audits"), transfer_countries="USA",
                  transfer_safeguard="standard_contractual_clauses")
    processings = [Processing(name="Customers", id=1, reference="T-001"),
                   Processing(name="Orders", id=2, reference="T-002")]
    editor = ProcessorEditor(p, processings, (2,))
    qtbot.addWidget(editor)
    assert editor.processor() == p and editor.processing_ids() == [2]
    editor.all_clauses.click()
    assert editor.processor().contract_clauses == ART28_CLAUSES
    editor.serves.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.processing_ids() == [1, 2]
    qtbot.waitUntil(lambda: [editor.findings.item(i).text()
                             for i in range(editor.findings.count())]
                    == ["Nothing missing: the contract covers every item."])


def test_sidebar_pages_are_built(window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    for key, cls in (("requests", RequestsPage), ("breaches", BreachesPage),
                     ("processors", ProcessorsPage)):
        window.show_page(key)
        assert isinstance(window.stack.currentWidget(), cls)
    window.show_page("overview")
    assert not window.pages["breaches"].timer.isActive()  # type: ignore[attr-defined]


def test_empty_dossier_pages_say_what_to_do(window: MainWindow, tmp_path: Path) -> None:
    from assistant.store.dossier import create_dossier

    create_dossier(tmp_path / "empty.rgpd").close()
    assert window.open_path(tmp_path / "empty.rgpd")
    for key, words in (("requests", "No request recorded"), ("breaches", "No breach"),
                       ("processors", "No processor recorded")):
        window.show_page(key)
        page = window.pages[key]
        assert words in page.summary.text()  # type: ignore[attr-defined]
        assert page.proxy.rowCount() == 0  # type: ignore[attr-defined]


def test_read_only_dossier_disables_changes(window: MainWindow, demo_copy: Path) -> None:
    demo_copy.chmod(0o400)
    demo_copy.parent.chmod(0o500)
    try:
        assert window.open_read_only(demo_copy)
        for key in ("requests", "breaches", "processors"):
            window.show_page(key)
            page = window.pages[key]
            page.table.selectRow(0)  # type: ignore[attr-defined]
            assert not page.act_new.isEnabled()  # type: ignore[attr-defined]
            assert not page.act_delete.isEnabled()  # type: ignore[attr-defined]
            assert page.act_edit.isEnabled()  # type: ignore[attr-defined]
    finally:
        window.session.close()
        demo_copy.parent.chmod(0o700)
        demo_copy.chmod(0o600)


def test_format_duration() -> None:
    assert format_duration(timedelta(hours=47, minutes=12, seconds=5)) == "47 h 12 min"
    assert format_duration(timedelta(hours=47, minutes=2, seconds=5), seconds=True) \
        == "47 h 02 min 05 s"
    assert format_duration(timedelta(minutes=-7)) == "7 min"
    assert format_duration(timedelta(days=12, hours=3)) == "12 days 3 h"


# -- the box the Overview and the action plan can show --------------------------------------
def test_deadlines_box_lists_what_is_due_and_ticks(english, qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.ui.widgets.deadlines_box import DeadlinesBox

    with open_dossier(demo_file, read_only=True) as d:
        requests, breaches = d.requests.list(), d.breaches.list()
        processors = d.processors.list()
    base = utc_now()
    clock = {"now": base}
    box = DeadlinesBox(now=lambda: clock["now"])
    qtbot.addWidget(box)
    box.set_records(requests, breaches, processors)
    lines = [box.list.item(i).text() for i in range(box.list.count())]
    assert lines[0].startswith("Overdue · D-003 — Thomas Girard: answer overdue since")
    assert any("V-003" in line and "left)" in line for line in lines)
    assert any(line.startswith("To do · D-002") for line in lines)
    assert lines[-1] == "To do · StatsWeb Inc.: the contract lacks 5 of the 9 items of " \
        "Art. 28(3)"
    breach_row = next(i for i, line in enumerate(lines) if "V-003" in line)
    box.list.setCurrentRow(breach_row)
    clock["now"] = base + timedelta(minutes=1)
    box.tick()
    assert box.list.item(breach_row).text() != lines[breach_row]
    assert box.list.currentRow() == breach_row
    opened: list[tuple[str, int]] = []
    box.open_record.connect(lambda key, rid: opened.append((key, rid)))
    box.list.itemActivated.emit(box.list.item(0))
    assert opened == [("requests", 3)]
    box.set_records([], [], [])
    assert box.list.count() == 0 and not box.empty.isHidden()


def test_open_selected_shows_a_record_from_elsewhere(requests_page: RequestsPage) -> None:
    page = requests_page
    page.filter.setCurrentIndex(page.filter.findData("answered"))
    page.search.setText("nobody")
    page.open_selected(3)
    assert page.selected_ids() == [3]
    assert page.proxy.rowCount() == 4


def test_only_clocks_that_can_move_are_recomputed(english, qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    with open_dossier(demo_file, read_only=True) as d:
        requests, breaches = d.requests.list(), d.breaches.list()
    base = utc_now().astimezone().replace(hour=10)  # 10:00 and 11:00 local: one day
    clock = {"now": base}
    model = RequestTableModel(now=lambda: clock["now"])
    model.set_rows(requests)
    clock["now"] = base + timedelta(hours=1)  # same day: no request clock moves
    with qtbot.assertNotEmitted(model.dataChanged):
        model.tick()
    clock["now"] = base + timedelta(days=1)
    with qtbot.waitSignal(model.dataChanged, timeout=100):
        model.tick()
    b_model = BreachTableModel(now=lambda: clock["now"])
    b_model.set_rows(breaches)
    moving = [r for r in range(b_model.rowCount()) if b_model.moves(b_model.clock_at(r))]
    assert len(moving) == 1  # only the breach whose 72 hours are running
    clock["now"] += timedelta(seconds=1)
    with qtbot.waitSignal(b_model.dataChanged, timeout=100) as blocker:
        b_model.tick()
    assert blocker.args[0].row() == blocker.args[1].row() == moving[0]


@pytest.mark.parametrize("key,change,words", [
    ("requests", lambda r: replace(r, requester="Jeanne", answered_on="2000-01-01"),
     "before the request arrived"),
    ("requests", lambda r: replace(r, requester="J" * 500), "500 characters, 200 at most"),
    ("requests", lambda r: replace(r, requester="Jeanne", received_on="2025-02-30"),
     "is not a real date"),
    ("breaches", lambda b: replace(b, summary="Leak",
                                   authority_notified_at="2000-01-01T00:00:00Z"),
     "cannot be earlier than the moment you became aware"),
    ("breaches", lambda b: replace(b, summary="L" * 500), "500 characters, 200 at most"),
])
def test_refused_input_from_a_page_says_why_and_writes_nothing(
        window: MainWindow, demo_copy: Path, monkeypatch, key: str, change, words: str) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window, demo_copy, key)
    dossier = page.session.dossier
    repo = dossier.requests if key == "requests" else dossier.breaches
    before = repo.list()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(page, "open_editor", change)
    page.act_new.trigger()
    assert shown and words in shown[0]
    assert repo.list() == before and not dossier.undo.can_undo


def test_what_is_missing_is_marked_with_the_style_s_icon_not_a_glyph(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget

    from assistant.domain.findings import Finding, Severity
    from assistant.ui.widgets.finding_item import add_finding

    findings = QListWidget()
    qtbot.addWidget(findings)
    item = add_finding(findings, Finding("x", "deadline", Severity.ERROR), "Il manque la date.")
    assert item.text() == "Il manque la date." and not item.icon().isNull()
    assert item.data(256) == "deadline"  # Qt.UserRole: where a double click goes


def test_breach_editor_keeps_the_end_and_the_processor_involved(english, qtbot) -> None:  # type: ignore[no-untyped-def]
    processors = [Processor("Mailer", id=4), Processor("Host", id=7)]
    b = Breach("Phishing", "2026-03-01T09:00:00.000000Z", id=1, reference="V-001",
               occurred_at="2026-02-28T22:00:00.000000Z",
               ended_at="2026-03-01T10:00:00.000000Z", processor_id=7)
    editor = BreachEditor(b, processors=processors)
    qtbot.addWidget(editor)
    assert editor.breach() == b  # shown and read back as they were
    editor.processor.setCurrentIndex(editor.processor.findData(4))
    editor.ended_at.set_value(None)
    edited = editor.breach()
    assert edited.processor_id == 4 and edited.ended_at is None
    editor.processor.setCurrentIndex(0)
    assert editor.breach().processor_id is None  # "none": it happened at the shop
