"""A shop owner's first hour: what stood in their way, each checked as they met it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from assistant.domain.guide.model import TaskStatus
from assistant.ui import screen_fit
from assistant.ui.main_window import MainWindow
from assistant.ui.pages.step_page import StepPage
from tests.ui.layout_checks import usable


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("number", range(1, 7))
def test_a_laptop_shows_each_step_s_next_task_and_checklist_without_scrolling(
        lang_window: MainWindow, number: int) -> None:
    from PySide6.QtCore import QSize

    screen_fit.set_available_override(QRect(0, 0, 1366, 768))
    lang_window.resize(usable(QSize(1366, 768)))
    lang_window.show_page(f"step{number}")
    page = lang_window.pages[f"step{number}"]
    assert isinstance(page, StepPage)
    _settle()
    page.scroll_area.verticalScrollBar().setValue(0)
    _settle()
    viewport = page.scroll_area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    for widget in (page.next_box, page.checklist_box, page.progress):
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert seen.contains(rect), (number, type(widget).__name__, rect, seen)
    assert page.progress.format() == "%v / %m"  # words in the bar, never an empty box


def test_the_task_dialog_builds_the_reason_only_where_it_is_asked(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from assistant.content.guide import load_steps
    from assistant.ui.dialogs.task_dialog import TaskDialog

    task = load_steps("en")[5].tasks[1]
    done = TaskDialog(task, TaskStatus.DONE, by="Lise")
    qtbot.addWidget(done)
    done.show()
    assert done.reason is None and not done.findChildren(QPlainTextEdit)
    assert done.focusWidget() is done.on  # typing goes to the date, not a stray box
    skipped = TaskDialog(task, TaskStatus.NOT_APPLICABLE, by="Lise")
    qtbot.addWidget(skipped)
    skipped.show()
    assert skipped.reason is not None and skipped.reason.isVisible()


def test_a_new_purpose_gets_its_code_from_its_label_out_of_sight(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from assistant.domain.consent import Purpose
    from assistant.ui.dialogs.consent_dialogs import PurposeDialog

    dialog = PurposeDialog(Purpose(None, "", ""), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.code.isVisible()  # under "For import files", closed
    dialog.label.setText("Carte de fidélité")
    assert dialog.purpose().code == "carte_de_fidelite"
    existing = PurposeDialog(Purpose(3, "loyalty", "Programme de fidélité"), [])
    qtbot.addWidget(existing)
    existing.label.setText("Fidélité")
    assert existing.purpose().code == "loyalty" and existing.code.isReadOnly()


def test_the_requests_page_says_the_rule_and_keeps_its_sources_for_whoever_checks(
        lang_window: MainWindow) -> None:
    lang_window.show_page("requests")
    page = lang_window.pages["requests"]
    rule = page.rule  # type: ignore[attr-defined]
    assert "1182/71" not in rule.text() and "1182/71" in rule.toolTip()


def test_the_overview_knows_the_pilot_typed_in_step_1_once_the_page_is_left(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path) -> None:
    from assistant.ui.pages.overview_page import OverviewPage

    assert window.open_path(demo_copy)
    window.show_page("step1")
    panel = window.pages["step1"].pilot_panel  # type: ignore[attr-defined]
    panel.name.setText("Lise Martin")
    window.show_page("overview")
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    # filled once it has painted
    qtbot.waitUntil(lambda: overview.pilot.text().startswith("Lise Martin"), timeout=5000)


def test_the_overview_s_do_it_now_puts_the_keyboard_in_the_pilot_s_name(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from assistant.domain.organisation import Organisation
    from assistant.store.dossier import create_dossier
    from assistant.ui.pages.overview_page import OverviewPage

    path = tmp_path / "fleurs.rgpd"
    with create_dossier(path) as dossier:
        dossier.organisation.save(Organisation(legal_name="Fleurs de Lise SARL",
                                               sector="florist"), undoable=False)
    assert window.open_path(path)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    qtbot.waitUntil(lambda: overview.next_action() is not None, timeout=5000)
    overview.next_button.click()  # "Name the person who pilots…": Do it now
    panel = window.pages["step1"].pilot_panel  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.name, timeout=2000)
    assert window.current_page_key() == "step1"


def test_every_text_field_of_the_pilot_form_saves(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    window.show_page("step1")
    panel = window.pages["step1"].pilot_panel  # type: ignore[attr-defined]
    lines = [w for w in panel.findChildren(QLineEdit) if w.isEnabled()]
    assert len(lines) >= 4
    panel.phone.setText("02 40 00 00 00")
    window.show_page("overview")
    dossier = window.session.dossier
    assert dossier is not None and dossier.guide.pilot()[0].phone == "02 40 00 00 00"


def test_a_florist_is_offered_deliveries_in_step_2_and_first_among_templates(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QDialog

    from assistant.domain.organisation import Organisation
    from assistant.store.dossier import create_dossier
    from assistant.ui.dialogs.template_dialog import TemplateDialog
    from assistant.ui.pages.register_page import RegisterPage

    path = tmp_path / "fleurs.rgpd"
    with create_dossier(path) as dossier:
        dossier.organisation.save(Organisation(legal_name="Fleurs de Lise SARL",
                                               sector="florist"), undoable=False)
    assert window.open_path(path)
    step2 = window.pages["step2"]
    assert isinstance(step2, StepPage) and step2.sector_panel is not None
    window.show_page("step2")
    panel = step2.sector_panel
    assert next(iter(panel.buttons)) == "deliveries"
    assert "Fleuriste" in panel.intro.text() or "Florist" in panel.intro.text()
    saved: list[str] = []
    monkeypatch.setattr(RegisterPage, "open_editor",
                        lambda self, p: saved.append(p.template_id) or replace(p, name=p.name))
    panel.buttons["deliveries"].click()  # Add…: the editor opens on the template
    assert saved == ["deliveries"]
    assert window.current_page_key() == "step2"  # back beside the next suggestion
    dossier = window.session.dossier
    assert dossier is not None
    created = dossier.register.list()
    assert [p.template_id for p in created] == ["deliveries"]
    window.show_page("step2")
    assert panel.buttons["deliveries"].text().replace("&", "") == "Add again…"

    shown: list[list[str]] = []

    def look(dialog: TemplateDialog) -> int:
        shown.append([dialog.list.item(r).text() for r in range(dialog.list.count())])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TemplateDialog, "exec", look)
    window.pages["register"].new_from_template()  # type: ignore[attr-defined]
    rows = shown[0]
    assert rows[0].startswith("Usual for your sector (Florist)")
    assert rows[1].startswith("Deliveries to a recipient") and "in your register" in rows[1]
