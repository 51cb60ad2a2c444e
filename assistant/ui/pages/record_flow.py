"""The one flow of every page that lists records of the dossier (the register of processing
activities, the processors, the rights requests, the breaches): a toolbar, a search field and
a filter over a sortable table, a details pane for the selected record, and new, edit and
delete.

- **New** (Ctrl+Shift+N) opens the editor on a blank record, or on one a template filled; a
  save creates it and selects it.
- **Edit** (Enter, or a double click) opens the editor on the selected record as the dossier
  holds it now; a save that changes nothing writes nothing; the record stays selected.
- **Delete** (Delete) asks first, in the page's words, and says that Ctrl+Z undoes it.
- Every change runs through :meth:`Session.perform` (one transaction, undoable, a refusal
  said in a message box that names the field), and the page shows the dossier again keeping
  the selection.
- A read-only dossier opens records to read: nothing that writes is enabled.
- With nothing selected the details pane says what to do (the page's :meth:`empty_hint`).

A page subclasses :class:`RecordListPage` and says, in its hooks, how to read, create, change
and delete its kind of record.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.dialogs.editor_guard import Normalisable
from assistant.ui.pages.base import Page, find_action, toolbar_action
from assistant.ui.session import Session

E = TypeVar("E", bound=Normalisable)  # what the editor edits: a record, or one with its links


def h(text: str) -> str:
    """User text for a details pane (rich text): escaped, its line breaks kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


class RecordRows(Protocol):
    """The table model of a record page: its rows are records with an ``id``."""

    def record_at(self, row: int) -> Any: ...

    def row_of(self, record_id: int) -> int | None: ...


