"""The action plan as a table: priority, action, status, date, and the rule that raised it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from assistant.domain.guide.plan import ItemStatus, PlanItem
from assistant.ui.colours import brush
from assistant.ui.guide_texts import (
    format_date,
    item_rule_title,
    item_title,
    moment_date,
    priority_label,
    priority_tone,
    status_label,
)
from assistant.ui.i18n import translate
from assistant.ui.models.row_list_model import Index, RowListModel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def date_text(item: PlanItem) -> str:
    if item.status is ItemStatus.CLEARED:
        return translate("Guide", "fixed %1").replace("%1", moment_date(item.cleared_at))
    if item.due:
        text = translate("Guide", "until %1") if item.status is ItemStatus.POSTPONED \
            else translate("Guide", "due %1")
        text = text.replace("%1", format_date(item.due))
        if item.overdue:
            text += " — " + translate("Guide", "overdue")
        return text
    if item.first_seen and item.is_open:
        return translate("Guide", "since %1").replace("%1", moment_date(item.first_seen))
    return ""


class ActionPlanModel(RowListModel[PlanItem]):
    COL_PRIORITY, COL_ACTION, COL_STATUS, COL_DATE, COL_RULE = range(5)

    def key_of(self, row: PlanItem) -> str:
        return row.key

    def headers(self) -> tuple[str, ...]:
        return (translate("Guide", "Priority"), translate("Guide", "Action"),
                translate("Guide", "Status"), translate("Guide", "Date"),
                translate("Guide", "Rule"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_for(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_PRIORITY:
                return priority_label(item.priority)
            if col == self.COL_ACTION:
                return item_title(item)
            if col == self.COL_STATUS:
                return status_label(item.status)
            if col == self.COL_DATE:
                return date_text(item)
            return item_rule_title(item)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_ACTION:
            return item_title(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.is_open:
                return brush("muted")
            if col == self.COL_PRIORITY:
                return brush(priority_tone(item.priority))
            if col == self.COL_DATE and item.overdue:
                return brush("danger")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_PRIORITY and item.is_open:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return item.key
        return None
