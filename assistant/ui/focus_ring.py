"""The focus ring: a 2-pixel line of the ``focus`` tone (at least 3:1 against the window)
around whichever control has the keyboard focus, buttons, lists and read-only text included
(a style's own focus hint is often a one-pixel colour change that few people can see).

One :class:`QFocusFrame` moves to the control with the focus; the frame alone has the ring's
style (:class:`FocusStyle`), the application keeps its own. Installed by
:func:`assistant.ui.theme.install_focus_ring`, once the window has first painted.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QTabBar,
    QTextEdit,
    QWidget,
)

from assistant.ui import colours, theme

RING = 2  # px, the width of the focus ring
RING_MARGIN = 3  # px the ring stands out of the control


class FocusStyle(QProxyStyle):
    """The style in use, with a visible focus ring (see the module's docstring)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return RING_MARGIN
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None,
                  returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            # the ring is drawn in the window (or the scroll area's view) above the
            # control: a control in a tight row (a radio button) keeps its whole ring, not
            # two bars clipped by the row's height
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(colours.tone("focus", option.palette), RING)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


def _ringed(widget: QWidget | None) -> TypeGuard[QWidget]:
    """Controls that get the ring: what a person operates, not windows, menus or tabs."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar, QTabBar)):
        return False
    if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
        return False  # the combo or spin box itself is ringed
    return isinstance(widget, (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox,
                               QAbstractSpinBox, QPlainTextEdit, QTextEdit)) \
        or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class FocusRing(QObject):
    """Moves one :class:`QFocusFrame` to whichever control gets the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        self._style: FocusStyle | None = None
        self._style_name = ""
        self._framed_with: FocusStyle | None = None
        app.focusChanged.connect(self._moved)
        self._moved(None, app.focusWidget())  # installed after the focus came in

    def stop(self, app: QApplication) -> None:
        app.focusChanged.disconnect(self._moved)

    def ring_style(self) -> FocusStyle:
        """The frame's style: the application's, with the ring (made again when the
        application's changes: another theme)."""
        name = theme.base_style() or QApplication.style().name()
        if self._style is None or name != self._style_name:
            self._style = FocusStyle(QStyleFactory.create(name))
            self._style.setParent(self)  # kept: a frame may still use an older one
            self._style_name = name
        return self._style

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new
        if target is not None and isinstance(target.parentWidget(),
                                             (QComboBox, QAbstractSpinBox)):
            target = target.parentWidget()
        if not _ringed(target):
            if self._frame is not None:
                try:
                    # Qt takes no widget to hide the frame; PySide6's stub wants one
                    self._frame.setWidget(None)  # type: ignore[arg-type]
                except RuntimeError:  # deleted with the window it was in (the app ends)
                    self._frame = None
            return
        style = self.ring_style()
        try:
            if self._frame is None:
                raise RuntimeError
            if self._framed_with is not style:
                self._frame.setStyle(style)
                self._framed_with = style
            self._frame.setWidget(target)
        except RuntimeError:  # first use, or the frame went with its last window
            self._frame = QFocusFrame(target)
            self._frame.setStyle(style)
            self._framed_with = style
            self._frame.setWidget(target)

    def widget(self) -> QWidget | None:
        try:
            return self._frame.widget() if self._frame is not None else None
        except RuntimeError:
            return None
