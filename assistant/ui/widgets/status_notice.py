"""A notice of work done in the background, shown in the status bar without hiding what the
user is reading there.

A message the user caused (an export's file and chain head, an import's count) must not be
replaced by news nobody asked for at that moment, such as the daily backup finishing: the
notice waits until the bar is free, then shows for its own time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar


class _WaitingNotice(QObject):
    """A notice waiting for the bar to empty; a child of the bar, so it dies with it and
    the next notice can find it."""

    def __init__(self, bar: QStatusBar, text: str, timeout: int) -> None:
        super().__init__(bar)
        self._bar, self._text, self._timeout = bar, text, timeout
        bar.messageChanged.connect(self._on_change)

    @Slot(str)
    def _on_change(self, message: str) -> None:
        if message:
            return  # still busy: another message replaced the one it waited for
        self.drop()
        self._bar.showMessage(self._text, self._timeout)

    def drop(self) -> None:
        self._bar.messageChanged.disconnect(self._on_change)
        self.setParent(None)
        self.deleteLater()


def show_when_free(bar: QStatusBar, text: str, timeout: int) -> None:
    """Show ``text`` for ``timeout`` ms now if the bar is empty, else once it empties.

    Only the latest waiting notice is kept: a second one replaces the first, which was no
    more current than it.
    """
    for earlier in bar.findChildren(_WaitingNotice):
        earlier.drop()
    if bar.currentMessage():
        _WaitingNotice(bar, text, timeout)
    else:
        bar.showMessage(text, timeout)
