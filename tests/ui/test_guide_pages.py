"""The six-step guide in the window: a walk from a new dossier to a screened register, and the
pieces each page offers (checklists, action plan, DPIA screening, Overview, score)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from assistant.content.loader import template_by_id
from assistant.domain.guide.model import (
    ActionState,
    DpiaCriterion,
    DpoQuestion,
    TaskStatus,
)
from assistant.domain.guide.plan import ItemStatus
from assistant.domain.organisation import Organisation
from assistant.domain.processing import DataCategory, Processing, Retention
from assistant.domain.processing import DurationUnit as U
from assistant.ui.dialogs.action_dialog import ActionDialog
from assistant.ui.dialogs.decision_dialog import DecisionDialog
from assistant.ui.dialogs.dpia_dialog import DpiaDialog
from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog
from assistant.ui.dialogs.score_dialog import ScoreDialog
from assistant.ui.dialogs.task_dialog import TaskDialog
from assistant.ui.dialogs.template_dialog import TemplateDialog
from assistant.ui.main_window import MainWindow
from assistant.ui.models.action_plan_model import ActionPlanModel
from assistant.ui.models.checklist_model import ChecklistModel
from assistant.ui.pages.overview_page import OverviewPage
from assistant.ui.pages.register_page import RegisterPage
from assistant.ui.pages.step_page import StepPage
from assistant.ui.widgets.dpia_panel import DpiaTableModel

Accepted = QDialog.DialogCode.Accepted


def page(window: MainWindow, key: str) -> StepPage:
    window.show_page(key)
    found = window.pages[key]
    assert isinstance(found, StepPage)
    return found


def overview(window: MainWindow, qtbot) -> OverviewPage:  # type: ignore[no-untyped-def]
    """The overview, filled: its first assessment follows its first paint."""
    window.show_page("overview")
    found = window.pages["overview"]
    assert isinstance(found, OverviewPage)
    qtbot.waitUntil(lambda: found.next_action() is not None, timeout=5000)
    return found


def plan_keys(step3: StepPage) -> list[str]:
    panel = step3.plan_panel
    assert panel is not None
    return [panel.model.row_at(r).key for r in range(panel.model.rowCount())]


def language_menu(window: MainWindow) -> list[QAction]:
    """Settings › Language: the menu whose entries are the languages, by their codes."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        actions = menu.actions()
        if [a.data() for a in actions] == ["", "fr", "en"]:
            return actions
        menus += [a.menu() for a in actions if a.menu() is not None]
    raise AssertionError("no Language menu")


