"""The import dialog's mapping step as the owner sees it: the "Holds" list in a column's row,
and the "Means" list beside one of the selected column's values."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from assistant.ui.dialogs.consent_import_dialog import ConsentImportDialog


def role(dialog: ConsentImportDialog, column: int) -> QComboBox:
    """What the file's ``column`` holds."""
    combo = dialog.step.columns.cellWidget(column, 2)
    assert isinstance(combo, QComboBox)
    return combo


def meaning(dialog: ConsentImportDialog, value: str) -> QComboBox:
    """What ``value`` means, in the column selected."""
    values = dialog.step.values
    for row in range(values.rowCount()):
        item = values.item(row, 0)
        if item is not None and item.text() == value:
            combo = values.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            return combo
    raise KeyError(value)
