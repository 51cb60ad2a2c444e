"""Step 2's register of processing activities: list, search, filter, create (blank or from a
template), edit, duplicate, archive and delete, every change undoable."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from assistant.content.messages import messages
from assistant.domain.history import PROCESSING
from assistant.domain.processing import Processing, ProcessingStatus, check_processing
from assistant.domain.processor import Processor
from assistant.ui.dialogs.editor_guard import draft_slot_for
from assistant.ui.dialogs.history_dialog import HistoryDialog
from assistant.ui.dialogs.processing_editor import ProcessingEditor
from assistant.ui.dialogs.template_dialog import TemplateDialog
from assistant.ui.i18n import current_lang
from assistant.ui.models.clock_text import colon
from assistant.ui.models.processing_table_model import (
    ProcessingFilterModel,
    ProcessingTableModel,
    format_timestamp,
    status_label,
)
from assistant.ui.pages.base import Page, find_action, page_shortcut_context
from assistant.ui.session import Session
from assistant.ui.vocab import label


def _h(text: str) -> str:
    return html.escape(text, quote=False)


BASIS_WIDTH = 170  # px of the legal basis column, as it opens


class RegisterPage(Page):
    key = "register"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title.setText(self.tr("Register of processing activities"))

        self.model = ProcessingTableModel(self)
        self.proxy = ProcessingFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_template = self._action(self.tr("New from &template…"), "Ctrl+T",
                                         self.new_from_template)
        self.act_new = self._action(self.tr("&New (blank)…"), "Ctrl+Shift+N", self.new_blank)
        self.act_edit = self._action(self.tr("&Edit…"), "Return", self.edit_selected)
        self.act_duplicate = self._action(self.tr("&Duplicate"), "Ctrl+D",
                                          self.duplicate_selected)
        self.act_archive = self._action(self.tr("&Archive"), "Ctrl+Shift+A",
                                        self.toggle_archive)
        self.act_delete = self._action(self.tr("De&lete…"), QKeySequence.StandardKey.Delete,
                                       self.delete_selected)
        self.act_history = self._action(self.tr("Histor&y…"), "Ctrl+H", self.show_history)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, reference or purpose (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.textChanged.connect(self.proxy.set_search)
        find_action(self, self.search)

        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        for value, text in (
            (ProcessingFilterModel.NOT_ARCHIVED, self.tr("All but archived")),
            (ProcessingFilterModel.ALL, self.tr("All")),
            (ProcessingStatus.ACTIVE.value, status_label(ProcessingStatus.ACTIVE)),
            (ProcessingStatus.DRAFT.value, status_label(ProcessingStatus.DRAFT)),
            (ProcessingStatus.ARCHIVED.value, status_label(ProcessingStatus.ARCHIVED)),
            (ProcessingFilterModel.WITH_GAPS, self.tr("With points to complete")),
        ):
            self.filter.addItem(text, value)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.filter.currentData()))

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProcessingTableModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProcessingTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # a legal basis can be long ("Intérêt légitime de l'organisme…"): a width of its own,
        # the full text in its tooltip, so that the names keep room in a small window
        header.setSectionResizeMode(ProcessingTableModel.COL_BASIS,
                                    QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ProcessingTableModel.COL_BASIS, BASIS_WIDTH)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Selected processing activity"))
        self.details.setOpenLinks(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.buddy_label(self.tr("Sho&w:"), self.filter))
        bar.addWidget(self.filter, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 330])
        self.details.setMinimumWidth(260)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(splitter, 1)
        self._selection_changed()

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(page_shortcut_context(action.shortcut()))
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        dossier = self.session.dossier
        selected = self.selected_ids()
        self.model.set_rows(dossier.register.list() if dossier else [])
        self._select(selected)
        writable = dossier is not None and not dossier.read_only
        self.act_new.setEnabled(writable)
        self.act_template.setEnabled(writable)
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row()
                for i in self.table.selectionModel().selectedRows()}
        return [int(self.model.processing_at(r).id or 0) for r in sorted(rows)]

    def _select(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        one = len(ids) == 1
        self.act_edit.setEnabled(one)
        self.act_history.setEnabled(one)
        self.act_duplicate.setEnabled(one and writable)
        self.act_delete.setEnabled(bool(ids) and writable)
        self.act_archive.setEnabled(bool(ids) and writable)
        selected = [self.model.processing_at(self.model.row_of(i) or 0) for i in ids]
        all_archived = bool(selected) and all(p.status is ProcessingStatus.ARCHIVED
                                              for p in selected)
        self.act_archive.setText(self.tr("&Restore") if all_archived else self.tr("&Archive"))
        hint = self.tr("Select a processing activity to see it here, or create one from a "
                       "template (Ctrl+T).")
        self.details.setHtml(self._details_html(selected[0]) if one else f"<p>{_h(hint)}</p>")

    def _details_html(self, p: Processing) -> str:
        msg = messages(current_lang())
        # tr() outside the f-strings: lupdate does not see it inside them
        last_change = self.tr("last change")
        basis, data = colon(self.tr("Legal basis")), colon(self.tr("Data"))
        to_complete = colon(self.tr("To complete"))
        complete = self.tr("Nothing missing: this entry is complete.")
        parts = [f"<h3>{_h(p.reference)} — {_h(p.name)}</h3>",
                 f"<p>{_h(status_label(p.status))} · "
                 f"{_h(last_change)} {_h(format_timestamp(p.updated_at))}</p>"]
        if p.purposes:
            parts.append("<ul>" + "".join(f"<li>{_h(x)}</li>" for x in p.purposes) + "</ul>")
        if p.legal_basis:
            parts.append(f"<p><b>{_h(basis)}</b> "
                         f"{_h(label('legal_bases', p.legal_basis.value))}</p>")
        if p.data_categories:
            parts.append(f"<p><b>{_h(data)}</b> " + _h(", ".join(
                label("data_categories", c.category) for c in p.data_categories)) + "</p>")
        gaps = check_processing(p)
        if gaps:
            parts.append(f"<p><b>{_h(to_complete)}</b></p><ul>" + "".join(
                f"<li>{_h(msg.finding_with_field(f))}</li>" for f in gaps) + "</ul>")
        else:
            parts.append(f"<p>{_h(complete)}</p>")
        return "".join(parts)

    # -- actions --------------------------------------------------------------------------
    def _processors(self) -> list[Processor]:
        return self.session.dossier.processors.list() if self.session.dossier else []

    def _create_processor(self, processor: Processor) -> Processor | None:
        dossier = self.session.dossier
        if dossier is None:
            return None
        return self.session.perform(self, self.tr("New processor"),
                                    lambda: dossier.processors.save(
                                        processor, label=self.tr("new processor")))

    def open_editor(self, processing: Processing) -> Processing | None:
        """Show the editor; returns the edited processing if the user saved."""
        editor = ProcessingEditor(
            processing, self._processors(), self, create_processor=self._create_processor,
            draft_slot=draft_slot_for(self.session.dossier, "processing", processing.id))
        editor.guard.offer_draft()
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        return editor.processing()

    def _create(self, draft: Processing, undo_label: str) -> None:
        dossier = self.session.dossier
        if dossier is None:
            return
        edited = self.open_editor(draft)
        if edited is None:
            return
        created = self.session.perform(self, self.tr("Save"),
                                       lambda: dossier.register.create(edited,
                                                                       label=undo_label))
        if created is not None:
            self._select([int(created.id or 0)])

    def new_blank(self) -> None:
        self._create(Processing(name=""), self.tr("new processing activity"))

    def create_from_template(self, template_id: str) -> None:
        from assistant.content.loader import template_by_id

        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        template = template_by_id(current_lang(), template_id)
        self._create(template.to_processing(),
                     self.tr("new processing activity from a template"))

    def new_from_template(self) -> None:
        dossier = self.session.dossier
        sector = dossier.organisation.get().sector if dossier else ""
        held = {p.template_id for p in dossier.register.list()} if dossier else set()
        dialog = TemplateDialog(self, sector=sector, held=held)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        template = dialog.chosen()
        if template is not None:
            self._create(template.to_processing(),
                         self.tr("new processing activity from a template"))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if len(ids) != 1 or dossier is None:
            return
        current = dossier.register.get(ids[0])
        if current is None:
            return
        edited = self.open_editor(current)
        if edited is None or dossier.read_only:
            return
        if edited.normalised() == current.normalised():
            return
        self.session.perform(self, self.tr("Save"), lambda: dossier.register.update(
            edited, label=self.tr("edit of “%1”").replace("%1", edited.name.strip())))

    def show_history(self) -> None:
        """Who changed the selected processing activity, what and when (Ctrl+H)."""
        ids = self.selected_ids()
        dossier = self.session.dossier
        if len(ids) != 1 or dossier is None:
            return
        current = dossier.register.get(ids[0])
        if current is None:
            return
        title = f"{current.reference} — {current.name}" if current.reference else current.name
        HistoryDialog(title, dossier.changes.of(PROCESSING, ids[0]), self).exec()

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if len(ids) != 1 or dossier is None:
            return
        copy = self.session.perform(self, self.tr("Duplicate"), lambda: dossier.register
                                    .duplicate(ids[0], suffix=self.tr("copy"),
                                               label=self.tr("duplicate")))
        if copy is not None:
            self._select([int(copy.id or 0)])

    def toggle_archive(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if not ids or dossier is None:
            return
        items = [dossier.register.get(i) for i in ids]
        restoring = all(p is not None and p.status is ProcessingStatus.ARCHIVED for p in items)
        text = self.tr("restore") if restoring else self.tr("archive")
        if restoring:  # each gets back the status it had (a draft stays a draft)
            self.session.perform(self, text, lambda: dossier.register.unarchive(ids,
                                                                               label=text))
        else:
            self.session.perform(self, text, lambda: dossier.register.set_status(
                ids, ProcessingStatus.ARCHIVED, label=text))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if not ids or dossier is None:
            return
        names = [p.name for p in (dossier.register.get(i) for i in ids) if p]
        text = (self.tr("Delete “%1”?").replace("%1", names[0]) if len(names) == 1
                else self.tr("Delete %n processing activities?", "", len(names)))
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            text + "\n\n" + self.tr("You can undo this with Ctrl+Z. To keep a trace of a "
                                    "processing you no longer carry out, archive it instead."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.session.perform(self, self.tr("Delete"), lambda: dossier.register.delete(
                ids, label=self.tr("deletion")))
