"""Step 3's action plan: the actions the rules raise and the owner's own, with what can be
done about each (fix it, postpone, not applicable, reopen; add, edit, mark done, delete)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.content.guide import rule_text
from assistant.domain.guide.assess import Assessment
from assistant.domain.guide.model import ActionState, CustomAction, DecisionState, Priority
from assistant.domain.guide.plan import ItemStatus, PlanItem, open_counts
from assistant.store.dossier import Dossier
from assistant.ui.changes import Area
from assistant.ui.colours import css
from assistant.ui.dialogs.action_dialog import ActionDialog
from assistant.ui.dialogs.decision_dialog import DecisionDialog
from assistant.ui.guide_texts import (
    format_date,
    item_rule_title,
    item_title,
    link_title,
    priority_label,
    status_label,
)
from assistant.ui.i18n import current_lang
from assistant.ui.models.action_plan_model import ActionPlanModel, date_text
from assistant.ui.session import Session
from assistant.ui.widgets.fit_table import DetailsPane, FitTableView

T = TypeVar("T")


class ActionPlanPanel(QWidget):
    go = Signal(str, object)  # target, processing or record id (or None)

    OPEN, ALL = "open", "all"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.default_by = ""
        self._items: list[PlanItem] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("Open actions"), self.OPEN)
        self.filter.addItem(self.tr("All, with those fixed and done"), self.ALL)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())

        self.filter_label = QLabel(self.tr("Sho&w:"), self)
        self.filter_label.setBuddy(self.filter)

        self.model = ActionPlanModel(self)
        # as tall as its rows: the page scrolls
        self.table = FitTableView(self, name=self.tr("Action plan"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionPlanModel.COL_ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionPlanModel.COL_RULE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ActionPlanModel.COL_RULE, 220)
        self.table.doubleClicked.connect(lambda _i: self.fix_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.details = DetailsPane(self)
        self.details.setAccessibleName(self.tr("Selected action"))

        self.fix_button = self._button(self.tr("F&ix it"), self.fix_selected)
        self.postpone_button = self._button(self.tr("&Postpone…"),
                                            lambda: self.decide(DecisionState.POSTPONED))
        self.na_button = self._button(self.tr("Not &applicable…"),
                                      lambda: self.decide(DecisionState.NOT_APPLICABLE))
        self.reopen_button = self._button(self.tr("&Reopen"), self.reopen)
        self.new_button = self._button(self.tr("&New action…"), self.new_action)
        self.edit_button = self._button(self.tr("Edi&t…"), self.edit_action)
        self.done_button = self._button(self.tr("Mark &done"), self.mark_done)
        self.delete_button = self._button(self.tr("De&lete"), self.delete_action)
        new = QAction(self.tr("&New action…"), self)
        new.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while step 3 shows
        new.triggered.connect(self.new_action)
        self.addAction(new)
        self.new_button.setToolTip(self.tr("Add your own action (Ctrl+Shift+N)"))

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        # the buttons above the table: with many actions, the table is long
        buttons = QHBoxLayout()
        for button in (self.fix_button, self.postpone_button, self.na_button,
                       self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        own = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.done_button,
                       self.delete_button):
            own.addWidget(button)
        own.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 3, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.details, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(own)
        layout.addLayout(row)
        self._selection_changed()

    def _button(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- data -----------------------------------------------------------------------------
    def set_assessment(self, assessment: Assessment | None) -> None:
        self._items = list(assessment.plan) if assessment else []
        counts = open_counts(self._items)
        total = sum(counts.values())
        if total:
            by_priority = " · ".join(f"{priority_label(p)} {counts[p]}" for p in Priority
                                     if counts[p])
            self.summary.setText(self.tr("Open actions: %n — ", "", total) + by_priority)
        else:
            self.summary.setText(self.tr("No open action: every gap the rules look for is "
                                         "dealt with."))
        self._fill()

    def _fill(self) -> None:
        selected = self.selected()
        show_all = self.filter.currentData() == self.ALL
        rows = [i for i in self._items if show_all or i.is_open]
        self.model.set_rows(rows)
        row = self.model.row_of(selected.key) if selected else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not self.table.select_row(row):
            self._selection_changed()

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None and self.filter.currentData() != self.ALL:
            self.filter.setCurrentIndex(self.filter.findData(self.ALL))
            row = self.model.row_of(key)
        if row is None:
            return False
        self.select_row(row)
        return True

    def selected(self) -> PlanItem | None:
        row = self.table.selected_row()
        return None if row is None else self.model.row_at(row)

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected()
        dossier = self.session.dossier
        writable = dossier is not None and not dossier.read_only
        rule_live = item is not None and item.gap is not None
        own = item is not None and item.action is not None
        self.fix_button.setEnabled(rule_live and writable)
        if rule_live and item is not None and item.gap is not None:
            self.fix_button.setToolTip(self.tr("Go to: %1").replace(
                "%1", link_title(item.gap.target)))
        self.postpone_button.setEnabled(rule_live and writable)
        self.na_button.setEnabled(rule_live and writable)
        self.reopen_button.setEnabled(item is not None and item.decision is not None
                                      and writable)
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(own and writable)
        self.done_button.setEnabled(own and writable and item is not None
                                    and item.status is ItemStatus.OPEN)
        self.delete_button.setEnabled(own and writable)
        self.details.setHtml(self._details_html(item) if item else "")

    def _details_html(self, item: PlanItem) -> str:
        words = {
            "priority": self.tr("Priority:"), "owner": self.tr("In charge:"),
            "done_on": self.tr("Done on:"), "rule": self.tr("Rule:"),
            "fix": self.tr("How to fix it:"), "postponed": self.tr("Postponed:"),
            "not_applicable": self.tr("Not applicable:"), "source": self.tr("Source:"),
        }
        parts = [f"<p><b>{escape(item_title(item))}</b></p>",
                 f"<p><b>{escape(status_label(item.status))}</b> · "
                 f"{escape(words['priority'])} {escape(priority_label(item.priority))}"]
        when = date_text(item)
        if when:
            parts.append(f" · {escape(when)}")
        parts.append("</p>")
        if item.action is not None:
            a = item.action
            if a.detail:
                parts.append(f"<p>{escape(a.detail)}</p>")
            if a.owner:
                parts.append(f"<p><i>{escape(words['owner'])}</i> {escape(a.owner)}</p>")
            if a.done_on:
                parts.append(f"<p><i>{escape(words['done_on'])}</i> "
                             f"{escape(format_date(a.done_on))}</p>")
            return "".join(parts)
        text = rule_text(current_lang(), item.rule)
        parts.append(f"<p><i>{escape(words['rule'])}</i> {escape(item_rule_title(item))}</p>")
        if item.gap is not None and text.fix:
            parts.append(f"<p><i>{escape(words['fix'])}</i> {escape(text.fix)}</p>")
        if item.decision is not None:
            d = item.decision
            label = (words["postponed"] if d.state is DecisionState.POSTPONED
                     else words["not_applicable"])
            who = " · ".join(x for x in (d.decided_by, format_date(d.until)) if x)
            parts.append(f"<p><i>{escape(label)}</i> {escape(d.reason)}"
                         + (f" ({escape(who)})" if who else "") + "</p>")
        if text.source:
            parts.append(f"<p style='color:{css('muted')}'><small>{escape(words['source'])} "
                         f"{escape(text.source)}</small></p>")
        return "".join(parts)

    # -- actions --------------------------------------------------------------------------
    def fix_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.gap is not None:
            self.go.emit(item.gap.target, item.gap.target_id)
        elif item.action is not None:
            self.edit_action()

    def decide(self, state: DecisionState) -> None:
        item = self.selected()
        dossier = self.session.dossier
        if item is None or item.gap is None or dossier is None or dossier.read_only:
            return
        dialog = DecisionDialog(item.key, item_title(item), state, by=self.default_by,
                                current=item.decision, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decision = dialog.decision()
        label = (self.tr("postponement") if state is DecisionState.POSTPONED
                 else self.tr("action not applicable"))
        self._change(lambda: dossier.guide.decide(decision, label=label))

    def reopen(self) -> None:
        item = self.selected()
        dossier = self.session.dossier
        if item is None or item.decision is None or dossier is None:
            return
        label = self.tr("action reopened")
        self._change(lambda: dossier.guide.withdraw_decision(item.key, label=label))

    def new_action(self) -> None:
        dossier = self.session.dossier
        if dossier is None or dossier.read_only:
            return
        dialog = ActionDialog(CustomAction(title="", owner=self.default_by), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        action = dialog.action()
        saved = self._save(dossier, action, self.tr("new action"))
        if saved is not None:
            self.select_key(saved.key)

    def edit_action(self) -> None:
        item = self.selected()
        dossier = self.session.dossier
        if item is None or item.action is None or dossier is None or dossier.read_only:
            return
        dialog = ActionDialog(item.action, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        action = dialog.action()
        self._save(dossier, action, self.tr("edit of an action"))

    def mark_done(self) -> None:
        from dataclasses import replace

        item = self.selected()
        dossier = self.session.dossier
        if item is None or item.action is None or dossier is None or dossier.read_only:
            return
        action = replace(item.action, state=ActionState.DONE)
        self._save(dossier, action, self.tr("action done"))

    def delete_action(self) -> None:
        item = self.selected()
        dossier = self.session.dossier
        if item is None or item.action is None or dossier is None or dossier.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete the action “%1”? You can undo this with Ctrl+Z.")
            .replace("%1", item.action.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        action_id = int(item.action.id or 0)
        label = self.tr("deletion of an action")
        self._change(lambda: dossier.guide.delete_action(action_id, label=label))

    def _save(self, dossier: Dossier, action: CustomAction, label: str) -> CustomAction | None:
        return self._change(lambda: dossier.guide.save_action(action, label=label))

    def _change(self, change: Callable[[], T]) -> T | None:
        """Change the plan in the dossier (one step to undo); None if that failed."""
        return self.session.perform(self, self.tr("Action plan"), change, Area.GUIDE)
