"""An erasure or a withdrawal request carried out in the consent records from the Requests
page: find the person, confirm with words that say what happens, see it on the request; and
the legal clocks on the Overview and step 5, each line opening its record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from assistant.domain.guide.rules import RECORD_TARGETS
from assistant.domain.progress import drive
from assistant.domain.rights_request import Right, RightsRequest
from assistant.store.verify import verify_dossier
from assistant.ui.dialogs.subject_picker import SubjectPicker
from assistant.ui.guide_texts import item_title
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.overview_page import OverviewPage
from assistant.ui.pages.requests_page import RequestsPage
from assistant.ui.pages.step_page import StepPage


@pytest.fixture
def requests_page(window: MainWindow, demo_copy: Path) -> RequestsPage:
    assert window.open_path(demo_copy)
    window.show_page("requests")
    page = window.pages["requests"]
    assert isinstance(page, RequestsPage)
    return page


def select(page: RequestsPage, right: Right) -> RightsRequest:
    dossier = page.session.dossier
    assert dossier is not None
    request = next(r for r in dossier.requests.list() if r.right is right)
    page.open_selected(int(request.id or 0))
    assert page.selected_ids() == [request.id]
    return request


def pick_first(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    """The picker, run as a user would: look at what it found, press Link."""
    def run(dialog: SubjectPicker) -> int:
        seen.append(dialog.search.text())
        seen.append(dialog.count.text())
        dialog.buttons.accepted.emit()
        return dialog.result()
    monkeypatch.setattr(SubjectPicker, "exec", run)


def answer(monkeypatch: pytest.MonkeyPatch, by: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def get_text(_parent, title, text, _echo, default):  # type: ignore[no-untyped-def]
        asked.extend([title, text, default])
        return by, ok
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_erase_the_requester_from_the_consent_records(requests_page: RequestsPage,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      qtbot) -> None:
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    request = select(page, Right.ERASURE)
    assert page.ledger.act_link.isEnabled() and not page.ledger.act_erase.isEnabled()
    assert "link the request to them" in page.details.toPlainText()

    seen: list[str] = []
    pick_first(monkeypatch, seen)
    page.ledger.act_link.trigger()
    assert seen == [request.subject_reference, "1 person found"]
    link = dossier.request_links.get(int(request.id or 0))
    assert link is not None
    person = dossier.consents.subject(link.subject_id)
    assert person is not None
    name = person.identity.display_name
    assert f"In the consent records: {name}" in page.details.toPlainText()
    assert page.ledger.act_erase.isEnabled() and not page.ledger.act_withdraw.isEnabled()

    # cancelled: nothing happens
    answer(monkeypatch, "", ok=False)
    page.ledger.act_erase.trigger()
    assert not dossier.consents.subject(person.id).erased  # type: ignore[union-attr]

    asked = answer(monkeypatch, "Camille Martin")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page.ledger.act_erase.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)  # what else it reached, and did not
    assert "erased from the dossier" in told[0] and "delete them by hand" in told[0]
    title, text, default = asked
    assert title == "Erase the person"
    assert name in text and request.reference in text
    assert "cannot be undone" in text and "still verifies" in text
    assert default == "Camille Martin"  # the demo's pilot
    assert dossier.consents.subject(person.id).erased  # type: ignore[union-attr]
    assert person.id not in dossier.consents.search(name)
    details = page.details.toPlainText()
    assert "Erased from the consent records on" in details and name not in details
    assert "Now answer the person" in details
    assert not page.ledger.act_erase.isEnabled() and not page.ledger.act_link.isEnabled()
    report = drive(verify_dossier(dossier.path))
    assert report.sound, report.problems
    # the Consents page no longer finds them
    window = page.window()
    assert isinstance(window, MainWindow)
    window.show_page("consents")
    consents = window.pages["consents"]
    consents.search.setText(name)  # type: ignore[attr-defined]
    consents.apply_search()  # type: ignore[attr-defined]
    assert person.id not in [consents.model.subject_id(r)  # type: ignore[attr-defined]
                             for r in range(consents.model.rowCount())]  # type: ignore[attr-defined]


def test_record_the_withdrawals_of_a_withdrawal_request(requests_page: RequestsPage,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    sid = dossier.conn.execute(
        "SELECT subject_id FROM consent_status WHERE kind = 'granted' "
        "GROUP BY subject_id HAVING count(*) >= 2 ORDER BY subject_id LIMIT 1").fetchone()[0]
    email = dossier.consents.subject(sid).identity.email  # type: ignore[union-attr]
    created = page.session.perform(page, "", lambda: dossier.requests.create(RightsRequest(
        Right.CONSENT_WITHDRAWAL, "2025-01-06", "Someone", requester_contact=email)))
    assert created is not None
    select(page, Right.CONSENT_WITHDRAWAL)
    seen: list[str] = []
    pick_first(monkeypatch, seen)
    page.ledger.act_link.trigger()
    assert seen[0] == email
    assert page.ledger.act_withdraw.isEnabled() and not page.ledger.act_erase.isEnabled()
    granted = len(dossier.request_links.current_consents(sid))
    asked = answer(monkeypatch, "Ana")
    page.ledger.act_withdraw.trigger()
    assert created.reference in asked[1]
    assert dossier.request_links.current_consents(sid) == []
    assert f"{granted} withdrawals of consent recorded on" in page.details.toPlainText()
    # nothing left to withdraw: said, not done
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page.ledger.act_withdraw.trigger()
    assert told and "nothing to withdraw" in told[0]


def test_undo_the_link_and_a_read_only_dossier(requests_page: RequestsPage,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page = requests_page
    dossier = page.session.dossier
    assert dossier is not None
    request = select(page, Right.ERASURE)
    pick_first(monkeypatch, [])
    page.ledger.act_link.trigger()
    assert dossier.request_links.get(int(request.id or 0)) is not None
    page.session.undo(page)
    assert dossier.request_links.get(int(request.id or 0)) is None
    assert "In the consent records" not in page.details.toPlainText()
    page.ledger.act_link.trigger()
    path = dossier.path
    window = page.window()
    assert isinstance(window, MainWindow)
    window.session.close()
    path.chmod(0o400)
    path.parent.chmod(0o500)
    try:
        assert window.open_read_only(path)
        window.show_page("requests")
        select(page, Right.ERASURE)
        assert "In the consent records" in page.details.toPlainText()
        assert not page.ledger.act_link.isEnabled() and not page.ledger.act_erase.isEnabled()
    finally:
        window.session.close()
        path.parent.chmod(0o700)
        path.chmod(0o600)


def test_the_overview_shows_the_legal_clocks_once_and_opens_them(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    window.show_page("overview")
    home = window.pages["overview"]
    assert isinstance(home, OverviewPage)
    qtbot.waitUntil(lambda: home.clocks is not None, timeout=5000)  # after its first paint
    assert home.clocks is not None
    entries = home.clocks.entries()
    keys = {(key, rid) for _t, _s, key, rid in entries}
    assert any(k == "requests" for k, _ in keys) and any(k == "breaches" for k, _ in keys)
    assert any(k == "processors" for k, _ in keys)
    # as tall as its lines: nothing to scroll, nothing cut
    qapp = QApplication.instance()
    for _ in range(5):
        qapp.processEvents()  # type: ignore[union-attr]
    assert len(entries) <= 6 and home.clocks.list.verticalScrollBar().maximum() == 0
    # what the live box lists is not repeated in the 30-day list
    for text, _state, _key, _rid in entries:
        reference = text.split(" — ")[0].split(":")[0]
        assert reference not in home.deadlines.text(), reference
    # a request due later than a week is in the 30-day list
    result = home.current
    assert result is not None
    later = [d for d in result.deadlines if d.kind == "request_due"
             and (d.target, d.record_id) not in keys]
    for d in later:
        assert d.params["reference"] in home.deadlines.text()
    # a line opens its record on its page
    key, rid = next((k, r) for _t, _s, k, r in entries if k == "requests")
    home.clocks.list.itemActivated.emit(home.clocks.list.item(0))
    first_key, first_id = entries[0][2], entries[0][3]
    assert window.current_page_key() == first_key
    assert window.pages[first_key].selected_ids() == [first_id]  # type: ignore[attr-defined]
    assert key in RECORD_TARGETS and rid is not None


def test_step5_shows_the_clocks_and_the_plan_opens_a_processor(
        window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    window.show_page("step5")
    step5 = window.pages["step5"]
    assert isinstance(step5, StepPage) and step5.clocks is not None
    assert step5.clocks.entries()
    window.show_page("step3")
    step3 = window.pages["step3"]
    assert isinstance(step3, StepPage) and step3.plan_panel is not None
    panel = step3.plan_panel
    key = next(panel.model.row_at(r).key for r in range(panel.model.rowCount())
               if panel.model.row_at(r).rule == "processor_contract_incomplete")
    panel.select_key(key)
    item = panel.selected()
    assert item is not None and item.gap is not None
    assert "(a) documented instructions" in item_title(item)  # the missing items, in words
    panel.fix_selected()
    assert window.current_page_key() == "processors"
    assert window.pages["processors"].selected_ids() == [item.gap.record_id]  # type: ignore[attr-defined]


def test_picker_searches_as_you_type(english, qtbot, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.dossier import open_dossier

    with open_dossier(demo_file, read_only=True) as d:
        picker = SubjectPicker(d.consents, "")
        qtbot.addWidget(picker)
        assert picker.model.rowCount() == 0 and picker.count.text() == "Type to search."
        assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
        picker.search.setText("C-1042")
        picker.apply_search()
        assert picker.model.rowCount() == 1 and picker.subject_id() is not None
        picker.search.setText("a")
        picker.apply_search()
        assert picker.model.rowCount() > 1 and picker.subject_id() is None
        assert picker.unlink_button is None
