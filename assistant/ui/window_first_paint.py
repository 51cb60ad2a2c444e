"""What the main window leaves until it is on the screen, and the promise that a key pressed
early finds it done.

The window's first sight needs its frame, the dossier's name and the overview's boxes; the
rest (the Tab order, the menus' entries, the focus ring, the log's rotation, the icon…)
runs right after the first paint, each in its own turn of the event loop so that what the
user does meanwhile is not kept waiting. A user who types ahead while the program starts
(Ctrl+O pressed as the window appears) must not lose the key: the first key to reach the
application between the paint and the end of that work runs all of it there and then,
before the key is delivered, so its shortcut is known and Tab follows the screen's order.
(Before its first paint the window is not on the screen to take a key: it paints as soon as
the system shows it.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

# a key on its way: Qt asks the focused widget (ShortcutOverride) before it looks the key up
# among the shortcuts, so the work done then still counts for this very key
_KEYS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


class AfterFirstPaint(QObject):
    """The work of one window that waits for its first paint (see the module)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._waiting: list[Callable[[], object]] | None = []  # None once painted
        self._queued: list[Callable[[], object]] = []  # painted: in the event loop's queue
        self._watching = False

    def add(self, then: Callable[[], object]) -> None:
        """Call ``then`` right after the first paint (at once if it has painted)."""
        if self._waiting is None:
            then()
            return
        self._waiting.append(then)

    def painting(self) -> None:
        """The window paints: what waited is queued, each in a turn of its own."""
        if self._waiting is None:
            return
        waiting, self._waiting = self._waiting, None
        self._queued.extend(waiting)
        # watched from the paint on, not before: the window's building sends thousands of
        # events (children, polish, layout), and each through a Python filter would cost the
        # first paint the Python types of their kinds
        self._watch_keys(bool(self._queued))
        for then in waiting:
            QTimer.singleShot(0, self, lambda then=then: self._run(then))

    def run_all(self) -> None:
        """Everything that waits, now, in the order it was asked for."""
        self.painting()
        while self._queued:
            self._queued.pop(0)()
        self._watch_keys(False)

    def _run(self, then: Callable[[], object]) -> None:
        for i, queued in enumerate(self._queued):
            if queued is then:  # not run early (run_all)
                del self._queued[i]
                then()
                break
        if not self._queued:
            self._watch_keys(False)

    def _watch_keys(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            return
        self._watching = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEYS and (self._waiting or self._queued):
            self.run_all()
        return False
