"""The base of the tables' filter proxies: a case- and accent-insensitive search text, and
filter changes announced the way the running Qt expects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from assistant.domain.text import fold


class SearchFilterModel(QSortFilterProxyModel):
    """Subclasses test ``self._needle`` (the folded search text) in ``filterAcceptsRow`` and
    change their own filters through :meth:`_change_filter`."""

    def __init__(self, parent: Any = None, *, sort_role: int) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(sort_role)

    def set_search(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_needle", fold(text.strip())))

    def _change_filter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter's state between the calls that keep the view's
        selection and scroll position (``invalidateRowsFilter`` is deprecated in Qt 6.10)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()
