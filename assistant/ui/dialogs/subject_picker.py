"""Pick a person of the consent records: search as you type by name, email, phone or customer
reference (the same search and table as the Consents page), then choose one."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.store.consent_repo import ConsentRepository
from assistant.ui.models.subject_table_model import SubjectTableModel
from assistant.ui.screen_fit import resize_within_screen, text_width

SEARCH_DELAY_MS = 150
PICK_LIMIT = 200  # a person is picked from a short list: type more to narrow it


class SubjectPicker(QDialog):
    """``exec()`` then :meth:`subject_id` (the person chosen) or :attr:`unlink` (the user
    asked to remove the current link)."""

    def __init__(self, consents: ConsentRepository, query: str = "",
                 parent: QWidget | None = None, *, linked: bool = False) -> None:
        super().__init__(parent)
        self._consents = consents
        self.unlink = False
        self.setWindowTitle(self.tr("Person in the consent records"))
        resize_within_screen(self, 760, 480)
        intro = QLabel(self.tr("Find the person the request is about: type part of their "
                               "name, email, phone or customer reference."), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Name, email, phone or customer reference"))
        self.count = QLabel(self)
        self.model = SubjectTableModel(self)
        self.model.set_repository(consents)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, chars in enumerate((32, 37, 17, 18, 12, 13)):
            self.table.setColumnWidth(col, text_width(self.table, chars))
        self.table.doubleClicked.connect(lambda _i: self._choose())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.unlink_button: QPushButton | None = None
        if linked:
            self.unlink_button = self.buttons.addButton(
                self.tr("&Remove the link"), QDialogButtonBox.ButtonRole.ResetRole)
            self.unlink_button.clicked.connect(self._unlink)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.search.setText(query)
        self.apply_search()
        self.search.setFocus()

    def apply_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        ids = self._consents.search(text, limit=PICK_LIMIT) if text else []
        self.model.show_ids(ids)
        if not text:
            self.count.setText(self.tr("Type to search."))
        elif len(ids) >= PICK_LIMIT:
            self.count.setText(self.tr("first %1 matches: type more").replace(
                "%1", str(PICK_LIMIT)))
        else:
            self.count.setText(self.tr("%n person(s) found", "", len(ids)))
        if len(ids) == 1:
            self.table.selectRow(0)
        self._update()

    def subject_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.subject_id(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.subject_id() is not None)

    def _choose(self) -> None:
        if self.subject_id() is not None:
            self.accept()

    def _unlink(self) -> None:
        self.unlink = True
        self.accept()