def accept_with(setup):  # type: ignore[no-untyped-def]
    """An ``exec`` that fills the dialog as a user would, then presses OK (real checks)."""
    def run(dialog: QDialog) -> int:
        setup(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        next(b for b in buttons.buttons()
             if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole).click()
        return dialog.result()
    return run


def test_walk_through_the_guide(window: MainWindow, tmp_path: Path, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    # 1. a new dossier
    monkeypatch.setattr(NewDossierDialog, "exec", lambda self: Accepted)
    monkeypatch.setattr(NewDossierDialog, "dossier_path", lambda self: tmp_path / "shop.rgpd")
    monkeypatch.setattr(NewDossierDialog, "organisation",
                        lambda self: Organisation(legal_name="Fleurs de Łódź SARL",
                                                  representative_name="Zoé Ωmega",
                                                  representative_role="Gérante"))
    window.new_dossier()
    dossier = window.session.dossier
    assert dossier is not None
    home = overview(window, qtbot)
    assert home.next_text.text().startswith("Name the person who steers")
    home.next_button.click()
    assert window.current_page_key() == "step1"

    # 2. the pilot, and the three DPO questions answered "no"
    step1 = page(window, "step1")
    panel = step1.pilot_panel
    assert panel is not None
    panel.use_representative.click()
    assert panel.name.text() == "Zoé Ωmega" and panel.role.text() == "Gérante"
    for combo in panel.questions.values():
        combo.setCurrentIndex(combo.findData(False))
    assert "not mandatory" in panel.verdict.text()
    assert panel.dirty  # saved after a pause in typing, or when the page is left
    assert overview(window, qtbot).pilot.text().startswith("Zoé Ωmega")
    saved = dossier.guide.pilot()
    assert saved is not None and saved[0].name == "Zoé Ωmega"
    assert saved[1].answer(DpoQuestion.PUBLIC_BODY) is False
    assert not panel.dirty
    step1 = page(window, "step1")
    views = {step1.checklist.model.row_at(r).task.id: step1.checklist.model.row_at(r)
             for r in range(step1.checklist.model.rowCount())}
    assert views["pilot_named"].settled and views["dpo_assessed"].settled
    assert overview(window, qtbot).next_text.text().startswith("Add your first processing")

    # 3. a processing from a template, with the cameras' images kept three months
    window.show_page("register")
    register = window.pages["register"]
    assert isinstance(register, RegisterPage)
    template = template_by_id("en", "cctv")
    monkeypatch.setattr(TemplateDialog, "exec", lambda self: Accepted)
    monkeypatch.setattr(TemplateDialog, "chosen", lambda self: template)
    too_long = (DataCategory("cctv_images", retention=Retention(3, U.MONTHS)),)
    monkeypatch.setattr(RegisterPage, "open_editor",
                        lambda self, p: replace(p, data_categories=too_long))
    register.act_template.trigger()
    cctv = dossier.register.list()[0]
    key = f"rule:cctv_retention_too_long:processing:{cctv.id}"

    # 4. the action plan shows the gap, "Fix it" opens the processing, the fix clears it
    step3 = page(window, "step3")
    assert key in plan_keys(step3)
    assert plan_keys(step3)[0] == key  # the only high-priority action
    assert "about 90 days" in step3.plan_panel.model.index(0, 1).data()  # type: ignore[union-attr]
    monthly = (DataCategory("cctv_images", retention=Retention(1, U.MONTHS)),)
    monkeypatch.setattr(RegisterPage, "open_editor",
                        lambda self, p: replace(p, data_categories=monthly))
    assert step3.plan_panel is not None
    step3.plan_panel.select_key(key)
    step3.plan_panel.fix_button.click()
    assert window.current_page_key() == "register"
    step3 = page(window, "step3")
    assert key not in plan_keys(step3)
    step3.plan_panel.filter.setCurrentIndex(step3.plan_panel.filter.findData("all"))
    assert step3.plan_panel.select_key(key)
    assert step3.plan_panel.selected().status is ItemStatus.CLEARED  # type: ignore[union-attr]
    step3.plan_panel.filter.setCurrentIndex(0)

    # 5. DPIA screening: two criteria call for a DPIA; recording it settles the question
    step4 = page(window, "step4")
    assert step4.dpia_panel is not None
    step4.dpia_panel.select_row(0)

    def tick(dialog: DpiaDialog) -> None:
        dialog.criteria[DpiaCriterion.SYSTEMATIC_MONITORING].setChecked(True)
        dialog.criteria[DpiaCriterion.VULNERABLE_SUBJECTS].setChecked(True)
        assert "required" in dialog.result_label.text()

    monkeypatch.setattr(DpiaDialog, "exec", accept_with(tick))
    step4.dpia_panel.screen_button.click()
    screening = dossier.guide.screening(int(cctv.id or 0))
    assert screening is not None and len(screening.criteria) == 2
    assert screening.screened_by == "Zoé Ωmega"
    step3 = page(window, "step3")
    assert f"rule:dpia_required:processing:{cctv.id}" in plan_keys(step3)

    def record(dialog: DpiaDialog) -> None:
        dialog.done_radio.setChecked(True)  # the date defaults to today
        dialog.reference.setText("AIPD-2025-01")

    monkeypatch.setattr(DpiaDialog, "exec", accept_with(record))
    step4 = page(window, "step4")
    step4.dpia_panel.screen_button.click()  # type: ignore[union-attr]
    step3 = page(window, "step3")
    assert not [k for k in plan_keys(step3) if "dpia" in k]
    step4 = page(window, "step4")
    tasks = {step4.checklist.model.row_at(r).task.id: step4.checklist.model.row_at(r)
             for r in range(step4.checklist.model.rowCount())}
    assert tasks["all_screened"].settled and tasks["dpias_settled"].settled

    # 6. all of it survives closing and reopening
    path = dossier.path
    window.close_dossier()
    assert window.open_path(path)
    reopened = window.session.dossier
    assert reopened is not None and reopened.guide.pilot()[0].name == "Zoé Ωmega"  # type: ignore[index]
    assert reopened.guide.screening(int(cctv.id or 0)).reference == "AIPD-2025-01"  # type: ignore[union-attr]


@pytest.fixture
def demo_window(window: MainWindow, demo_copy: Path) -> MainWindow:
    assert window.open_path(demo_copy)
    return window


def test_checklist_done_not_applicable_and_back(demo_window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    step2 = page(demo_window, "step2")
    dossier = demo_window.session.dossier
    assert dossier is not None
    row = step2.checklist.model.row_of("transfers_checked")
    assert row is not None
    step2.checklist.select_row(row)
    assert not step2.checklist.done_button.isEnabled()  # checked by the dossier
    row = step2.checklist.model.row_of("processors_listed")
    step2.checklist.select_row(row)  # type: ignore[arg-type]
    step2.checklist.reset()
    assert dossier.guide.task("processors_listed") is None
    monkeypatch.setattr(TaskDialog, "exec", accept_with(lambda d: None))
    step2.checklist.done_button.click()
    state = dossier.guide.task("processors_listed")
    assert state is not None and state.status is TaskStatus.DONE
    assert state.on == date.today().isoformat() and state.by == "Camille Martin"

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(TaskDialog, "exec", accept_with(lambda d: None))
    step2.checklist.na_button.click()  # no reason: refused, nothing saved
    assert shown and "reason" in shown[0]
    assert dossier.guide.task("processors_listed").status is TaskStatus.DONE  # type: ignore[union-attr]
    monkeypatch.setattr(TaskDialog, "exec", accept_with(
        lambda d: d.reason.setPlainText("We use no provider")))
    step2.checklist.na_button.click()
    assert dossier.guide.task("processors_listed").status is TaskStatus.NOT_APPLICABLE  # type: ignore[union-attr]
    demo_window.act_undo.trigger()
    assert dossier.guide.task("processors_listed").status is TaskStatus.DONE  # type: ignore[union-attr]


def test_postpone_reopen_and_own_actions(demo_window: MainWindow, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    step3 = page(demo_window, "step3")
    panel = step3.plan_panel
    assert panel is not None
    dossier = demo_window.session.dossier
    assert dossier is not None
    key = next(k for k in plan_keys(step3) if k.startswith("rule:transfer_privacy_shield"))
    panel.select_key(key)
    until = (date.today() + timedelta(days=10)).isoformat()

    def postpone(dialog: DecisionDialog) -> None:
        dialog.reason.setPlainText("Le prestataire répond en juin")
        dialog.until.set_iso(until)

    monkeypatch.setattr(DecisionDialog, "exec", accept_with(postpone))
    panel.postpone_button.click()
    panel.select_key(key)
    item = panel.selected()
    assert item is not None and item.status is ItemStatus.POSTPONED and item.due == until
    home = overview(demo_window, qtbot)
    assert "End of a postponement" in home.deadlines.text()
    step3 = page(demo_window, "step3")
    step3.plan_panel.select_key(key)  # type: ignore[union-attr]
    step3.plan_panel.reopen_button.click()  # type: ignore[union-attr]
    assert dossier.guide.decision(key) is None

    def new(dialog: ActionDialog) -> None:
        dialog.title.setText("Former l'équipe — Ελένη")
        dialog.due.set_iso((date.today() - timedelta(days=1)).isoformat())

    monkeypatch.setattr(ActionDialog, "exec", accept_with(new))
    panel.new_button.click()
    own = [a for a in dossier.guide.actions() if a.title.startswith("Former")]
    assert len(own) == 1
    item = panel.selected()
    assert item is not None and item.action is not None and item.overdue
    panel.done_button.click()
    assert dossier.guide.action(int(own[0].id or 0)).state is ActionState.DONE  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    panel.select_key(own[0].key)
    panel.delete_button.click()
    assert dossier.guide.action(int(own[0].id or 0)) is None


def test_overview_shows_where_the_shop_stands(demo_window: MainWindow, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    home = overview(demo_window, qtbot)
    assert home.next_text.text()
    assert "/100" in home.score_value.text()
    bar, count = home.step_bars[1]
    assert count.text() == "5/5" and bar.value() == 5
    assert "Poser le panneau" in home.deadlines.text()  # the demo is in French
    assert "Camille Martin" in home.pilot.text()
    shown: list[str] = []
    monkeypatch.setattr(ScoreDialog, "exec", lambda self: shown.append(
        self.text.toPlainText()) or 0)
    home.score_button.click()
    assert shown and "Checklist" in shown[0] and "Action plan" in shown[0]
    assert home.score_value.text().split("/")[0] in shown[0]
    # the demo's first thing to do: its overdue request (a legal clock that ran out)
    first = home.next_action()
    assert first is not None and first.item is not None
    assert first.item.rule == "request_overdue"
    home.next_button.click()
    assert demo_window.current_page_key() == "requests"
    demo_window.show_page("overview")
    opened: list[Processing] = []
    monkeypatch.setattr(RegisterPage, "open_editor", lambda self, p: opened.append(p))
    home.go("processing", 3)  # what the button does for a processing to complete
    assert demo_window.current_page_key() == "register"
    assert opened and opened[0].id == 3


def test_pages_in_french(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.set_language("fr")
    qtbot.wait(10)  # the rebuilt window's widgets are shown by the event loop
    try:
        step1 = page(demo_window, "step1")
        assert step1.title.text() == "Étape 1 — Désigner un pilote"
        home = overview(demo_window, qtbot)
        assert "/100" in home.score_value.text()
        step3 = page(demo_window, "step3")
        assert step3.plan_panel is not None
        assert step3.plan_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Priorité"
    finally:
        demo_window.set_language("en")


def test_read_only_dossier_offers_no_change(window: MainWindow, demo_copy: Path,
                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.dossier import open_dossier

    dossier = open_dossier(demo_copy, read_only=True)
    window.session.open(dossier)
    step3 = page(window, "step3")
    assert step3.plan_panel is not None and not step3.plan_panel.new_button.isEnabled()
    step1 = page(window, "step1")
    assert step1.pilot_panel is not None
    assert not step1.pilot_panel.name.isEnabled()
    assert "Read-only" in step1.pilot_panel.state_label.text()
    step2 = page(window, "step2")
    assert not step2.checklist.done_button.isEnabled()


def test_models(qtmodeltester, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    step3 = page(demo_window, "step3")
    step4 = page(demo_window, "step4")
    step2 = page(demo_window, "step2")
    assert step3.plan_panel is not None and step4.dpia_panel is not None
    for model in (step3.plan_panel.model, step4.dpia_panel.model, step2.checklist.model):
        assert isinstance(model, ActionPlanModel | DpiaTableModel | ChecklistModel)
        qtmodeltester.check(model)


def test_a_processing_with_an_awkward_name_shows_everywhere(demo_window: MainWindow) -> None:
    dossier = demo_window.session.dossier
    assert dossier is not None
    name = "Φωτογραφίες & <b>клиентов</b> " + "ż" * 150
    demo_window.session.perform(demo_window, "t", lambda: dossier.register.create(
        Processing(name=name)))
    step3 = page(demo_window, "step3")
    panel = step3.plan_panel
    assert panel is not None
    texts = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert any(name in t for t in texts)
    step4 = page(demo_window, "step4")
    assert step4.dpia_panel is not None
    names = [step4.dpia_panel.model.index(r, 1).data()
             for r in range(step4.dpia_panel.model.rowCount())]
    assert name in names


def test_the_pilot_form_saves_as_you_go_and_undoes_in_one_step(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                 demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    dossier = window.session.dossier
    assert dossier is not None
    before = dossier.guide.pilot()
    panel = page(window, "step1").pilot_panel
    assert panel is not None
    panel.name.setText("Ewa")
    qtbot.waitUntil(lambda: not panel.dirty)  # a pause in typing: saved
    panel.name.setText("Ewa Żółkiewska-Παπαδοπούλου")
    panel.role.setText("Gérante")
    qtbot.waitUntil(lambda: not panel.dirty)
    saved = dossier.guide.pilot()
    assert saved is not None and saved[0].name == "Ewa Żółkiewska-Παπαδοπούλου"
    assert "Saved at" in panel.state_label.text()
    window.undo()  # one sitting, one step back
    assert dossier.guide.pilot() == before
    assert panel.name.text() == (before[0].name if before else "")
    window.redo()
    assert panel.name.text() == "Ewa Żółkiewska-Παπαδοπούλου"


def test_leaving_the_page_or_the_dossier_saves_without_asking(window: MainWindow,  # type: ignore[no-untyped-def]
                                                              demo_copy: Path, tmp_path: Path,
                                                              monkeypatch) -> None:
    """Typed in one shop's step 1: saved in that shop, never shown in another's."""
    from assistant.store.dossier import create_dossier, open_dossier

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    other = tmp_path / "other.rgpd"
    create_dossier(other).close()
    assert window.open_path(demo_copy)
    panel = page(window, "step1").pilot_panel
    assert panel is not None
    panel.notes.setPlainText("à finir")
    window.show_page("overview")  # the sidebar: saved on the way out
    assert not panel.dirty
    page(window, "step1")
    panel.name.setText("Ewa Żółkiewska-Παπαδοπούλου")
    assert window.open_path(other) and asked == []
    assert panel.name.text() == "" and not panel.dirty  # the other shop's own (empty) pilot
    with open_dossier(other, read_only=True) as d:
        assert d.guide.pilot() is None
    window.session.close()
    with open_dossier(demo_copy, read_only=True) as d:
        saved = d.guide.pilot()
        assert saved is not None
        assert saved[0].name == "Ewa Żółkiewska-Παπαδοπούλου" and saved[0].notes == "à finir"


@pytest.mark.parametrize("answer", ["discard", "keep"])
def test_a_form_the_dossier_refuses_asks_before_leaving(window: MainWindow, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch, answer: str) -> None:
    from PySide6.QtGui import QCloseEvent

    asked: list[str] = []

    def answer_box(box: QMessageBox) -> int:
        asked.append(box.text())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        box.clickedButton = lambda: buttons[  # type: ignore[method-assign]
            "Discard the changes" if answer == "discard" else "Keep editing"]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    assert window.open_path(demo_copy)
    panel = page(window, "step1").pilot_panel
    assert panel is not None
    panel.email.setText("camille@")  # half typed: the dossier refuses it
    assert not panel.save() and "Not saved yet" in panel.state_label.text()
    event = QCloseEvent()
    window.closeEvent(event)
    assert len(asked) == 1 and "pilot and DPO form" in asked[0]
    if answer == "keep":
        assert not event.isAccepted() and window.session.is_open
        assert panel.email.text() == "camille@"
        panel.reload()  # let the window close without asking
        return
    assert event.isAccepted() and not window.session.is_open


def test_a_cancelled_language_switch_keeps_the_language_and_its_menu_tick(  # type: ignore[no-untyped-def]
        window: MainWindow, demo_copy: Path, monkeypatch) -> None:
    def keep_editing(box: QMessageBox) -> int:
        keep = next(b for b in box.buttons() if b.text().replace("&", "") == "Keep editing")
        box.clickedButton = lambda: keep  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_editing)
    assert window.open_path(demo_copy)
    panel = page(window, "step1").pilot_panel
    assert panel is not None
    panel.email.setText("camille@")
    before = window.settings.language_choice
    languages = language_menu(window)
    languages[1].trigger()  # Français
    assert window.settings.language_choice == before and panel.dirty
    ticked = [a.data() for a in languages if a.isChecked()]
    assert ticked == [before]
    panel.reload()