class RecordListPage(Page, Generic[E]):
    single_delete: ClassVar[bool] = False  # one record at a time (a refusal names which)
    # What the page's new, edit and delete change, so that only the pages showing it read
    # the dossier again (Page.areas is what a page shows).
    writes: ClassVar[Area] = Area.ALL

    act_new: QAction
    act_edit: QAction
    act_delete: QAction

    def __init__(self, session: Session, model: RecordRows, proxy: QSortFilterProxyModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = model
        self.proxy = proxy
        self.writable_actions: list[QAction] = []  # off while the dossier is read-only

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        find_action(self, self.search)
        self.filter = QComboBox(self)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)

    # -- building -------------------------------------------------------------------------
    def search_bar(self) -> QHBoxLayout:
        """The search field, then the filter with its visible label."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.buddy_label(self.tr("Sho&w:"), self.filter))
        bar.addWidget(self.filter, 1)
        return bar

    def set_filters(self, filters: list[tuple[str, str]]) -> None:
        """The filter's choices: (the value the model filters on, the words shown)."""
        self.filter.blockSignals(True)
        self.filter.clear()
        for value, text in filters:
            self.filter.addItem(text, value)
        self.filter.blockSignals(False)

    def add_action(self, text: str, shortcut: str | QKeySequence.StandardKey,
                   slot: Callable[[], object]) -> QAction:
        """A toolbar button with its shortcut (in its tooltip too), listed in the Page menu."""
        return toolbar_action(self, self.toolbar, text, shortcut, slot)

    def add_new_action(self, text: str, slot: Callable[[], object] | None = None) -> QAction:
        self.act_new = self.add_action(text, "Ctrl+Shift+N", slot or self.new)
        self.writable_actions.append(self.act_new)
        return self.act_new

    def add_edit_action(self) -> QAction:
        self.act_edit = self.add_action(self.tr("&Edit…"), "Return", self.edit_selected)
        return self.act_edit

    def add_delete_action(self) -> QAction:
        self.act_delete = self.add_action(self.tr("De&lete…"), QKeySequence.StandardKey.Delete,
                                          self.delete_selected)
        return self.act_delete

    # -- hooks ----------------------------------------------------------------------------
    def load(self, dossier: Dossier | None) -> None:
        """Fill the model from the dossier (empty when none is open)."""
        raise NotImplementedError

    def loaded(self) -> None:
        """After the rows are shown again (before the selection is)."""

    def blank_record(self) -> E:
        raise NotImplementedError

    def fetch(self, dossier: Dossier, record_id: int) -> E | None:
        """The record as the dossier holds it now, as the editor takes it."""
        raise NotImplementedError

    def open_editor(self, value: E) -> E | None:
        """Show the editor; the edited value if the user saved, else None."""
        raise NotImplementedError

    def create_record(self, dossier: Dossier, value: E, label: str | None) -> Any:
        """Create it (``label`` names the undo step, None for the page's usual one); the
        record created, with its id."""
        raise NotImplementedError

    def update_record(self, dossier: Dossier, edited: E, current: E) -> object:
        raise NotImplementedError

    def delete_records(self, dossier: Dossier, ids: list[int]) -> object:
        raise NotImplementedError

    def delete_question(self, dossier: Dossier, ids: list[int]) -> str:
        """What the confirmation asks, with what deleting means for this register."""
        raise NotImplementedError

    def unchanged(self, edited: E, current: E) -> bool:
        return bool(edited.normalised() == current.normalised())

    def empty_hint(self) -> str:
        """What the details pane says with nothing selected."""
        return ""

    def show_details(self, rows: list[int]) -> None:
        """Show the selected rows in the details pane (the hint when not one)."""
        self.details.setHtml(f"<p>{h(self.empty_hint())}</p>")

    # -- selection ------------------------------------------------------------------------
    def refresh(self) -> None:
        dossier = self.session.dossier
        selected = self.selected_ids()
        self.load(dossier)
        self.loaded()
        self.select_ids(selected)
        for action in self.writable_actions:
            action.setEnabled(self.writable())
        self._selection_changed()

    def writable(self) -> bool:
        dossier = self.session.dossier
        return dossier is not None and not dossier.read_only

    def selected_rows(self) -> list[int]:
        """The selected rows of the model (not of the sorted, filtered view)."""
        return sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [int(getattr(self.model.record_at(r), "id", 0) or 0)
                for r in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these records (those the filter shows) and scroll to them."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.proxy.sourceModel().index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    _select = select_ids  # the window's "edit this processing" still calls it by this name

    def open_selected(self, record_id: int) -> None:
        """Show one record, selected, whatever the search and filter (for links from the
        Overview, the action plan or a step)."""
        self.refresh_now()
        self.filter.setCurrentIndex(0)
        self.search.clear()
        self.select_ids([record_id])

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        self.act_edit.setEnabled(len(rows) == 1)
        self.act_delete.setEnabled(bool(rows) and self.writable()
                                   and (len(rows) == 1 or not self.single_delete))
        self.show_details(rows)

    # -- the flow -------------------------------------------------------------------------
    def new(self, start: E | None = None, label: str | None = None) -> None:
        """Open the editor on a blank record (or on ``start``); create what is saved."""
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        edited = self.open_editor(self.blank_record() if start is None else start)
        if edited is None:
            return
        created = self.session.perform(self, self.tr("Save"),
                                       lambda: self.create_record(dossier, edited, label),
                                       areas=self.writes)
        if created is not None:
            self.select_ids([int(created.id or 0)])

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if len(ids) != 1 or dossier is None:
            return
        current = self.fetch(dossier, ids[0])
        if current is None:
            return
        edited = self.open_editor(current)
        if edited is None or dossier.read_only or self.unchanged(edited, current):
            return
        if self.session.perform(self, self.tr("Save"),
                                lambda: self.update_record(dossier, edited, current),
                                areas=self.writes) is not None:
            self.select_ids(ids)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        dossier = self.session.dossier
        if not ids or dossier is None or dossier.read_only \
                or (self.single_delete and len(ids) != 1):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.delete_question(dossier, ids),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.session.perform(self, self.tr("Delete"),
                                 lambda: self.delete_records(dossier, ids), areas=self.writes)
