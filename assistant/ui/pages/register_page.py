"""Step 2's register of processing activities: list, search, filter, create (blank or from a
template), edit, duplicate, archive and delete, every change undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QSplitter, QWidget

from assistant.content.messages import messages
from assistant.domain.history import PROCESSING
from assistant.domain.processing import Processing, ProcessingStatus, check_processing
from assistant.domain.processor import Processor
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
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
from assistant.ui.pages.record_flow import RecordListPage, h
from assistant.ui.session import Session
from assistant.ui.vocab import label

BASIS_WIDTH = 170  # px of the legal basis column, as it opens


class RegisterPage(RecordListPage[Processing]):
    key = "register"
    areas = Area.REGISTER | Area.PROCESSORS | Area.ORGANISATION
    writes = Area.REGISTER
    model: ProcessingTableModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        model = ProcessingTableModel()
        proxy = ProcessingFilterModel()
        proxy.setSourceModel(model)
        super().__init__(session, model, proxy, parent)
        model.setParent(self)
        proxy.setParent(self)
        self.title.setText(self.tr("Register of processing activities"))

        self.act_template = self.add_action(self.tr("New from &template…"), "Ctrl+T",
                                            self.new_from_template)
        self.writable_actions.append(self.act_template)
        self.add_new_action(self.tr("&New (blank)…"), self.new_blank)
        self.add_edit_action()
        self.act_duplicate = self.add_action(self.tr("&Duplicate"), "Ctrl+D",
                                             self.duplicate_selected)
        self.act_archive = self.add_action(self.tr("&Archive"), "Ctrl+Shift+A",
                                           self.toggle_archive)
        self.add_delete_action()
        self.act_history = self.add_action(self.tr("Histor&y…"), "Ctrl+H", self.show_history)

        self.search.setPlaceholderText(self.tr("Search by name, reference or purpose (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.textChanged.connect(proxy.set_search)
        self.filter.setAccessibleName(self.tr("Show"))
        self.set_filters([
            (ProcessingFilterModel.NOT_ARCHIVED, self.tr("All but archived")),
            (ProcessingFilterModel.ALL, self.tr("All")),
            (ProcessingStatus.ACTIVE.value, status_label(ProcessingStatus.ACTIVE)),
            (ProcessingStatus.DRAFT.value, status_label(ProcessingStatus.DRAFT)),
            (ProcessingStatus.ARCHIVED.value, status_label(ProcessingStatus.ARCHIVED)),
            (ProcessingFilterModel.WITH_GAPS, self.tr("With points to complete")),
        ])
        self.filter.currentIndexChanged.connect(
            lambda _i: proxy.set_status_filter(self.filter.currentData()))

        self.table.setAccessibleName(self.tr("Processing activities"))
        self.table.sortByColumn(ProcessingTableModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProcessingTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # a legal basis can be long ("Intérêt légitime de l'organisme…"): a width of its own,
        # the full text in its tooltip, so that the names keep room in a small window
        header.setSectionResizeMode(ProcessingTableModel.COL_BASIS,
                                    QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ProcessingTableModel.COL_BASIS, BASIS_WIDTH)

        self.details.setAccessibleName(self.tr("Selected processing activity"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 330])
        self.details.setMinimumWidth(260)
        self.layout_.addWidget(self.toolbar)
        self.layout_.addLayout(self.search_bar())
        self.layout_.addWidget(splitter, 1)
        self._selection_changed()

    # -- data -----------------------------------------------------------------------------
    def load(self, dossier: Dossier | None) -> None:
        self.model.set_rows(dossier.register.list() if dossier else [])

    def _selection_changed(self, *args: object) -> None:
        super()._selection_changed(*args)
        ids = self.selected_ids()
        writable = self.writable()
        one = len(ids) == 1
        self.act_history.setEnabled(one)
        self.act_duplicate.setEnabled(one and writable)
        self.act_archive.setEnabled(bool(ids) and writable)
        selected = [self.model.record_at(r) for r in self.selected_rows()]
        all_archived = bool(selected) and all(p.status is ProcessingStatus.ARCHIVED
                                              for p in selected)
        self.act_archive.setText(self.tr("&Restore") if all_archived else self.tr("&Archive"))

    def empty_hint(self) -> str:
        return self.tr("Select a processing activity to see it here, or create one from a "
                       "template (Ctrl+T).")

    def show_details(self, rows: list[int]) -> None:
        if len(rows) == 1:
            self.details.setHtml(self._details_html(self.model.record_at(rows[0])))
        else:
            super().show_details(rows)

    def _details_html(self, p: Processing) -> str:
        msg = messages(current_lang())
        # tr() outside the f-strings: lupdate does not see it inside them
        last_change = self.tr("last change")
        basis, data = colon(self.tr("Legal basis")), colon(self.tr("Data"))
        to_complete = colon(self.tr("To complete"))
        complete = self.tr("Nothing missing: this entry is complete.")
        parts = [f"<h3>{h(p.reference)} — {h(p.name)}</h3>",
                 f"<p>{h(status_label(p.status))} · "
                 f"{h(last_change)} {h(format_timestamp(p.updated_at))}</p>"]
        if p.purposes:
            parts.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in p.purposes) + "</ul>")
        if p.legal_basis:
            parts.append(f"<p><b>{h(basis)}</b> "
                         f"{h(label('legal_bases', p.legal_basis.value))}</p>")
        if p.data_categories:
            parts.append(f"<p><b>{h(data)}</b> " + h(", ".join(
                label("data_categories", c.category) for c in p.data_categories)) + "</p>")
        gaps = check_processing(p)
        if gaps:
            parts.append(f"<p><b>{h(to_complete)}</b></p><ul>" + "".join(
                f"<li>{h(msg.finding_with_field(f))}</li>" for f in gaps) + "</ul>")
        else:
            parts.append(f"<p>{h(complete)}</p>")
        return "".join(parts)

    # -- the flow's hooks ------------------------------------------------------------------
    def _processors(self) -> list[Processor]:
        return self.session.dossier.processors.list() if self.session.dossier else []

    def _create_processor(self, processor: Processor) -> Processor | None:
        dossier = self.session.dossier
        if dossier is None:
            return None
        return self.session.perform(self, self.tr("New processor"),
                                    lambda: dossier.processors.save(
                                        processor, label=self.tr("new processor")),
                                    areas=Area.PROCESSORS)

    def open_editor(self, processing: Processing) -> Processing | None:
        """Show the editor; returns the edited processing if the user saved."""
        editor = ProcessingEditor(
            processing, self._processors(), self, create_processor=self._create_processor,
            draft_slot=draft_slot_for(self.session.dossier, "processing", processing.id))
        return editor.run()

    def blank_record(self) -> Processing:
        return Processing(name="")

    def fetch(self, dossier: Dossier, record_id: int) -> Processing | None:
        return dossier.register.get(record_id)

    def create_record(self, dossier: Dossier, value: Processing,
                      label: str | None) -> Processing:
        return dossier.register.create(value,
                                       label=label or self.tr("new processing activity"))

    def update_record(self, dossier: Dossier, edited: Processing,
                      current: Processing) -> Processing:
        return dossier.register.update(
            edited, label=self.tr("edit of “%1”").replace("%1", edited.name.strip()))

    def delete_records(self, dossier: Dossier, ids: list[int]) -> None:
        dossier.register.delete(ids, label=self.tr("deletion"))

    def delete_question(self, dossier: Dossier, ids: list[int]) -> str:
        names = [p.name for p in (dossier.register.get(i) for i in ids) if p]
        text = (self.tr("Delete “%1”?").replace("%1", names[0]) if len(names) == 1
                else self.tr("Delete %n processing activities?", "", len(names)))
        return text + "\n\n" + self.tr("You can undo this with Ctrl+Z. To keep a trace of a "
                                        "processing you no longer carry out, archive it "
                                        "instead.")

    # -- the register's own actions -------------------------------------------------------
    def new_blank(self) -> None:
        self.new()

    def create_from_template(self, template_id: str) -> None:
        from assistant.content.loader import template_by_id

        template = template_by_id(current_lang(), template_id)
        self.new(template.to_processing(), self.tr("new processing activity from a template"))

    def new_from_template(self) -> None:
        dossier = self.session.dossier
        sector = dossier.organisation.get().sector if dossier else ""
        held = {p.template_id for p in dossier.register.list()} if dossier else set()
        dialog = TemplateDialog(self, sector=sector, held=held)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        template = dialog.chosen()
        if template is not None:
            self.new(template.to_processing(), self.tr("new processing activity from a template"))

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
                                               label=self.tr("duplicate")),
                                    areas=Area.REGISTER)
        if copy is not None:
            self.select_ids([int(copy.id or 0)])

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
                                                                               label=text),
                                 areas=Area.REGISTER)
        else:
            self.session.perform(self, text, lambda: dossier.register.set_status(
                ids, ProcessingStatus.ARCHIVED, label=text), areas=Area.REGISTER)
