"""One line of an editor's "what is missing" list: the finding in words, with the style's
error or warning icon (a text marker such as ⛔ is a box in fonts that lack it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle

from assistant.domain.findings import Finding, Severity


def add_finding(findings: QListWidget, finding: Finding, text: str) -> QListWidgetItem:
    item = QListWidgetItem(text, findings)
    icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if finding.severity is Severity.ERROR
            else QStyle.StandardPixmap.SP_MessageBoxWarning)
    item.setIcon(findings.style().standardIcon(icon))
    item.setData(Qt.ItemDataRole.UserRole, finding.field)  # where a double click goes
    return item
