"""Every control of every page can be found by a screen reader: it has an accessible name, a
label that names it (buddy), or its own text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from assistant.ui.main_window import MainWindow

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractButton)


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)) or (
                parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)):
            continue  # parts of another control (a combo's line edit, a header, a cell editor)
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if type(widget).__name__ in ("QToolButton",) and widget.objectName().startswith("qt_"):
            continue  # Qt's own buttons (toolbar extension, scroll arrows)
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"in {type(parent).__name__ if parent else None}")
    return missing


def test_every_page_names_its_controls(window: MainWindow, demo_copy: Path) -> None:
    assert window.open_path(demo_copy)
    problems = {}
    for key, page in window.pages.items():
        window.show_page(key)
        found = unnamed_controls(page)
        if found:
            problems[key] = found
    assert problems == {}


def test_the_start_page_names_its_controls(window: MainWindow) -> None:
    assert unnamed_controls(window.start) == []


def test_the_editors_name_their_controls(qtbot, english, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.store.dossier import open_dossier
    from assistant.ui.dialogs.breach_editor import BreachEditor
    from assistant.ui.dialogs.consent_dialogs import PersonDialog
    from assistant.ui.dialogs.dpia_dialog import DpiaDialog
    from assistant.ui.dialogs.new_dossier_dialog import NewDossierDialog
    from assistant.ui.dialogs.organisation_dialog import OrganisationDialog
    from assistant.ui.dialogs.processing_editor import ProcessingEditor
    from assistant.ui.dialogs.processor_editor import ProcessorEditor
    from assistant.ui.dialogs.request_editor import RequestEditor

    with open_dossier(demo_file, read_only=True) as d:
        processing = d.register.list()
        processors = d.processors.list()
        org = d.organisation.get()
        request = d.requests.list()[0]
        breach = d.breaches.list()[0]
    dialogs = [
        ProcessingEditor(processing[0], processors),
        OrganisationDialog(org),
        NewDossierDialog(),
        ProcessorEditor(processors[0], processing, (int(processing[0].id or 0),)),
        RequestEditor(request),
        BreachEditor(breach),
        PersonDialog(),
        DpiaDialog(processing[5], None),
    ]
    problems = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = dialog.findChildren(QTabWidget)
        pages = [tabs[0].widget(i) for i in range(tabs[0].count())] if tabs else [dialog]
        found = []
        for i, page in enumerate(pages):
            if tabs:
                tabs[0].setCurrentIndex(i)
            found += unnamed_controls(page)
        if found:
            problems[type(dialog).__name__] = found
        dialog.close()
    assert problems == {}
