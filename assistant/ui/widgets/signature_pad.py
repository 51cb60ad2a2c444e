"""A signature drawn with a finger or a mouse, kept as a PNG.

Strokes are recorded as points and drawn with a round pen; :meth:`SignaturePad.png` renders
them on white at a fixed size, so the stored image does not depend on the window's size. A pad
with no stroke gives no image: nothing is stored for a signature that was not drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

IMAGE_SIZE = QSize(600, 200)  # pixels of the stored PNG (3:1, the pad's shape)
MIN_POINTS = 2  # a tap is not a signature


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []  # in 0..1 coordinates of the pad
        self.setMinimumSize(240, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(450, 150)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(80, width // 3)

    # -- strokes ----------------------------------------------------------------------------
    @property
    def stroke_count(self) -> int:
        return sum(1 for s in self._strokes if len(s) >= MIN_POINTS)

    def is_empty(self) -> bool:
        return self.stroke_count == 0

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def add_stroke(self, points: list[tuple[float, float]]) -> None:
        """A stroke given in 0..1 coordinates (tests, and a tablet's events)."""
        self._strokes.append([QPointF(x, y) for x, y in points])
        self.update()
        self.changed.emit()

    def _relative(self, point: QPointF) -> QPointF:
        w, h = max(1, self.width()), max(1, self.height())
        return QPointF(min(max(point.x() / w, 0.0), 1.0), min(max(point.y() / h, 0.0), 1.0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([self._relative(event.position())])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(self._relative(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:  # a pen on a tablet
        point = self._relative(event.position())
        if event.type() == QTabletEvent.Type.TabletPress:
            self._strokes.append([point])
        elif event.type() == QTabletEvent.Type.TabletMove and self._strokes:
            self._strokes[-1].append(point)
        elif event.type() == QTabletEvent.Type.TabletRelease:
            self.changed.emit()
        event.accept()
        self.update()

    # -- drawing ----------------------------------------------------------------------------
    def _paths(self, width: float, height: float) -> list[QPainterPath]:
        paths = []
        for stroke in self._strokes:
            if not stroke:
                continue
            path = QPainterPath(QPointF(stroke[0].x() * width, stroke[0].y() * height))
            for p in stroke[1:]:
                path.lineTo(QPointF(p.x() * width, p.y() * height))
            paths.append(path)
        return paths

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.setPen(QPen(QColor(10, 20, 90), 3, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for path in self._paths(self.width(), self.height()):
            painter.drawPath(path)
        painter.end()

    def png(self) -> bytes | None:
        """The signature as PNG bytes, or None when nothing was drawn."""
        if self.is_empty():
            return None
        image = QImage(IMAGE_SIZE, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("black"), 4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for path in self._paths(IMAGE_SIZE.width(), IMAGE_SIZE.height()):
            painter.drawPath(path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # takes str; stubs say bytes
        buffer.close()
        return bytes(data.data())
