"""The keyboard as a shop owner meets it: a page's shortcuts work right after a click in the
sidebar and are listed in the Edit menu, Enter in the sidebar goes into the page, Ctrl+S
saves a dialog that has Save, Tab leaves the editable tables of the processing editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from assistant.ui.dialogs.template_dialog import TemplateDialog
from assistant.ui.main_window import MainWindow


def _row(window: MainWindow, key: str) -> int:
    return next(r for r in range(window.sidebar.count())
                if window.sidebar.item(r).data(Qt.ItemDataRole.UserRole) == key)


def page_entries(window: MainWindow) -> list[QAction]:
    """The shown page's commands, as the Edit menu lists them when it opens."""
    window.page_menu.aboutToShow.emit()
    actions = window.page_menu.actions()
    return actions[actions.index(window.page_section) + 1:]


def test_page_shortcuts_work_from_the_sidebar_and_are_in_the_edit_menu(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_copy: Path, monkeypatch) -> None:
    assert window.open_path(demo_copy)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(_row(window, "register"))  # a click in the sidebar
    assert QApplication.focusWidget() is window.sidebar
    opened: list[str] = []
    monkeypatch.setattr(TemplateDialog, "exec",
                        lambda self: opened.append("template") or QDialog.DialogCode.Rejected)
    QTest.keySequence(window.sidebar, QKeySequence("Ctrl+T"))
    assert opened == ["template"]
    QTest.keySequence(window.sidebar, QKeySequence.StandardKey.Find)
    register = window.pages["register"]
    assert QApplication.focusWidget() is register.search  # type: ignore[attr-defined]

    listed = {a.text().replace("&", ""): a.shortcut().toString()
              for a in page_entries(window)}
    assert listed["New from template…"] == "Ctrl+T" and listed["Search"] == "Ctrl+F"

    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(_row(window, "requests"))
    QTest.keyClick(window.sidebar, Qt.Key.Key_Return)  # Enter: into the page
    requests = window.pages["requests"]
    assert requests.isAncestorOf(QApplication.focusWidget())
    assert "Ctrl+T" not in {a.shortcut().toString() for a in page_entries(window)}


def test_ctrl_s_saves_the_organisation_dialog(qtbot, english, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.dossier import open_dossier
    from assistant.ui.dialogs.organisation_dialog import OrganisationDialog

    with open_dossier(demo_file, read_only=True) as dossier:
        org = dossier.organisation.get()
    dialog = OrganisationDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.qWaitForWindowActive(dialog)
    dialog.form.city.setText("Nantes")
    QTest.keySequence(dialog.form.city, QKeySequence.StandardKey.Save)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.organisation().city == "Nantes"


def test_tab_leaves_the_tables_of_the_processing_editor(qtbot, english,  # type: ignore[no-untyped-def]
                                                        demo_file: Path) -> None:
    from assistant.store.dossier import open_dossier
    from assistant.ui.dialogs.processing_editor import TAB_DATA, ProcessingEditor

    with open_dossier(demo_file, read_only=True) as dossier:
        processing = dossier.register.list()[0]
        processors = dossier.processors.list()
    editor = ProcessingEditor(processing, processors)
    qtbot.addWidget(editor)
    editor.show()
    QTest.qWaitForWindowActive(editor)
    editor.tabs.setCurrentIndex(TAB_DATA)
    table = editor.data_categories.table
    first = table.cellWidget(0, 0)
    first.setFocus()
    cells = {id(table.cellWidget(r, c)) for r in range(table.rowCount())
             for c in range(table.columnCount())}
    left = False
    for _ in range(table.rowCount() * table.columnCount() * 4 + 10):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is not None and id(focus) not in cells and not any(
                id(p) in cells for p in _parents(focus)):
            left = True
            break
    assert left  # no keyboard trap
    item = table.item(0, 0)
    assert item is not None and item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Category: ")


def _parents(widget):  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_english_under_a_french_system_writes_french_dates(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from assistant.ui.i18n import install_translations
    from assistant.ui.models.clock_text import format_date
    from assistant.ui.widgets.date_edit import OptionalDateEdit

    try:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
        install_translations("en")
        assert format_date("2026-12-07") == "07/12/2026"  # never the US 12/7/2026
        field = OptionalDateEdit()
        field.set_iso("2026-12-07")
        assert field.text() == "07/12/2026"
        monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))
        install_translations("en")
        assert format_date("2026-12-07") == "07/12/2026"  # no locale set up: Europe's order
        install_translations("fr")
        assert format_date("2026-12-07") == "07/12/2026"
    finally:
        monkeypatch.undo()
        install_translations("en")
